import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { fromKeysetMicros, keysetMicros } from '#platform';
import { AuditEventEntity, type AuditDetails, type AuditOutcome } from './audit-event.entity.js';

export interface AuditEventRow {
  id: string;
  occurred_at: Date;
  /** occurred_at to the microsecond, for the page's cursor. */
  occurred_micros: string;
  actor_user_id: string | null;
  actor_role: string | null;
  action: string;
  outcome: AuditOutcome;
  target_type: string | null;
  target_id: string | null;
  client_id: string | null;
  record_ids: string[] | null;
  changed_fields: string[] | null;
  ip: string | null;
  correlation_id: string | null;
  reason: string | null;
  details: AuditDetails | null;
}

export interface AuditEventFilter {
  readonly userId?: string;
  readonly clientId?: string;
  readonly from?: Date;
  readonly to?: Date;
  /** Keyset: events strictly older than this (occurred_at in microseconds since the epoch, id). */
  readonly before?: readonly [string, string];
  /** A supervisor's view: only events by these users (the members of the teams they supervise). */
  readonly actorUserIds?: readonly string[];
}

export type NewAuditEvent = Omit<AuditEventEntity, 'id'>;

/** Data access for the audit trail: appended to by AuditService, read newest first. */
@Injectable()
export class AuditEventRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Appends in the caller's transaction (or on its own), so a change and its audit line commit together. */
  async append(manager: EntityManager, events: readonly NewAuditEvent[]): Promise<void> {
    await manager.createQueryBuilder().insert().into(AuditEventEntity).values([...events]).execute();
  }

  async findNewestFirst(filter: AuditEventFilter, limit: number): Promise<AuditEventRow[]> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter.userId) conditions.push(`e.actor_user_id = ${param(filter.userId)}`);
    if (filter.clientId) {
      const id = param(filter.clientId);
      conditions.push(`(e.client_id = ${id} OR e.record_ids @> ARRAY[${id}]::uuid[])`);
    }
    if (filter.from) conditions.push(`e.occurred_at >= ${param(filter.from)}`);
    if (filter.to) conditions.push(`e.occurred_at < ${param(filter.to)}`);
    if (filter.before) conditions.push(`(e.occurred_at, e.id) < (${fromKeysetMicros(param(filter.before[0]))}, ${param(filter.before[1])})`);
    if (filter.actorUserIds) conditions.push(`e.actor_user_id = ANY(${param(filter.actorUserIds)}::uuid[])`);
    return this.dataSource.query<AuditEventRow[]>(
      `SELECT e.*, ${keysetMicros('e.occurred_at')} AS occurred_micros
         FROM audit_event e
        ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY e.occurred_at DESC, e.id DESC
        LIMIT ${param(limit)}`,
      params,
    );
  }
}
