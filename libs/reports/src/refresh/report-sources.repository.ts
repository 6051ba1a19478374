import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AgeBandTable, ChecklistStepRow, DeadlineOutcomeLookup, EventKindLookup } from './report-source-rules.js';
import { NOT_RESOLVED } from './report-source-rules.js';

/*
 * The reports library's one read model across owners: the refresh rebuilds the fact tables
 * straight from the case files (clients), the deadlines (deadlines), the reminders (reminders),
 * the referrals (referrals) and the documents and checklists (documents), each fact table in one
 * statement. Asking each owner for its rows through its services would move every file of the
 * organisation through Node several times on every refresh; set-wise, 100,000 files take
 * seconds. These statements run only inside the refresh's transaction, read no name, case
 * number or free text, and nothing else in this library reads another library's tables: the
 * reports themselves read the facts.
 *
 * Rules come from libs/domain as lookup tables (report-source-rules.ts), passed as parameters;
 * the SQL only compares dates and looks the answers up.
 */

/** A day in Japan from a timestamp: `(x AT TIME ZONE $tz)::date`. */
const localDay = (column: string, timeZone: string) => `(${column} AT TIME ZONE ${timeZone})::date`;

/**
 * A person's age band on `asOf`, as SQL over the date of birth `dob`: the table's entry for the
 * whole years between them. A year of age is complete on the birthday (month and day reached);
 * ageOn in libs/domain counts the same, which the refresh's test checks on leap days and
 * birthdays. Parameters: asOf a date, bands a text[], noDob and bornLater texts.
 */
export function ageBandSql(dob: string, p: { asOf: string; bands: string; noDob: string; bornLater: string }): string {
  const age = `(date_part('year', ${p.asOf}::date)::int - date_part('year', ${dob})::int - CASE WHEN to_char(${p.asOf}::date, 'MMDD') < to_char(${dob}, 'MMDD') THEN 1 ELSE 0 END)`;
  return `CASE WHEN ${dob} IS NULL THEN ${p.noDob}::text
               WHEN ${dob} > ${p.asOf}::date THEN ${p.bornLater}::text
               ELSE (${p.bands}::text[])[least(${age}, cardinality(${p.bands}::text[]) - 1) + 1] END`;
}

/**
 * The steps of every track as they count: a step whose dates were corrected counts through its
 * correction (which carries the corrected dates and stays in the history beside it), never both.
 * MATERIALIZED, so it is planned on its own, as one hash anti-join: inside a larger statement
 * the planner once expected a handful of rows from the joins around it and checked each step for
 * a correction by scanning the whole history, which took minutes at 700,000 steps.
 */
const EFFECTIVE_STEPS = `effective_steps AS MATERIALIZED (
  SELECT t.id, t.client_id, t.application_id, t.track, t.from_stage, t.to_stage, t.outcome, t.event_on
    FROM stage_transition t
   WHERE NOT EXISTS (SELECT 1 FROM stage_transition x WHERE x.corrects_id = t.id)
)`;

/** What one fact table holds after a refresh, and how many of its rows the refresh had to write. */
export interface FactsReplaced {
  /** Rows in the table now. */
  readonly rows: number;
  /** Rows added, changed or removed. */
  readonly changed: number;
}

interface FactTable {
  readonly name: string;
  readonly key: readonly string[];
  readonly columns: readonly string[];
}

/**
 * Makes `table` hold exactly the rows `source` selects (named as the table's columns): rows new
 * or different (EXCEPT: one hashed pass over both) inserted or updated, rows no longer selected
 * deleted, and the rest not touched at all. Between two refreshes ten minutes apart almost
 * nothing changes. Rewriting every row each time (DELETE, then INSERT; the runtime role may not
 * TRUNCATE) spent most of a refresh on index upkeep and left a million dead rows each time; an
 * upsert of every row still locked, and so dirtied, every page (77 MB of WAL a refresh at
 * 100,000 files, against 13 MB this way).
 */
