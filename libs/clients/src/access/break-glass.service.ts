import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import { DomainError } from '#domain';
import { breakGlassEmail, Mailer } from '#notifications';
import { AppConfig, Clock } from '#platform';
import { ClientRepository } from '../client.repository.js';
import { toClientView, type ClientView } from '../client.views.js';
import { BreakGlassGrantEntity } from '../entities/break-glass-grant.entity.js';
import { TimelineWriter } from '../timeline/timeline.writer.js';

export const BREAK_GLASS_DURATION_MS = 60 * 60_000;

/**
 * Emergency access: a supervisor or administrator opens one file outside their scope (a client
 * in crisis at the office while their caseworker is away), giving a reason. Access lasts one
 * hour, is audited with the reason, appears on the file's timeline, and the file's supervisors
 * are told by email.
 */
@Injectable()
export class BreakGlassService {
  private readonly logger = new Logger(BreakGlassService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly clients: ClientRepository,
    private readonly timeline: TimelineWriter,
    private readonly audit: AuditService,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async open(principal: Principal, clientId: string, reason: string): Promise<ClientView> {
    if (principal.role !== 'supervisor' && principal.role !== 'admin') {
      throw new DomainError('FORBIDDEN', 'Only supervisors and administrators can use emergency access.');
    }
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + BREAK_GLASS_DURATION_MS);
    const client = await this.dataSource.transaction(async (manager) => {
      const found = await this.clients.findAnyById(clientId, manager);
      if (!found || found.status === 'anonymised') throw new DomainError('RECORD_NOT_FOUND', 'No such client file.');
      await manager.getRepository(BreakGlassGrantEntity).insert({ userId: principal.userId, clientId, reason: reason.trim(), grantedAt: now, expiresAt });
      await this.timeline.add([{ clientId, kind: 'client.break-glass', actorUserId: principal.userId, body: reason.trim(), data: { expiresAt: expiresAt.toISOString() } }], manager);
      await this.audit.record({ action: AuditAction.BreakGlass, clientId, target: { type: 'client', id: clientId }, reason: reason.trim(), details: { expiresAt: expiresAt.toISOString() } }, manager);
      return found;
    });
    await this.notifySupervisors(client.teamId, client.caseNumber, principal, expiresAt, clientId);
    return toClientView(client, await this.clients.assignmentsOf(clientId), 'break-glass', expiresAt);
  }

  private async notifySupervisors(teamId: string, caseNumber: string, principal: Principal, expiresAt: Date, clientId: string): Promise<void> {
    const supervisors = await this.clients.supervisorsOfTeam(teamId);
    for (const supervisor of supervisors.filter((s) => s.id !== principal.userId)) {
      try {
        await this.mailer.send({
          to: supervisor.email,
          ...breakGlassEmail({
            locale: supervisor.locale,
            caseNumber,
            openedBy: principal.displayName,
            expiresAt,
            url: `${this.config.http.publicUrl}/audit?clientId=${clientId}`,
          }),
        });
      } catch (error) {
        // The access is granted and audited either way; a mail outage must not block an emergency.
        this.logger.error({ err: error, supervisorId: supervisor.id }, 'break-glass notice not sent');
      }
    }
  }
}
