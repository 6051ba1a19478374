import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { preparedQuery, ReadReplicas } from '#platform';

/*
 * The caseworker's caseload and the supervisor's team view are read all day, so each is one
 * statement that reads across owners on purpose: the files (clients) with their next deadline
 * (deadlines) and, for the team view, the teams and caseworkers (accounts). Every other read of
 * those tables goes through the owning library.
 *
 * Both are routed reads (ReadReplicas): a replica answers them when one is recent enough, and
 * has replayed the caller's own last write.
 */

export interface CaseloadRow {
  client_id: string;
  case_number: string;
  family_name: string;
  given_name: string;
  native_name: string | null;
  katakana_name: string | null;
  stage: string | null;
  custody_status: string;
  role: string;
  deadline_id: string | null;
  deadline_kind: string | null;
  due_date: string | null;
  hardness: string | null;
  next_appointment_at: Date | null;
}

/** Far future, so files without a deadline sort last in the keyset. */
export const NO_DEADLINE = '9999-12-31';

export interface SqlQuery {
  readonly sql: string;
  readonly params: unknown[];
}

/**
 * "My caseload": the user's open files ordered by their next open deadline, each with that
 * deadline and the next appointment, in one query. Exported so the benchmark's raw-SQL server runs
 * exactly the same statement.
 */
export function caseloadQuery(userId: string, now: Date, limit: number, after?: readonly [string, string]): SqlQuery {
  const params: unknown[] = [userId, now, limit];
  let keyset = '';
  if (after) {
    params.push(after[0], after[1]);
    keyset = `AND (coalesce(nd.due_date, '${NO_DEADLINE}'::date), c.id) > ($4::date, $5::uuid)`;
  }
  return {
    sql: `SELECT c.id AS client_id, c.case_number, c.family_name, c.given_name, c.native_name, c.katakana_name, c.custody_status, a.role,
              c.current_stage AS stage,
              nd.id AS deadline_id, nd.kind AS deadline_kind, nd.due_date::text AS due_date, nd.hardness,
              (SELECT min(ap.starts_at) FROM appointment ap WHERE ap.client_id = c.id AND ap.status = 'scheduled' AND ap.starts_at >= $2) AS next_appointment_at
         FROM client_assignment a
         JOIN client c ON c.id = a.client_id AND c.status = 'open'
         LEFT JOIN LATERAL (
           SELECT d.id, d.kind, d.due_date, d.hardness FROM deadline d
            WHERE d.client_id = c.id AND d.status = 'open' ORDER BY d.due_date, d.id LIMIT 1
         ) nd ON true
        WHERE a.user_id = $1 ${keyset}
        ORDER BY coalesce(nd.due_date, '${NO_DEADLINE}'::date), c.id
        LIMIT $3`,
    params,
  };
}

export interface TeamOverviewRow {
  user_id: string;
  display_name: string;
  team_id: string;
  team_name: string;
  clients: number;
  by_stage: Record<string, number> | null;
  overdue: number;
  due_soon: number;
}

