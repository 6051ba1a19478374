import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { fromKeysetMicros, keysetMicros, preparedQuery } from '#platform';
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

/** The columns an appended line fills (the id is the table's identity), and their types, in order. */
const AUDIT_COLUMNS = ['occurred_at', 'actor_user_id', 'actor_role', 'action', 'outcome', 'target_type', 'target_id', 'client_id', 'record_ids', 'changed_fields', 'ip', 'correlation_id', 'reason', 'details'];
const AUDIT_COLUMN_TYPES = ['timestamptz', 'uuid', 'text', 'text', 'text', 'text', 'uuid', 'uuid', 'uuid[]', 'text[]', 'inet', 'text', 'text', 'jsonb'];

/** Data access for the audit trail: appended to by AuditService, read newest first. */
@Injectable()
export class AuditEventRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Appends in the caller's transaction (or on its own), so a change and its audit line commit
   * together. A single line (every read of client data writes one, so this runs as often as the
   * reads) is a prepared statement; several lines, rarer and of any number, are not, so that each
   * connection does not keep a statement per count.
   */
  async append(manager: EntityManager, events: readonly NewAuditEvent[]): Promise<void> {
    if (events.length === 0) return;
    const params: unknown[] = [];
    const rows = events.map((event) => {
      const first = params.length;
      params.push(
        event.occurredAt,
        event.actorUserId,
        event.actorRole,
        event.action,
        event.outcome,
        event.targetType,
        event.targetId,
        event.clientId,
        event.recordIds,
        event.changedFields,
        event.ip,
        event.correlationId,
        event.reason,
        event.details === null ? null : JSON.stringify(event.details),
      );
      return `(${AUDIT_COLUMN_TYPES.map((type, i) => `$${first + i + 1}::${type}`).join(', ')})`;
    });
    const sql = `INSERT INTO audit_event (${AUDIT_COLUMNS.join(', ')}) VALUES ${rows.join(', ')}`;
    if (events.length === 1) await preparedQuery(manager, sql, params);
    else await manager.query(sql, params);
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
