/**
 * The SQL a measured window ran, from pg_stat_statements: per statement, how often a request ran
 * it and what it cost, most expensive first. Pure: the view's rows come in as arguments.
 */

/** One row of pg_stat_statements, as read for a window (after a reset). */
export interface StatementStats {
  readonly query: string;
  readonly calls: number;
  /** total_exec_time: milliseconds spent executing it, all calls. */
  readonly totalMs: number;
}

export interface StatementLine {
  /** Whitespace collapsed, cut to the length asked for. */
  readonly text: string;
  readonly callsPerRequest: number;
  readonly meanMs: number;
  readonly totalMs: number;
  /** Of the SQL time of every statement listed and not listed. */
  readonly share: number;
}

export interface StatementsSummary {
  /** The statements that took the most time, most first. */
  readonly lines: readonly StatementLine[];
  /** The statements beyond the listed ones, taken together; none when every one is listed. */
  readonly rest: { readonly statements: number; readonly calls: number; readonly totalMs: number; readonly share: number } | null;
  readonly totalMs: number;
  /** SQL execution time per request answered. */
  readonly msPerRequest: number;
  readonly callsPerRequest: number;
}

/** A statement on one line: whitespace runs collapsed to one space, cut to `length` characters with an ellipsis. */
export function shortStatement(query: string, length: number): string {
  const line = query.replace(/\s+/g, ' ').trim();
  return line.length <= length ? line : `${line.slice(0, length - 1)}…`;
}

/** The `limit` statements that took the most time over `requests` requests, and the rest together. */
export function summariseStatements(rows: readonly StatementStats[], requests: number, options: { readonly limit: number; readonly textLength: number }): StatementsSummary {
  if (requests <= 0) throw new Error(`statements per request: ${requests} requests`);
  const sorted = [...rows].sort((a, b) => b.totalMs - a.totalMs);
  const totalMs = sorted.reduce((sum, row) => sum + row.totalMs, 0);
  const calls = sorted.reduce((sum, row) => sum + row.calls, 0);
  const share = (ms: number) => (totalMs === 0 ? 0 : ms / totalMs);
  const listed = sorted.slice(0, options.limit);
  const others = sorted.slice(options.limit);
  const othersMs = others.reduce((sum, row) => sum + row.totalMs, 0);
  return {
    lines: listed.map((row) => ({
      text: shortStatement(row.query, options.textLength),
      callsPerRequest: row.calls / requests,
      meanMs: row.calls === 0 ? 0 : row.totalMs / row.calls,
      totalMs: row.totalMs,
      share: share(row.totalMs),
    })),
    rest: others.length === 0 ? null : { statements: others.length, calls: others.reduce((sum, row) => sum + row.calls, 0), totalMs: othersMs, share: share(othersMs) },
    totalMs,
    msPerRequest: totalMs / requests,
    callsPerRequest: calls / requests,
  };
}