/** The supervisor's team view in one query (exported for the benchmark, like caseloadQuery). */
export function teamOverviewQuery(teamIds: readonly string[], today: string, soon: string): SqlQuery {
  // Files and stages come from the covering index on client (team, status, primary caseworker,
  // stage); overdue and due-soon counts from the deadline index by owner, who is always the
  // file's primary caseworker. No lookup per file.
  return {
    sql: `WITH members AS (
         SELECT m.team_id, t.name AS team_name, u.id AS user_id, u.display_name
           FROM team_membership m JOIN team t ON t.id = m.team_id JOIN user_account u ON u.id = m.user_id
          WHERE m.team_id = ANY($1::uuid[]) AND m.kind = 'member' AND u.active
       ), stages AS (
         SELECT team_id, user_id, sum(n)::int AS clients, jsonb_object_agg(stage, n) AS by_stage
           FROM (SELECT c.team_id, c.primary_user_id AS user_id, coalesce(c.current_stage, 'none') AS stage, count(*)::int AS n
                   FROM client c
                  WHERE c.team_id = ANY($1::uuid[]) AND c.status = 'open'
                  GROUP BY 1, 2, 3) s
          GROUP BY team_id, user_id
       ), due AS (
         SELECT mb.team_id, mb.user_id,
                count(*) FILTER (WHERE d.due_date < $2::date)::int AS overdue,
                count(*) FILTER (WHERE d.due_date >= $2::date)::int AS due_soon
           FROM members mb
           JOIN deadline d ON d.owner_id = mb.user_id AND d.status = 'open' AND d.due_date <= $3::date
           JOIN client c ON c.id = d.client_id AND c.team_id = mb.team_id AND c.status = 'open'
          GROUP BY mb.team_id, mb.user_id
       )
       SELECT mb.user_id, mb.display_name, mb.team_id, mb.team_name, coalesce(s.clients, 0) AS clients,
              s.by_stage, coalesce(d.overdue, 0) AS overdue, coalesce(d.due_soon, 0) AS due_soon
         FROM members mb
         LEFT JOIN stages s ON s.team_id = mb.team_id AND s.user_id = mb.user_id
         LEFT JOIN due d ON d.team_id = mb.team_id AND d.user_id = mb.user_id
        ORDER BY mb.team_name, mb.display_name`,
    params: [teamIds, today, soon],
  };
}

export interface UnassignedRow {
  team_id: string;
  team_name: string;
  clients: number;
}

/** Reads the caseload and the team view, each in one statement (see the note at the top). */
@Injectable()
export class CaseloadReadModel {
  constructor(
    private readonly replicas: ReadReplicas,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * True when reads may go to a replica: a read cannot then carry its audit line in the same
   * statement (a standby takes no write), and the caller writes the line after it.
   */
  get routesReads(): boolean {
    return this.replicas.enabled;
  }

  /** The user's open files by next open deadline, `limit` rows after the keyset `after` (due date, client id). */
  async openFilesOf(userId: string, now: Date, limit: number, after?: readonly [string, string]): Promise<CaseloadRow[]> {
    const query = caseloadQuery(userId, now, limit, after);
    return this.replicas.read((db) => preparedQuery<CaseloadRow>(db, query.sql, query.params));
  }

  /**
   * The same read, with the audit line that `withLine` adds to its statement (AuditService's
   * readWithLine): one statement on the primary, the line committed with the read or not at all.
   */
  async openFilesOfAudited(
    userId: string,
    now: Date,
    limit: number,
    after: readonly [string, string] | undefined,
    withLine: (select: SqlQuery) => { readonly sql: string; readonly params: readonly unknown[] },
  ): Promise<CaseloadRow[]> {
    const statement = withLine(caseloadQuery(userId, now, limit, after));
    return preparedQuery<CaseloadRow>(this.dataSource.manager, statement.sql, statement.params);
  }

  /** Per active member of the teams: open files by stage, overdue deadlines and those due by `soon`. */
  async teamLoads(teamIds: readonly string[], today: string, soon: string): Promise<TeamOverviewRow[]> {
    const query = teamOverviewQuery(teamIds, today, soon);
    return this.replicas.read((db) => preparedQuery<TeamOverviewRow>(db, query.sql, query.params));
  }

  /** Open files without a primary caseworker, counted per team, by team name. */
  async unassignedByTeam(teamIds: readonly string[]): Promise<UnassignedRow[]> {
    // From the covering index on client (team, status, primary caseworker): no file is read.
    return this.replicas.read((db) =>
      db.query<UnassignedRow[]>(
        `SELECT c.team_id, t.name AS team_name, count(*)::int AS clients
           FROM client c JOIN team t ON t.id = c.team_id
          WHERE c.team_id = ANY($1::uuid[]) AND c.status = 'open' AND c.primary_user_id IS NULL
          GROUP BY c.team_id, t.name ORDER BY t.name`,
        [teamIds],
      ),
    );
  }
}
