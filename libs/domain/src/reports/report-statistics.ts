/**
 * Medians and 90th percentiles of the time-in-stage report. Under five intervals a median is one
 * client's story rather than a statistic (and, with the year and the team, may point at them),
 * so it is not shown.
 */
export const REPORT_MIN_CASES_FOR_STATISTICS = 5;

/**
 * The `fraction` percentile by linear interpolation between the two nearest ranks, exactly as
 * PostgreSQL's `percentile_cont(fraction) WITHIN GROUP (ORDER BY value)` computes it, so the
 * report refresh in SQL and this function give the same number. Undefined for no values.
 */
export function percentileCont(values: readonly number[], fraction: number): number | undefined {
  if (!(fraction >= 0 && fraction <= 1)) throw new RangeError('fraction must be between 0 and 1');
  for (const value of values) if (!Number.isFinite(value)) throw new RangeError('values must be finite numbers');
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const position = fraction * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

/**
 * Median and 90th percentile (linear interpolation, as percentile_cont), or nulls when there are
 * fewer than REPORT_MIN_CASES_FOR_STATISTICS values.
 */
export function medianAndP90(values: readonly number[]): { readonly count: number; readonly median: number | null; readonly p90: number | null } {
  const median = percentileCont(values, 0.5);
  const p90 = percentileCont(values, 0.9);
  if (values.length < REPORT_MIN_CASES_FOR_STATISTICS) return { count: values.length, median: null, p90: null };
  return { count: values.length, median: median ?? null, p90: p90 ?? null };
}
