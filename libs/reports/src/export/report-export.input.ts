/*
 * What an export is made of: the report responses as the API sends them (issue 14's contract),
 * declared structurally so the views can be passed as they are and the exporter needs nothing of
 * the read side. Kinds and keys stay plain strings: a code the exporter has no word for is
 * printed as it is rather than refused.
 */

export interface ReportExportDataVersion {
  readonly id: string;
  /** When the refresh finished (ISO). */
  readonly asOf: string;
  /** "Today" in Japan for that refresh (YYYY-MM-DD). */
  readonly asOfDate: string;
}

export interface ReportExportHeader {
  /** Replaces "Yorisoi report" when given. */
  readonly title?: string;
  /** YYYY-MM */
  readonly from: string;
  /** YYYY-MM */
  readonly to: string;
  /** The team filter; null for every team in the viewer's scope. */
  readonly teamName: string | null;
  /** ISO timestamp. */
  readonly generatedAt: string;
  readonly dataVersion: ReportExportDataVersion | null;
  /** The version of the national figures data file. */
  readonly nationalVersion: string;
  /** An administrator's export: no per-caseworker figures. */
  readonly aggregateOnly: boolean;
}

/** The national figures file's own description (GET /reports/overview → national). */
export interface ReportExportNationalSource {
  readonly title: string;
  readonly sources: readonly { readonly years: readonly number[]; readonly title: string; readonly url: string }[];
  readonly note: string;
}

export interface OutcomeRowInput {
  /** '2024' or '2024-Q1'. */
  readonly period: string;
  readonly filedFirst: number;
  readonly filedSubsequent: number;
  readonly recognised: number;
  readonly complementaryProtection: number;
  readonly humanitarian: number;
  readonly refused: number;
  readonly withdrawn: number;
  readonly reviewRequested: number;
  readonly reviewUpheld: number;
  readonly reviewDismissed: number;
  readonly reviewRejected: number;
  readonly suitsFiled: number;
  readonly judgmentsWon: number;
  readonly judgmentsLost: number;
  readonly detained: number;
  readonly provisionalRelease: number;
  readonly recognitionRate: number | null;
  readonly recognisedPerHundredApplications: number | null;
}

export interface NationalYearInput {
  readonly year: number;
  readonly applications: number;
  readonly cpApplications: number | null;
  readonly recognised: number;
  readonly recognisedOnAppeal: number | null;
  readonly humanitarian: number;
  readonly cpRecognised: number | null;
  readonly refused: number | null;
  readonly recognitionRate: number | null;
  readonly recognisedPerHundredApplications: number | null;
}

export interface OutcomesInput {
  readonly granularity: 'year' | 'quarter';
  readonly rows: readonly OutcomeRowInput[];
  readonly national: readonly NationalYearInput[];
}

export interface TimeInStageRowInput {
  readonly year: number;
  readonly interval: string;
  readonly count: number;
  readonly medianDays: number | null;
  readonly p90Days: number | null;
  readonly nationalAverageDays: number | null;
  readonly nationalUnverified: boolean;
}

export interface TimeInStageInput {
  readonly rows: readonly TimeInStageRowInput[];
}

export interface DeadlineCountsInput {
  readonly kind: string;
  readonly metOnTime: number;
  readonly metLate: number;
  readonly waived: number;
  readonly missed: number;
  readonly overdue: number;
  readonly open: number;
  readonly overridden: number;
}

export interface DeadlineMonthRowInput extends DeadlineCountsInput {
  /** YYYY-MM, the month the deadlines were due. */
  readonly month: string;
}

export interface ReminderMonthInput {
  readonly month: string;
  readonly sent: number;
  readonly failed: number;
  readonly escalated: number;
}

export interface DeadlinesInput {
  readonly rows: readonly DeadlineMonthRowInput[];
  readonly totals: readonly DeadlineCountsInput[];
  readonly reminders: readonly ReminderMonthInput[];
}

export interface OpenFilesMonthInput {
  readonly month: string;
  readonly openFiles: number;
}

export interface CaseloadMonthInput extends OpenFilesMonthInput {
  readonly intakes: number;
  readonly closures: number;
}

export interface TeamCaseloadInput {
  readonly teamId: string;
  readonly teamName: string;
  readonly months: readonly OpenFilesMonthInput[];
}

export interface CaseworkerCaseloadInput {
  readonly userId: string;
  readonly name: string;
  readonly teamId: string;
  readonly openNow: number;
  readonly withoutOpenDeadline: number;
  readonly withoutRecentContact: number;
  readonly months: readonly OpenFilesMonthInput[];
}

export interface AtRiskInput {
  readonly recentContactDays: number;
  readonly openFiles: number;
  readonly withoutOpenDeadline: number;
  readonly withoutRecentContact: number;
  readonly withNeither: number;
}

export interface CaseloadsInput {
  readonly months: readonly CaseloadMonthInput[];
  readonly teams: readonly TeamCaseloadInput[];
  /** null for administrators. */
  readonly caseworkers: readonly CaseworkerCaseloadInput[] | null;
  readonly atRisk: AtRiskInput;
}

export interface ReferralKindRowInput {
  readonly serviceKind: string;
  readonly sent: number;
  readonly accepted: number;
  readonly declined: number;
  readonly waiting: number;
  readonly completed: number;
  readonly cancelled: number;
  readonly medianDaysToAnswer: number | null;
}

export interface DocumentsSummaryInput {
  readonly openFiles: number;
  readonly withMissingDocuments: number;
  readonly withUntranslatedDocuments: number;
  readonly missingItems: number;
  readonly untranslatedDocuments: number;
}

export interface ReferralsDocumentsInput {
  readonly referrals: readonly ReferralKindRowInput[];
  readonly documents: DocumentsSummaryInput;
}

/** A count after small-cell suppression: the number, "< 5", or "–" (withheld). */
export interface PublishedCountInput {
  readonly kind: 'count' | 'below' | 'withheld';
  /** Only for 'count'. */
  readonly value: number | null;
}

export interface DisaggregationRowInput {
  readonly key: string;
  readonly cells: readonly PublishedCountInput[];
  readonly total: PublishedCountInput;
}

export interface DisaggregationTableInput {
  readonly dimension: string;
  readonly columns: readonly string[];
  readonly rows: readonly DisaggregationRowInput[];
  readonly totals: readonly PublishedCountInput[];
  readonly total: PublishedCountInput;
}

export interface DisaggregationInput {
  readonly year: number;
  readonly threshold: number;
  readonly tables: readonly DisaggregationTableInput[];
}

export interface ReportExportInput {
  readonly header: ReportExportHeader;
  /** Where the national figures come from; printed beside them when given. */
  readonly national?: ReportExportNationalSource;
  readonly outcomes: OutcomesInput;
  readonly timeInStage: TimeInStageInput;
  readonly deadlines: DeadlinesInput;
  readonly caseloads: CaseloadsInput;
  readonly referralsDocuments: ReferralsDocumentsInput;
  readonly disaggregation: DisaggregationInput;
}
