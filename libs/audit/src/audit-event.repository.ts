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

/** The columns an appended line fills (the id is the table's identity): each with its type and its value in an event. */
const LINE_COLUMNS: readonly { readonly name: string; readonly type: string; readonly value: (event: NewAuditEvent) => unknown }[] = [
  { name: 'occurred_at', type: 'timestamptz', value: (event) => event.occurredAt },
  { name: 'actor_user_id', type: 'uuid', value: (event) => event.actorUserId },
  { name: 'actor_role', type: 'text', value: (event) => event.actorRole },
  { name: 'action', type: 'text', value: (event) => event.action },
  { name: 'outcome', type: 'text', value: (event) => event.outcome },
  { name: 'target_type', type: 'text', value: (event) => event.targetType },
  { name: 'target_id', type: 'uuid', value: (event) => event.targetId },
  { name: 'client_id', type: 'uuid', value: (event) => event.clientId },
  { name: 'record_ids', type: 'uuid[]', value: (event) => event.recordIds },
  { name: 'changed_fields', type: 'text[]', value: (event) => event.changedFields },
  { name: 'ip', type: 'inet', value: (event) => event.ip },
  { name: 'correlation_id', type: 'text', value: (event) => event.correlationId },
  { name: 'reason', type: 'text', value: (event) => event.reason },
  { name: 'details', type: 'jsonb', value: (event) => (event.details === null ? null : JSON.stringify(event.details)) },
];
const LINE_COLUMN_NAMES = LINE_COLUMNS.map((column) => column.name).join(', ');

/** A statement and its parameters ($1 … $n), as node-postgres takes them. */
export interface SqlStatement {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/** A column name a statement may name verbatim. */
const COLUMN_NAME = /^[a-z_][a-z0-9_]*$/;

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
      params.push(...LINE_COLUMNS.map((column) => column.value(event)));
      return `(${LINE_COLUMNS.map((column, i) => `$${first + i + 1}::${column.type}`).join(', ')})`;
    });
    const sql = `INSERT INTO audit_event (${LINE_COLUMN_NAMES}) VALUES ${rows.join(', ')}`;
    if (events.length === 1) await preparedQuery(manager, sql, params);
    else await manager.query(sql, params);
  }

  /**
   * `select` and the audit line of what it listed, as one statement: one round trip, and the line
   * commits with the read or not at all (a read that fails, a timeout, leaves none). The line
   * lists `idColumn` of the select's first `recordLimit` rows in the select's order (a page read
   * with one row more, to know whether another page follows, lists only the page), and is written
   * only when the select returned a row. The rows come back in the select's order, each with one
   * more column, `audited_row` (its position from 1). `event.recordIds` is not used: the rows are.
   * The statement writes: never for a read routed to a replica, which takes no write.
   */
  readWithLine(select: SqlStatement, event: NewAuditEvent, idColumn: string, recordLimit: number): SqlStatement {
    if (!COLUMN_NAME.test(idColumn)) throw new Error(`not a column name: ${idColumn}`);
    const params: unknown[] = [...select.params];
    const param = (value: unknown, type: string): string => {
      params.push(value);
      return `$${params.length}::${type}`;
    };
    const values = LINE_COLUMNS.map((column) =>
      column.name === 'record_ids'
        ? `ARRAY(SELECT l.${idColumn} FROM listed l WHERE l.audited_row <= ${param(recordLimit, 'bigint')} ORDER BY l.audited_row)::${column.type}`
        : param(column.value(event), column.type),
    );
    return {
      sql: `WITH listed AS MATERIALIZED (
         SELECT row_number() OVER () AS audited_row, selected.* FROM (${select.sql}) selected
       ), line AS (
         INSERT INTO audit_event (${LINE_COLUMN_NAMES})
         SELECT ${values.join(', ')}
          WHERE EXISTS (SELECT 1 FROM listed)
       )
       SELECT * FROM listed ORDER BY audited_row`,
      params,
    };
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
