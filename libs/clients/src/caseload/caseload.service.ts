import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { Principal } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import { addDays, DomainError, localDateInTimeZone, parseLocalDate, type LocalDate } from '#domain';
import { Clock } from '#platform';
import { TIME_ZONE } from '../clients.service.js';

export class NextDeadlineView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'review-request' })
  kind!: string;

  @ApiProperty({ format: 'date' })
  dueDate!: string;

  @ApiProperty({ enum: ['hard', 'soft'] })
  hardness!: string;
}

export class CaseloadItem {
  @ApiProperty({ format: 'uuid' })
  clientId!: string;

  @ApiProperty()
  caseNumber!: string;

  @ApiProperty()
  familyName!: string;

  @ApiProperty()
  givenName!: string;

  @ApiProperty({ type: String, nullable: true })
  nativeName!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Reading in katakana' })
  katakanaName!: string | null;

  @ApiProperty({ type: String, nullable: true })
  stage!: string | null;

  @ApiProperty()
  custodyStatus!: string;

  @ApiProperty({ enum: ['primary', 'other'] })
  role!: string;

  @ApiProperty({ type: NextDeadlineView, nullable: true })
  nextDeadline!: NextDeadlineView | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  nextAppointmentAt!: string | null;
}

export class CaseloadPage {
  @ApiProperty({ type: [CaseloadItem] })
  items!: CaseloadItem[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;
}

export class CaseworkerLoad {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ format: 'uuid' })
  teamId!: string;

  @ApiProperty()
  teamName!: string;

  @ApiProperty({ description: 'Open files where this person is the primary caseworker' })
  clients!: number;

  @ApiProperty({ type: Object, description: 'Open files by stage of their latest application (none: no application yet)' })
  byStage!: Record<string, number>;

  @ApiProperty({ description: 'Open deadlines past their due date' })
  overdue!: number;

  @ApiProperty({ description: 'Open deadlines due within the next 7 days' })
  dueWithin7Days!: number;
}

/** Open files of a team that have no primary caseworker (theirs left the team): to assign. */
export class UnassignedFiles {
  @ApiProperty({ format: 'uuid' })
  teamId!: string;

  @ApiProperty()
  teamName!: string;

  @ApiProperty()
  clients!: number;
}

export class TeamOverview {
  @ApiProperty({ format: 'date' })
  today!: string;

  @ApiProperty({ type: [CaseworkerLoad] })
  caseworkers!: CaseworkerLoad[];

  @ApiProperty({ type: [UnassignedFiles], description: 'Teams with open files that have no primary caseworker' })
  unassigned!: UnassignedFiles[];
}

interface CaseloadRow {
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
const NO_DEADLINE = '9999-12-31';

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

interface TeamOverviewRow {
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

/**
 * The caseworker's day: their files ordered by what is due next (one query, with the next open
 * deadline and next appointment of each file), and the supervisor's view of their teams.
 */
@Injectable()
export class CaseloadService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async myCaseload(principal: Principal, limit: number, cursor?: string): Promise<CaseloadPage> {
    const query = caseloadQuery(principal.userId, this.clock.now(), limit + 1, cursor ? decodeCursor(cursor) : undefined);
    const rows = await this.dataSource.query<CaseloadRow[]>(query.sql, query.params);
    const page = rows.slice(0, limit);
    if (page.length > 0) await this.audit.record({ action: AuditAction.ClientListed, recordIds: page.map((r) => r.client_id), details: { caseload: true } });
    const last = page.at(-1);
    return {
      items: page.map((r) => ({
        clientId: r.client_id,
        caseNumber: r.case_number,
        familyName: r.family_name,
        givenName: r.given_name,
        nativeName: r.native_name,
        katakanaName: r.katakana_name,
        stage: r.stage,
        custodyStatus: r.custody_status,
        role: r.role,
        nextDeadline: r.deadline_id ? { id: r.deadline_id, kind: r.deadline_kind as string, dueDate: r.due_date as string, hardness: r.hardness as string } : null,
        nextAppointmentAt: r.next_appointment_at?.toISOString() ?? null,
      })),
      nextCursor: rows.length > limit && last ? Buffer.from(JSON.stringify([last.due_date ?? NO_DEADLINE, last.client_id])).toString('base64url') : null,
    };
  }

  /** Per caseworker of the teams the caller supervises: files, stages, overdue and due-soon deadlines. */
  async teamOverview(principal: Principal, teamId?: string): Promise<TeamOverview> {
    const teams = teamId ? principal.supervisedTeamIds.filter((id) => id === teamId) : principal.supervisedTeamIds;
    if (teamId && teams.length === 0) throw new DomainError('TEAM_NOT_FOUND', 'No such team among those you supervise.');
    const today = localDateInTimeZone(this.clock.now(), TIME_ZONE);
    const soon: LocalDate = addDays(today, 7);
    const query = teamOverviewQuery(teams, today, soon);
    const rows = await this.dataSource.query<TeamOverviewRow[]>(query.sql, query.params);
    // From the covering index on client (team, status, primary caseworker): no file is read.
    const unassigned = await this.dataSource.query<{ team_id: string; team_name: string; clients: number }[]>(
      `SELECT c.team_id, t.name AS team_name, count(*)::int AS clients
         FROM client c JOIN team t ON t.id = c.team_id
        WHERE c.team_id = ANY($1::uuid[]) AND c.status = 'open' AND c.primary_user_id IS NULL
        GROUP BY c.team_id, t.name ORDER BY t.name`,
      [teams],
    );
    return {
      today,
      unassigned: unassigned.map((r) => ({ teamId: r.team_id, teamName: r.team_name, clients: r.clients })),
      caseworkers: rows.map((r) => ({
        userId: r.user_id,
        displayName: r.display_name,
        teamId: r.team_id,
        teamName: r.team_name,
        clients: r.clients,
        byStage: r.by_stage ?? {},
        overdue: r.overdue,
        dueWithin7Days: r.due_soon,
      })),
    };
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function decodeCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    // A real date and a real uuid: 2026-02-30 or a hyphens-only "uuid" reached PostgreSQL as an
    // invalid value (500, found by the fuzz test).
    if (Array.isArray(value) && typeof value[0] === 'string' && parseLocalDate(value[0]) !== undefined && typeof value[1] === 'string' && UUID.test(value[1])) {
      return [value[0], value[1]];
    }
  } catch {
    // fall through
  }
  throw new DomainError('VALIDATION_FAILED', 'The cursor is not valid.', { fields: [{ field: 'cursor', problems: ['unreadable'] }] });
}
