import { Injectable } from '@nestjs/common';
import { KeysetCursor } from '#platform';
import { AuditAction } from './audit-actions.js';
import { AuditActors } from './audit-actors.js';
import { AuditEventRepository, type AuditEventRow } from './audit-event.repository.js';
import { AuditService } from './audit.service.js';
import type { AuditEventView, AuditPage } from './audit.views.js';

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

/** The trail's keyset: the time (to the microsecond) and id of a page's last event. */
const PAGE_CURSOR = new KeysetCursor(['micros', 'bigint'] as const);

/** Reads the trail newest first, by user, client and time range, one keyset page at a time. */
@Injectable()
export class AuditQueryService {
  constructor(
    private readonly events: AuditEventRepository,
    private readonly audit: AuditService,
    private readonly actors: AuditActors,
  ) {}

  async find(query: AuditQuery, visibility: AuditVisibility): Promise<AuditPage> {
    const actorUserIds = visibility.kind === 'teams' ? await this.actors.membersOfTeams(visibility.teamIds) : undefined;
    const rows = await this.events.findNewestFirst(
      {
        userId: query.userId,
        clientId: query.clientId,
        from: query.from,
        to: query.to,
        before: query.cursor ? PAGE_CURSOR.decode(query.cursor) : undefined,
        actorUserIds,
      },
      query.limit + 1,
    );
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    const names = await this.actors.displayNames(page.map((row) => row.actor_user_id));
    await this.audit.record({
      action: AuditAction.AuditQueried,
      details: { userId: query.userId ?? null, clientId: query.clientId ?? null, results: page.length },
    });
    return {
      items: page.map((row) => toView(row, row.actor_user_id === null ? null : (names.get(row.actor_user_id) ?? null))),
      nextCursor: rows.length > query.limit && last ? PAGE_CURSOR.encode([last.occurred_micros, last.id]) : null,
    };
  }
}

function toView(row: AuditEventRow, actorName: string | null): AuditEventView {
  return {
    id: row.id,
    occurredAt: row.occurred_at.toISOString(),
    actorUserId: row.actor_user_id,
    actorName,
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
