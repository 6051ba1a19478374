import 'reflect-metadata';
import { randomInt, randomUUID } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '#accounts';
import { nameForms } from '#clients';
import {
  addDays,
  computeDeadline,
  localDateInTimeZone,
  nameGrams,
  newProtectionApplication,
  normaliseName,
  searchText,
  type ProtectionApplicationState,
  type ProtectionStage,
} from '#domain';
import { japanCalendar } from '#deadlines';
import { buildDataSourceOptions, loadConfig, runMigrationsWithLock } from '#platform';
import { withDatabase } from '#platform/testing';
import { CASELOAD_SUMMARY_BACKFILL, schema } from '#migrations';
import { BENCH_PASSWORD, benchDatabaseUrl } from './bench-database.js';
import { applicationHistory, custodyHistory, humanitarianStay, pastDeadlineEnd, pastReferral, pastReminders, type BenchStep } from './bench-history.js';
import { NAME_POOLS, STAFF_FAMILY, STAFF_GIVEN, TEAM_CITIES, type NamePool } from './bench-names.js';

/**
 * `npm run seed:bench -- --clients 100000`: a benchmark database of realistic size and shape:
 * 40 teams, 500 staff, the clients, about 1.5 applications each, and about ten deadlines and
 * appointments each (1,000,000 for 100,000 clients), with plausible nationalities, names in
 * several scripts, stages and dates. Each file has its past as the reports read it
 * (bench-history.ts): the steps of its applications dated over the years, detention and release,
 * how its past deadlines ended and the reminders they sent, referrals. Rebuilt from scratch
 * every time.
 */
const pick = <T>(items: readonly T[]): T => items[randomInt(items.length)];
const weighted = (pools: readonly NamePool[]): NamePool => {
  const total = pools.reduce((sum, pool) => sum + pool.weight, 0);
  let n = randomInt(total);
  for (const pool of pools) {
    n -= pool.weight;
    if (n < 0) return pool;
  }
  return pools[0];
};

const LATEST_STAGES: [ProtectionStage, number][] = [
  ['P0_INTAKE', 5],
  ['P1_FILED', 30],
  ['P2_EXAMINATION', 25],
  ['P3_REFUSED', 4],
  ['P4_APPEAL_WINDOW', 3],
  ['P5_APPEAL_PENDING', 18],
  ['P7_LITIGATION_WINDOW', 3],
  ['P8_LITIGATION', 4],
  ['P9_FINAL_NEGATIVE', 5],
  ['P3_RECOGNISED_REFUGEE', 2],
  ['P3_CP_ONLY', 1],
];
/** Earlier applications of a re-applicant ended in a final refusal, or were withdrawn. */
const EARLIER_STAGES: readonly ProtectionStage[] = ['P9_FINAL_NEGATIVE', 'P9_FINAL_NEGATIVE', 'P9_FINAL_NEGATIVE', 'P9_FINAL_NEGATIVE', 'P9_FINAL_NEGATIVE', 'P_WITHDRAWN'];
const stage = (): ProtectionStage => {
  const total = LATEST_STAGES.reduce((sum, [, weight]) => sum + weight, 0);
  let n = randomInt(total);
  for (const [value, weight] of LATEST_STAGES) {
    n -= weight;
    if (n < 0) return value;
  }
  return 'P1_FILED';
};

async function insertJson(client: pg.Client, table: string, rows: readonly object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 5_000) {
    await client.query(`INSERT INTO ${table} SELECT * FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)`, [JSON.stringify(rows.slice(i, i + 5_000))]);
  }
}

