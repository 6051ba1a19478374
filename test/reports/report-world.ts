import { randomUUID } from 'node:crypto';
import { createTeam, createUser, signedIn, type NewUser, type SignedInBrowser, type TestUser } from '../support/accounts.js';
import { takeIn } from '../support/clients.js';
import { tinyPdf, upload } from '../support/documents.js';
import type { TestApi } from '../support/test-api.js';

/**
 * A small organisation with two years of history, made through the API as caseworkers make it
 * (intake, procedure steps with their real-world dates, notes, referrals, documents, closing),
 * for the reports' hand-counted figures. What the API cannot date — when a file was created or
 * closed, and reminders sent or failed by the worker — is set in the tables, as other tests set
 * a timestamp they need in the past.
 *
 * "Today" is Monday 16 February 2026 in Japan. Every date below is chosen so that a 7-day review
 * window ends on a working day (no holiday roll-over to hand-count).
 */
export const TODAY = '2026-02-16';
const NOON_TODAY = new Date('2026-02-16T03:00:00Z');

type Step = { readonly to: string; readonly outcome?: string; readonly dates?: Record<string, string>; readonly workAllowed?: boolean };

/** One file: who holds it, what it is like, and what happened in it. */
interface FileSpec {
  readonly team: 'A' | 'B';
  readonly caseworker: 'a1' | 'a2' | 'b1';
  readonly nationality: string;
  readonly gender: string | null;
  readonly dateOfBirth: string | null;
  readonly vulnerabilityFlags: readonly string[];
  readonly createdOn: string;
  readonly landingDate?: string;
  /** Protection applications, each a list of steps (kind REFUGEE_AND_CP). */
  readonly applications?: readonly (readonly Step[])[];
  readonly custody?: readonly Step[];
  readonly residence?: readonly Step[];
  readonly closedOn?: string;
}

/*
 * F1–F15 as the hand counts in reports.e2e-spec.ts name them. Team A: a1 and a2; team B: b1.
 * F3 is reassigned from a1 to a2 (the caseload counts a file under its current caseworker).
 */