async function replaceFacts(manager: EntityManager, table: FactTable, source: string, params: unknown[]): Promise<FactsReplaced> {
  const values = table.columns.filter((column) => !table.key.includes(column));
  const [row] = await manager.query<FactsReplaced[]>(
    `WITH source AS MATERIALIZED (${source}),
     different AS (
       SELECT ${table.columns.join(', ')} FROM source EXCEPT SELECT ${table.columns.join(', ')} FROM ${table.name}
     ),
     upserted AS (
       INSERT INTO ${table.name} (${table.columns.join(', ')}) SELECT ${table.columns.join(', ')} FROM different
       ON CONFLICT (${table.key.join(', ')}) DO UPDATE SET ${values.map((column) => `${column} = EXCLUDED.${column}`).join(', ')}
       RETURNING 1
     ),
     removed AS (
       DELETE FROM ${table.name} f WHERE NOT EXISTS (SELECT 1 FROM source s WHERE ${table.key.map((column) => `s.${column} = f.${column}`).join(' AND ')})
       RETURNING 1
     )
     SELECT (SELECT count(*)::int FROM source) AS rows, (SELECT count(*)::int FROM upserted) + (SELECT count(*)::int FROM removed) AS changed`,
    params,
  );
  if (!row) throw new Error(`replacing ${table.name} answered nothing`);
  return row;
}

