import { describe, expect, it } from '@jest/globals';
import { calendar } from '../calendar/japanese-calendar.fixture.js';
import { CalendarCoverageError } from '../calendar/japanese-calendar.js';
import { localDate } from '../calendar/local-date.js';
import { DomainError } from '../shared/domain-error.js';
import { referralFollowUpDue } from './referral-follow-up.js';

describe('referralFollowUpDue', () => {
  it.each([
    ['2025-03-03', 3, '2025-03-06'], // Mon + 3: Thu
    ['2025-03-06', 3, '2025-03-11'], // Thu + 3: Fri, Mon, Tue
    ['2025-03-08', 1, '2025-03-10'], // sent on a Saturday: Monday is the first open day
    // Golden Week 2025: 29 Apr 昭和の日; 3–6 May Sat, Sun, こどもの日, 振替休日.
    ['2025-04-28', 3, '2025-05-02'], // Mon + 3 skips 29 Apr: 30 Apr, 1 May, 2 May
    ['2025-04-28', 5, '2025-05-08'],
    ['2025-05-02', 1, '2025-05-07'],
    ['2025-05-01', 3, '2025-05-08'],
    // Golden Week 2026: 29 Apr (Wed); 3–6 May Sun, Mon, Tue, 振替休日 Wed.
    ['2026-04-28', 2, '2026-05-01'],
    ['2026-04-28', 3, '2026-05-07'],
    ['2026-04-30', 2, '2026-05-07'],
    // New Year: 29 Dec – 3 Jan closed (Holiday Act Art. 1(1)(iii)), then the weekend; 12 Jan 2026 成人の日.
    ['2025-12-25', 1, '2025-12-26'],
    ['2025-12-26', 1, '2026-01-05'],
    ['2025-12-25', 3, '2026-01-06'],
    ['2025-12-26', 5, '2026-01-09'],
    ['2025-12-26', 6, '2026-01-13'],
    ['2024-12-27', 1, '2025-01-06'], // Fri 27 Dec 2024: 28 Dec – 5 Jan closed
  ])('sent %s, %i business days: follow up on %s', (sentOn, days, expected) => {
    expect(referralFollowUpDue(localDate(sentOn), days, calendar)).toBe(expected);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a delay of %p business days', (days) => {
    expect(() => referralFollowUpDue(localDate('2025-03-03'), days, calendar)).toThrow(DomainError);
  });

  it('refuses to count past the holiday data', () => {
    expect(() => referralFollowUpDue(localDate('2050-12-28'), 5, calendar)).toThrow(CalendarCoverageError);
  });
});
