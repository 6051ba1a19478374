import { assertNever, OUTCOME_COUNT_FIELDS } from '#domain';
import type {
  CaseloadsInput,
  DeadlineCountsInput,
  DisaggregationInput,
  DisaggregationTableInput,
  OutcomeRowInput,
  PublishedCountInput,
  ReportExportInput,
  ReportExportNationalSource,
} from './report-export.input.js';
import type { ReportExportLanguage } from '../views/export.views.js';
import { deadlineKindLabel, disaggregationKeyLabel, labelOf, reportLabels, serviceKindLabel, type ReportLabels } from './report-export.labels.js';

/*
 * The export as tables, before any file format: what the CSV writes one after the other and the
 * XLSX puts one per sheet. Numbers stay numbers; a suppressed count is written as the screen
 * shows it, so the file never holds more than the page did.
 */

export type ReportCell = string | number | null;

export interface ReportSection {
  /** Stable id of the section (the disaggregation ones carry their dimension). */
  readonly key: string;
  readonly title: string;
  /** A short name for a worksheet; the XLSX writer still makes it valid and unique. */
  readonly sheet: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly ReportCell[])[];
}

export interface ReportSections {
  readonly title: string;
  /** [label, value] lines heading the file: period, filters, generation time, data version. */
  readonly header: readonly (readonly [string, string])[];
  readonly sections: readonly ReportSection[];
}

/** The en dash the dashboard shows for a count withheld by complementary suppression. */
export const WITHHELD_TEXT = '–';

/** Outcome columns in the order of the screen: filings, decisions, review, court, custody, rates. */
const OUTCOME_COUNTS = [...OUTCOME_COUNT_FIELDS, 'recognitionRate', 'recognisedPerHundredApplications'] as const satisfies readonly Exclude<keyof OutcomeRowInput, 'period'>[];

const DEADLINE_COUNTS = ['metOnTime', 'metLate', 'waived', 'missed', 'overdue', 'open', 'overridden'] as const satisfies readonly Exclude<
  keyof DeadlineCountsInput,
  'kind'
>[];