const FILE_FACTS: FactTable = {
  name: 'report_file_fact',
  key: ['client_id'],
  columns: [
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
};
const EVENT_FACTS: FactTable = {
  name: 'report_event_fact',
  key: ['transition_id'],
  columns: ['transition_id', 'client_id', 'application_id', 'application_no', 'team_id', 'primary_user_id', 'kind', 'event_on'],
};
const DEADLINE_FACTS: FactTable = {
  name: 'report_deadline_fact',
  key: ['deadline_id'],
  columns: ['deadline_id', 'client_id', 'team_id', 'primary_user_id', 'kind', 'due_on', 'outcome', 'overridden', 'resolved_on'],
};
const REMINDER_MONTHS: FactTable = { name: 'report_reminder_month', key: ['month', 'team_id'], columns: ['month', 'team_id', 'sent', 'failed', 'escalated'] };
const REFERRAL_FACTS: FactTable = {
  name: 'report_referral_fact',
  key: ['referral_id'],
  columns: ['referral_id', 'client_id', 'team_id', 'primary_user_id', 'service_kind', 'status', 'sent_on', 'answered_on'],
};

@Injectable()
export class ReportSources {
  /**
   * One fact per client file: team, current caseworker, when it was opened (the earlier of its
   * creation and its first step) and closed, the characteristics reports disaggregate by, what
   * the at-risk figures need, and its documents.
   *
   * Documents, for an open file, as the team view's missing-documents list counts them: the
   * required items of its latest application's current checklist that no document fills
   * (evaluateChecklist: a document fills an item when filed under the item's key, or under no key
   * with one of the item's categories, and belongs to that application or to the whole file;
   * translations fill nothing themselves), and the documents translationFlag flags (marked for
   * submission, not in Japanese, without a signed translation in the file). Deleted documents
   * count for nothing; a closed file counts 0 of each.
   */
  writeFileFacts(
    manager: EntityManager,
    input: { readonly asOfDate: string; readonly timeZone: string; readonly ageBands: AgeBandTable; readonly checklistSteps: readonly ChecklistStepRow[] },
  ): Promise<FactsReplaced> {
    const band = ageBandSql('c.date_of_birth', { asOf: '$1', bands: '$3', noDob: '$4', bornLater: '$5' });
    const steps = input.checklistSteps;
    return replaceFacts(
      manager,
      FILE_FACTS,
      `WITH ${EFFECTIVE_STEPS}, first_steps AS (
         SELECT s.client_id, min(s.event_on) AS first_on FROM effective_steps s GROUP BY s.client_id
       ), contacts AS (
         SELECT client_id, max(day) AS last_on FROM (
           SELECT client_id, ${localDay('starts_at', '$2')} AS day FROM appointment WHERE status = 'held'
           UNION ALL
           SELECT client_id, ${localDay('occurred_at', '$2')} FROM timeline_event WHERE kind = 'note'
         ) touched GROUP BY client_id
       ), open_deadlines AS (
         SELECT DISTINCT client_id FROM deadline WHERE status = 'open'
       ), steps AS (
         SELECT * FROM unnest($6::text[], $7::text[], $8::boolean[], $9::text[]) AS s(stage, kind, first, step)
       ), latest AS (
         SELECT DISTINCT ON (a.client_id) a.client_id, a.id AS application_id, a.application_no, a.stage, a.kind
           FROM protection_application a JOIN client c ON c.id = a.client_id AND c.status = 'open'
          ORDER BY a.client_id, a.application_no DESC
       ), templates AS (
         SELECT DISTINCT ON (t.step) t.step, t.content FROM checklist_template t ORDER BY t.step, t.version DESC
       ), items AS MATERIALIZED (
         SELECT l.client_id, l.application_id, i.item->>'key' AS key, (i.item->>'required')::boolean AS required,
                ARRAY(SELECT jsonb_array_elements_text(i.item->'categories')) AS categories
           FROM latest l
           JOIN steps s ON s.stage = l.stage AND s.kind = l.kind AND s.first = (l.application_no = 1)
           JOIN templates t ON t.step = s.step
           CROSS JOIN LATERAL jsonb_array_elements(t.content->'items') AS i(item)
       ), sources AS (
         SELECT d.id, d.client_id, d.application_id, d.category, d.checklist_item_key, d.language, d.for_submission, d.translation_status,
                EXISTS (SELECT 1 FROM document tr WHERE tr.translation_of_id = d.id AND tr.deleted_at IS NULL) AS has_translation
           FROM document d JOIN client c ON c.id = d.client_id AND c.status = 'open'
          WHERE d.deleted_at IS NULL AND d.translation_of_id IS NULL
       ), gaps AS (
         SELECT i.client_id, 1 AS missing, 0 AS untranslated
           FROM items i
          WHERE i.required AND NOT EXISTS (
                  SELECT 1 FROM sources s
                   WHERE s.client_id = i.client_id AND (s.application_id IS NULL OR s.application_id = i.application_id)
                     AND (s.checklist_item_key = i.key OR (s.checklist_item_key IS NULL AND s.category = ANY (i.categories))))
         UNION ALL
         SELECT s.client_id, 0, 1
           FROM sources s
          WHERE s.for_submission AND s.language <> 'ja' AND NOT (s.translation_status = 'signed' AND s.has_translation)
       ), documents AS (
         SELECT client_id, sum(missing)::int AS missing, sum(untranslated)::int AS untranslated FROM gaps GROUP BY client_id
       )
       SELECT c.id AS client_id, c.team_id, c.primary_user_id, c.status,
              least(${localDay('c.created_at', '$2')}, f.first_on) AS opened_on,
              CASE WHEN c.status <> 'open' THEN ${localDay('c.closed_at', '$2')} END AS closed_on,
              c.nationality, c.gender, ${band} AS age_band, cardinality(c.vulnerability_flags) > 0 AS vulnerable,
              od.client_id IS NOT NULL AS has_open_deadline, ct.last_on AS last_contact_on,
              coalesce(dc.missing, 0) AS missing_documents, coalesce(dc.untranslated, 0) AS untranslated_documents
         FROM client c
         LEFT JOIN first_steps f ON f.client_id = c.id
         LEFT JOIN contacts ct ON ct.client_id = c.id
         LEFT JOIN open_deadlines od ON od.client_id = c.id
         LEFT JOIN documents dc ON dc.client_id = c.id`,
      [
        input.asOfDate,
        input.timeZone,
        input.ageBands.byAge,
        input.ageBands.withoutDateOfBirth,
        input.ageBands.bornLater,
        steps.map((s) => s.stage),
        steps.map((s) => s.kind),
        steps.map((s) => s.first),
        steps.map((s) => s.step),
      ],
    );
  }

  /**
   * One fact per counted step of any track, dated as recorded (a corrected step by its
   * correction). The kind is looked up in `kinds` (eventKindLookup) by the step's key: first as
   * a step whose kind does not depend on the application, then as one whose does (a filing).
   */
  writeEventFacts(manager: EntityManager, kinds: EventKindLookup): Promise<FactsReplaced> {
    const key = (applicationClass: string) => `concat_ws('|', t.track, t.from_stage, t.to_stage, coalesce(t.outcome, ''), ${applicationClass})`;
    return replaceFacts(
      manager,
      EVENT_FACTS,
      `WITH ${EFFECTIVE_STEPS}
       SELECT t.id AS transition_id, t.client_id, t.application_id, a.application_no, c.team_id, c.primary_user_id, k.kind, t.event_on
         FROM effective_steps t
         JOIN client c ON c.id = t.client_id
         LEFT JOIN protection_application a ON a.id = t.application_id
         CROSS JOIN LATERAL (
           SELECT coalesce($1::jsonb ->> ${key("''")}, $1::jsonb ->> ${key(`CASE WHEN a.application_no = 1 THEN 'first' ELSE 'subsequent' END`)}) AS kind
         ) k
        WHERE k.kind IS NOT NULL`,
      [JSON.stringify(kinds)],
    );
  }

  /**
   * One fact per deadline that still counts (not superseded), with its outcome on `asOfDate`
   * looked up (deadlineOutcomeLookup) by its status and by how its dates compare, and whether a
   * caseworker replaced the computed due date.
   */
  writeDeadlineFacts(manager: EntityManager, input: { readonly asOfDate: string; readonly outcomes: DeadlineOutcomeLookup }): Promise<FactsReplaced> {
    return replaceFacts(
      manager,
      DEADLINE_FACTS,
      `SELECT d.id AS deadline_id, d.client_id, c.team_id, c.primary_user_id, d.kind, d.due_date AS due_on, o.outcome,
              d.override_reason IS NOT NULL OR d.due_date <> d.computed_due_date AS overridden, d.resolved_on
         FROM deadline d
         JOIN client c ON c.id = d.client_id
         CROSS JOIN LATERAL (
           SELECT $1::jsonb ->> concat_ws('|', d.status, coalesce(sign(d.resolved_on - d.due_date)::int, ${NOT_RESOLVED}), sign(d.due_date - $2::date)::int) AS outcome
         ) o
        WHERE o.outcome IS NOT NULL`,
      [JSON.stringify(input.outcomes), input.asOfDate],
    );
  }

  /**
   * Reminders by the month (in Japan) they were due to go out and the file's team: sent and failed
   * of every purpose, as the administrators' reminder figures count them, and of the sent ones
   * the escalations to a supervisor. Planned and cancelled reminders did not happen.
   */
  writeReminderMonths(manager: EntityManager, timeZone: string): Promise<FactsReplaced> {
    return replaceFacts(
      manager,
      REMINDER_MONTHS,
      `SELECT date_trunc('month', r.send_at AT TIME ZONE $1)::date AS month, c.team_id,
              count(*) FILTER (WHERE r.status = 'sent')::int AS sent, count(*) FILTER (WHERE r.status = 'failed')::int AS failed,
              count(*) FILTER (WHERE r.status = 'sent' AND r.purpose = 'escalation')::int AS escalated
         FROM reminder r
         JOIN client c ON c.id = r.client_id
        WHERE r.status IN ('sent', 'failed')
        GROUP BY 1, 2`,
      [timeZone],
    );
  }

  /**
   * One fact per referral that was sent (a draft, sent or not, was never a referral), with the
   * day (in Japan) of the partner's first answer: the referral keeps when it was first
   * acknowledged, accepted or declined, and a later answer does not move it.
   */
  writeReferralFacts(manager: EntityManager, timeZone: string): Promise<FactsReplaced> {
    return replaceFacts(
      manager,
      REFERRAL_FACTS,
      `SELECT r.id AS referral_id, r.client_id, c.team_id, c.primary_user_id, r.service_kind, r.status, r.sent_on, ${localDay('r.answered_at', '$1')} AS answered_on
         FROM referral r
         JOIN client c ON c.id = r.client_id
        WHERE r.sent_on IS NOT NULL`,
      [timeZone],
    );
  }
}
