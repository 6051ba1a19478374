import { DomainError } from '../shared/domain-error.js';
import { localDateFromParts, type LocalDate } from './local-date.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day it is at `instant` in `timeZone` (an IANA name such as JAPAN_TIME_ZONE).
 * A notice handed over at 23:30 UTC on 25 Dec was received on 26 Dec in Tokyo, and it is the
 * Tokyo day that starts the legal period, so the zone is always an explicit argument.
 */
export function localDateInTimeZone(instant: Date, timeZone: string): LocalDate {
  if (Number.isNaN(instant.getTime())) {
    throw new DomainError('VALIDATION_FAILED', 'The instant is not a valid date', {});
  }
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return localDateFromParts(part('year'), part('month'), part('day'));
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
  } catch {
    throw new DomainError('VALIDATION_FAILED', 'Unknown time zone', { timeZone });
  }
  formatters.set(timeZone, formatter);
  return formatter;
}
