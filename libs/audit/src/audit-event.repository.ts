import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuditDetails, AuditOutcome } from './audit-event.entity.js';

export interface AuditEventRow {
  id: string;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_name: string | null;
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
  /** Keyset: events strictly older than this (occurred_at, id). */
  readonly before?: readonly [Date, string];
  /** A supervisor's view: only events by members of these teams. */
  readonly actorTeamIds?: readonly string[];
}

/** Reads the audit trail (written by AuditService); newest first. */
@Injectable()
export class AuditEventRepository {
  constructor(private readonly dataSource: DataSource) {}

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
    if (filter.before) conditions.push(`(e.occurred_at, e.id) < (${param(filter.before[0])}, ${param(filter.before[1])})`);
    if (filter.actorTeamIds) {
      const teams = param(filter.actorTeamIds);
      conditions.push(`e.actor_user_id IN (SELECT m.user_id FROM team_membership m WHERE m.team_id = ANY(${teams}::uuid[]))`);
    }
    return this.dataSource.query<AuditEventRow[]>(
      `SELECT e.*, u.display_name AS actor_name
         FROM audit_event e LEFT JOIN user_account u ON u.id = e.actor_user_id
        ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY e.occurred_at DESC, e.id DESC
        LIMIT ${param(limit)}`,
      params,
    );
  }
}