export function reportSections(input: ReportExportInput, lang: ReportExportLanguage): ReportSections {
  const labels = reportLabels(lang);
  const { outcomes, timeInStage, deadlines, caseloads, referralsDocuments, disaggregation } = input;
  const columns = labels.columns;
  const sections: ReportSection[] = [];
  const add = (key: string, names: { title: string; sheet: string }, sectionColumns: readonly string[], rows: readonly (readonly ReportCell[])[]) =>
    sections.push({ key, title: names.title, sheet: names.sheet, columns: sectionColumns, rows });

  add(
    'outcomes',
    labels.sections.outcomes(outcomes.granularity),
    [columns.period, ...OUTCOME_COUNTS.map((name) => columns.outcomes[name])],
    outcomes.rows.map((row) => [row.period, ...OUTCOME_COUNTS.map((name) => row[name])]),
  );
  add('national', labels.sections.national, ...nationalTable(input, labels));

  const stage = columns.timeInStage;
  add(
    'time-in-stage',
    labels.sections.timeInStage,
    [stage.year, stage.interval, stage.count, stage.medianDays, stage.p90Days, stage.nationalAverageDays, stage.nationalUnverified],
    timeInStage.rows.map((row) => [
      row.year,
      labelOf(labels.intervals, row.interval),
      row.count,
      row.medianDays,
      row.p90Days,
      row.nationalAverageDays,
      row.nationalAverageDays === null ? null : row.nationalUnverified ? labels.yes : labels.no,
    ]),
  );

  const kept = columns.deadlines;
  add(
    'deadlines-by-month',
    labels.sections.deadlinesByMonth,
    [kept.month, kept.kind, ...DEADLINE_COUNTS.map((name) => kept[name])],
    deadlines.rows.map((row) => [row.month, deadlineKindLabel(row.kind, lang), ...DEADLINE_COUNTS.map((name) => row[name])]),
  );
  add(
    'deadline-totals',
    labels.sections.deadlineTotals,
    [kept.kind, ...DEADLINE_COUNTS.map((name) => kept[name])],
    deadlines.totals.map((row) => [deadlineKindLabel(row.kind, lang), ...DEADLINE_COUNTS.map((name) => row[name])]),
  );
  const reminders = columns.reminders;
  add(
    'reminders',
    labels.sections.reminders,
    [reminders.month, reminders.sent, reminders.failed, reminders.escalated],
    deadlines.reminders.map((row) => [row.month, row.sent, row.failed, row.escalated]),
  );

  const caseload = columns.caseload;
  add(
    'caseload-by-month',
    labels.sections.caseloadMonths,
    [caseload.month, caseload.openFiles, caseload.intakes, caseload.closures],
    caseloads.months.map((row) => [row.month, row.openFiles, row.intakes, row.closures]),
  );
  add('open-files-by-team', labels.sections.teamMonths, ...teamMonthsTable(caseloads, labels));
  // An administrator sees the organisation in aggregate only: no caseworker's name in the file.
  if (!input.header.aggregateOnly && caseloads.caseworkers !== null) {
    add('caseworkers', labels.sections.caseworkers, ...caseworkersTable(caseloads, caseloads.caseworkers, labels));
  }
  const atRisk = caseloads.atRisk;
  const risk = columns.atRisk;
  add(
    'at-risk',
    labels.sections.atRisk,
    [risk.openFiles, risk.withoutOpenDeadline, risk.withoutRecentContact(atRisk.recentContactDays), risk.withNeither(atRisk.recentContactDays)],
    [[atRisk.openFiles, atRisk.withoutOpenDeadline, atRisk.withoutRecentContact, atRisk.withNeither]],
  );

  const referral = columns.referrals;
  add(
    'referrals',
    labels.sections.referrals,
    [referral.serviceKind, referral.sent, referral.accepted, referral.declined, referral.waiting, referral.completed, referral.cancelled, referral.medianDaysToAnswer],
    referralsDocuments.referrals.map((row) => [
      serviceKindLabel(row.serviceKind, lang),
      row.sent,
      row.accepted,
      row.declined,
      row.waiting,
      row.completed,
      row.cancelled,
      row.medianDaysToAnswer,
    ]),
  );
  const documents = referralsDocuments.documents;
  const document = columns.documents;
  add(
    'documents',
    labels.sections.documents,
    [document.openFiles, document.withMissingDocuments, document.withUntranslatedDocuments, document.missingItems, document.untranslatedDocuments],
    [[documents.openFiles, documents.withMissingDocuments, documents.withUntranslatedDocuments, documents.missingItems, documents.untranslatedDocuments]],
  );

  for (const table of disaggregation.tables) {
    add(`disaggregation-${table.dimension}`, labels.sections.disaggregation(labelOf(labels.dimensions, table.dimension), disaggregation.year), ...disaggregationTable(table, disaggregation, labels));
  }

  return { title: input.header.title ?? labels.title, header: headerRows(input, labels), sections };
}

function headerRows(input: ReportExportInput, labels: ReportLabels): [string, string][] {
  const { header, national, outcomes, disaggregation } = input;
  const words = labels.header;
  const rows: [string, string][] = [
    [words.period, words.periodValue(header.from, header.to)],
    [words.team, header.teamName ?? words.allTeams],
    [words.generatedAt, japanTime(header.generatedAt)],
    [words.dataVersion, header.dataVersion === null ? words.noData : words.dataVersionValue(header.dataVersion.id, japanTime(header.dataVersion.asOf))],
    [words.nationalVersion, header.nationalVersion],
  ];
  if (national !== undefined) {
    rows.push([words.nationalSource, national.title]);
    if (national.note.trim() !== '') rows.push([words.nationalNote, national.note]);
  }
  rows.push(
    [words.granularity, outcomes.granularity === 'quarter' ? words.quarter : words.year],
    [words.caseworkerFigures, header.aggregateOnly ? words.notIncluded : words.included],
    [words.disaggregationYear, words.disaggregationYearValue(disaggregation.year)],
    [words.smallCounts, words.smallCountsValue(disaggregation.threshold, belowText(disaggregation.threshold), WITHHELD_TEXT)],
  );
  return rows;
}

type Table = [columns: string[], rows: ReportCell[][]];

