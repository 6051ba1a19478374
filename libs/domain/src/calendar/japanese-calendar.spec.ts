import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../shared/domain-error.js';
import { calendar } from './japanese-calendar.fixture.js';
import { CalendarCoverageError, JapaneseCalendar } from './japanese-calendar.js';
import { addDays, localDate } from './local-date.js';

const d = localDate;

describe('JapaneseCalendar built from the national holiday data', () => {
  it('covers the years of the data', () => {
    expect(calendar.coverage).toEqual({ fromYear: 1970, toYear: 2050 });
  });

  it.each([
    ['2026-01-01', '元日'],
    ['2026-05-06', 'こどもの日 振替休日'], // substitute: 3 May 2026 is a Sunday
    ['2026-09-22', '休日'], // citizens' holiday between 敬老の日 (21st) and 秋分の日 (23rd)
    ['2025-11-24', '勤労感謝の日 振替休日'], // substitute: 23 Nov 2025 is a Sunday
    ['2026-07-20', '海の日'],
  ])('%s is the national holiday %s', (date, nameJa) => {
    expect(calendar.nationalHoliday(d(date))?.nameJa).toBe(nameJa);
  });

  it.each([
    // date,         weekend, national holiday, year-end closure, administrative holiday, court closed
    ['2026-01-05', false, false, false, false, false], // Mon, first working day of 2026
    ['2026-01-02', false, false, true, true, true], // Fri, year-end closure only
    ['2026-01-01', false, true, true, true, true], // Thu, New Year's Day
    ['2026-01-03', true, false, true, true, true], // Sat
    ['2025-12-29', false, false, true, true, true], // Mon
    ['2025-12-28', true, false, false, true, true], // Sun
    ['2026-12-28', false, false, false, false, false], // Mon, last working day of 2026
    ['2026-05-06', false, true, false, true, true], // Wed, substitute holiday
    ['2026-09-22', false, true, false, true, true], // Tue, citizens' holiday
    ['2026-09-24', false, false, false, false, false], // Thu after Silver Week
    ['2026-03-20', false, true, false, true, true], // Fri, 春分の日
  ])('%s: weekend %s, holiday %s, year-end %s, administrative %s, court %s', (date, weekend, holiday, yearEnd, admin, court) => {
    expect(calendar.isWeekend(d(date))).toBe(weekend);
    expect(calendar.isNationalHoliday(d(date))).toBe(holiday);
    expect(calendar.isYearEndClosure(d(date))).toBe(yearEnd);
    expect(calendar.isAdministrativeHoliday(d(date))).toBe(admin);
    expect(calendar.isCourtClosedDay(d(date))).toBe(court);
    expect(calendar.isClosed(d(date), 'administrative')).toBe(admin);
    expect(calendar.isClosed(d(date), 'court')).toBe(court);
  });

  it('gives the reasons a day is closed, by regime', () => {
    // The Holiday Act lists 29 Dec – 3 Jan; the CCP lists 29–31 Dec and 2–3 Jan and leaves
    // 1 Jan to the National Holidays Act.
    expect(calendar.closedDayReasons(d('2026-01-01'), 'administrative')).toEqual([
      { type: 'national-holiday', nameJa: '元日', nameEn: "New Year's Day" },
      { type: 'year-end-closure' },
    ]);
    expect(calendar.closedDayReasons(d('2026-01-01'), 'court')).toEqual([
      { type: 'national-holiday', nameJa: '元日', nameEn: "New Year's Day" },
    ]);
    expect(calendar.closedDayReasons(d('2027-01-02'), 'court')).toEqual([{ type: 'saturday' }, { type: 'year-end-closure' }]);
    expect(calendar.closedDayReasons(d('2026-05-03'), 'administrative')).toEqual([
      { type: 'sunday' },
      { type: 'national-holiday', nameJa: '憲法記念日', nameEn: 'Constitution Memorial Day' },
    ]);
    expect(calendar.closedDayReasons(d('2026-01-05'), 'administrative')).toEqual([]);
  });

  it('closes the same days for courts and offices in every year 2020–2030, as New Year’s Day is a holiday', () => {
    const differing: string[] = [];
    for (let day = d('2020-01-01'); day <= d('2030-12-31'); day = addDays(day, 1)) {
      if (calendar.isAdministrativeHoliday(day) !== calendar.isCourtClosedDay(day)) differing.push(day);
    }
    expect(differing).toEqual([]);
  });

  it.each(['2051-01-02', '1969-12-31'])('refuses to classify %s, outside the data', (date) => {
    expect(calendar.covers(d(date))).toBe(false);
    expect(() => calendar.isAdministrativeHoliday(d(date))).toThrow(CalendarCoverageError);
    expect(() => calendar.isCourtClosedDay(d(date))).toThrow(CalendarCoverageError);
    expect(() => calendar.nationalHoliday(d(date))).toThrow(CalendarCoverageError);
  });

  it('reports a refusal as a domain error naming the covered years', () => {
    const error = captureError(() => calendar.isAdministrativeHoliday(d('2051-01-02')));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', details: { coveredFromYear: 1970, coveredToYear: 2050 } });
  });
});