const FILES = {
  F1: {
    team: 'A', caseworker: 'a1', nationality: 'AFG', gender: 'female', dateOfBirth: '1990-05-01', vulnerabilityFlags: ['torture-survivor'], createdOn: '2024-01-10', landingDate: '2023-12-20',
    applications: [[
      { to: 'P1_FILED', dates: { filedOn: '2024-02-05' } },
      { to: 'P3_REFUSED', dates: { noticeReceivedOn: '2024-09-10', decidedOn: '2024-09-03' } },
      { to: 'P4_APPEAL_WINDOW' },
      { to: 'P5_APPEAL_PENDING', dates: { requestFiledOn: '2024-09-13' } },
      { to: 'P6_APPEAL_DECIDED', outcome: 'DISMISSED', dates: { knownOn: '2025-06-20', decidedOn: '2025-06-15' } },
      { to: 'P7_LITIGATION_WINDOW' },
      { to: 'P8_LITIGATION', dates: { suitFiledOn: '2025-08-04' } },
      { to: 'P8_LITIGATION', outcome: 'JUDGMENT_WON', dates: { judgmentServedOn: '2025-12-10' } },
    ]],
  },
  F2: {
    team: 'A', caseworker: 'a1', nationality: 'AFG', gender: 'male', dateOfBirth: '1985-03-03', vulnerabilityFlags: [], createdOn: '2024-03-01', closedOn: '2025-04-15',
    applications: [[
      { to: 'P1_FILED', dates: { filedOn: '2024-03-04' } },
      { to: 'P3_RECOGNISED_REFUGEE', dates: { noticeReceivedOn: '2025-03-03', decidedOn: '2025-02-25' } },
    ]],
  },
  F3: {
    team: 'A', caseworker: 'a1', nationality: 'MMR', gender: 'female', dateOfBirth: '2015-06-01', vulnerabilityFlags: ['minor'], createdOn: '2024-05-10',
    applications: [[
      { to: 'P1_FILED', dates: { filedOn: '2024-05-13' } },
      { to: 'P3_REFUSED', dates: { noticeReceivedOn: '2025-01-20', decidedOn: '2025-01-14' } },
      { to: 'P4_APPEAL_WINDOW' },
      { to: 'P4X_WINDOW_LAPSED', dates: { windowEndedOn: '2025-01-27' } },
    ]],
  },
  F4: {
    team: 'A', caseworker: 'a2', nationality: 'MMR', gender: 'male', dateOfBirth: '1970-01-01', vulnerabilityFlags: [], createdOn: '2024-06-03',
    applications: [[
      { to: 'P1_FILED', dates: { filedOn: '2024-06-03' } },
      { to: 'P3_CP_ONLY', dates: { noticeReceivedOn: '2025-05-12', decidedOn: '2025-05-07' } },
      { to: 'P4_APPEAL_WINDOW' },
      { to: 'P5_APPEAL_PENDING', dates: { requestFiledOn: '2025-05-21' } },
      { to: 'P6_APPEAL_DECIDED', outcome: 'UPHELD', dates: { knownOn: '2025-11-10', decidedOn: '2025-11-04' } },
      { to: 'P3_RECOGNISED_REFUGEE', dates: { noticeReceivedOn: '2025-12-01', decidedOn: '2025-11-26' } },
    ]],
  },
  F5: {
    team: 'A', caseworker: 'a2', nationality: 'IRN', gender: 'undisclosed', dateOfBirth: null, vulnerabilityFlags: [], createdOn: '2024-07-01', closedOn: '2024-11-20',
    applications: [[
      { to: 'P1_FILED', dates: { filedOn: '2024-07-01' } },
      { to: 'P_WITHDRAWN', dates: { withdrawnOn: '2024-10-01' } },
    ]],
  },
  F6: {
    // Created after its first step was dated: opened on the filing day.
    team: 'A', caseworker: 'a2', nationality: 'TUR', gender: 'male', dateOfBirth: '1995-01-01', vulnerabilityFlags: [], createdOn: '2025-01-20',
    applications: [[
      { to: 'P1_FILED', dates: { filedOn: '2025-01-06' } },
      { to: 'P3_REFUSED', dates: { noticeReceivedOn: '2025-06-02', decidedOn: '2025-05-28' } },
    ]],
  },
  F7: {
    team: 'A', caseworker: 'a1', nationality: 'TUR', gender: 'female', dateOfBirth: '1960-01-01', vulnerabilityFlags: ['serious-illness'], createdOn: '2024-02-01',
    applications: [
      [
        { to: 'P1_FILED', dates: { filedOn: '2024-02-01' } },
        { to: 'P_WITHDRAWN', dates: { withdrawnOn: '2024-04-01' } },
      ],
      [
        { to: 'P1_FILED', dates: { filedOn: '2025-02-03' } },
        { to: 'P3_REFUSED', dates: { noticeReceivedOn: '2025-09-01', decidedOn: '2025-08-27' } },
      ],
    ],
  },
  F8: {
    team: 'A', caseworker: 'a2', nationality: 'LKA', gender: 'male', dateOfBirth: '1988-08-08', vulnerabilityFlags: [], createdOn: '2024-04-01',
    custody: [
      { to: 'D1_INVESTIGATION', dates: { startedOn: '2024-08-01' } },
      { to: 'D2_DETAINED', dates: { detainedOn: '2024-08-05' } },
      { to: 'D2_PROVISIONAL_RELEASE_PRE', dates: { releasedOn: '2024-12-10' } },
    ],
    residence: [{ to: 'SPECIAL_PERMISSION', dates: { grantedOn: '2025-07-01', expiresOn: '2029-07-01' }, workAllowed: true }],
  },
  F9: { team: 'A', caseworker: 'a1', nationality: 'AFG', gender: 'female', dateOfBirth: '2023-05-01', vulnerabilityFlags: ['minor'], createdOn: '2025-03-10', landingDate: '2025-03-10' },
  F10: {
    team: 'B', caseworker: 'b1', nationality: 'AFG', gender: 'male', dateOfBirth: '2010-01-01', vulnerabilityFlags: ['unaccompanied-minor'], createdOn: '2025-02-01', landingDate: '2025-02-01',
    applications: [[{ to: 'P1_FILED', dates: { filedOn: '2025-08-20' } }]],
  },
  F11: { team: 'A', caseworker: 'a2', nationality: 'IRN', gender: null, dateOfBirth: null, vulnerabilityFlags: [], createdOn: '2025-10-01', landingDate: '2025-10-01' },
  F12: { team: 'A', caseworker: 'a1', nationality: 'AFG', gender: 'male', dateOfBirth: '1980-02-02', vulnerabilityFlags: [], createdOn: '2023-06-01', closedOn: '2024-03-15' },
  F13: { team: 'A', caseworker: 'a2', nationality: 'AFG', gender: 'male', dateOfBirth: '1981-02-02', vulnerabilityFlags: [], createdOn: '2023-01-10', closedOn: '2023-08-01' },
  F15: {
    team: 'B', caseworker: 'b1', nationality: 'ERI', gender: 'female', dateOfBirth: '1992-04-04', vulnerabilityFlags: [], createdOn: '2024-10-01', closedOn: '2025-05-31',
    applications: [[
      { to: 'P1_FILED', dates: { filedOn: '2024-10-01' } },
      { to: 'P3_RECOGNISED_REFUGEE', dates: { noticeReceivedOn: '2025-04-01', decidedOn: '2025-03-25' } },
    ]],
  },
} as const satisfies Record<string, FileSpec>;

