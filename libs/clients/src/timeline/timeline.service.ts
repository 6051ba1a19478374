import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UserDirectory, type Principal } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import { DomainError } from '#domain';
import { ClientsService } from '../clients.service.js';
import { TimelineEventRepository } from './timeline-event.repository.js';
import type { TimelinePage } from './timeline.views.js';
import { TimelineWriter } from './timeline.writer.js';

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
    const rows = await this.events.pageOfClient(clientId, limit + 1, cursor ? decode(cursor) : undefined, access === 'break-glass');
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
      nextCursor: rows.length > limit && last ? Buffer.from(`${last.occurred_at.toISOString()}|${last.id}`).toString('base64url') : null,
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

function decode(cursor: string): [Date, string] {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const date = new Date(at ?? '');
  // Within PostgreSQL's bigint and timestamptz ranges: a 19-digit id over 2^63 or a date in
  // year -271821 reached the database as an out-of-range value (500, found by the fuzz test).
  if (!id || !/^\d{1,18}$/.test(id) || Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1 || date.getUTCFullYear() > 9999) {
    throw new DomainError('VALIDATION_FAILED', 'The cursor is not valid.', { fields: [{ field: 'cursor', problems: ['unreadable'] }] });
  }
  return [date, id];
}
