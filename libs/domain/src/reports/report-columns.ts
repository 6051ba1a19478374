/**
 * The counts of the outcomes report, in the order every table of it shows them (the dashboard,
 * the CSV and the XLSX): filings, first-instance decisions, review, court, custody.
 */
export const OUTCOME_COUNT_FIELDS = [
  'filedFirst',
  'filedSubsequent',
  'recognised',
  'complementaryProtection',
  'humanitarian',
  'refused',
  'withdrawn',
  'reviewRequested',
  'reviewUpheld',
  'reviewDismissed',
  'reviewRejected',
  'suitsFiled',
  'judgmentsWon',
  'judgmentsLost',
  'detained',
  'provisionalRelease',
] as const;
export type OutcomeCountField = (typeof OUTCOME_COUNT_FIELDS)[number];
