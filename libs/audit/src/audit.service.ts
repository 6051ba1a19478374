import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock, RequestContext } from '#platform';
import type { AuditAction } from './audit-actions.js';
import type { AuditDetails, AuditOutcome } from './audit-event.entity.js';
import { AuditEventRepository, type NewAuditEvent, type SqlStatement } from './audit-event.repository.js';

export interface AuditActor {
  readonly userId: string;
  readonly role: string;
}

export interface AuditInput {
  readonly action: AuditAction;
  readonly outcome?: AuditOutcome;
  /** Defaults to the signed-in caller of the current request. */
  readonly actor?: AuditActor | null;
  readonly target?: { readonly type: string; readonly id: string | null };
  readonly clientId?: string;
  readonly recordIds?: readonly string[];
  readonly changedFields?: readonly string[];
  readonly reason?: string;
  readonly details?: AuditDetails;
}

/**
 * Writes the audit trail. Pass the transaction's `EntityManager` when auditing a change, so the
 * change and its audit line commit (or roll back) together. The caller's address and the
 * correlation id come from the request context.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: AuditEventRepository,
    private readonly clock: Clock,
  ) {}

  async record(input: AuditInput, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await this.recordAll([input], manager);
  }

  async recordAll(inputs: readonly AuditInput[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (inputs.length === 0) return;
    const occurredAt = this.clock.now();
    await this.events.append(
      manager,
      inputs.map((input) => this.eventOf(input, occurredAt)),
    );
  }

  /**
   * A read of client data with its audit line in the same statement (see
   * AuditEventRepository.readWithLine): run it on the primary, as the caller's one statement. The
   * line is built as `record` builds it, and lists `idColumn` of the first `recordLimit` rows.
   */
  readWithLine(select: SqlStatement, input: Omit<AuditInput, 'recordIds'> & { readonly idColumn: string; readonly recordLimit: number }): SqlStatement {
    const { idColumn, recordLimit, ...line } = input;
    return this.events.readWithLine(select, this.eventOf(line, this.clock.now()), idColumn, recordLimit);
  }

  private eventOf(input: AuditInput, occurredAt: Date): NewAuditEvent {
    const context = RequestContext.current();
    const actor =
      input.actor === undefined
        ? context?.userId
          ? { userId: context.userId, role: context.role ?? 'unknown' }
          : null
        : input.actor;
    return {
      occurredAt,
      actorUserId: actor?.userId ?? null,
      actorRole: actor?.role ?? null,
      action: input.action,
      outcome: input.outcome ?? 'success',
      targetType: input.target?.type ?? null,
      targetId: input.target?.id ?? null,
      clientId: input.clientId ?? null,
      recordIds: input.recordIds ? [...input.recordIds] : null,
      changedFields: input.changedFields ? [...input.changedFields].sort() : null,
      ip: context?.ip ?? null,
      correlationId: context?.correlationId ?? null,
      reason: input.reason ?? null,
      details: input.details ?? null,
    };
  }
}
