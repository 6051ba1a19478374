import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import { DomainError, type ExportPurpose } from '#domain';
import { Clock } from '#platform';
import { ApplicationsService } from '../applications/applications.service.js';
import { AppointmentsService } from '../appointments/appointments.service.js';
import { ClientsService } from '../clients.service.js';
import { ClientDeadlinesService } from '../deadlines/client-deadlines.service.js';
import { StatusService } from '../status/status.service.js';
import { TimelineService } from '../timeline/timeline.service.js';
import type { TimelineItemView } from '../timeline/timeline.views.js';
import { TimelineWriter } from '../timeline/timeline.writer.js';
import type { ClientExportView } from './client-export.views.js';

const TIMELINE_PAGE = 500;
const NEEDS_SHARING_CONSENT: ReadonlySet<ExportPurpose> = new Set(['legal-representative', 'transfer-with-consent']);

/**
 * Everything Yorisoi holds about one client, in one document: for a request by the person
 * themselves (APPI Art. 33), for their lawyer, or for a transfer they consented to. Only for
 * callers who can already read the file; the export itself is audited with its purpose and reason.
 */
@Injectable()
export class ClientExportService {
  constructor(
    private readonly clients: ClientsService,
    private readonly applications: ApplicationsService,
    private readonly status: StatusService,
    private readonly appointments: AppointmentsService,
    private readonly deadlines: ClientDeadlinesService,
    private readonly timeline: TimelineService,
    private readonly timelineWriter: TimelineWriter,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async export(principal: Principal, clientId: string, input: { purpose: ExportPurpose; reason: string }): Promise<ClientExportView> {
    const client = await this.clients.get(principal, clientId);
    await this.clients.refuseUnlessAccessAllows(principal, clientId, client.access, 'client.export');
    // Giving the file to anyone but the person needs their prior consent (APPI Art. 27; no opt-out
    // for special-care information): a current partner-sharing consent on the file.
    if (NEEDS_SHARING_CONSENT.has(input.purpose) && !client.consents.some((c) => c.kind === 'partner-sharing' && c.withdrawnOn === null)) {
      throw new DomainError('CONSENT_REQUIRED', 'The client has not agreed to their file being shared (partner-sharing consent). Record their consent first.', {
        consent: 'partner-sharing',
      });
    }
    const [applications, statusHistory, appointments, deadlines] = await Promise.all([
      this.applications.list(principal, clientId),
      this.status.history(principal, clientId),
      this.appointments.list(principal, clientId),
      this.deadlines.ofClient(principal, clientId, { includeClosed: true }),
    ]);
    const timeline: TimelineItemView[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.timeline.page(principal, clientId, TIMELINE_PAGE, cursor);
      timeline.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const reason = input.reason.trim();
    // On the file's timeline too, so its caseworkers see that a copy left Yorisoi, and why.
    await this.dataSource.transaction(async (manager) => {
      await this.timelineWriter.add([{ clientId, kind: 'client.exported', actorUserId: principal.userId, body: reason, data: { purpose: input.purpose } }], manager);
      await this.audit.record(
        {
          action: AuditAction.ClientExported,
          clientId,
          target: { type: 'client', id: clientId },
          reason,
          details: { purpose: input.purpose, applications: applications.length, timeline: timeline.length },
        },
        manager,
      );
    });
    return {
      exportedAt: this.clock.now().toISOString(),
      exportedBy: principal.displayName,
      purpose: input.purpose,
      reason,
      client,
      applications,
      statusHistory,
      appointments,
      deadlines,
      timeline,
    };
  }
}
