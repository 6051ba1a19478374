import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlParams } from '#platform';
import { teamCondition } from './fact-filter.js';

/** Which grouping a row of the caseload statements belongs to. */
export type CaseloadLevel = 'all' | 'team' | 'caseworker';

export interface CaseloadChangeRow {
  readonly level: CaseloadLevel;
  readonly teamId: string | null;
  readonly userId: string | null;
  /** YYYY-MM, a month of the period. */
  readonly month: string;
  /**
   * Files opened minus files closed in the month; the first month of the period also carries
   * every file opened (and closed) before it, so the running sum is the open files at each
   * month's end.
   */
  readonly change: number;
  /** Files opened in the month. */
  readonly intakes: number;
  /** Files closed in the month. */
  readonly closures: number;
}

export interface OpenFilesRow {
  readonly level: 'all' | 'caseworker';
  readonly teamId: string | null;
  readonly userId: string | null;
  readonly openFiles: number;
  readonly withoutOpenDeadline: number;
  readonly withoutRecentContact: number;
  readonly withNeither: number;
}

/** GROUPING(team_id, primary_user_id): 0 both grouped, 1 team only, 3 neither. */
const LEVELS: Readonly<Record<number, CaseloadLevel>> = { 0: 'caseworker', 1: 'team', 3: 'all' };

@Injectable()
export class CaseloadsRepository {
  /**
   * Open files at each month's end as changes per month, for the whole scope, per team and per
   * (team, current primary caseworker) when `perCaseworker` (an administrator's report has no
   * caseworker rows, and is the larger), in one pass over the files. A file counts as open from
   * the day it was opened to the day before it was closed (a closing dated before the opening,
   * which only bad data gives, counts on the opening day).
   */
  async changesByMonth(manager: EntityManager, teamIds: readonly string[] | null, firstDay: string, lastDay: string, perCaseworker: boolean): Promise<CaseloadChangeRow[]> {
    const params = new SqlParams();
    const first = params.add(firstDay);
    const last = params.add(lastDay);
    // Without caseworker rows the caseworker is left out from the start: fewer groups to sum.
    const caseworker = perCaseworker ? 'primary_user_id' : 'NULL::uuid';
    const grouping = perCaseworker ? 'GROUPING(team_id, primary_user_id)' : 'GROUPING(team_id) * 2 + 1';
    const rows = await manager.query<{ grouping: number; team_id: string | null; user_id: string | null; month: string; change: number; intakes: number; closures: number }[]>(
      `WITH files AS (
         SELECT team_id, ${caseworker} AS primary_user_id, opened_on,
                CASE WHEN closed_on IS NOT NULL THEN greatest(opened_on, closed_on) END AS closed_on
           FROM report_file_fact
          WHERE opened_on <= ${last}::date AND ${teamCondition('team_id', teamIds, params)}
       ), per_caseworker AS (
         -- Summed per caseworker and month before the grouping sets, which then sort a few
         -- thousand rows instead of every file twice.
         SELECT team_id, primary_user_id, month, sum(change) AS change, sum(intake) AS intakes, sum(closure) AS closures
           FROM (SELECT team_id, primary_user_id, greatest(date_trunc('month', opened_on::timestamp)::date, ${first}::date) AS month,
                        1 AS change, (opened_on >= ${first}::date)::int AS intake, 0 AS closure
                   FROM files
                 UNION ALL
                 SELECT team_id, primary_user_id, greatest(date_trunc('month', closed_on::timestamp)::date, ${first}::date),
                        -1, 0, (closed_on >= ${first}::date)::int
                   FROM files
                  WHERE closed_on <= ${last}::date) changes
          GROUP BY 1, 2, 3
       )
       SELECT ${grouping} AS grouping, team_id, ${caseworker} AS user_id, to_char(month, 'YYYY-MM') AS month,
              sum(change)::int AS change, sum(intakes)::int AS intakes, sum(closures)::int AS closures
         FROM per_caseworker
        GROUP BY GROUPING SETS ((month), (team_id, month)${perCaseworker ? ', (team_id, primary_user_id, month)' : ''})`,
      params.values,
    );
    return rows.map((row) => ({
      level: LEVELS[row.grouping],
      teamId: row.team_id,
      userId: row.user_id,
      month: row.month,
      change: row.change,
      intakes: row.intakes,
      closures: row.closures,
    }));
  }

  /**
   * The files open now (as of the rebuild), for the whole scope and, when `perCaseworker`, per
   * (team, primary caseworker): how many have no open deadline, no contact on or after
   * `contactSince`, or neither.
   */
  async openNow(manager: EntityManager, teamIds: readonly string[] | null, contactSince: string, perCaseworker: boolean): Promise<OpenFilesRow[]> {
    const params = new SqlParams();
    const since = params.add(contactSince);
    const rows = await manager.query<
      { grouping: number; team_id: string | null; user_id: string | null; open_files: number; without_open_deadline: number; without_recent_contact: number; with_neither: number }[]
    >(
      `SELECT ${perCaseworker ? 'GROUPING(team_id, primary_user_id) AS grouping, team_id, primary_user_id AS user_id' : '3 AS grouping, NULL::uuid AS team_id, NULL::uuid AS user_id'},
              count(*)::int AS open_files,
              count(*) FILTER (WHERE NOT has_open_deadline)::int AS without_open_deadline,
              count(*) FILTER (WHERE last_contact_on IS NULL OR last_contact_on < ${since}::date)::int AS without_recent_contact,
              count(*) FILTER (WHERE NOT has_open_deadline AND (last_contact_on IS NULL OR last_contact_on < ${since}::date))::int AS with_neither
         FROM report_file_fact
        WHERE closed_on IS NULL AND ${teamCondition('team_id', teamIds, params)}
        GROUP BY GROUPING SETS (()${perCaseworker ? ', (team_id, primary_user_id)' : ''})`,
      params.values,
    );
    return rows.map((row) => ({
      level: row.grouping === 0 ? 'caseworker' : 'all',
      teamId: row.team_id,
      userId: row.user_id,
      openFiles: row.open_files,
      withoutOpenDeadline: row.without_open_deadline,
      withoutRecentContact: row.without_recent_contact,
      withNeither: row.with_neither,
    }));
  }
}
