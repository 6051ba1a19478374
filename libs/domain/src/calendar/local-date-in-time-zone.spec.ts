import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../shared/domain-error.js';
import { JAPAN_TIME_ZONE } from './japan-time-zone.js';
import { localDateInTimeZone } from './local-date-in-time-zone.js';

describe('localDateInTimeZone', () => {
  it.each([
    // Midnight in Tokyo (UTC+9) is 15:00 UTC the day before.
    ['2025-12-25T15:00:00.000Z', JAPAN_TIME_ZONE, '2025-12-26'],
    ['2025-12-25T14:59:59.999Z', JAPAN_TIME_ZONE, '2025-12-25'],
    ['2026-01-04T23:30:00.000Z', JAPAN_TIME_ZONE, '2026-01-05'],
    ['2024-02-28T20:00:00.000Z', JAPAN_TIME_ZONE, '2024-02-29'],
    ['2026-01-01T07:59:00.000Z', 'America/Los_Angeles', '2025-12-31'],
    ['2026-01-01T08:00:00.000Z', 'America/Los_Angeles', '2026-01-01'],
    ['2026-01-04T23:30:00.000Z', 'UTC', '2026-01-04'],
  ])('%s in %s is %s', (instant, timeZone, expected) => {
    expect(localDateInTimeZone(new Date(instant), timeZone)).toBe(expected);
  });

  it('refuses an unknown time zone with a domain error', () => {
    expect(() => localDateInTimeZone(new Date('2026-01-05T00:00:00Z'), 'Asia/Nowhere')).toThrow(DomainError);
  });

  it('refuses an invalid instant', () => {
    expect(() => localDateInTimeZone(new Date('not a date'), JAPAN_TIME_ZONE)).toThrow(DomainError);
  });
});