describe('JapaneseCalendar built from a hand-made list', () => {
  const small = JapaneseCalendar.fromHolidays([
    { date: '2026-01-01', nameJa: '元日', nameEn: "New Year's Day" },
    { date: '2026-01-07', nameJa: '試験の祝日', nameEn: 'Test holiday' },
  ]);

  it('uses only the holidays it was given', () => {
    expect(small.isAdministrativeHoliday(d('2026-01-07'))).toBe(true);
    // 2026-05-04 is みどりの日, but this list does not include it.
    expect(small.isAdministrativeHoliday(d('2026-05-04'))).toBe(false);
  });

  it('covers only the year of its data', () => {
    expect(small.coverage).toEqual({ fromYear: 2026, toYear: 2026 });
    expect(() => small.isAdministrativeHoliday(d('2027-01-04'))).toThrow(CalendarCoverageError);
    expect(() => small.isAdministrativeHoliday(d('2025-12-31'))).toThrow(CalendarCoverageError);
  });

  it('still answers weekend and year-end questions, which need no holiday data', () => {
    expect(small.isWeekend(d('2027-01-02'))).toBe(true);
    expect(small.isYearEndClosure(d('2027-01-02'))).toBe(true);
  });

  it.each([
    {
      what: 'a year in the middle without New Year’s Day',
      holidays: [
        { date: '2025-01-01', nameJa: '元日', nameEn: "New Year's Day" },
        { date: '2026-05-05', nameJa: 'こどもの日', nameEn: "Children's Day" },
        { date: '2027-01-01', nameJa: '元日', nameEn: "New Year's Day" },
      ],
    },
    {
      what: 'a date listed twice',
      holidays: [
        { date: '2026-01-01', nameJa: '元日', nameEn: "New Year's Day" },
        { date: '2026-01-01', nameJa: '元日', nameEn: "New Year's Day" },
      ],
    },
    { what: 'a date that does not exist', holidays: [{ date: '2026-02-30', nameJa: '?', nameEn: '?' }] },
    { what: 'no holidays at all', holidays: [] },
  ])('refuses to be built from $what', ({ holidays }) => {
    expect(() => JapaneseCalendar.fromHolidays(holidays)).toThrow(DomainError);
  });

  it('names the years whose data is missing', () => {
    const error = captureError(() =>
      JapaneseCalendar.fromHolidays([
        { date: '2025-01-01', nameJa: '元日', nameEn: "New Year's Day" },
        { date: '2028-01-01', nameJa: '元日', nameEn: "New Year's Day" },
      ]),
    );
    expect(error).toMatchObject({ details: { years: [2026, 2027] } });
  });
});

function captureError(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}