export type FileName = keyof typeof FILES;

/**
 * Referrals to the organisation's own services: sent on a day, then answered on others. The
 * first answer (acknowledge, accept or decline) is the answer the report times.
 */
const REFERRALS: readonly { file: FileName; kind: string; sentOn: string; steps: readonly (readonly [string, string])[]; draftOnly?: boolean }[] = [
  { file: 'F1', kind: 'housing', sentOn: '2025-03-03', steps: [['accept', '2025-03-05']] },
  { file: 'F3', kind: 'housing', sentOn: '2025-04-01', steps: [['decline', '2025-04-11']] },
  { file: 'F4', kind: 'housing', sentOn: '2025-05-01', steps: [['acknowledge', '2025-05-02'], ['accept', '2025-05-10'], ['start', '2025-05-12'], ['complete', '2025-06-01']] },
  { file: 'F6', kind: 'housing', sentOn: '2025-06-02', steps: [] },
  { file: 'F7', kind: 'housing', sentOn: '2025-07-01', steps: [['acknowledge', '2025-07-04']] },
  { file: 'F9', kind: 'housing', sentOn: '2025-08-01', steps: [['cancel', '2025-08-05']] },
  { file: 'F8', kind: 'housing', sentOn: '2025-09-01', steps: [['accept', '2025-09-08'], ['start', '2025-09-09']] },
  { file: 'F11', kind: 'housing', sentOn: '2026-01-10', steps: [] },
  { file: 'F1', kind: 'housing', sentOn: '2025-10-01', steps: [], draftOnly: true },
  { file: 'F10', kind: 'japanese-language', sentOn: '2025-09-01', steps: [['accept', '2025-09-03']] },
];

/** Notes (a contact) written on a day. */
const NOTES: readonly { file: FileName; on: string }[] = [
  { file: 'F1', on: '2026-02-10' },
  { file: 'F6', on: '2025-11-01' },
  // Exactly 60 days before today: still a recent contact.
  { file: 'F9', on: '2025-12-18' },
];

/** Reminders as the worker left them (month in Japan time of send_at). */
const REMINDERS: readonly { file: FileName; sendAt: string; status: string; purpose: string }[] = [
  { file: 'F1', sendAt: '2024-09-12T00:00:00Z', status: 'sent', purpose: 'owner' },
  { file: 'F1', sendAt: '2024-09-15T00:00:00Z', status: 'sent', purpose: 'owner' },
  { file: 'F1', sendAt: '2024-09-16T00:00:00Z', status: 'failed', purpose: 'owner' },
  // 1 June 2025 at 01:00 in Japan: a June reminder.
  { file: 'F6', sendAt: '2025-05-31T16:00:00Z', status: 'sent', purpose: 'escalation' },
  { file: 'F6', sendAt: '2025-06-05T00:00:00Z', status: 'failed', purpose: 'owner' },
  { file: 'F6', sendAt: '2025-06-06T00:00:00Z', status: 'planned', purpose: 'owner' },
  { file: 'F6', sendAt: '2025-06-07T00:00:00Z', status: 'cancelled', purpose: 'owner' },
  { file: 'F10', sendAt: '2025-08-10T00:00:00Z', status: 'sent', purpose: 'owner' },
];

export interface WorldFile {
  readonly id: string;
  readonly caseNumber: string;
  readonly familyName: string;
  readonly givenName: string;
}

export interface ReportWorld {
  readonly teamA: { id: string; name: string };
  readonly teamB: { id: string; name: string };
  readonly users: Record<'a1' | 'a2' | 'b1' | 'supA' | 'supB' | 'admin', TestUser & { displayName: string }>;
  readonly files: Record<FileName, WorldFile>;
  /** Signs the user in at the api's current time. */
  as(user: keyof ReportWorld['users']): Promise<SignedInBrowser>;
}

function ok<T extends { status: number; body: unknown }>(response: T, expected: number, what: string): T {
  if (response.status !== expected) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
  return response;
}

/** Noon in Japan on a day: the api's clock for a step taken that day. */
function noonOn(day: string): Date {
  return new Date(`${day}T03:00:00Z`);
}

