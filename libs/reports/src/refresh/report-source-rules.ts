import {
  addDays,
  ageBand,
  checklistStepForApplication,
  DEADLINE_STATUSES,
  deadlineOutcome,
  ProtectionKinds,
  ProtectionStages,
  REPORT_EVENT_MAPPING,
  type AgeBand,
  type ChecklistStep,
  type DeadlineOutcome,
  type DeadlineStatus,
  type LocalDate,
  type ProtectionKind,
  type ProtectionStage,
  type ReportEventKind,
} from '#domain';

/*
 * The rules of libs/domain as tables for the refresh's SQL. The rules stay in the domain: each
 * table is the domain function's own answers over every case it distinguishes, so the SQL only
 * looks answers up and never restates a rule. Where SQL has to compute what the domain function
 * also computes (a whole-year age, which of two dates is earlier), tests check both agree:
 * report-source-rules.spec.ts for the tables, test/reports/report-refresh.int-spec.ts for the SQL.
 */

/** A counted step: the stage transition it matches and what it counts as. */
export interface EventKindRow {
  readonly track: string;
  readonly fromStage: string;
  readonly toStage: string;
  readonly outcome: string | null;
  /** 'first' or 'subsequent' for a filing, whose kind depends on the application's number. */
  readonly applicationClass: 'first' | 'subsequent' | null;
  readonly kind: ReportEventKind;
}

/** Every step the transition tables define that a report counts (the others count nothing). */
export function eventKindRows(): EventKindRow[] {
  return REPORT_EVENT_MAPPING.flatMap((entry) =>
    entry.kind === null
      ? []
      : [{ track: entry.track, fromStage: entry.fromStage, toStage: entry.toStage, outcome: entry.outcome, applicationClass: entry.applicationNo, kind: entry.kind }],
  );
}

/**
 * The key a step is looked up by: `track|from|to|outcome|class`, outcome and class empty when
 * null. The refresh's SQL builds the same key from the stage_transition row (concat_ws('|', …)).
 */
export function eventKindKey(step: Pick<EventKindRow, 'track' | 'fromStage' | 'toStage' | 'outcome' | 'applicationClass'>): string {
  return [step.track, step.fromStage, step.toStage, step.outcome ?? '', step.applicationClass ?? ''].join('|');
}

/**
 * The counted steps as one object, passed to SQL as jsonb: a lookup per row keeps the planner's
 * estimates whole, where a join on four columns with a 40-row table made it expect a handful of
 * rows out of hundreds of thousands and pick nested loops.
 */
export type EventKindLookup = Readonly<Record<string, ReportEventKind>>;

export function eventKindLookup(): EventKindLookup {
  return Object.fromEntries(eventKindRows().map((row) => [eventKindKey(row), row.kind]));
}

/** The age band of each whole-year age on one day, and of the two cases without an age. */
export interface AgeBandTable {
  /** Index n: the band of a person aged n; older people take the last entry. */
  readonly byAge: readonly AgeBand[];
  readonly withoutDateOfBirth: AgeBand;
  /** Born after the day (a date of birth typed wrong): no age. */
  readonly bornLater: AgeBand;
}

/** Ages past this all fall in the last band; the table stops here. */
const OLDEST_AGE = 130;

export function ageBandTable(asOfDate: LocalDate): AgeBandTable {
  const year = Number(asOfDate.slice(0, 4));
  // Born on 1 January n years before: n years old on any day of the year, by any counting rule.
  const byAge = Array.from({ length: OLDEST_AGE + 1 }, (_, age) => ageBand(`${String(year - age).padStart(4, '0')}-01-01`, asOfDate));
  return { byAge, withoutDateOfBirth: ageBand(null, asOfDate), bornLater: ageBand(addDays(asOfDate, 1), asOfDate) };
}

/**
 * How a deadline ended, by its status and by how its dates compare: resolved before (-1), on (0)
 * or after (1) the due date, or not resolved (2); due before (-1), on (0) or after (1) the
 * refresh's day. deadlineOutcome depends on nothing else, which the outcome test checks.
 */
export interface DeadlineOutcomeRow {
  readonly status: DeadlineStatus;
  readonly resolvedVsDue: -1 | 0 | 1 | 2;
  readonly dueVsAsOf: -1 | 0 | 1;
  readonly outcome: DeadlineOutcome;
}

export const NOT_RESOLVED = 2;

export function deadlineOutcomeRows(): DeadlineOutcomeRow[] {
  const due = '2000-06-15' as LocalDate;
  const rows: DeadlineOutcomeRow[] = [];
  for (const status of DEADLINE_STATUSES) {
    for (const resolvedVsDue of [-1, 0, 1, NOT_RESOLVED] as const) {
      for (const dueVsAsOf of [-1, 0, 1] as const) {
        const outcome = deadlineOutcome({
          status,
          dueDate: due,
          resolvedOn: resolvedVsDue === NOT_RESOLVED ? null : addDays(due, resolvedVsDue),
          asOfDate: addDays(due, -dueVsAsOf),
        });
        // Superseded deadlines gave way to the one that is counted.
        if (outcome !== null) rows.push({ status, resolvedVsDue, dueVsAsOf, outcome });
      }
    }
  }
  return rows;
}

/** `status|resolvedVsDue|dueVsAsOf`, as the refresh's SQL builds it from the deadline row. */
export function deadlineOutcomeKey(row: Pick<DeadlineOutcomeRow, 'status' | 'resolvedVsDue' | 'dueVsAsOf'>): string {
  return `${row.status}|${row.resolvedVsDue}|${row.dueVsAsOf}`;
}

/** The outcomes as one object, passed to SQL as jsonb (see EventKindLookup for why not a join). */
export type DeadlineOutcomeLookup = Readonly<Record<string, DeadlineOutcome>>;

export function deadlineOutcomeLookup(): DeadlineOutcomeLookup {
  return Object.fromEntries(deadlineOutcomeRows().map((row) => [deadlineOutcomeKey(row), row.outcome]));
}

/** The checklist an application is checked against, by its stage, kind and whether it is the first. */
export interface ChecklistStepRow {
  readonly stage: ProtectionStage;
  readonly kind: ProtectionKind;
  readonly first: boolean;
  readonly step: ChecklistStep;
}

export function checklistStepRows(): ChecklistStepRow[] {
  return ProtectionStages.flatMap((stage) =>
    ProtectionKinds.flatMap((kind) =>
      [true, false].flatMap((first) => {
        const step = checklistStepForApplication({ number: first ? 1 : 2, stage, kind });
        return step === null ? [] : [{ stage, kind, first, step }];
      }),
    ),
  );
}