async function main(): Promise<void> {
  const arg = process.argv.indexOf('--clients');
  const clientCount = arg > 0 ? Number(process.argv[arg + 1]) : 100_000;
  if (!Number.isInteger(clientCount) || clientCount < 100 || clientCount > 2_000_000) {
    console.error('usage: npm run seed:bench -- --clients <100…2000000>');
    process.exit(2);
  }
  const started = Date.now();
  const url = benchDatabaseUrl();
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const config = loadConfig(process.env, { usesAuthSecret: false });
  const dataSource = new DataSource(buildDataSourceOptions({ ...config.database, url }, schema, 'yorisoi-bench-seed'));
  await dataSource.initialize();
  await runMigrationsWithLock(dataSource);
  await dataSource.destroy();

  const db = new pg.Client({ connectionString: url });
  await db.connect();
  await db.query('SET synchronous_commit = off');
  // Bulk load without row triggers; the copies they keep are filled in set-wise at the end.
  await db.query('SET session_replication_role = replica');
  const today = localDateInTimeZone(new Date(), 'Asia/Tokyo');
  const log = (message: string) => console.log(`${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s  ${message}`);

  // Teams and staff: 40 teams, 1 supervisor each, 455 caseworkers, 5 administrators.
  const teams = Array.from({ length: 40 }, (_, i) => `${TEAM_CITIES[i % TEAM_CITIES.length]} team ${Math.floor(i / TEAM_CITIES.length) + 1}`);
  const teamIds = (await db.query<{ id: string }>(`INSERT INTO team (name) SELECT unnest($1::text[]) RETURNING id`, [teams])).rows.map((r) => r.id);
  const hash = await new PasswordHasher().hash(BENCH_PASSWORD);
  const staff: { email: string; role: string; team: string | null }[] = [
    ...teamIds.map((team, i) => ({ email: `supervisor${String(i + 1).padStart(2, '0')}@bench.yorisoi.org`, role: 'supervisor', team })),
    ...Array.from({ length: 455 }, (_, i) => ({ email: `caseworker${String(i + 1).padStart(3, '0')}@bench.yorisoi.org`, role: 'caseworker', team: teamIds[i % 40] })),
    ...Array.from({ length: 5 }, (_, i) => ({ email: `admin${i + 1}@bench.yorisoi.org`, role: 'admin', team: null })),
  ];
  const userIds = (
    await db.query<{ id: string }>(
      `INSERT INTO user_account (email, display_name, role, locale, password_hash, active, version)
       SELECT e, d, r, 'ja', $4, true, 1 FROM unnest($1::text[], $2::text[], $3::text[]) AS u(e, d, r) RETURNING id`,
      [staff.map((s) => s.email), staff.map(() => `${pick(STAFF_FAMILY)} ${pick(STAFF_GIVEN)}`), staff.map((s) => s.role), hash],
    )
  ).rows.map((r) => r.id);
  const caseworkersByTeam = new Map<string, string[]>();
  const supervisorOfTeam = new Map<string, string>();
  const memberships: object[] = [];
  staff.forEach((person, i) => {
    if (!person.team) return;
    if (person.role === 'supervisor') supervisorOfTeam.set(person.team, userIds[i]);
    memberships.push({ team_id: person.team, user_id: userIds[i], kind: person.role === 'supervisor' ? 'supervisor' : 'member', created_at: new Date() });
    if (person.role === 'caseworker') caseworkersByTeam.set(person.team, [...(caseworkersByTeam.get(person.team) ?? []), userIds[i]]);
  });
  await insertJson(db, 'team_membership', memberships);
  log(`${teams.length} teams, ${staff.length} staff`);

  // Each deadline is computed by the engine from a trigger date chosen so that it falls due
  // around the wanted date, exactly as the planner stores it: `npm run bench` can then recompute
  // every open deadline and find nothing to change.
  const calendar = japanCalendar();
  const RULES: { kind: string; input: string; extra?: string; leadDays: number }[] = [
    { kind: 'landing-six-months', input: 'landingDate', leadDays: 182 },
    { kind: 'review-request', input: 'noticeReceivedDate', leadDays: 7 },
    { kind: 'revocation-suit', input: 'knowledgeDate', extra: 'decisionDate', leadDays: 182 },
    { kind: 'residence-renewal', input: 'expiryDate', leadDays: 0 },
    { kind: 'supervision-report', input: 'lastReportDate', leadDays: 91 },
  ];
  const deadlineAround = (target: string) => {
    for (;;) {
      const rule = pick(RULES);
      const trigger = addDays(target as never, -rule.leadDays);
      const inputs: Record<string, string> = { [rule.input]: trigger };
      if (rule.extra) inputs[rule.extra] = addDays(trigger, -randomInt(1, 20));
      const result = computeDeadline({ kind: rule.kind, inputs }, { calendar });
      if (result.ok) return result.deadline;
      // Rules not yet in force on an old trigger date (supervision measures began in June 2024).
      if (result.error !== 'not-in-force') throw new Error(`${rule.kind} from ${trigger}: ${result.error}`);
    }
  };

  const sequence = new Map<number, number>();
  const yesterday = addDays(today, -1);
  let referralNumber = 0;
  const totals = { transitions: 0, reminders: 0, referrals: 0 };
  for (let offset = 0; offset < clientCount; offset += 10_000) {
    const batch = Math.min(10_000, clientCount - offset);
    const clients: object[] = [];
    const assignments: object[] = [];
    const applications: object[] = [];
    const deadlines: object[] = [];
    const appointments: object[] = [];
    const transitions: object[] = [];
    const reminders: object[] = [];
    const referrals: object[] = [];
    for (let i = 0; i < batch; i++) {
      const pool = weighted(NAME_POOLS);
      const family = pick(pool.family);
      const given = pick(pool.given);
      const teamId = pick(teamIds);
      const primary = pick(caseworkersByTeam.get(teamId) as string[]);
      const intakeDaysAgo = randomInt(30, 2_500);
      const intakeDay = addDays(today, -intakeDaysAgo);
      const year = Number(intakeDay.slice(0, 4));
      const seq = (sequence.get(year) ?? 0) + 1;
      sequence.set(year, seq);
      const id = randomUUID();
      const names = {
        familyName: family[0],
        givenName: given[0],
        nativeName: family[1] && given[1] ? `${family[1]} ${given[1]}` : null,
        katakanaName: `${family[2]} ${given[2]}`,
      };
      const forms = nameForms(names);
      const custody = randomInt(100);
      const custodyStatus = custody < 75 ? 'none' : custody < 87 ? 'provisional-release' : custody < 96 ? 'supervision' : 'detained';
      const fileOpen = randomInt(100) < 92;
      const steps: { step: BenchStep; applicationId: string | null }[] = [];
      const applicationCount = randomInt(10) < 6 ? 1 : randomInt(4) < 3 ? 2 : 3;
      // The file's span, from intake to yesterday, shared by its applications one after the other.
      const segment = Math.floor(intakeDaysAgo / applicationCount);
      let lastOn = intakeDay;
      for (let n = 1; n <= applicationCount; n++) {
        const latest = n === applicationCount;
        const start = addDays(intakeDay, (n - 1) * segment);
        const history = applicationHistory(latest ? stage() : pick(EARLIER_STAGES), start, latest ? yesterday : addDays(start, Math.max(0, segment - 20)));
        const applicationId = randomUUID();
        const target = history.steps.at(-1)?.to ?? 'P0_INTAKE';
        const state: ProtectionApplicationState = {
          ...newProtectionApplication({ applicationNo: n, kind: 'REFUGEE_AND_CP' }),
          stage: target as ProtectionStage,
          filedOn: history.filedOn,
          lastEventOn: history.steps.length > 0 ? history.lastOn : null,
        };
        applications.push({ id: applicationId, client_id: id, application_no: n, kind: 'REFUGEE_AND_CP', stage: state.stage, state, reasonable_grounds_submitted: false, created_at: new Date(), updated_at: new Date(), version: 1 });
        for (const step of history.steps) steps.push({ step, applicationId });
        lastOn = history.lastOn;
      }
      const custodyFrom = addDays(intakeDay, randomInt(Math.max(1, Math.floor(intakeDaysAgo / 2))));
      for (const step of custodyHistory(custodyStatus, custodyFrom, yesterday)) steps.push({ step, applicationId: null });
      if (randomInt(100) < 2) steps.push({ step: humanitarianStay(addDays(intakeDay, randomInt(Math.max(1, intakeDaysAgo - 1)))), applicationId: null });
      for (const { step, applicationId } of steps) {
        transitions.push({
          id: randomUUID(),
          client_id: id,
          application_id: applicationId,
          track: step.track,
          from_stage: step.from,
          to_stage: step.to,
          outcome: step.outcome,
          event_on: step.eventOn,
          dates: step.dates,
          note: null,
          state_before: null,
          corrects_id: null,
          recorded_by: primary,
          recorded_at: new Date(`${step.eventOn}T18:00:00+09:00`),
        });
      }
      // A closed file was closed some weeks after its last step.
      const closedOn = addDays(lastOn, randomInt(30, 200));
      clients.push({
        id,
        case_number: `${year}-${String(seq).padStart(4, '0')}`,
        team_id: teamId,
        status: fileOpen ? 'open' : 'closed',
        closed_at: fileOpen ? null : new Date(`${closedOn < today ? closedOn : yesterday}T17:00:00+09:00`),
        closed_reason: fileOpen ? null : pick(['Recognised; support ended', 'Moved to another region', 'Left Japan', 'Lost contact']),
        family_name: names.familyName,
        given_name: names.givenName,
        native_name: names.nativeName,
        katakana_name: names.katakanaName,
        aliases: [],
        date_of_birth: addDays('1965-01-01' as never, randomInt(15_000)),
        date_of_birth_approximate: randomInt(10) === 0,
        gender: randomInt(3) === 0 ? 'female' : 'male',
        nationality: pool.nationality,
        languages: pool.languages,
        interpreter_needed: true,
        interpreter_language: pool.languages[0],
        residence: { stage: 'NO_STATUS', workAllowed: false, expiresOn: null, triageCategory: null, lastEventOn: null },
        residence_stage: 'NO_STATUS',
        deportation: { stage: 'D0_NONE', custody: 'NONE', reportingIntervalMonths: null, lastEventOn: null },
        custody_status: custodyStatus,
        vulnerability_flags: randomInt(8) === 0 ? ['single-parent'] : [],
        consents: [],
        search_grams: nameGrams(forms),
        search_text: searchText(forms),
        sort_name: normaliseName(`${names.familyName} ${names.givenName}`),
        created_at: new Date(`${intakeDay}T10:00:00+09:00`),
        updated_at: new Date(),
        version: 1,
      });
      assignments.push({ client_id: id, user_id: primary, role: 'primary', created_at: new Date() });
      for (let d = 0; d < 7; d++) {
        const pending = d < 2;
        const deadline = deadlineAround(addDays(today, pending ? randomInt(-20, 150) : -randomInt(30, 900)));
        const deadlineId = randomUUID();
        // A closed file's deadlines were superseded when it was closed; a past one ended as bench-history decides.
        const ended = pending ? { status: fileOpen ? 'open' : 'superseded', resolvedOn: null, resolution: fileOpen ? null : 'file closed' } : pastDeadlineEnd(deadline.dueDate);
        // Now and then a caseworker set another date (the office agreed to a later filing).
        const overridden = ended.status === 'open' && randomInt(100) < 3;
        if (ended.status === 'met' || ended.status === 'missed') {
          reminders.push(...pastReminders({ id: deadlineId, clientId: id, dueDate: deadline.dueDate, hard: deadline.hardness === 'hard', ownerId: primary, supervisorId: supervisorOfTeam.get(teamId) ?? null }));
        }
        deadlines.push({
          id: deadlineId,
          client_id: id,
          kind: deadline.kind,
          rule_version: deadline.version,
          inputs: deadline.inputs,
          trigger_date: deadline.triggerDate,
          opens_on: deadline.opensOn ?? null,
          due_date: overridden ? addDays(deadline.dueDate, pick([-7, -3, 5, 10, 14])) : deadline.dueDate,
          computed_due_date: deadline.dueDate,
          conservative_due_date: deadline.conservativeDueDate ?? null,
          hardness: deadline.hardness,
          confidence: deadline.confidence,
          basis: deadline.basis,
          explanation: deadline.explanation,
          steps: deadline.steps,
          status: ended.status,
          owner_id: primary,
          source: `client:${id}`,
          resolved_on: ended.resolvedOn,
          resolved_at: ended.resolution === null ? null : new Date(`${ended.resolvedOn ?? yesterday}T17:00:00+09:00`),
          resolution: ended.resolution,
          override_reason: overridden ? 'The office agreed to another date' : null,
          created_at: new Date(),
          updated_at: new Date(),
          version: 1,
        });
      }
      for (let a = 0; a < 3; a++) {
        const future = a === 0;
        const day = addDays(today, future ? randomInt(1, 60) : -randomInt(10, 600));
        const appointmentId = randomUUID();
        appointments.push({
          id: appointmentId,
          client_id: id,
          kind: pick(['refugee-inquirer-interview', 'reporting-date', 'lawyer-meeting', 'oral-opinion-hearing']),
          starts_at: new Date(`${day}T10:00:00+09:00`),
          status: future ? (fileOpen ? 'scheduled' : 'cancelled') : 'held',
          created_by: primary,
          created_at: new Date(),
          updated_at: new Date(),
          version: 1,
        });
      }
      if (randomInt(100) < 20) {
        const sentOn = addDays(intakeDay, randomInt(Math.max(1, intakeDaysAgo - 1)));
        referrals.push(pastReferral({ clientId: id, createdBy: primary, sentOn, number: ++referralNumber }));
      }
    }
    await insertJson(db, 'client', clients);
    await insertJson(db, 'client_assignment', assignments);
    await insertJson(db, 'protection_application', applications);
    await insertJson(db, 'deadline', deadlines);
    await insertJson(db, 'appointment', appointments);
    await insertJson(db, 'stage_transition', transitions);
    await insertJson(db, 'reminder', reminders);
    await insertJson(db, 'referral', referrals);
    totals.transitions += transitions.length;
    totals.reminders += reminders.length;
    totals.referrals += referrals.length;
    log(`${offset + batch} clients`);
  }
  for (const [year, last] of sequence) await db.query('INSERT INTO case_number_counter (year, last) VALUES ($1, $2)', [year, last]);
  if (referralNumber > 0) await db.query(`SELECT setval(pg_get_serial_sequence('referral', 'number'), $1)`, [referralNumber]);
  log(`${totals.transitions} steps, ${totals.reminders} past reminders, ${totals.referrals} referrals`);
  await db.query('SET session_replication_role = DEFAULT');
  for (const statement of CASELOAD_SUMMARY_BACKFILL) await db.query(statement);
  await db.query('VACUUM ANALYZE');
  const counts = await db.query<{ t: string; n: string }>(
    `SELECT 'clients' AS t, count(*)::text AS n FROM client UNION ALL SELECT 'applications', count(*)::text FROM protection_application
     UNION ALL SELECT 'deadlines', count(*)::text FROM deadline UNION ALL SELECT 'appointments', count(*)::text FROM appointment
     UNION ALL SELECT 'staff', count(*)::text FROM user_account`,
  );
  log(counts.rows.map((r) => `${r.n} ${r.t}`).join(', '));
  await db.end();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