export async function buildReportWorld(api: TestApi): Promise<ReportWorld> {
  const unique = randomUUID().slice(0, 6);
  const teamA = { id: '', name: `Reports team A ${unique}` };
  const teamB = { id: '', name: `Reports team B ${unique}` };
  teamA.id = await createTeam(api, teamA.name);
  teamB.id = await createTeam(api, teamB.name);
  const person = async (user: NewUser, displayName: string) => {
    const created = await createUser(api, user);
    await api.dataSource.query('UPDATE user_account SET display_name = $2 WHERE id = $1', [created.id, displayName]);
    return { ...created, displayName };
  };
  const users: ReportWorld['users'] = {
    a1: await person({ role: 'caseworker', memberOf: [teamA.id] }, `Haruka Odagiri ${unique}`),
    a2: await person({ role: 'caseworker', memberOf: [teamA.id] }, `Minh Tran ${unique}`),
    b1: await person({ role: 'caseworker', memberOf: [teamB.id] }, `Selam Tesfaye ${unique}`),
    supA: await person({ role: 'supervisor', supervises: [teamA.id] }, `Keiko Supervisor-A ${unique}`),
    supB: await person({ role: 'supervisor', supervises: [teamB.id] }, `Jun Supervisor-B ${unique}`),
    admin: await person({ role: 'admin' }, `Rin Administrator ${unique}`),
  };
  const as = (user: keyof ReportWorld['users']) => signedIn(api, users[user]);
  /** Runs `act` with the clock at noon (Japan) on `day`, signed in afresh (sessions follow the clock). */
  const on = async <T>(day: string, user: keyof ReportWorld['users'], act: (browser: SignedInBrowser) => Promise<T>): Promise<T> => {
    api.clock.set(noonOn(day));
    try {
      return await act(await as(user));
    } finally {
      api.clock.set(NOON_TODAY);
    }
  };

  api.clock.set(NOON_TODAY);
  const files = {} as Record<FileName, WorldFile>;
  const browsers = { a1: await as('a1'), a2: await as('a2'), b1: await as('b1') };
  for (const [name, spec] of Object.entries(FILES) as [FileName, FileSpec][]) {
    const caseworker = browsers[spec.caseworker];
    const team = spec.team === 'A' ? teamA.id : teamB.id;
    const familyName = `Report${name}-${randomUUID().slice(0, 8)}`;
    const givenName = `Given${name}`;
    const client = await takeIn(caseworker, team, {
      familyName,
      givenName,
      nationality: spec.nationality,
      gender: spec.gender,
      dateOfBirth: spec.dateOfBirth,
      vulnerabilityFlags: [...spec.vulnerabilityFlags],
      ...(spec.landingDate ? { landingDate: spec.landingDate } : {}),
    });
    files[name] = { id: client.id, caseNumber: client.caseNumber, familyName, givenName };
    for (const steps of spec.applications ?? []) {
      let application = ok(await caseworker.post(`/api/clients/${client.id}/applications`, { kind: 'REFUGEE_AND_CP' }), 201, `${name} application`).body as { id: string; version: number };
      for (const step of steps) {
        application = ok(
          await caseworker.post(`/api/clients/${client.id}/applications/${application.id}/steps`, { version: application.version, ...step }),
          201,
          `${name} step to ${step.to}`,
        ).body as { id: string; version: number };
      }
    }
    for (const [track, steps] of [['custody', spec.custody ?? []], ['residence', spec.residence ?? []]] as const) {
      for (const step of steps) {
        const { version } = (await caseworker.get(`/api/clients/${client.id}`)).body as { version: number };
        ok(await caseworker.post(`/api/clients/${client.id}/${track}/steps`, { version, ...step }), 201, `${name} ${track} step to ${step.to}`);
      }
    }
  }

  // F3 moves to a2: counted under its current caseworker.
  const supA = await as('supA');
  const f3 = (await supA.get(`/api/clients/${files.F3.id}`)).body as { version: number };
  ok(await supA.put(`/api/clients/${files.F3.id}/assignments`, { version: f3.version, primaryWorkerId: users.a2.id, otherWorkerIds: [] }), 200, 'F3 reassigned');

  // The deadlines a caseworker dealt with by hand: F9's landing window replaced, F7's review window waived.
  const deadlineOf = async (browser: SignedInBrowser, file: FileName, kind: string) => {
    const list = (await browser.get(`/api/clients/${files[file].id}/deadlines`)).body as { id: string; kind: string; status: string; version: number }[];
    const found = list.find((deadline) => deadline.kind === kind && deadline.status === 'open');
    if (!found) throw new Error(`${file} has no open ${kind} deadline: ${JSON.stringify(list)}`);
    return found;
  };
  const f9 = await deadlineOf(browsers.a1, 'F9', 'landing-six-months');
  ok(
    await browsers.a1.post(`/api/clients/${files.F9.id}/deadlines/${f9.id}/override`, { version: f9.version, dueDate: '2025-09-30', reason: 'The bureau accepted a later filing in writing' }),
    200,
    'F9 override',
  );
  const f7 = await deadlineOf(browsers.a1, 'F7', 'review-request');
  ok(await browsers.a1.post(`/api/clients/${files.F7.id}/deadlines/${f7.id}/waive`, { version: f7.version, reason: 'The client chose to go to court instead' }), 200, 'F7 waiver');

  // Documents: one for submission in Persian without a translation (F1, F10, and F2 which closes
  // later), one in Japanese (F4).
  const document = async (browser: SignedInBrowser, file: FileName, language: string) =>
    ok(await upload(browser, files[file].id, { category: 'identity', title: 'Passport, pages 1-3', language, forSubmission: 'true' }, tinyPdf(file)), 201, `${file} document`);
  await document(browsers.a1, 'F1', 'fa');
  await document(browsers.b1, 'F10', 'fa');
  await document(browsers.a1, 'F2', 'fa');
  await document(browsers.a2, 'F4', 'ja');

  /** Who holds a file now: F3 moved to a2. */
  const holder = (file: FileName) => (file === 'F3' ? 'a2' : (FILES[file] as FileSpec).caseworker);
  for (const note of NOTES) {
    await on(note.on, holder(note.file), async (browser) => ok(await browser.post(`/api/clients/${files[note.file].id}/notes`, { body: 'Phoned the client' }), 201, `${note.file} note`));
  }

  for (const referral of REFERRALS) {
    const path = `/api/clients/${files[referral.file].id}/referrals`;
    let current = await on(referral.sentOn, holder(referral.file), async (browser) => {
      const draft = ok(
        await browser.post(path, { internalService: 'Own programme', serviceKind: referral.kind, reason: 'Needs support', urgency: 'routine', sharedFields: [] }),
        201,
        `${referral.file} referral draft`,
      ).body as { id: string; version: number };
      if (referral.draftOnly) return draft;
      return ok(await browser.post(`${path}/${draft.id}/send`, { version: draft.version }), 200, `${referral.file} referral sent`).body as { id: string; version: number };
    });
    for (const [action, day] of referral.steps) {
      current = await on(day, holder(referral.file), async (browser) =>
        ok(
          await browser.post(`${path}/${current.id}/steps`, { version: current.version, action, ...(action === 'complete' ? { outcome: 'Housed for three months' } : {}), ...(action === 'decline' || action === 'cancel' ? { reason: 'No place free' } : {}) }),
          200,
          `${referral.file} referral ${action}`,
        ).body as { id: string; version: number },
      );
    }
  }

  for (const reminder of REMINDERS) {
    const [deadline] = await api.dataSource.query<{ id: string }[]>('SELECT id FROM deadline WHERE client_id = $1 ORDER BY created_at LIMIT 1', [files[reminder.file].id]);
    if (!deadline) throw new Error(`${reminder.file} has no deadline to hang a reminder on`);
    await api.dataSource.query(
      `INSERT INTO reminder (deadline_id, client_id, recipient_user_id, purpose, send_at, status, sent_at)
       VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $6 = 'sent' THEN $5::timestamptz END)`,
      [deadline.id, files[reminder.file].id, users[holder(reminder.file)].id, reminder.purpose, reminder.sendAt, reminder.status],
    );
  }

  // Closing last: a closed file takes no more steps.
  for (const [name, spec] of Object.entries(FILES) as [FileName, FileSpec][]) {
    if (!spec.closedOn) continue;
    const browser = spec.team === 'A' ? supA : await as('supB');
    const { version } = (await browser.get(`/api/clients/${files[name].id}`)).body as { version: number };
    ok(await browser.post(`/api/clients/${files[name].id}/close`, { version, reason: 'Support ended' }), 200, `${name} closed`);
    await api.dataSource.query(`UPDATE client SET closed_at = $2::timestamptz WHERE id = $1`, [files[name].id, `${spec.closedOn}T03:00:00Z`]);
  }
  // The day each file was created: intake takes the database's time, not the api's clock.
  for (const [name, spec] of Object.entries(FILES) as [FileName, FileSpec][]) {
    await api.dataSource.query(`UPDATE client SET created_at = $2::timestamptz WHERE id = $1`, [files[name].id, `${spec.createdOn}T03:00:00Z`]);
  }
  api.clock.set(NOON_TODAY);
  return { teamA, teamB, users, files, as };
}
