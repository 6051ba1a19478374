export {
  SMALL_CELL_THRESHOLD,
  suppressSmallCells,
  suppressLinkedTables,
  type CountTable,
  type PublishedCount,
  type PublishedTable,
} from './suppress-small-cells.js';
export {
  REPORT_EVENT_KINDS,
  REPORT_TRACKS,
  REPORT_EVENT_MAPPING,
  reportEventKind,
  type ReportEventKind,
  type ReportTrack,
  type ApplicationNoClass,
  type ReportEventMappingEntry,
} from './report-events.js';
export { REPORT_INTERVALS, applicationIntervals, type ReportInterval, type ReportIntervalEvent, type ApplicationInterval } from './report-intervals.js';
export { AGE_BANDS, ageBand, ageOn, type AgeBand } from './age-band.js';
export { DEADLINE_OUTCOMES, deadlineOutcome, type DeadlineOutcome, type DeadlineOutcomeInput } from './deadline-outcome.js';
export {
  PERIOD_GRANULARITIES,
  REPORT_MAX_MONTHS,
  REPORT_EARLIEST_MONTH,
  parseReportPeriod,
  periodBucket,
  periodBuckets,
  type PeriodGranularity,
  type ReportPeriod,
} from './report-period.js';
export {
  DAYS_PER_MONTH,
  parseNationalFigures,
  recognisedPerHundred,
  recognitionRate,
  averageMonthsToDays,
  type NationalFigures,
  type NationalFiguresSource,
  type NationalFiguresYear,
} from './national-figures.js';
export { REPORT_MIN_CASES_FOR_STATISTICS, medianAndP90, percentileCont } from './report-statistics.js';
export { OUTCOME_COUNT_FIELDS, type OutcomeCountField } from './report-columns.js';
