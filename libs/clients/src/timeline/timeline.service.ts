import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UserDirectory, type Principal } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import { KeysetCursor } from '#platform';
import { ClientsService } from '../clients.service.js';
import { TimelineEventRepository } from './timeline-event.repository.js';
import type { TimelinePage } from './timeline.views.js';
import { TimelineWriter } from './timeline.writer.js';

/** The timeline's keyset: the time (to the microsecond) and id of a page's last event. */
const PAGE_CURSOR = new KeysetCursor(['micros', 'bigint'] as const);

/** One chronological feed per client, newest first, and the workers' notes. */
@Injectable()
export class TimelineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: TimelineEventRepository,
    private readonly users: UserDirectory,
    private readonly clients: ClientsService,
    private readonly writer: TimelineWriter,
    private readonly audit: AuditService,
  ) {}

  async page(principal: Principal, clientId: string, limit: number, cursor?: string): Promise<TimelinePage> {
    const { access } = await this.clients.requireInScope(principal, clientId);
    const rows = await this.events.pageOfClient(clientId, limit + 1, cursor ? PAGE_CURSOR.decode(cursor) : undefined, access === 'break-glass');
    await this.audit.record({ action: AuditAction.ClientRead, clientId, target: { type: 'timeline', id: null } });
    const page = rows.slice(0, limit);
    const actors = await this.users.displayNames(page.map((r) => r.actor_user_id));
    const last = page.at(-1);
    return {
      items: page.map((r) => ({
        id: r.id,
        occurredAt: r.occurred_at.toISOString(),
        kind: r.kind,
        actorUserId: r.actor_user_id,
        actorName: r.actor_user_id === null ? null : (actors.get(r.actor_user_id) ?? null),
        data: r.data,
        body: r.body,
      })),
      nextCursor: rows.length > limit && last ? PAGE_CURSOR.encode([last.occurred_micros, last.id]) : null,
    };
  }

  async addNote(principal: Principal, clientId: string, body: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.clients.lockOpen(principal, clientId, manager, 'note.add');
      await this.writer.add([{ clientId, kind: 'note', actorUserId: principal.userId, body: body.trim() }], manager);
      await this.audit.record({ action: AuditAction.ClientNoteAdded, clientId, target: { type: 'client', id: clientId }, changedFields: ['notes'] }, manager);
    });
  }
}