function nationalTable(input: ReportExportInput, labels: ReportLabels): Table {
  const names = labels.columns.national;
  const source = input.national;
  const columns = [
    names.year,
    names.applications,
    names.cpApplications,
    names.recognised,
    names.recognisedOnAppeal,
    names.humanitarian,
    names.cpRecognised,
    names.refused,
    names.recognitionRate,
    names.recognisedPerHundredApplications,
  ];
  const rows = input.outcomes.national.map((year): ReportCell[] => [
    year.year,
    year.applications,
    year.cpApplications,
    year.recognised,
    year.recognisedOnAppeal,
    year.humanitarian,
    year.cpRecognised,
    year.refused,
    year.recognitionRate,
    year.recognisedPerHundredApplications,
  ]);
  if (source === undefined) return [columns, rows];
  // Each year beside the publication its figures come from, so a reader can check them.
  return [
    [...columns, names.source, names.sourceUrl],
    rows.map((row, index) => {
      const from = sourceOf(source, input.outcomes.national[index].year);
      return [...row, from?.title ?? null, from?.url ?? null];
    }),
  ];
}

function sourceOf(national: ReportExportNationalSource, year: number) {
  return national.sources.find((source) => source.years.includes(year));
}

/** One row per month, one column per team: the lines of the caseload chart as a table. */
function teamMonthsTable(caseloads: CaseloadsInput, labels: ReportLabels): Table {
  const months = monthsOf(caseloads.months, ...caseloads.teams.map((team) => team.months));
  const byTeam = caseloads.teams.map((team) => new Map(team.months.map((month) => [month.month, month.openFiles])));
  return [
    [labels.columns.caseload.month, ...caseloads.teams.map((team) => team.teamName)],
    months.map((month) => [month, ...byTeam.map((counts) => counts.get(month) ?? null)]),
  ];
}

function caseworkersTable(caseloads: CaseloadsInput, caseworkers: NonNullable<CaseloadsInput['caseworkers']>, labels: ReportLabels): Table {
  const names = labels.columns.caseworkers;
  const days = caseloads.atRisk.recentContactDays;
  const teamNames = new Map(caseloads.teams.map((team) => [team.teamId, team.teamName]));
  const months = monthsOf(caseloads.months, ...caseworkers.map((caseworker) => caseworker.months));
  return [
    [names.name, names.team, names.openNow, names.withoutOpenDeadline, names.withoutRecentContact(days), ...months.map((month) => names.openFilesIn(month))],
    caseworkers.map((caseworker) => {
      const counts = new Map(caseworker.months.map((month) => [month.month, month.openFiles]));
      return [
        caseworker.name,
        teamNames.get(caseworker.teamId) ?? null,
        caseworker.openNow,
        caseworker.withoutOpenDeadline,
        caseworker.withoutRecentContact,
        ...months.map((month) => counts.get(month) ?? null),
      ];
    }),
  ];
}

/** Every month any of the series names, in calendar order ('YYYY-MM' sorts as text). */
function monthsOf(...series: readonly (readonly { month: string }[])[]): string[] {
  return [...new Set(series.flatMap((months) => months.map((month) => month.month)))].sort();
}

function disaggregationTable(table: DisaggregationTableInput, disaggregation: DisaggregationInput, labels: ReportLabels): Table {
  const shown = (count: PublishedCountInput) => publishedCell(count, disaggregation.threshold);
  return [
    [labelOf(labels.dimensions, table.dimension), ...table.columns.map((column) => labelOf(labels.disaggregationColumns, column)), labels.total],
    [
      ...table.rows.map((row) => [disaggregationKeyLabel(labels, table.dimension, row.key), ...row.cells.map(shown), shown(row.total)]),
      [labels.total, ...table.totals.map(shown), shown(table.total)],
    ],
  ];
}

function belowText(threshold: number): string {
  return `< ${threshold}`;
}

/** A published count as the screen shows it: the number, "< 5" or "–". */
export function publishedCell(count: PublishedCountInput, threshold: number): ReportCell {
  switch (count.kind) {
    case 'count':
      return count.value;
    case 'below':
      return belowText(threshold);
    case 'withheld':
      return WITHHELD_TEXT;
    default:
      return assertNever(count.kind, 'published count');
  }
}

/** An ISO instant as Japan's wall-clock time, "2025-06-01T09:30:00+09:00" (Japan keeps no summer time). */
export function japanTime(iso: string): string {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return iso;
  return `${new Date(instant + 9 * 3_600_000).toISOString().slice(0, 19)}+09:00`;
}
