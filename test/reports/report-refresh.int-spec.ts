import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import { Test, type TestingModule } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import type { Principal } from '#accounts';
import { ApplicationsService, AppointmentsService, ClientDeadlinesService, ClientsService, StatusService, TimelineService } from '#clients';
import {
  ageBand,
  DEFAULT_CHECKLIST_TEMPLATES,
  deadlineOutcome,
  evaluateChecklist,
  translationFlag,
  type ChecklistDocument,
  type ChecklistTemplateContent,
  type DeadlineStatus,
  type ProtectionDates,
  type ProtectionOutcome,
  type ProtectionStage,
} from '#domain';
import { schema } from '#migrations';
import { Clock, ClockModule, ConfigModule, createPinoLogger, DatabaseModule, JobName, JsonLogger, QueueModule, QueueName, RedisModule } from '#platform';
import { testConfig } from '#platform/testing';
import { ReportRefresh, ReportRefreshModule, ReportRefreshRequests, type ReportRefreshResult } from '#reports';
import { ReportsRefreshProcessor } from '../../apps/worker/src/reports/reports-refresh.processor.js';
import { ageBandSql } from '../../libs/reports/src/refresh/report-sources.repository.js';
import { ageBandTable } from '../../libs/reports/src/refresh/report-source-rules.js';
import { newCaseworker, newTeam } from '../support/factories/accounts.factory.js';
import { newClient } from '../support/factories/clients.factory.js';
import { startServiceContext, type ServiceContext } from '../support/factories/service-context.js';
import { pollUntil } from '../support/poll.js';
import { startTestWorker } from '../support/test-worker.js';

/*
 * The reporting store's rebuild against the real PostgreSQL: a small world of two teams made
 * through the real services (steps backdated over two years, deadlines met, late, waived, missed
 * and overdue, a correction), with reminders, a referral and documents written as their owners
 * store them, then every fact row of those teams checked against a count made by hand. The
 * database is shared with the run's other files, so everything is read by team, and a refresh
 * that another file's worker happens to be running is waited out.
 */

const TODAY = new Date('2026-03-02T10:00:00+09:00');
const AS_OF = '2026-03-02';

