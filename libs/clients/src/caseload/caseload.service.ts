import { Injectable } from '@nestjs/common';
import type { Principal } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import { addDays, DomainError, localDateInTimeZone, type LocalDate } from '#domain';
import { AppConfig, Clock, KeysetCursor } from '#platform';
import { CaseloadReadModel, NO_DEADLINE, type CaseloadRow } from './caseload-read-model.repository.js';
import type { CaseloadPage, TeamOverview } from './caseload.views.js';

/** The last row's next due date (far future without one) and client id. */
const PAGE_CURSOR = new KeysetCursor(['date', 'uuid'] as const);

/**
 * The caseworker's day: their files ordered by what is due next (one query, with the next open
 * deadline and next appointment of each file), and the supervisor's view of their teams.
 */
@Injectable()
export class CaseloadService {
  constructor(
    private readonly readModel: CaseloadReadModel,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async myCaseload(principal: Principal, limit: number, cursor?: string): Promise<CaseloadPage> {
    const after = cursor ? PAGE_CURSOR.decode(cursor) : undefined;
    const listed = { action: AuditAction.ClientListed, details: { caseload: true } } as const;
    let rows: CaseloadRow[];
    if (this.readModel.routesReads) {
      // The read may go to a replica, which takes no write: its audit line follows it on the primary.
      rows = await this.readModel.openFilesOf(principal.userId, this.clock.now(), limit + 1, after);
      const shown = rows.slice(0, limit);
      if (shown.length > 0) await this.audit.record({ ...listed, recordIds: shown.map((r) => r.client_id) });
    } else {
      // The read and its audit line in one statement: one round trip, and no line for a failed read.
      rows = await this.readModel.openFilesOfAudited(principal.userId, this.clock.now(), limit + 1, after, (select) =>
        this.audit.readWithLine(select, { ...listed, idColumn: 'client_id', recordLimit: limit }),
      );
    }
    const page = rows.slice(0, limit);
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
      nextCursor: rows.length > limit && last ? PAGE_CURSOR.encode([last.due_date ?? NO_DEADLINE, last.client_id]) : null,
    };
  }

  /** Per caseworker of the teams the caller supervises: files, stages, overdue and due-soon deadlines. */
  async teamOverview(principal: Principal, teamId?: string): Promise<TeamOverview> {
    const teams = teamId ? principal.supervisedTeamIds.filter((id) => id === teamId) : principal.supervisedTeamIds;
    if (teamId && teams.length === 0) throw new DomainError('TEAM_NOT_FOUND', 'No such team among those you supervise.');
    const today = localDateInTimeZone(this.clock.now(), this.config.timeZone);
    const soon: LocalDate = addDays(today, 7);
    const rows = await this.readModel.teamLoads(teams, today, soon);
    const unassigned = await this.readModel.unassignedByTeam(teams);
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
