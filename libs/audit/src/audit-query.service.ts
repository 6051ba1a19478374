import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { DomainError } from '#domain';
import { AuditAction } from './audit-actions.js';
import type { AuditDetails, AuditOutcome } from './audit-event.entity.js';
import { AuditEventRepository, type AuditEventRow } from './audit-event.repository.js';
import { AuditService } from './audit.service.js';

export interface AuditQuery {
  readonly userId?: string;
  readonly clientId?: string;
  readonly from?: Date;
  readonly to?: Date;
  readonly cursor?: string;
  readonly limit: number;
}

/** Who may see which lines: everything, or what concerns the teams one supervises. */
export type AuditVisibility =
  | { readonly kind: 'all' }
  | { readonly kind: 'teams'; readonly teamIds: readonly string[] };

export class AuditEventView {
  @ApiProperty()
  id!: string;

  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  actorUserId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  actorName!: string | null;

  @ApiProperty({ type: String, nullable: true })
  actorRole!: string | null;

  @ApiProperty({ example: 'client.read' })
  action!: string;

  @ApiProperty({ enum: ['success', 'failure', 'denied'] })
  outcome!: AuditOutcome;

  @ApiProperty({ type: String, nullable: true })
  targetType!: string | null;

  @ApiProperty({ type: String, nullable: true })
  targetId!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  clientId!: string | null;

  @ApiProperty({ type: [String], nullable: true })
  recordIds!: string[] | null;

  @ApiProperty({ type: [String], nullable: true, description: 'Names of the fields changed, never their values' })
  changedFields!: string[] | null;

  @ApiProperty({ type: String, nullable: true })
  ip!: string | null;

  @ApiProperty({ type: String, nullable: true })
  correlationId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;

  @ApiProperty({ type: Object, nullable: true })
  details!: AuditDetails | null;
}

export class AuditPage {
  @ApiProperty({ type: [AuditEventView] })
  items!: AuditEventView[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next (older) page' })
  nextCursor!: string | null;
}


/** Reads the trail newest first, by user, client and time range, one keyset page at a time. */
@Injectable()
export class AuditQueryService {
  constructor(
    private readonly events: AuditEventRepository,
    private readonly audit: AuditService,
  ) {}

  async find(query: AuditQuery, visibility: AuditVisibility): Promise<AuditPage> {
    const rows = await this.events.findNewestFirst(
      {
        userId: query.userId,
        clientId: query.clientId,
        from: query.from,
        to: query.to,
        before: query.cursor ? decodeCursor(query.cursor) : undefined,
        actorTeamIds: visibility.kind === 'teams' ? visibility.teamIds : undefined,
      },
      query.limit + 1,
    );
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    await this.audit.record({
      action: AuditAction.AuditQueried,
      details: { userId: query.userId ?? null, clientId: query.clientId ?? null, results: page.length },
    });
    return {
      items: page.map(toView),
      nextCursor: rows.length > query.limit && last ? encodeCursor(last.occurred_at, last.id) : null,
    };
  }
}

function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string): [Date, string] {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const date = new Date(at ?? '');
  // Within PostgreSQL's bigint and timestamptz ranges: a 19-digit id over 2^63 or a date in
  // year -271821 reached the database as an out-of-range value (500, found by the fuzz test).
  if (!id || !/^\d{1,18}$/.test(id) || Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1 || date.getUTCFullYear() > 9999) {
    throw new DomainError('VALIDATION_FAILED', 'The cursor is not valid.', { fields: [{ field: 'cursor', problems: ['unreadable'] }] });
  }
  return [date, id];
}

function toView(row: AuditEventRow): AuditEventView {
  return {
    id: row.id,
    occurredAt: row.occurred_at.toISOString(),
    actorUserId: row.actor_user_id,
    actorName: row.actor_name,
    actorRole: row.actor_role,
    action: row.action,
    outcome: row.outcome,
    targetType: row.target_type,
    targetId: row.target_id,
    clientId: row.client_id,
    recordIds: row.record_ids,
    changedFields: row.changed_fields,
    ip: row.ip,
    correlationId: row.correlation_id,
    reason: row.reason,
    details: row.details,
  };
}