describe('ReportRefresh', () => {
  let ctx: ServiceContext;
  let refreshModule: TestingModule;
  let refresh: ReportRefresh;
  let teamA: string;
  let teamB: string;
  let a: Principal;
  let b: Principal;
  const files: Record<'a1' | 'a2' | 'a3' | 'a4' | 'b1' | 'b2', string> = { a1: '', a2: '', a3: '', a4: '', b1: '', b2: '' };
  const apps: Record<'a1' | 'a2' | 'a3' | 'a4' | 'b1' | 'b1second', string> = { a1: '', a2: '', a3: '', a4: '', b1: '', b1second: '' };
  let a2FilingCorrection = '';
  let first: ReportRefreshResult;

  const query = <T>(sql: string, params: unknown[] = []) => ctx.dataSource.query<T[]>(sql, params);

  /** A refresh that ran: one another file's worker happens to be running is waited out. */
  async function refreshNow(): Promise<ReportRefreshResult> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const result = await refresh.run();
      if (result) return result;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('the refresh lock stayed taken for 10 s');
  }

  /**
   * Facts as a refresh on `asOf` wrote them. The run's other files start workers whose refreshes
   * count as of the real day: the facts are read in one snapshot with the data version they
   * belong to, and refreshed again until that version is this test's.
   */
  async function readAsOf<T>(asOf: string, sql: string, params: unknown[]): Promise<T[]> {
    for (let attempt = 0; attempt < 10; attempt++) {
      await refreshNow();
      const runner = ctx.dataSource.createQueryRunner();
      await runner.connect();
      try {
        await runner.startTransaction('REPEATABLE READ');
        const [version] = (await runner.query(`SELECT as_of_date::text AS as_of FROM report_refresh ORDER BY id DESC LIMIT 1`)) as { as_of: string }[];
        const rows = (await runner.query(sql, params)) as T[];
        await runner.commitTransaction();
        if (version?.as_of === asOf) return rows;
      } finally {
        await runner.release();
      }
    }
    throw new Error(`no refresh as of ${asOf} stayed the latest long enough to be read`);
  }

  async function steps(principal: Principal, clientId: string, applicationId: string, list: { to: ProtectionStage; outcome?: ProtectionOutcome; dates?: ProtectionDates }[]): Promise<number> {
    const applications = ctx.get(ApplicationsService);
    let version = (await applications.get(principal, clientId, applicationId)).version;
    for (const step of list) version = (await applications.transition(principal, clientId, applicationId, { version, ...step })).version;
    return version;
  }

  async function openApplication(principal: Principal, clientId: string): Promise<string> {
    return (await ctx.get(ApplicationsService).open(principal, clientId, { kind: 'REFUGEE_AND_CP' })).id;
  }

  async function deadlineOf(clientId: string, kind: string): Promise<{ id: string; version: number }> {
    const [row] = await query<{ id: string; version: number }>(`SELECT id, version FROM deadline WHERE client_id = $1 AND kind = $2 AND status = 'open'`, [clientId, kind]);
    if (!row) throw new Error(`no open ${kind} deadline`);
    return row;
  }

  const factsOfTeams = <T>(table: string, columns: string, order: string) =>
    query<T>(`SELECT ${columns} FROM ${table} WHERE team_id = ANY($1::uuid[]) ORDER BY ${order}`, [[teamA, teamB]]);

  beforeAll(async () => {
    ctx = await startServiceContext();
    ctx.clock.set(TODAY);
    const config = testConfig();
    refreshModule = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(config),
        ClockModule,
        DatabaseModule.forRoot({ schema, applicationName: 'yorisoi-report-refresh-test' }),
        RedisModule,
        QueueModule.forRoot({ role: 'producer' }),
        ReportRefreshModule,
      ],
    })
      .overrideProvider(Clock)
      .useValue(ctx.clock)
      .setLogger(new JsonLogger(createPinoLogger(config.log.level, 'report-refresh-test')))
      .compile();
    await refreshModule.init();
    refresh = refreshModule.get(ReportRefresh);

    // Version 1 of every checklist, as the api seeds it at start (nothing if already there).
    await query(
      `INSERT INTO checklist_template (step, version, content, created_by)
       SELECT step, 1, content, NULL FROM unnest($1::text[], $2::jsonb[]) AS t(step, content) ON CONFLICT (step, version) DO NOTHING`,
      [DEFAULT_CHECKLIST_TEMPLATES.map((t) => t.step), DEFAULT_CHECKLIST_TEMPLATES.map((t) => JSON.stringify(t))],
    );

    teamA = await newTeam(ctx);
    teamB = await newTeam(ctx);
    a = await newCaseworker(ctx, teamA);
    b = await newCaseworker(ctx, teamB);
    const clients = ctx.get(ClientsService);
    const status = ctx.get(StatusService);
    const appointments = ctx.get(AppointmentsService);
    const deadlines = ctx.get(ClientDeadlinesService);

    // A1: filed, examined, recognised; an appointment held, and a note later.
    files.a1 = (await newClient(ctx, a, teamA, { dateOfBirth: '1990-05-10', gender: 'female', nationality: 'MMR' })).id;
    apps.a1 = await openApplication(a, files.a1);
    await steps(a, files.a1, apps.a1, [
      { to: 'P1_FILED', dates: { filedOn: '2024-02-05' } },
      { to: 'P2_EXAMINATION', dates: { interviewNoticeReceivedOn: '2024-06-10' } },
      { to: 'P3_RECOGNISED_REFUGEE', dates: { decidedOn: '2025-01-15', noticeReceivedOn: '2025-01-20' } },
    ]);
    const held = await appointments.create(a, files.a1, { kind: 'lawyer-meeting', startsAt: new Date('2025-11-10T10:00:00+09:00') });
    await appointments.update(a, files.a1, held.id, { version: held.version, status: 'held' });
    ctx.clock.set(new Date('2026-01-15T12:00:00+09:00'));
    await ctx.get(TimelineService).addNote(a, files.a1, 'Called about the renewal.');
    ctx.clock.set(TODAY);

    // A2: a minor; the filing date typed wrong and corrected; refused, review requested in time, dismissed.
    files.a2 = (await newClient(ctx, a, teamA, { dateOfBirth: '2010-03-02', gender: 'male', nationality: 'AFG', vulnerabilityFlags: ['minor'] })).id;
    apps.a2 = await openApplication(a, files.a2);
    const filedVersion = await steps(a, files.a2, apps.a2, [{ to: 'P1_FILED', dates: { filedOn: '2024-04-01' } }]);
    await ctx.get(ApplicationsService).correctLastStep(a, files.a2, apps.a2, { version: filedVersion, dates: { filedOn: '2024-04-03' } });
    [{ id: a2FilingCorrection }] = await query<{ id: string }>(`SELECT id FROM stage_transition WHERE application_id = $1 AND corrects_id IS NOT NULL`, [apps.a2]);
    await steps(a, files.a2, apps.a2, [
      { to: 'P3_REFUSED', dates: { decidedOn: '2024-09-30', noticeReceivedOn: '2024-10-02' } },
      { to: 'P4_APPEAL_WINDOW' },
      { to: 'P5_APPEAL_PENDING', dates: { requestFiledOn: '2024-10-08' } },
      { to: 'P6_APPEAL_DECIDED', outcome: 'DISMISSED', dates: { knownOn: '2025-07-01', decidedOn: '2025-06-25' } },
    ]);

    // A3: refused last month and nothing done since (overdue); an appointment's deadline waived; documents.
    files.a3 = (await newClient(ctx, a, teamA, { dateOfBirth: '1960-01-01' })).id;
    apps.a3 = await openApplication(a, files.a3);
    await steps(a, files.a3, apps.a3, [
      { to: 'P1_FILED', dates: { filedOn: '2025-06-02' } },
      { to: 'P3_REFUSED', dates: { decidedOn: '2026-02-09', noticeReceivedOn: '2026-02-10' } },
    ]);
    await appointments.create(a, files.a3, { kind: 'oral-opinion-hearing', startsAt: new Date('2026-03-20T14:00:00+09:00') });
    const appointmentDeadline = await deadlineOf(files.a3, 'appointment');
    await deadlines.waive(a, files.a3, appointmentDeadline.id, { version: appointmentDeadline.version, reason: 'The hearing was called off.' });

    // A4: refused, the review window let lapse (missed), the file closed in December.
    files.a4 = (await newClient(ctx, a, teamA, { dateOfBirth: '1985-07-01' })).id;
    apps.a4 = await openApplication(a, files.a4);
    await steps(a, files.a4, apps.a4, [
      { to: 'P1_FILED', dates: { filedOn: '2024-05-07' } },
      { to: 'P3_REFUSED', dates: { decidedOn: '2024-11-01', noticeReceivedOn: '2024-11-05' } },
      { to: 'P4_APPEAL_WINDOW' },
      { to: 'P4X_WINDOW_LAPSED', dates: { windowEndedOn: '2024-11-13' } },
    ]);
    ctx.clock.set(new Date('2025-12-01T15:00:00+09:00'));
    const a4 = await clients.get(a, files.a4);
    await clients.close(a, files.a4, 'Moved to another region', a4.version);
    ctx.clock.set(TODAY);

    // B1: born on a leap day; landed in June 2024 and filed only in January (the 6-month window
    // met late); withdrew, then filed again.
    files.b1 = (await newClient(ctx, b, teamB, { dateOfBirth: '2024-02-29', nationality: 'XXA', landingDate: '2024-06-01' })).id;
    apps.b1 = await openApplication(b, files.b1);
    await steps(b, files.b1, apps.b1, [
      { to: 'P1_FILED', dates: { filedOn: '2025-01-10' } },
      { to: 'P_WITHDRAWN', dates: { withdrawnOn: '2025-05-01' } },
    ]);
    apps.b1second = await openApplication(b, files.b1);
    await steps(b, files.b1, apps.b1second, [{ to: 'P1_FILED', dates: { filedOn: '2025-09-01' } }]);

    // B2: no date of birth; detained, provisionally released, then special permission to stay
    // (humanitarian), whose renewal date a caseworker moved.
    const b2 = await newClient(ctx, b, teamB, { dateOfBirth: null, nationality: 'LKA' });
    files.b2 = b2.id;
    let version = b2.version;
    version = (await status.custodyStep(b, files.b2, { version, to: 'D1_INVESTIGATION', dates: { startedOn: '2025-01-20' } })).version;
    version = (await status.custodyStep(b, files.b2, { version, to: 'D2_DETAINED', dates: { detainedOn: '2025-02-03' } })).version;
    version = (await status.custodyStep(b, files.b2, { version, to: 'D2_PROVISIONAL_RELEASE_PRE', dates: { releasedOn: '2025-04-10' } })).version;
    await status.residenceStep(b, files.b2, { version, to: 'SPECIAL_PERMISSION', dates: { grantedOn: '2025-10-01', expiresOn: '2028-09-30' }, workAllowed: true });
    const renewal = await deadlineOf(files.b2, 'residence-renewal');
    await deadlines.override(b, files.b2, renewal.id, { version: renewal.version, dueDate: '2028-08-31', reason: 'The office asked for the papers a month early.' });

    // Reminders as the sender leaves them: sent, failed, an escalation sent. The month is Japan's:
    // 08:00 on 1 February in Tokyo is still January in UTC.
    const appointmentMet = (await query<{ id: string }>(`SELECT id FROM deadline WHERE client_id = $1 AND kind = 'appointment'`, [files.a1]))[0].id;
    const reviewOverdue = (await deadlineOf(files.a3, 'review-request')).id;
    const renewalMoved = (await deadlineOf(files.b2, 'residence-renewal')).id;
    await query(
      `INSERT INTO reminder (deadline_id, client_id, recipient_user_id, purpose, send_at, status, attempts, sent_at, last_error)
       VALUES ($1, $2, $3, 'owner', '2025-11-09T09:00:00+09:00', 'sent', 1, '2025-11-09T09:00:02+09:00', NULL),
              ($1, $2, $3, 'owner', '2025-11-10T08:00:00+09:00', 'failed', 5, NULL, '550'),
              ($4, $5, $3, 'escalation', '2026-02-16T09:00:00+09:00', 'sent', 1, '2026-02-16T09:00:01+09:00', NULL),
              ($6, $7, $8, 'owner', '2026-02-01T08:00:00+09:00', 'sent', 1, '2026-02-01T08:00:01+09:00', NULL)`,
      [appointmentMet, files.a1, a.userId, reviewOverdue, files.a3, renewalMoved, files.b2, b.userId],
    );

    // Referrals as the referrals library stores them: one answered (accepted two days after
    // sending; 00:30 in Tokyo is the day before in UTC), one waiting, one draft never sent.
    await query(
      `INSERT INTO referral (client_id, internal_service, service_kind, reason, urgency, status, sent_on, answered_at, created_by, version)
       VALUES ($1, 'Japanese class', 'japanese-language', 'Wants to study', 'routine', 'accepted', '2025-07-01', '2025-07-03T00:30:00+09:00', $2, 3),
              ($1, 'Housing desk', 'housing', 'Needs a room', 'this-week', 'draft', NULL, NULL, $2, 1),
              ($3, 'Legal clinic', 'legal-aid', 'Suit advice', 'routine', 'sent', '2026-02-20', NULL, $4, 2)`,
      [files.b2, b.userId, files.a1, a.userId],
    );

    // Documents on A3, checked against the review-request checklist: the refusal notice filed by
    // category; the written statement file-wide, in Farsi with its signed translation; the
    // request form filed but deleted; a medical report in English for submission, untranslated;
    // country information marked signed with no translation in the file; a support letter kept
    // only for reading; something filed under a key the checklist does not have.
    const [statement] = await query<{ id: string }>(
      `INSERT INTO document (client_id, application_id, category, title, language, for_submission, translation_status, version)
       VALUES ($1, NULL, 'personal-statement', 'Statement', 'fa', true, 'signed', 1) RETURNING id`,
      [files.a3],
    );
    await query(
      `INSERT INTO document (client_id, application_id, category, title, language, for_submission, translation_status, checklist_item_key, translation_of_id, deleted_at, version)
       VALUES ($1, $2, 'isa-notice', 'Refusal notice', 'ja', true, 'not-needed', NULL, NULL, NULL, 1),
              ($1, NULL, 'personal-statement', 'Statement (Japanese)', 'ja', true, 'not-needed', NULL, $3, NULL, 1),
              ($1, $2, 'other', 'Request form', 'ja', true, 'not-needed', 'review-request-form', NULL, now(), 1),
              ($1, $2, 'medical', 'Medical report', 'en', true, 'needed', NULL, NULL, NULL, 1),
              ($1, $2, 'country-information', 'COI report', 'en', true, 'signed', NULL, NULL, NULL, 1),
              ($1, $2, 'support-letter', 'Letter from church', 'en', false, 'not-needed', NULL, NULL, NULL, 1),
              ($1, $2, 'other', 'Misc', 'ja', false, 'not-needed', 'no-such-item', NULL, NULL, 1),
              ($4, NULL, 'medical', 'Closed file report', 'en', true, 'needed', NULL, NULL, NULL, 1)`,
      [files.a3, apps.a3, statement.id, files.a4],
    );

    first = await refreshNow();
  }, 180_000);

  afterAll(async () => {
    await refreshModule?.close();
    await ctx?.close();
  });

  /** Required items of a step's current checklist: what a file with no document lacks. */
  async function requiredItems(step: string): Promise<number> {
    const [row] = await query<{ content: ChecklistTemplateContent }>(`SELECT content FROM checklist_template WHERE step = $1 ORDER BY version DESC LIMIT 1`, [step]);
    return row.content.items.filter((item) => item.required).length;
  }

  it('records the data version: the day, the rows written per fact table, the time it took', async () => {
    const [row] = await query<{ id: string; as_of_date: string; counts: Record<string, number>; duration_ms: number; started_at: Date; finished_at: Date }>(
      `SELECT id::text, as_of_date::text, counts, duration_ms, started_at, finished_at FROM report_refresh WHERE id = $1`,
      [first.refreshId],
    );
    expect(row).toMatchObject({ as_of_date: AS_OF, counts: first.counts, duration_ms: first.durationMs });
    expect(row.started_at.toISOString()).toBe(TODAY.toISOString());
    expect(row.finished_at.getTime() - row.started_at.getTime()).toBe(first.durationMs);
    expect(Object.keys(first.counts).sort()).toEqual([
      'report_deadline_fact',
      'report_event_fact',
      'report_file_fact',
      'report_interval_fact',
      'report_referral_fact',
      'report_reminder_month',
    ]);
  });

  it('writes one file fact per file, with its characteristics, contact and documents as counted by hand', async () => {
    const [createdOn] = await query<{ day: string }>(`SELECT (created_at AT TIME ZONE 'Asia/Tokyo')::date::text AS day FROM client WHERE id = $1`, [files.a1]);
    const rows = await factsOfTeams<Record<string, unknown>>(
      'report_file_fact',
      `client_id, team_id, primary_user_id, status, opened_on::text, closed_on::text, nationality, gender, age_band, vulnerable, has_open_deadline,
       last_contact_on::text, missing_documents, untranslated_documents`,
      'opened_on, client_id',
    );
    const file = (id: string, teamId: string, userId: string, values: Record<string, unknown>) => ({
      client_id: id,
      team_id: teamId,
      primary_user_id: userId,
      status: 'open',
      closed_on: null,
      gender: null,
      vulnerable: false,
      last_contact_on: null,
      missing_documents: 0,
      untranslated_documents: 0,
      ...values,
    });
    expect(createdOn.day > '2024-02-05').toBe(true);
    expect(rows).toEqual([
      // Opened on the first step when that came before the file was made here.
      file(files.a1, teamA, a.userId, { opened_on: '2024-02-05', nationality: 'MMR', gender: 'female', age_band: '18-59', has_open_deadline: false, last_contact_on: '2026-01-15' }),
      // The corrected filing date, not the one typed first. Sixteen on the day of the refresh.
      file(files.a2, teamA, a.userId, {
        opened_on: '2024-04-03',
        nationality: 'AFG',
        gender: 'male',
        age_band: '12-17',
        vulnerable: true,
        has_open_deadline: false,
        missing_documents: await requiredItems('revocation-suit'),
      }),
      // Closed files count for no documents, whatever they hold.
      file(files.a4, teamA, a.userId, { status: 'closed', opened_on: '2024-05-07', closed_on: '2025-12-01', nationality: 'AFG', age_band: '18-59', has_open_deadline: false }),
      file(files.b1, teamB, b.userId, { opened_on: '2025-01-10', nationality: 'XXA', age_band: '0-4', has_open_deadline: false, missing_documents: await requiredItems('subsequent-application') }),
      file(files.b2, teamB, b.userId, { opened_on: '2025-01-20', nationality: 'LKA', age_band: 'unknown', has_open_deadline: true }),
      // Review-request checklist: the request form is missing (its document was deleted); the
      // medical report and the country information lack a signed translation.
      file(files.a3, teamA, a.userId, { opened_on: '2025-06-02', nationality: 'AFG', age_band: '60+', has_open_deadline: true, missing_documents: 1, untranslated_documents: 2 }),
    ]);
  });

  it("counts A3's documents as the checklist and the translation flag of libs/domain do", async () => {
    const [template] = await query<{ content: ChecklistTemplateContent }>(`SELECT content FROM checklist_template WHERE step = 'review-request' ORDER BY version DESC LIMIT 1`);
    const documents = await query<{
      id: string;
      application_id: string | null;
      category: ChecklistDocument['category'];
      checklist_item_key: string | null;
      language: string;
      for_submission: boolean;
      translation_of_id: string | null;
      translation_status: ChecklistDocument['translationStatus'];
      has_translation: boolean;
    }>(
      `SELECT d.id, d.application_id, d.category, d.checklist_item_key, d.language, d.for_submission, d.translation_of_id, d.translation_status,
              EXISTS (SELECT 1 FROM document t WHERE t.translation_of_id = d.id AND t.deleted_at IS NULL) AS has_translation
         FROM document d WHERE d.client_id = $1 AND d.deleted_at IS NULL`,
      [files.a3],
    );
    const forChecklist: ChecklistDocument[] = documents
      .filter((d) => d.application_id === null || d.application_id === apps.a3)
      .map((d) => ({
        id: d.id,
        category: d.category,
        checklistItemKey: d.checklist_item_key,
        language: d.language,
        translationOfId: d.translation_of_id,
        translationStatus: d.translation_status,
        hasSignedTranslation: d.has_translation,
      }));
    const flagged = documents.filter(
      (d) =>
        d.translation_of_id === null &&
        translationFlag({ language: d.language, forSubmission: d.for_submission, translationStatus: d.translation_status, hasSignedTranslation: d.translation_status === 'signed' && d.has_translation }) !== null,
    );
    const [fact] = await query<{ missing_documents: number; untranslated_documents: number }>(`SELECT missing_documents, untranslated_documents FROM report_file_fact WHERE client_id = $1`, [files.a3]);
    expect(fact).toEqual({ missing_documents: evaluateChecklist(template.content, forChecklist).missing, untranslated_documents: flagged.length });
  });

  it('writes one event per counted step, a corrected step once with its corrected date', async () => {
    const rows = await factsOfTeams<{ client_id: string; application_id: string | null; application_no: number | null; team_id: string; primary_user_id: string; kind: string; event_on: string }>(
      'report_event_fact',
      'client_id, application_id, application_no, team_id, primary_user_id, kind, event_on::text',
      'event_on, kind',
    );
    const event = (client: keyof typeof files, application: keyof typeof apps | null, kind: string, eventOn: string) => ({
      client_id: files[client],
      application_id: application === null ? null : apps[application],
      application_no: application === null ? null : application === 'b1second' ? 2 : 1,
      team_id: client.startsWith('a') ? teamA : teamB,
      primary_user_id: client.startsWith('a') ? a.userId : b.userId,
      kind,
      event_on: eventOn,
    });
    expect(rows).toEqual([
      event('a1', 'a1', 'filed-first', '2024-02-05'),
      event('a2', 'a2', 'filed-first', '2024-04-03'),
      event('a4', 'a4', 'filed-first', '2024-05-07'),
      event('a2', 'a2', 'refused', '2024-10-02'),
      event('a2', 'a2', 'review-requested', '2024-10-08'),
      event('a4', 'a4', 'refused', '2024-11-05'),
      event('b1', 'b1', 'filed-first', '2025-01-10'),
      event('a1', 'a1', 'recognised', '2025-01-20'),
      event('b2', null, 'detained', '2025-02-03'),
      event('b2', null, 'provisional-release', '2025-04-10'),
      event('b1', 'b1', 'withdrawn', '2025-05-01'),
      event('a3', 'a3', 'filed-first', '2025-06-02'),
      event('a2', 'a2', 'review-dismissed', '2025-07-01'),
      event('b1', 'b1second', 'filed-subsequent', '2025-09-01'),
      event('b2', null, 'humanitarian', '2025-10-01'),
      event('a3', 'a3', 'refused', '2026-02-10'),
    ]);
    // The correction is the step counted; the entry it corrected stays in the history, uncounted.
    const filings = await query<{ transition_id: string }>(`SELECT transition_id FROM report_event_fact WHERE application_id = $1 AND kind = 'filed-first'`, [apps.a2]);
    expect(filings).toEqual([{ transition_id: a2FilingCorrection }]);
    expect(await query(`SELECT 1 FROM stage_transition WHERE application_id = $1 AND to_stage = 'P1_FILED'`, [apps.a2])).toHaveLength(2);
  });

  it('measures each application’s waits in days, in the year they ended', async () => {
    const rows = await factsOfTeams<{ application_id: string; interval: string; client_id: string; ends_on: string; days: number }>(
      'report_interval_fact',
      'application_id, interval, client_id, ends_on::text, days',
      'ends_on, interval',
    );
    expect(rows).toEqual([
      // 3 Apr → 2 Oct 2024: 27 + 31 + 30 + 31 + 31 + 30 + 2.
      { application_id: apps.a2, interval: 'filed-to-decision', client_id: files.a2, ends_on: '2024-10-02', days: 182 },
      { application_id: apps.a2, interval: 'decision-to-review-request', client_id: files.a2, ends_on: '2024-10-08', days: 6 },
      // 7 May → 5 Nov 2024: 24 + 30 + 31 + 31 + 30 + 31 + 5.
      { application_id: apps.a4, interval: 'filed-to-decision', client_id: files.a4, ends_on: '2024-11-05', days: 182 },
      // 5 Feb 2024 (a leap year) → 20 Jan 2025: 24 + 306 + 20.
      { application_id: apps.a1, interval: 'filed-to-decision', client_id: files.a1, ends_on: '2025-01-20', days: 350 },
      // 8 Oct 2024 → 1 Jul 2025: 23 + 30 + 31 + 31 + 28 + 31 + 30 + 31 + 30 + 1.
      { application_id: apps.a2, interval: 'review-to-decision', client_id: files.a2, ends_on: '2025-07-01', days: 266 },
      // 2 Jun 2025 → 10 Feb 2026: 28 + 31 + 31 + 30 + 31 + 30 + 31 + 31 + 10.
      { application_id: apps.a3, interval: 'filed-to-decision', client_id: files.a3, ends_on: '2026-02-10', days: 253 },
    ]);
  });

  it('gives every deadline that still counts its outcome on the refresh day', async () => {
    const rows = await factsOfTeams<{ client_id: string; kind: string; due_on: string; outcome: string; overridden: boolean; resolved_on: string | null }>(
      'report_deadline_fact',
      'client_id, kind, due_on::text, outcome, overridden, resolved_on::text',
      'due_on, kind',
    );
    const [landing] = await query<{ due_date: string }>(`SELECT due_date::text FROM deadline WHERE client_id = $1 AND kind = 'landing-six-months'`, [files.b1]);
    // Six months from landing on 1 June 2024; whatever a holiday made of the last day, it was
    // before the filing in January.
    expect(landing.due_date >= '2024-12-01' && landing.due_date < '2025-01-10').toBe(true);
    expect(rows).toEqual([
      // Review requested on 8 October: the 7 days from the notice of 2 October ended on the 9th.
      { client_id: files.a2, kind: 'review-request', due_on: '2024-10-09', outcome: 'met-on-time', overridden: false, resolved_on: '2024-10-08' },
      // Window ended 12 November, recorded as lapsed.
      { client_id: files.a4, kind: 'review-request', due_on: '2024-11-12', outcome: 'missed', overridden: false, resolved_on: '2024-11-13' },
      { client_id: files.b1, kind: 'landing-six-months', due_on: landing.due_date, outcome: 'met-late', overridden: false, resolved_on: '2025-01-10' },
      { client_id: files.a1, kind: 'appointment', due_on: '2025-11-10', outcome: 'met-on-time', overridden: false, resolved_on: '2025-11-10' },
      // Due 17 February, nothing done by 2 March.
      { client_id: files.a3, kind: 'review-request', due_on: '2026-02-17', outcome: 'overdue', overridden: false, resolved_on: null },
      // Waived: no act met it, so no day in the world.
      { client_id: files.a3, kind: 'appointment', due_on: '2026-03-20', outcome: 'waived', overridden: false, resolved_on: null },
      { client_id: files.b2, kind: 'residence-renewal', due_on: '2028-08-31', outcome: 'open', overridden: true, resolved_on: null },
    ]);
  });

  it('counts reminders by the month (in Japan) they were due, by team', async () => {
    const rows = await factsOfTeams<{ month: string; team_id: string; sent: number; failed: number; escalated: number }>(
      'report_reminder_month',
      'month::text, team_id, sent, failed, escalated',
      'month, team_id',
    );
    const byMonthAndTeam = (x: { month: string; team_id: string }, y: { month: string; team_id: string }) => x.month.localeCompare(y.month) || x.team_id.localeCompare(y.team_id);
    expect(rows.sort(byMonthAndTeam)).toEqual(
      [
        { month: '2025-11-01', team_id: teamA, sent: 1, failed: 1, escalated: 0 },
        { month: '2026-02-01', team_id: teamA, sent: 1, failed: 0, escalated: 1 },
        { month: '2026-02-01', team_id: teamB, sent: 1, failed: 0, escalated: 0 },
      ].sort(byMonthAndTeam),
    );
  });

  it('writes the referrals that were sent, with the day of the first answer in Japan', async () => {
    const rows = await factsOfTeams<{ client_id: string; service_kind: string; status: string; sent_on: string; answered_on: string | null }>(
      'report_referral_fact',
      'client_id, service_kind, status, sent_on::text, answered_on::text',
      'sent_on',
    );
    expect(rows).toEqual([
      { client_id: files.b2, service_kind: 'japanese-language', status: 'accepted', sent_on: '2025-07-01', answered_on: '2025-07-03' },
      { client_id: files.a1, service_kind: 'legal-aid', status: 'sent', sent_on: '2026-02-20', answered_on: null },
    ]);
  });

  it('holds no name, case number or free text: ids, dates, codes, flags and counts only', async () => {
    const columns = await query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name LIKE 'report\\_%' ORDER BY table_name, ordinal_position`,
    );
    const byTable: Record<string, string[]> = {};
    for (const { table_name, column_name } of columns) (byTable[table_name] ??= []).push(column_name);
    expect(byTable).toEqual({
      report_deadline_fact: ['deadline_id', 'client_id', 'team_id', 'primary_user_id', 'kind', 'due_on', 'outcome', 'overridden', 'resolved_on'],
      report_event_fact: ['transition_id', 'client_id', 'application_id', 'application_no', 'team_id', 'primary_user_id', 'kind', 'event_on'],
      report_file_fact: [
        'client_id',
        'team_id',
        'primary_user_id',
        'status',
        'opened_on',
        'closed_on',
        'nationality',
        'gender',
        'age_band',
        'vulnerable',
        'has_open_deadline',
        'last_contact_on',
        'missing_documents',
        'untranslated_documents',
      ],
      report_interval_fact: ['application_id', 'interval', 'client_id', 'team_id', 'primary_user_id', 'ends_on', 'days'],
      report_referral_fact: ['referral_id', 'client_id', 'team_id', 'primary_user_id', 'service_kind', 'status', 'sent_on', 'answered_on'],
      report_refresh: ['id', 'as_of_date', 'started_at', 'finished_at', 'duration_ms', 'counts'],
      report_reminder_month: ['month', 'team_id', 'sent', 'failed', 'escalated'],
    });
    // And the text columns hold codes: nothing of what the files say about the person.
    const [a1] = await query<{ case_number: string; family_name: string }>(`SELECT case_number, family_name FROM client WHERE id = $1`, [files.a1]);
    const texts = await query<{ found: number }>(
      `SELECT count(*)::int AS found FROM report_file_fact f
        WHERE f.team_id = $1 AND (f.status || f.age_band || coalesce(f.nationality, '') || coalesce(f.gender, '')) ~ ('(' || $2 || '|' || $3 || ')')`,
      [teamA, a1.case_number, a1.family_name],
    );
    expect(texts).toEqual([{ found: 0 }]);
  });

  it('replaces the facts on the next run rather than adding to them', async () => {
    const before = {
      files: await factsOfTeams('report_file_fact', '*', 'client_id'),
      events: await factsOfTeams('report_event_fact', '*', 'transition_id'),
      intervals: await factsOfTeams('report_interval_fact', '*', 'application_id, interval'),
      deadlines: await factsOfTeams('report_deadline_fact', '*', 'deadline_id'),
      reminders: await factsOfTeams('report_reminder_month', '*', 'month, team_id'),
      referrals: await factsOfTeams('report_referral_fact', '*', 'referral_id'),
    };
    const second = await refreshNow();
    expect(BigInt(second.refreshId)).toBeGreaterThan(BigInt(first.refreshId));
    expect({
      files: await factsOfTeams('report_file_fact', '*', 'client_id'),
      events: await factsOfTeams('report_event_fact', '*', 'transition_id'),
      intervals: await factsOfTeams('report_interval_fact', '*', 'application_id, interval'),
      deadlines: await factsOfTeams('report_deadline_fact', '*', 'deadline_id'),
      reminders: await factsOfTeams('report_reminder_month', '*', 'month, team_id'),
      referrals: await factsOfTeams('report_referral_fact', '*', 'referral_id'),
    }).toEqual(before);
  });

  it('follows the sources: a step recorded since shows at the next run, a row deleted goes, and overdue moves with the day', async () => {
    await steps(a, files.a3, apps.a3, [{ to: 'P4_APPEAL_WINDOW' }, { to: 'P5_APPEAL_PENDING', dates: { requestFiledOn: '2026-02-20' } }]);
    await refreshNow();
    const [review] = await query<{ outcome: string; resolved_on: string }>(
      `SELECT f.outcome, f.resolved_on::text FROM report_deadline_fact f JOIN deadline d ON d.id = f.deadline_id WHERE d.client_id = $1 AND d.kind = 'review-request'`,
      [files.a3],
    );
    expect(review).toEqual({ outcome: 'met-late', resolved_on: '2026-02-20' });
    expect(await query(`SELECT kind, event_on::text FROM report_event_fact WHERE application_id = $1 AND kind = 'review-requested'`, [apps.a3])).toEqual([
      { kind: 'review-requested', event_on: '2026-02-20' },
    ]);
    // 10 February → 20 February.
    expect(await query(`SELECT interval, ends_on::text, days FROM report_interval_fact WHERE application_id = $1 ORDER BY ends_on`, [apps.a3])).toEqual([
      { interval: 'filed-to-decision', ends_on: '2026-02-10', days: 253 },
      { interval: 'decision-to-review-request', ends_on: '2026-02-20', days: 10 },
    ]);

    // The request's date corrected: the correction is counted instead, and the wait shortens.
    const { version } = await ctx.get(ApplicationsService).get(a, files.a3, apps.a3);
    await ctx.get(ApplicationsService).correctLastStep(a, files.a3, apps.a3, { version, dates: { requestFiledOn: '2026-02-18' } });
    await refreshNow();
    const [correction] = await query<{ id: string }>(`SELECT id FROM stage_transition WHERE application_id = $1 AND corrects_id IS NOT NULL`, [apps.a3]);
    expect(await query(`SELECT transition_id, event_on::text FROM report_event_fact WHERE application_id = $1 AND kind = 'review-requested'`, [apps.a3])).toEqual([
      { transition_id: correction.id, event_on: '2026-02-18' },
    ]);
    expect(await query(`SELECT days FROM report_interval_fact WHERE application_id = $1 AND interval = 'decision-to-review-request'`, [apps.a3])).toEqual([{ days: 8 }]);

    // Rows gone from their sources are gone from the facts: a referral, and an application's
    // whole history with the intervals measured on it.
    await query(`DELETE FROM referral WHERE client_id = $1 AND status = 'accepted'`, [files.b2]);
    await query(`DELETE FROM stage_transition WHERE application_id = $1`, [apps.a4]);
    await refreshNow();
    expect(await query(`SELECT 1 FROM report_referral_fact WHERE client_id = $1`, [files.b2])).toEqual([]);
    expect(await query(`SELECT 1 FROM report_event_fact WHERE application_id = $1`, [apps.a4])).toEqual([]);
    expect(await query(`SELECT 1 FROM report_interval_fact WHERE application_id = $1`, [apps.a4])).toEqual([]);

    // A2 turns 18 on 2 March 2028; the renewal moved to 31 August 2028 is overdue from 1 September.
    try {
      ctx.clock.set(new Date('2028-03-02T09:00:00+09:00'));
      expect(await readAsOf('2028-03-02', `SELECT age_band FROM report_file_fact WHERE client_id = $1`, [files.a2])).toEqual([{ age_band: '18-59' }]);
      ctx.clock.set(new Date('2028-09-01T09:00:00+09:00'));
      expect(await readAsOf('2028-09-01', `SELECT outcome FROM report_deadline_fact WHERE client_id = $1 AND kind = 'residence-renewal'`, [files.b2])).toEqual([
        { outcome: 'overdue' },
      ]);
    } finally {
      ctx.clock.set(TODAY);
    }
  });

  it('keeps the latest 50 refreshes', async () => {
    await query(
      `INSERT INTO report_refresh (as_of_date, started_at, finished_at, duration_ms, counts)
       SELECT '2026-01-01', now(), now(), 1, '{}' FROM generate_series(1, 60)`,
    );
    const latest = await refreshNow();
    const [kept] = await query<{ n: number; newest: string }>(`SELECT count(*)::int AS n, max(id)::text AS newest FROM report_refresh`);
    expect(kept.n).toBe(50);
    // Newer still if another file's worker refreshed meanwhile.
    expect(BigInt(kept.newest)).toBeGreaterThanOrEqual(BigInt(latest.refreshId));
  });

  it('never rebuilds twice at once: of two runs together, one rebuilds and the other skips', async () => {
    // Another file's worker may be rebuilding when the two start: then both skip, and they try again.
    let results: (ReportRefreshResult | null)[] = [];
    for (let attempt = 0; attempt < 20 && !results.some((r) => r !== null); attempt++) {
      results = await Promise.all([refresh.run(), refresh.run()]);
    }
    expect(results.filter((r) => r !== null)).toHaveLength(1);
    expect(results.filter((r) => r === null)).toHaveLength(1);
  });

  it('skips while another transaction holds the refresh lock, and writes nothing', async () => {
    const [{ newest: before }] = await query<{ newest: string }>(`SELECT max(id)::text AS newest FROM report_refresh`);
    const runner = ctx.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(`SELECT pg_advisory_xact_lock(hashtext('report_refresh'))`);
      expect(await refresh.run()).toBeNull();
      const [{ newest }] = await query<{ newest: string }>(`SELECT max(id)::text AS newest FROM report_refresh`);
      expect(newest).toBe(before);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it("computes age bands in SQL as libs/domain's ageBand does, on birthdays and leap days", async () => {
    const cases: [string | null, string][] = [
      ['2008-02-29', '2026-02-28'],
      ['2008-02-29', '2026-03-01'],
      ['2008-02-29', '2028-02-28'],
      ['2008-02-29', '2028-02-29'],
      ['2012-02-29', '2024-02-28'],
      ['2012-02-29', '2024-02-29'],
      // Birthdays after February, a leap year on one side only: counted by month and day, not day of the year.
      ['2008-03-01', '2026-03-01'],
      ['2008-03-01', '2026-02-28'],
      ['2020-03-01', '2025-03-01'],
      ['2006-03-01', '2024-02-29'],
      ['2006-03-01', '2024-03-01'],
      ['2021-03-02', '2026-03-01'],
      ['2021-03-02', '2026-03-02'],
      ['2014-12-31', '2026-12-30'],
      ['2014-12-31', '2026-12-31'],
      ['2008-01-01', '2025-12-31'],
      ['2008-01-01', '2026-01-01'],
      ['1966-03-03', '2026-03-02'],
      ['1966-03-02', '2026-03-02'],
      ['1880-06-01', '2026-03-02'],
      ['2026-03-02', '2026-03-02'],
      ['2026-03-03', '2026-03-02'],
      [null, '2026-03-02'],
    ];
    for (const [dateOfBirth, on] of cases) {
      const table = ageBandTable(on as Parameters<typeof ageBandTable>[0]);
      const [row] = await query<{ band: string }>(`SELECT ${ageBandSql('$5::date', { asOf: '$1', bands: '$2', noDob: '$3', bornLater: '$4' })} AS band`, [
        on,
        table.byAge,
        table.withoutDateOfBirth,
        table.bornLater,
        dateOfBirth,
      ]);
      expect({ dateOfBirth, on, band: row.band }).toEqual({ dateOfBirth, on, band: ageBand(dateOfBirth, on) });
    }
  });

  it("gives each deadline libs/domain's deadlineOutcome, whatever its status and dates", async () => {
    const teamC = await newTeam(ctx);
    const c = await newCaseworker(ctx, teamC);
    const file = (await newClient(ctx, c, teamC)).id;
    const statuses: DeadlineStatus[] = ['open', 'met', 'missed', 'waived', 'superseded'];
    const dues = ['2026-01-15', '2026-03-01', AS_OF, '2026-03-03', '2027-01-01'];
    const resolutions = (due: string) => [null, '2025-12-31', due, '2026-03-02', '2026-04-01'];
    const cases = statuses.flatMap((status) => dues.flatMap((due) => resolutions(due).map((resolvedOn) => ({ status, due, resolvedOn }))));
    await query(
      `INSERT INTO deadline (client_id, kind, rule_version, inputs, trigger_date, due_date, computed_due_date, hardness, confidence, basis, explanation, steps,
                             status, source, resolved_on, version)
       SELECT $1, 'report-test', 1, '{}', '2025-01-01', c.due, c.due, 'hard', 'V', '{}', '{}', '[]', c.status, 'test:' || c.i, c.resolved, 1
         FROM unnest($2::text[], $3::date[], $4::date[]) WITH ORDINALITY AS c(status, due, resolved, i)`,
      [file, cases.map((c) => c.status), cases.map((c) => c.due), cases.map((c) => c.resolvedOn)],
    );
    const facts = await readAsOf<{ source: string; outcome: string | null }>(
      AS_OF,
      `SELECT d.source, f.outcome FROM deadline d LEFT JOIN report_deadline_fact f ON f.deadline_id = d.id WHERE d.client_id = $1 ORDER BY d.source`,
      [file],
    );
    const outcomes = new Map(facts.map((f) => [f.source, f.outcome]));
    expect(
      cases.map((c, i) => ({ ...c, outcome: outcomes.get(`test:${i + 1}`) })),
    ).toEqual(cases.map((c) => ({ ...c, outcome: deadlineOutcome({ status: c.status, dueDate: c.due, resolvedOn: c.resolvedOn, asOfDate: AS_OF }) })));
  });

  it('collapses requests into one queued job, and the worker schedules it every REPORTS_REFRESH_MINUTES', async () => {
    const requests = refreshModule.get(ReportRefreshRequests);
    const queue = refreshModule.get<Queue>(getQueueToken(QueueName.Reports));
    // Paused, so that a worker another file started does not take the job before it is counted.
    await queue.pause();
    try {
      await Promise.all([requests.request(), requests.request(), requests.request()]);
      const waiting = (await queue.getJobs(['waiting', 'delayed'])).filter((job) => job.name === JobName.ReportsRefresh && !job.id?.startsWith('repeat:'));
      expect(waiting.map((job) => ({ id: job.id, data: job.data as unknown }))).toEqual([{ id: 'reports-refresh-requested', data: {} }]);
      await queue.remove('reports-refresh-requested');
    } finally {
      await queue.resume();
    }

    const processor = new ReportsRefreshProcessor(refresh, requests, testConfig({ REPORTS_REFRESH_MINUTES: '7' }));
    expect(processor.schedule).toEqual({ every: 7 * 60_000 });
    expect([processor.queue, processor.job]).toEqual([QueueName.Reports, JobName.ReportsRefresh]);
  });

  it('rebuilds once when a worker starts, without waiting for the schedule', async () => {
    const newest = async () => BigInt((await query<{ newest: string }>(`SELECT max(id)::text AS newest FROM report_refresh`))[0].newest);
    const startAndWaitForARebuild = async () => {
      const before = await newest();
      const worker = await startTestWorker({ REPORTS_REFRESH_MINUTES: '1440' });
      try {
        await pollUntil(async () => (await newest()) > before, 20_000);
      } finally {
        await worker.close();
      }
    };
    // The first worker of a Redis creates the schedule, whose first run BullMQ queues at once.
    await startAndWaitForARebuild();
    // The next one finds the schedule there, its next run a day away: the start itself asks.
    await startAndWaitForARebuild();
  }, 60_000);
});
