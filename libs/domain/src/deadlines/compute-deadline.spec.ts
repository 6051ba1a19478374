import { describe, expect, it } from '@jest/globals';
import { calendar, nationalHolidays } from '../calendar/japanese-calendar.fixture.js';
import { JapaneseCalendar } from '../calendar/japanese-calendar.js';
import { localDate } from '../calendar/local-date.js';
import { computeDeadline } from './compute-deadline.js';
import type { DeadlineRuleVersion } from './deadline-rule.js';
import { createDeadlineRuleRegistry } from './deadline-rule-registry.js';
import { deadlineRuleVersions } from './rules/deadline-rules.js';
import { reviewRequestV2 } from './rules/review-request.rule.js';

describe('computeDeadline reports problems as values', () => {
  it('reports an unknown kind with the known ones', () => {
    const result = computeDeadline({ kind: 'asylum-deadline', inputs: {} }, { calendar });
    expect(result).toMatchObject({ ok: false, error: 'unknown-kind', kind: 'asylum-deadline' });
    expect(result.ok === false && result.error === 'unknown-kind' && result.knownKinds).toContain('review-request');
  });

  it('names a missing trigger date', () => {
    expect(computeDeadline({ kind: 'review-request', inputs: {} }, { calendar })).toEqual({
      ok: false,
      error: 'invalid-inputs',
      kind: 'review-request',
      missing: ['noticeReceivedDate'],
      invalid: [],
    });
  });

  it.each([null, ''])('treats %p as missing', (value) => {
    expect(computeDeadline({ kind: 'review-request', inputs: { noticeReceivedDate: value } }, { calendar })).toMatchObject({
      ok: false,
      missing: ['noticeReceivedDate'],
    });
  });

  it.each(['2026-02-30', '26/12/2025', '2025-12-26T10:00:00+09:00', 20251226])('refuses %p as a date', (value) => {
    expect(computeDeadline({ kind: 'review-request', inputs: { noticeReceivedDate: value } }, { calendar })).toEqual({
      ok: false,
      error: 'invalid-inputs',
      kind: 'review-request',
      missing: [],
      invalid: [{ field: 'noticeReceivedDate', reason: 'not-a-date' }],
    });
  });

  it('refuses an input the rule does not have, so a misspelt optional date is not silently ignored', () => {
    expect(
      computeDeadline(
        { kind: 'supervision-report', inputs: { lastReportDate: '2026-04-10', designatedDte: '2026-05-01' } },
        { calendar },
      ),
    ).toMatchObject({ ok: false, missing: [], invalid: [{ field: 'designatedDte', reason: 'unknown-input' }] });
  });

  it('names every problem at once', () => {
    expect(
      computeDeadline({ kind: 'revocation-suit', inputs: { knowledgeDate: 'yesterday', extra: '2026-01-01' } }, { calendar }),
    ).toEqual({
      ok: false,
      error: 'invalid-inputs',
      kind: 'revocation-suit',
      missing: ['decisionDate'],
      invalid: [
        { field: 'knowledgeDate', reason: 'not-a-date' },
        { field: 'extra', reason: 'unknown-input' },
      ],
    });
  });

  it('reports a computation that needs holiday data the calendar lacks', () => {
    const calendar2026 = JapaneseCalendar.fromHolidays(nationalHolidays.filter((h) => h.date.startsWith('2026-')));
    // Day 7 is 2 Jan 2027: the calendar cannot tell whether it is open, so it does not guess.
    expect(computeDeadline({ kind: 'review-request', inputs: { noticeReceivedDate: '2026-12-26' } }, { calendar: calendar2026 })).toEqual({
      ok: false,
      error: 'outside-calendar',
      kind: 'review-request',
      date: '2027-01-02',
      coveredFromYear: 2026,
      coveredToYear: 2026,
    });
    // The 6-month rule needs no holiday data at all.
    expect(computeDeadline({ kind: 'landing-six-months', inputs: { landingDate: '2026-12-26' } }, { calendar: calendar2026 }).ok).toBe(true);
  });
});

describe('rule versions', () => {
  /** A hypothetical future amendment: 14 days from 1 January 2030. */
  const reviewRequestV3: DeadlineRuleVersion = {
    ...reviewRequestV2,
    version: 3,
    inForceFrom: localDate('2030-01-01'),
    counting: { type: 'period', from: 'noticeReceivedDate', length: { unit: 'days', amount: 14 } },
    basis: { en: 'Immigration Control Act Art. 61-2-12(2) as amended in 2029', ja: '出入国管理及び難民認定法 第61条の2の12第2項（2029年改正後）' },
  };
  const rules = createDeadlineRuleRegistry([...deadlineRuleVersions, reviewRequestV3]);

  it.each([
    ['2029-12-31', undefined, 2, '2030-01-07'], // v2: 7 days; day 7 is Mon 7 Jan 2030
    ['2030-01-01', undefined, 3, '2030-01-15'], // v3: 14 days
    ['2030-01-01', 2, 2, '2030-01-08'], // pinned to the version a stored deadline was computed with
    ['2024-06-10', 1, 1, '2024-06-17'], // an explicit older version
  ])('notice %s, version asked %p: version %i, due %s', (noticeReceivedDate, version, expectedVersion, due) => {
    const result = computeDeadline({ kind: 'review-request', inputs: { noticeReceivedDate }, version }, { calendar, rules });
    expect(result).toMatchObject({ ok: true, deadline: { version: expectedVersion, dueDate: due } });
  });

  it('reports an unknown version', () => {
    expect(
      computeDeadline({ kind: 'review-request', inputs: { noticeReceivedDate: '2026-01-05' }, version: 9 }, { calendar }),
    ).toEqual({ ok: false, error: 'unknown-version', kind: 'review-request', version: 9, knownVersions: [1, 2] });
  });

  it('refuses to apply a version to a trigger before it came into force', () => {
    expect(
      computeDeadline({ kind: 'review-request', inputs: { noticeReceivedDate: '2029-12-31' }, version: 3 }, { calendar, rules }),
    ).toEqual({ ok: false, error: 'not-in-force', kind: 'review-request', triggerDate: '2029-12-31', inForceFrom: '2030-01-01' });
    expect(computeDeadline({ kind: 'review-request', inputs: { noticeReceivedDate: '2016-03-31' } }, { calendar })).toMatchObject({
      ok: false,
      error: 'not-in-force',
      inForceFrom: '2016-04-01',
    });
  });

  it('returns the rule metadata with the deadline', () => {
    const result = computeDeadline({ kind: 'review-request', inputs: { noticeReceivedDate: '2025-12-26' } }, { calendar });
    expect(result).toMatchObject({
      ok: true,
      deadline: {
        kind: 'review-request',
        version: 2,
        inForceFrom: '2024-06-10',
        basis: { en: 'Immigration Control Act Art. 61-2-12(2)', ja: '出入国管理及び難民認定法 第61条の2の12第2項' },
        confidence: 'V',
        hardness: 'hard',
        inputs: { noticeReceivedDate: '2025-12-26' },
        triggerDate: '2025-12-26',
        periodEndsOn: '2026-01-02',
        dueDate: '2026-01-05',
      },
    });
  });
});
