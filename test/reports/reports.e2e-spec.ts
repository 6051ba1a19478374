import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { suppressLinkedTables, type PublishedCount } from '#domain';
import { ReportRefresh } from '#reports';
import type { SignedInBrowser } from '../support/accounts.js';
import { takeIn } from '../support/clients.js';
import { freshDatabase } from '../support/fresh-database.js';
import { getBytes, unzip } from '../support/documents.js';
import { startTestApi, type TestApi } from '../support/test-api.js';
import { buildReportWorld, TODAY, type ReportWorld } from './report-world.js';

/*
 * Every figure of every report over the world of report-world.ts (15 files in two teams, two
 * years of steps), against counts made by hand from that world. The period is 2024-01 to
 * 2025-12 unless said; "today" is 16 February 2026. A its own database: the administrator's
 * figures are the whole organisation's, and no other test's files may add to them.
 */

const PERIOD = 'from=2024-01&to=2025-12';
const MONTHS = [...['2024'], ...['2025']].flatMap((year) => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`));

/** A series by month of the period, from 24 counts. */
const byMonth = (counts: readonly number[]) => {
  expect(counts).toHaveLength(24);
  return MONTHS.map((month, i) => ({ month, openFiles: counts[i] }));
};

const ZERO_OUTCOMES = {
  filedFirst: 0,
  filedSubsequent: 0,
  recognised: 0,
  complementaryProtection: 0,
  humanitarian: 0,
  refused: 0,
  withdrawn: 0,
  reviewRequested: 0,
  reviewUpheld: 0,
  reviewDismissed: 0,
  reviewRejected: 0,
  suitsFiled: 0,
  judgmentsWon: 0,
  judgmentsLost: 0,
  detained: 0,
  provisionalRelease: 0,
};
const ZERO_DEADLINES = { metOnTime: 0, metLate: 0, waived: 0, missed: 0, overdue: 0, open: 0, overridden: 0 };

/** ISA's 2024 figures as the data file has them (reference §4.1), with the rates worked out by hand. */
const NATIONAL_2024 = {
  year: 2024,
  applications: 12373,
  cpApplications: 1273,
  recognised: 190,
  recognisedOnAppeal: 14,
  humanitarian: 335,
  cpRecognised: 1661,
  refused: 5117,
  // 190 ÷ (190 + 1,661 + 5,117) = 2.73 %; 190 per 12,373 applications = 1.54 per hundred.
  recognitionRate: 2.7,
  recognisedPerHundredApplications: 1.5,
};

describe('reports: every figure against the hand count', () => {
  let api: TestApi;
  let world: ReportWorld;
  let supA: SignedInBrowser;
  let supB: SignedInBrowser;
  let admin: SignedInBrowser;
  let refreshId: string;

  /** A report's answer, which must be a 200. */
  const get = async (browser: SignedInBrowser, path: string) => {
    const response = await browser.get(`/api/reports/${path}`);
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response;
  };

  beforeAll(async () => {
    api = await startTestApi({ env: { DATABASE_URL: await freshDatabase('reports_figures'), REDIS_PREFIX: `${process.env.REDIS_PREFIX}_reports_figures` } });
    world = await buildReportWorld(api);
    supA = await world.as('supA');
    supB = await world.as('supB');
    admin = await world.as('admin');
  }, 120_000);
  afterAll(async () => {
    await api.close();
  });

  it('answers zeros and no data version before the first rebuild', async () => {
    const outcomes = (await get(admin, `outcomes?${PERIOD}`)).body;
    expect(outcomes.meta.dataVersion).toBeNull();
    expect(outcomes.rows).toEqual([
      { period: '2024', ...ZERO_OUTCOMES, recognitionRate: null, recognisedPerHundredApplications: null },
      { period: '2025', ...ZERO_OUTCOMES, recognitionRate: null, recognisedPerHundredApplications: null },
    ]);
    const caseloads = (await get(admin, `caseloads?${PERIOD}`)).body;
    expect(caseloads.months.every((month: { openFiles: number }) => month.openFiles === 0)).toBe(true);
    expect(caseloads.atRisk).toEqual({ recentContactDays: 60, openFiles: 0, withoutOpenDeadline: 0, withoutRecentContact: 0, withNeither: 0 });
    expect((await get(admin, 'overview')).body.dataVersion).toBeNull();
  });

  describe('after a rebuild', () => {
    beforeAll(async () => {
      const result = await api.app.get(ReportRefresh).run();
      if (result === null) throw new Error('the refresh was skipped');
      refreshId = result.refreshId;
    }, 60_000);

    it('states the data version, the period and the filter on every report', async () => {
      const outcomes = (await get(supA, `outcomes?${PERIOD}&teamId=${world.teamA.id}`)).body;
      expect(outcomes.meta).toEqual({
        from: '2024-01',
        to: '2025-12',
        teamId: world.teamA.id,
        teamName: world.teamA.name,
        generatedAt: '2026-02-16T03:00:00.000Z',
        dataVersion: { id: refreshId, asOf: expect.any(String), asOfDate: TODAY },
        aggregateOnly: false,
      });
      // By default: January two years before this year, to this month.
      const defaults = (await get(admin, 'deadlines')).body;
      expect(defaults.meta).toMatchObject({ from: '2024-01', to: '2026-02', teamId: null, teamName: null, aggregateOnly: true });
      expect(defaults.reminders.map((month: { month: string }) => month.month)).toEqual([...MONTHS, '2026-01', '2026-02']);
    });

    it('gives the overview: teams in scope, data version, refresh interval, earliest month, national sources', async () => {
      const forAdmin = (await get(admin, 'overview')).body;
      expect(forAdmin).toEqual({
        aggregateOnly: true,
        teams: [
          { id: world.teamA.id, name: world.teamA.name },
          { id: world.teamB.id, name: world.teamB.name },
        ],
        dataVersion: { id: refreshId, asOf: expect.any(String), asOfDate: TODAY },
        refreshMinutes: api.config.reports.refreshMinutes,
        // F13, opened 10 January 2023, closed before the period.
        earliestMonth: '2023-01',
        national: {
          version: '2025-03-14',
          title: expect.any(String),
          sources: expect.arrayContaining([expect.objectContaining({ years: [2024], url: expect.stringMatching(/^https?:\/\//) })]),
          note: expect.any(String),
          years: [2018, 2019, 2020, 2021, 2022, 2023, 2024],
        },
      });
      expect((await get(supA, 'overview')).body).toMatchObject({ aggregateOnly: false, teams: [{ id: world.teamA.id, name: world.teamA.name }], earliestMonth: '2023-01' });
      // Team B's first file, F15, was opened in October 2024.
      expect((await get(supB, 'overview')).body).toMatchObject({ teams: [{ id: world.teamB.id, name: world.teamB.name }], earliestMonth: '2024-10' });
    });

    it('counts outcomes by year, for the organisation and for team A, beside ISA’s 2024 figures', async () => {
      const organisation = (await get(admin, `outcomes?${PERIOD}`)).body;
      expect(organisation.granularity).toBe('year');
      expect(organisation.rows).toEqual([
        {
          period: '2024',
          ...ZERO_OUTCOMES,
          // F1, F2, F3, F4, F5, F7 (its 1st), F15.
          filedFirst: 7,
          refused: 1, // F1
          withdrawn: 2, // F5, F7's 1st
          reviewRequested: 1, // F1
          detained: 1, // F8
          provisionalRelease: 1, // F8
          recognitionRate: 0, // 0 of 1 decision
          recognisedPerHundredApplications: 0,
        },
        {
          period: '2025',
          ...ZERO_OUTCOMES,
          filedFirst: 2, // F6, F10
          filedSubsequent: 1, // F7's 2nd
          recognised: 3, // F2, F15, F4 (after its upheld review)
          complementaryProtection: 1, // F4
          humanitarian: 1, // F8
          refused: 3, // F3, F6, F7
          reviewRequested: 1, // F4
          reviewUpheld: 1, // F4
          reviewDismissed: 1, // F1
          suitsFiled: 1, // F1
          judgmentsWon: 1, // F1
          // 3 ÷ (3 + 1 + 3) = 42.86 %; 3 recognised per 3 applications.
          recognitionRate: 42.9,
          recognisedPerHundredApplications: 100,
        },
      ]);
      expect(organisation.national).toEqual([NATIONAL_2024]);

      const teamA = (await get(supA, `outcomes?${PERIOD}&teamId=${world.teamA.id}`)).body;
      expect(teamA.rows).toEqual([
        { period: '2024', ...ZERO_OUTCOMES, filedFirst: 6, refused: 1, withdrawn: 2, reviewRequested: 1, detained: 1, provisionalRelease: 1, recognitionRate: 0, recognisedPerHundredApplications: 0 },
        {
          period: '2025',
          ...ZERO_OUTCOMES,
          filedFirst: 1,
          filedSubsequent: 1,
          recognised: 2,
          complementaryProtection: 1,
          humanitarian: 1,
          refused: 3,
          reviewRequested: 1,
          reviewUpheld: 1,
          reviewDismissed: 1,
          suitsFiled: 1,
          judgmentsWon: 1,
          // 2 ÷ (2 + 1 + 3) = 33.33 %; 2 recognised per 2 applications.
          recognitionRate: 33.3,
          recognisedPerHundredApplications: 100,
        },
      ]);
      // Without a team filter a supervisor sees the teams they supervise: the same figures.
      expect(((await get(supA, `outcomes?${PERIOD}`)).body).rows).toEqual(teamA.rows);
    });

    it('counts outcomes by quarter, zeros included, with the rates of each quarter', async () => {
      const quarters = (await get(admin, `outcomes?${PERIOD}&granularity=quarter`)).body;
      expect(quarters.granularity).toBe('quarter');
      expect(quarters.rows).toEqual([
        { period: '2024-Q1', ...ZERO_OUTCOMES, filedFirst: 3, recognitionRate: null, recognisedPerHundredApplications: 0 },
        { period: '2024-Q2', ...ZERO_OUTCOMES, filedFirst: 2, withdrawn: 1, recognitionRate: null, recognisedPerHundredApplications: 0 },
        { period: '2024-Q3', ...ZERO_OUTCOMES, filedFirst: 1, refused: 1, reviewRequested: 1, detained: 1, recognitionRate: 0, recognisedPerHundredApplications: 0 },
        { period: '2024-Q4', ...ZERO_OUTCOMES, filedFirst: 1, withdrawn: 1, provisionalRelease: 1, recognitionRate: null, recognisedPerHundredApplications: 0 },
        { period: '2025-Q1', ...ZERO_OUTCOMES, filedFirst: 1, filedSubsequent: 1, recognised: 1, refused: 1, recognitionRate: 50, recognisedPerHundredApplications: 50 },
        { period: '2025-Q2', ...ZERO_OUTCOMES, recognised: 1, complementaryProtection: 1, refused: 1, reviewRequested: 1, reviewDismissed: 1, recognitionRate: 33.3, recognisedPerHundredApplications: null },
        { period: '2025-Q3', ...ZERO_OUTCOMES, filedFirst: 1, humanitarian: 1, refused: 1, suitsFiled: 1, recognitionRate: 0, recognisedPerHundredApplications: 0 },
        { period: '2025-Q4', ...ZERO_OUTCOMES, recognised: 1, reviewUpheld: 1, judgmentsWon: 1, recognitionRate: 100, recognisedPerHundredApplications: null },
      ]);
      // A period that starts and ends inside years: only its months count (F2's filing in March 2024 is out).
      const inside = (await get(admin, 'outcomes?from=2024-04&to=2024-06')).body;
      expect(inside.rows).toEqual([{ period: '2024', ...ZERO_OUTCOMES, filedFirst: 2, withdrawn: 1, recognitionRate: null, recognisedPerHundredApplications: 0 }]);
    });

    it('gives medians and 90th percentiles from 5 applications, beside ISA’s averages', async () => {
      const organisation = (await get(admin, `time-in-stage?${PERIOD}`)).body;
      expect(organisation.rows).toEqual([
        // F1: 5 Feb → 10 Sep 2024 = 218 days; one application: no statistic.
        { year: 2024, interval: 'filed-to-decision', count: 1, medianDays: null, p90Days: null, nationalAverageDays: 669, nationalUnverified: true },
        { year: 2024, interval: 'decision-to-review-request', count: 1, medianDays: null, p90Days: null, nationalAverageDays: null, nationalUnverified: false },
        { year: 2024, interval: 'review-to-decision', count: 0, medianDays: null, p90Days: null, nationalAverageDays: 365, nationalUnverified: true },
        // F6 147, F15 182, F7 210, F3 252, F4 343, F2 364: median (210 + 252) / 2, p90 343 + 0.5 × 21.
        { year: 2025, interval: 'filed-to-decision', count: 6, medianDays: 231, p90Days: 353.5, nationalAverageDays: null, nationalUnverified: false },
        { year: 2025, interval: 'decision-to-review-request', count: 1, medianDays: null, p90Days: null, nationalAverageDays: null, nationalUnverified: false },
        // F1 280 days, F4 173 days.
        { year: 2025, interval: 'review-to-decision', count: 2, medianDays: null, p90Days: null, nationalAverageDays: null, nationalUnverified: false },
      ]);
      const teamA = (await get(supA, `time-in-stage?${PERIOD}&teamId=${world.teamA.id}`)).body;
      // Without F15: 147, 210, 252, 343, 364 → median 252, p90 343 + 0.6 × 21.
      expect(teamA.rows[3]).toEqual({ year: 2025, interval: 'filed-to-decision', count: 5, medianDays: 252, p90Days: 355.6, nationalAverageDays: null, nationalUnverified: false });
      // Team B: F15 alone.
      expect(((await get(supB, `time-in-stage?${PERIOD}`)).body).rows[3]).toMatchObject({ count: 1, medianDays: null, p90Days: null });
    });

    it('counts deadlines kept by due month and kind, and reminders by month', async () => {
      const organisation = (await get(admin, `deadlines?${PERIOD}`)).body;
      const row = (month: string, kind: string, counts: Partial<typeof ZERO_DEADLINES>) => ({ month, kind, ...ZERO_DEADLINES, ...counts });
      // Referral follow-ups fall due 5 business days after sending (Golden Week in between for
      // the one sent on 1 May) and are met by the partner's first answer; a cancelled one is gone.
      const rows = [
        row('2024-06', 'landing-six-months', { metOnTime: 1 }), // F1: landed 20 Dec 2023, filed 5 Feb 2024
        row('2024-09', 'review-request', { metOnTime: 1 }), // F1: due 17 Sep, requested 13 Sep
        row('2025-01', 'review-request', { missed: 1 }), // F3: window lapsed 27 Jan
        row('2025-03', 'referral-follow-up', { metOnTime: 1 }), // F1: due 10 Mar, accepted 5 Mar
        row('2025-04', 'referral-follow-up', { metLate: 1 }), // F3: due 8 Apr, declined 11 Apr
        row('2025-05', 'referral-follow-up', { metOnTime: 1 }), // F4: due 12 May, acknowledged 2 May
        row('2025-05', 'review-request', { metLate: 1 }), // F4: due 19 May, requested 21 May
        row('2025-06', 'referral-follow-up', { overdue: 1 }), // F6: due 9 June, no answer
        row('2025-06', 'review-request', { overdue: 1 }), // F6: due 9 June, nothing done
        row('2025-07', 'referral-follow-up', { metOnTime: 1 }), // F7: due 8 July, acknowledged 4 July
        row('2025-08', 'landing-six-months', { metLate: 1 }), // F10: due 1 Aug, filed 20 Aug
        row('2025-09', 'landing-six-months', { overdue: 1, overridden: 1 }), // F9: moved to 30 Sep, nothing filed
        row('2025-09', 'referral-follow-up', { metOnTime: 2 }), // F8 and F10: due 8 Sep, accepted 8 and 3 Sep
        row('2025-09', 'review-request', { waived: 1 }), // F7
        row('2025-12', 'revocation-suit', { metOnTime: 1 }), // F1: 6 months from 20 June 2025, suit filed 4 Aug
      ];
      expect(organisation.rows).toEqual(rows);
      expect(organisation.totals).toEqual([
        { kind: 'landing-six-months', ...ZERO_DEADLINES, metOnTime: 1, metLate: 1, overdue: 1, overridden: 1 },
        { kind: 'referral-follow-up', ...ZERO_DEADLINES, metOnTime: 5, metLate: 1, overdue: 1 },
        { kind: 'review-request', ...ZERO_DEADLINES, metOnTime: 1, metLate: 1, missed: 1, overdue: 1, waived: 1 },
        { kind: 'revocation-suit', ...ZERO_DEADLINES, metOnTime: 1 },
      ]);
      const reminders = (counts: Record<string, [number, number, number]>) =>
        MONTHS.map((month) => ({ month, sent: counts[month]?.[0] ?? 0, failed: counts[month]?.[1] ?? 0, escalated: counts[month]?.[2] ?? 0 }));
      // Planned and cancelled reminders did not happen; 1 June 01:00 in Japan is June.
      expect(organisation.reminders).toEqual(reminders({ '2024-09': [2, 1, 0], '2025-06': [1, 1, 1], '2025-08': [1, 0, 0] }));
      expect(organisation.overdueLinks).toBe(false);

      const teamA = (await get(supA, `deadlines?${PERIOD}&teamId=${world.teamA.id}`)).body;
      expect(teamA.rows).toEqual(
        rows.filter((r) => r.month !== '2025-08').map((r) => (r.month === '2025-09' && r.kind === 'referral-follow-up' ? { ...r, metOnTime: 1 } : r)),
      );
      expect(teamA.totals.slice(0, 2)).toEqual([
        { kind: 'landing-six-months', ...ZERO_DEADLINES, metOnTime: 1, overdue: 1, overridden: 1 },
        { kind: 'referral-follow-up', ...ZERO_DEADLINES, metOnTime: 4, metLate: 1, overdue: 1 },
      ]);
      expect(teamA.reminders).toEqual(reminders({ '2024-09': [2, 1, 0], '2025-06': [1, 1, 1] }));
      expect(teamA.overdueLinks).toBe(true);
    });

    it('counts open files at each month end, intakes and closures, per team and per current caseworker, and files at risk', async () => {
      const organisation = (await get(admin, `caseloads?${PERIOD}`)).body;
      const open = [2, 3, 3, 4, 5, 6, 7, 7, 7, 8, 7, 7, 8, 9, 10, 9, 8, 8, 8, 8, 8, 9, 9, 9];
      const intakes = [1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0];
      const closures = [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0];
      expect(organisation.months).toEqual(MONTHS.map((month, i) => ({ month, openFiles: open[i], intakes: intakes[i], closures: closures[i] })));
      const teamAOpen = [2, 3, 3, 4, 5, 6, 7, 7, 7, 7, 6, 6, 7, 7, 8, 7, 7, 7, 7, 7, 7, 8, 8, 8];
      const teamBOpen = [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1];
      expect(organisation.teams).toEqual([
        { teamId: world.teamA.id, teamName: world.teamA.name, months: byMonth(teamAOpen) },
        { teamId: world.teamB.id, teamName: world.teamB.name, months: byMonth(teamBOpen) },
      ]);
      expect(organisation.caseworkers).toBeNull();
      // Open now: F1, F3, F4, F6, F7, F8, F9, F11 (A) and F10 (B). Without an open deadline: F1,
      // F3, F4, F7, F10. Without a contact since 18 Dec 2025: all but F1 and F9.
      expect(organisation.atRisk).toEqual({ recentContactDays: 60, openFiles: 9, withoutOpenDeadline: 5, withoutRecentContact: 7, withNeither: 4 });

      const teamA = (await get(supA, `caseloads?${PERIOD}`)).body;
      expect(teamA.months.map((month: { openFiles: number }) => month.openFiles)).toEqual(teamAOpen);
      expect(teamA.teams).toEqual([{ teamId: world.teamA.id, teamName: world.teamA.name, months: byMonth(teamAOpen) }]);
      expect(teamA.atRisk).toEqual({ recentContactDays: 60, openFiles: 8, withoutOpenDeadline: 4, withoutRecentContact: 6, withNeither: 3 });
      // F3 was reassigned from a1 to a2: it counts under a2 all along.
      expect(teamA.caseworkers).toEqual([
        {
          userId: world.users.a1.id,
          name: world.users.a1.displayName,
          teamId: world.teamA.id,
          openNow: 3,
          withoutOpenDeadline: 2,
          withoutRecentContact: 1,
          months: byMonth([2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3]),
        },
        {
          userId: world.users.a2.id,
          name: world.users.a2.displayName,
          teamId: world.teamA.id,
          openNow: 5,
          withoutOpenDeadline: 2,
          withoutRecentContact: 5,
          months: byMonth([0, 0, 0, 1, 2, 3, 4, 4, 4, 4, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5]),
        },
      ].sort((a, b) => a.name.localeCompare(b.name)));
    });

    it('counts referrals by service kind and how they stand, and the documents of open files', async () => {
      const organisation = (await get(admin, `referrals-documents?${PERIOD}`)).body;
      expect(organisation.referrals).toEqual([
        // Sent in the period: 7 (a draft never sent and one sent in January 2026 are not). Answered
        // after 2, 10, 1, 3 and 7 days: median 3.
        { serviceKind: 'housing', sent: 7, accepted: 2, declined: 1, waiting: 2, completed: 1, cancelled: 1, medianDaysToAnswer: 3 },
        { serviceKind: 'japanese-language', sent: 1, accepted: 1, declined: 0, waiting: 0, completed: 0, cancelled: 0, medianDaysToAnswer: null },
      ]);
      const teamA = (await get(supA, `referrals-documents?${PERIOD}&teamId=${world.teamA.id}`)).body;
      expect(teamA.referrals).toEqual([organisation.referrals[0]]);

      // Untranslated: F1's and F10's Persian documents for submission (F2's file is closed, F4's is in Japanese).
      // Missing: what each open file's latest application checklist shows missing.
      const missing = async (browser: SignedInBrowser, names: readonly (keyof ReportWorld['files'])[]) => {
        const counts: number[] = [];
        for (const name of names) {
          const applications = (await browser.get(`/api/clients/${world.files[name].id}/applications`)).body as { id: string; applicationNo: number }[];
          const latest = applications.sort((a, b) => b.applicationNo - a.applicationNo)[0];
          counts.push(latest ? ((await browser.get(`/api/clients/${world.files[name].id}/applications/${latest.id}/checklist`)).body as { missing: number }).missing : 0);
        }
        return counts;
      };
      const inA = await missing(supA, ['F1', 'F3', 'F4', 'F6', 'F7', 'F8', 'F9', 'F11']);
      const inB = await missing(supB, ['F10']);
      const sum = (counts: number[]) => counts.reduce((a, b) => a + b, 0);
      const withAny = (counts: number[]) => counts.filter((count) => count > 0).length;
      expect(sum(inA) + sum(inB)).toBeGreaterThan(0);
      expect(organisation.documents).toEqual({
        openFiles: 9,
        withMissingDocuments: withAny([...inA, ...inB]),
        withUntranslatedDocuments: 2,
        missingItems: sum([...inA, ...inB]),
        untranslatedDocuments: 2,
      });
      expect(teamA.documents).toEqual({ openFiles: 8, withMissingDocuments: withAny(inA), withUntranslatedDocuments: 1, missingItems: sum(inA), untranslatedDocuments: 1 });
    });

    it('publishes the disaggregated tables of a year with small counts suppressed together', async () => {
      const view = (await get(admin, 'disaggregation?year=2025')).body;
      expect(view.meta).toMatchObject({ from: '2025-01', to: '2025-12', teamId: null, aggregateOnly: true });
      expect(view.threshold).toBe(5);
      // Counted by hand: files active in 2025 (opened by its end, not closed before it: F1–F4,
      // F6–F11, F15), and 2025's filings, recognitions, complementary protection and refusals.
      const columns = ['files', 'filed', 'recognised', 'complementaryProtection', 'refused'];
      const counted = [
        { dimension: 'nationality', rows: { AFG: [4, 1, 1, 0, 0], ERI: [1, 0, 1, 0, 0], IRN: [1, 0, 0, 0, 0], LKA: [1, 0, 0, 0, 0], MMR: [2, 0, 1, 1, 1], TUR: [2, 2, 0, 0, 2] } },
        { dimension: 'sex', rows: { female: [5, 1, 1, 0, 2], male: [5, 2, 2, 1, 1], 'non-binary': [0, 0, 0, 0, 0], undisclosed: [0, 0, 0, 0, 0], unknown: [1, 0, 0, 0, 0] } },
        { dimension: 'ageBand', rows: { '0-4': [1, 0, 0, 0, 0], '5-11': [1, 0, 0, 0, 1], '12-17': [1, 1, 0, 0, 0], '18-59': [6, 1, 3, 1, 1], '60+': [1, 1, 0, 0, 1], unknown: [1, 0, 0, 0, 0] } },
        { dimension: 'vulnerability', rows: { vulnerable: [5, 2, 0, 0, 2], 'not-vulnerable': [6, 1, 3, 1, 1] } },
      ] as const;
      const published = suppressLinkedTables(counted.map((table) => ({ rows: Object.keys(table.rows), columns, cells: Object.values(table.rows) as number[][] })));
      const shown = (count: PublishedCount) => (count.kind === 'count' ? { kind: 'count', value: count.value } : { kind: count.kind, value: null });
      expect(view.tables).toEqual(
        published.map((table, t) => ({
          dimension: counted[t].dimension,
          columns,
          rows: table.rows.map((key, r) => ({ key, cells: table.cells[r].map(shown), total: shown(table.rowTotals[r]) })),
          totals: table.columnTotals.map(shown),
          total: shown(table.total),
        })),
      );
      // And by hand: no count from 1 to 4 anywhere, cells and totals alike; every count shown is the true one.
      const everything = view.tables.flatMap((table: { rows: { key: string; cells: { kind: string; value: number | null }[]; total: { kind: string } }[]; totals: { kind: string }[]; total: { kind: string } }, t: number) => [
        ...table.rows.flatMap((row, r) => row.cells.map((cell, c) => ({ cell, truth: (Object.values(counted[t].rows) as number[][])[r][c] }))),
        ...table.totals.map((cell, c) => ({ cell, truth: (Object.values(counted[t].rows) as number[][]).reduce((sum, row) => sum + row[c], 0) })),
      ]);
      for (const { cell, truth } of everything) {
        if (cell.kind === 'count') expect(cell.value).toBe(truth);
        if (truth >= 1 && truth <= 4) expect(cell.kind).not.toBe('count');
      }
      const kinds = new Set(everything.map(({ cell }: { cell: { kind: string } }) => cell.kind));
      expect([...kinds].sort()).toEqual(['below', 'count', 'withheld']);

      // A supervisor's tables are their whole scope, and take no team filter.
      const teamB = (await get(supB, 'disaggregation?year=2025')).body;
      expect(teamB.tables[0].rows.map((row: { key: string }) => row.key)).toEqual(['AFG', 'ERI']);
      expect((await supA.get(`/api/reports/disaggregation?year=2025&teamId=${world.teamA.id}`)).status).toBe(400);
    });

    it('exports every section as CSV (UTF-8 with a BOM) and XLSX, attached and never cached', async () => {
      const csv = await getBytes(supA, `/api/reports/export?${PERIOD}&teamId=${world.teamA.id}&format=csv&lang=en`);
      expect(csv.status).toBe(200);
      expect(csv.headers['content-disposition']).toBe('attachment; filename="yorisoi-report-2024-01-2025-12.csv"');
      expect(csv.headers['cache-control']).toBe('no-store');
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      const text = (csv.body as Buffer).toString('utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(text).toContain(refreshId);
      expect(text).toContain(world.teamA.name);
      expect(text).toContain('2025-03-14');

      const xlsx = await getBytes(admin, `/api/reports/export?${PERIOD}&format=xlsx&lang=ja&year=2025`);
      expect(xlsx.status).toBe(200);
      expect(xlsx.headers['content-disposition']).toBe('attachment; filename="yorisoi-report-2024-01-2025-12.xlsx"');
      expect(xlsx.headers['cache-control']).toBe('no-store');
      const entries = unzip(xlsx.body as Buffer);
      expect([...entries.keys()].some((name) => name.startsWith('xl/worksheets/'))).toBe(true);
    });

    // Last: it changes the world.
    it('shows the figures of the latest rebuild only: the same figures until the next one, then the new ones', async () => {
      const before = (await get(admin, `caseloads?${PERIOD}`)).body;
      const b1 = await world.as('b1');
      await takeIn(b1, world.teamB.id, { nationality: 'SYR' });
      // Not yet rebuilt: the same data version, the same figures.
      const unchanged = (await get(admin, `caseloads?${PERIOD}`)).body;
      expect(unchanged.atRisk.openFiles).toBe(9);
      expect(unchanged.meta.dataVersion).toEqual(before.meta.dataVersion);
      const next = await api.app.get(ReportRefresh).run();
      const after = (await get(admin, `caseloads?${PERIOD}`)).body;
      expect(after.meta.dataVersion.id).toBe(next?.refreshId);
      expect(after.meta.dataVersion.id).not.toBe(refreshId);
      expect(after.atRisk.openFiles).toBe(10);
    });
  });
});
