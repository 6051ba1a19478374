import { localDateParts, parseLocalDate } from '../calendar/local-date.js';

/** UNHCR's age bands for population statistics (Refugee Data Finder demographics). */
export const AGE_BANDS = ['0-4', '5-11', '12-17', '18-59', '60+', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/**
 * The age in whole years on `on`, or undefined when `on` is before the birth. Under the Act on
 * the Calculation of Age (年齢計算ニ関スル法律) and Civil Code Art. 143 a year of age is complete
 * at the end of the day before the birthday, so a person is a year older from the birthday on.
 * For a birthday on 29 February the year ends, in a common year, on the last day of February
 * (Art. 143(2)): such a person is a year older from 1 March.
 */
export function ageOn(dateOfBirth: string, on: string): number | undefined {
  const birth = parseLocalDate(dateOfBirth);
  const day = parseLocalDate(on);
  if (birth === undefined) throw new RangeError('dateOfBirth must be an ISO date YYYY-MM-DD');
  if (day === undefined) throw new RangeError('on must be an ISO date YYYY-MM-DD');
  if (day < birth) return undefined;
  const b = localDateParts(birth);
  const d = localDateParts(day);
  // Comparing month and day puts 1 March after 29 February, which gives the 1 March rule above.
  const birthdayReached = d.month > b.month || (d.month === b.month && d.day >= b.day);
  return d.year - b.year - (birthdayReached ? 0 : 1);
}

/** The UNHCR age band of a person on `on`; 'unknown' without a date of birth or before it. */
export function ageBand(dateOfBirth: string | null, on: string): AgeBand {
  if (parseLocalDate(on) === undefined) throw new RangeError('on must be an ISO date YYYY-MM-DD');
  if (dateOfBirth === null) return 'unknown';
  const age = ageOn(dateOfBirth, on);
  if (age === undefined) return 'unknown';
  if (age <= 4) return '0-4';
  if (age <= 11) return '5-11';
  if (age <= 17) return '12-17';
  if (age <= 59) return '18-59';
  return '60+';
}
