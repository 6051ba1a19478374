import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The counted steps of one protection application, oldest first, for its intervals. */
export interface ApplicationEvents {
  readonly applicationId: string;
  readonly clientId: string;
  readonly teamId: string;
  readonly primaryUserId: string | null;
  readonly kinds: readonly string[];
  readonly dates: readonly string[];
}

export interface IntervalFact {
  readonly applicationId: string;
  readonly interval: string;
  readonly clientId: string;
  readonly teamId: string;
  readonly primaryUserId: string | null;
  readonly endsOn: string;
  readonly days: number;
}

export interface RefreshRecord {
  readonly asOfDate: string;
  readonly startedAt: Date;
  readonly finishedAt: Date;
  readonly durationMs: number;
  readonly counts: Readonly<Record<string, number>>;
}

/**
 * The reporting store's own writes, all inside the refresh's transaction: the lock that lets one
 * refresh run at a time, the intervals worked out in Node, and the row that names the new data
 * version.
 */
@Injectable()
export class ReportFactsWriter {
  /**
   * The refresh's lock, held to the end of the transaction, or false at once when another
   * refresh holds it: that one is rebuilding the same facts from the same tables.
   */
  async tryLock(manager: EntityManager): Promise<boolean> {
    const [row] = await manager.query<{ locked: boolean }[]>(`SELECT pg_try_advisory_xact_lock(hashtext('report_refresh')) AS locked`);
    return row?.locked === true;
  }

  /**
   * Each statement of a refresh reads whole tables: the api's statement timeout, set for
   * requests, would cut a large installation's refresh short, and the default work memory (4 MB)
   * sends its hashes and sorts of a few hundred thousand rows to disk. Only for this transaction.
   */
  async prepareForWholeTables(manager: EntityManager, settings: { readonly statementTimeoutMs: number; readonly workMemMb: number }): Promise<void> {
    await manager.query(`SELECT set_config('statement_timeout', $1, true), set_config('work_mem', $2, true)`, [String(settings.statementTimeoutMs), `${settings.workMemMb}MB`]);
  }

  /**
   * The event facts just written, one protection application at a time, in batches through a
   * cursor: one scan of the table however many applications there are, and never all of them in
   * memory.
   */
  async *applicationEvents(manager: EntityManager, batchSize: number): AsyncGenerator<ApplicationEvents[]> {
    await manager.query(
      `DECLARE report_application_events NO SCROLL CURSOR FOR
       SELECT application_id, client_id, team_id, primary_user_id,
              array_agg(kind ORDER BY event_on, transition_id) AS kinds, array_agg(event_on::text ORDER BY event_on, transition_id) AS dates
         FROM report_event_fact
        WHERE application_id IS NOT NULL
        GROUP BY application_id, client_id, team_id, primary_user_id`,
    );
    try {
      for (;;) {
        const rows = await manager.query<{ application_id: string; client_id: string; team_id: string; primary_user_id: string | null; kinds: string[]; dates: string[] }[]>(
          `FETCH FORWARD ${Math.trunc(batchSize)} FROM report_application_events`,
        );
        if (rows.length === 0) return;
        yield rows.map((row) => ({ applicationId: row.application_id, clientId: row.client_id, teamId: row.team_id, primaryUserId: row.primary_user_id, kinds: row.kinds, dates: row.dates }));
      }
    } finally {
      await manager.query('CLOSE report_application_events');
    }
  }

  /**
   * Makes the intervals of these applications exactly `intervals` (their intervals as worked out
   * now): new ones added, changed ones updated, ones no longer there removed, the rest not
   * written. Returns how many rows changed.
   */
  async replaceIntervalsOf(manager: EntityManager, applicationIds: readonly string[], intervals: readonly IntervalFact[]): Promise<number> {
    const [row] = await manager.query<{ changed: number }[]>(
      `WITH fresh AS (
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::uuid[], $6::date[], $7::int[])
                    AS i(application_id, interval, client_id, team_id, primary_user_id, ends_on, days)
       ), upserted AS (
         INSERT INTO report_interval_fact (application_id, interval, client_id, team_id, primary_user_id, ends_on, days)
         SELECT application_id, interval, client_id, team_id, primary_user_id, ends_on, days FROM fresh
         ON CONFLICT (application_id, interval) DO UPDATE
            SET client_id = EXCLUDED.client_id, team_id = EXCLUDED.team_id, primary_user_id = EXCLUDED.primary_user_id, ends_on = EXCLUDED.ends_on, days = EXCLUDED.days
          WHERE (report_interval_fact.client_id, report_interval_fact.team_id, report_interval_fact.primary_user_id, report_interval_fact.ends_on, report_interval_fact.days)
                IS DISTINCT FROM (EXCLUDED.client_id, EXCLUDED.team_id, EXCLUDED.primary_user_id, EXCLUDED.ends_on, EXCLUDED.days)
         RETURNING 1
       ), removed AS (
         DELETE FROM report_interval_fact f
          WHERE f.application_id = ANY($8::uuid[])
            AND NOT EXISTS (SELECT 1 FROM fresh WHERE fresh.application_id = f.application_id AND fresh.interval = f.interval)
         RETURNING 1
       )
       SELECT (SELECT count(*)::int FROM upserted) + (SELECT count(*)::int FROM removed) AS changed`,
      [
        intervals.map((i) => i.applicationId),
        intervals.map((i) => i.interval),
        intervals.map((i) => i.clientId),
        intervals.map((i) => i.teamId),
        intervals.map((i) => i.primaryUserId),
        intervals.map((i) => i.endsOn),
        intervals.map((i) => i.days),
        applicationIds,
      ],
    );
    return row?.changed ?? 0;
  }

  /** The intervals of applications with no counted step left (a file deleted, a step corrected away). */
  async removeIntervalsWithoutEvents(manager: EntityManager): Promise<number> {
    const [row] = await manager.query<{ changed: number }[]>(
      `WITH removed AS (
         DELETE FROM report_interval_fact f WHERE NOT EXISTS (SELECT 1 FROM report_event_fact e WHERE e.application_id = f.application_id) RETURNING 1
       ) SELECT count(*)::int AS changed FROM removed`,
    );
    return row?.changed ?? 0;
  }

  /** The new data version's row; its id is what every report prints. */
  async recordRefresh(manager: EntityManager, refresh: RefreshRecord): Promise<string> {
    const [row] = await manager.query<{ id: string }[]>(
      `INSERT INTO report_refresh (as_of_date, started_at, finished_at, duration_ms, counts) VALUES ($1, $2, $3, $4, $5) RETURNING id::text AS id`,
      [refresh.asOfDate, refresh.startedAt, refresh.finishedAt, refresh.durationMs, JSON.stringify(refresh.counts)],
    );
    if (!row) throw new Error('report_refresh answered no id');
    return row.id;
  }

  /** Keeps the latest `keep` refreshes: enough to see how long rebuilds take, not a growing log. */
  async pruneRefreshes(manager: EntityManager, keep: number): Promise<void> {
    await manager.query(`DELETE FROM report_refresh WHERE id NOT IN (SELECT id FROM report_refresh ORDER BY id DESC LIMIT $1)`, [keep]);
  }
}
