import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { computeDeadline, type DesiredDeadline, type ResolvedDeadline } from '#domain';
import { Clock } from '#platform';
import { DeadlineEntity, type DeadlineStatus } from './deadline.entity.js';
import { japanCalendar } from './japan-calendar.js';

export interface DeadlineScope {
  readonly clientId: string;
  readonly applicationId?: string | null;
  readonly appointmentId?: string | null;
  /** What produced these deadlines: `application:<id>`, `client:<id>`, `appointment:<id>`. */
  readonly source: string;
  readonly ownerId: string | null;
}

export interface DeadlineChange {
  readonly deadlineId: string;
  readonly kind: string;
  readonly change: 'created' | 'superseded' | DeadlineStatus;
  readonly dueDate: string;
}

const sameInputs = (a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/**
 * Brings a case's stored deadlines in line with what its facts now call for, inside the caller's
 * transaction. A deadline whose inputs are unchanged stays as it is (with the rule version it was
 * computed with); one whose inputs changed is superseded by a new one, so the history keeps both;
 * one the facts show met or missed gets that status; one no longer called for is superseded.
 */
@Injectable()
export class DeadlinePlanner {
  private readonly logger = new Logger(DeadlinePlanner.name);

  constructor(private readonly clock: Clock) {}

  async reconcile(
    scope: DeadlineScope,
    wanted: { readonly desired: readonly DesiredDeadline[]; readonly resolved: readonly ResolvedDeadline[] },
    actorUserId: string | null,
    manager: EntityManager,
  ): Promise<DeadlineChange[]> {
    const repo = manager.getRepository(DeadlineEntity);
    const open = await repo
      .createQueryBuilder('d')
      .setLock('pessimistic_write')
      .where('d.client_id = :clientId AND d.source = :source AND d.status = :status', { clientId: scope.clientId, source: scope.source, status: 'open' })
      .getMany();
    const now = this.clock.now();
    const changes: DeadlineChange[] = [];
    const kept = new Set<string>();

    for (const wish of wanted.desired) {
      const existing = open.find((d) => d.kind === wish.kind && !kept.has(d.id));
      if (existing && sameInputs(existing.inputs, wish.inputs)) {
        kept.add(existing.id);
        continue;
      }
      const computed = computeDeadline({ kind: wish.kind, inputs: wish.inputs }, { calendar: japanCalendar() });
      if (!computed.ok) {
        // The facts were validated by the procedure module; a rule that cannot compute them is a
        // bug or a date outside the holiday data: keep the case usable and say so in the log.
        this.logger.error({ kind: wish.kind, error: computed.error }, 'deadline not computed');
        continue;
      }
      const deadline = computed.deadline;
      const result = await repo.insert({
        clientId: scope.clientId,
        applicationId: scope.applicationId ?? null,
        appointmentId: scope.appointmentId ?? null,
        kind: deadline.kind,
        ruleVersion: deadline.version,
        inputs: { ...deadline.inputs },
        triggerDate: deadline.triggerDate,
        opensOn: deadline.opensOn ?? null,
        dueDate: deadline.dueDate,
        computedDueDate: deadline.dueDate,
        conservativeDueDate: deadline.conservativeDueDate ?? null,
        hardness: deadline.hardness,
        confidence: deadline.confidence,
        basis: deadline.basis,
        explanation: deadline.explanation,
        steps: [...deadline.steps],
        status: 'open',
        ownerId: scope.ownerId,
        source: scope.source,
      });
      const id = (result.identifiers[0] as { id: string }).id;
      kept.add(id);
      changes.push({ deadlineId: id, kind: deadline.kind, change: 'created', dueDate: deadline.dueDate });
      if (existing) {
        await repo.update({ id: existing.id }, { status: 'superseded', supersededById: id, resolvedAt: now, resolvedBy: actorUserId, resolution: 'facts changed' });
        kept.add(existing.id);
        changes.push({ deadlineId: existing.id, kind: existing.kind, change: 'superseded', dueDate: existing.dueDate });
      }
    }

    for (const deadline of open) {
      if (kept.has(deadline.id)) continue;
      const resolution = wanted.resolved.find((r) => r.kind === deadline.kind);
      const status: DeadlineStatus = resolution?.status ?? 'superseded';
      await repo.update(
        { id: deadline.id },
        { status, resolvedAt: now, resolvedBy: actorUserId, resolution: resolution ? `${resolution.status} on ${resolution.on}` : 'no longer applies' },
      );
      changes.push({ deadlineId: deadline.id, kind: deadline.kind, change: status, dueDate: deadline.dueDate });
    }
    return changes;
  }

  /** Ends every open deadline of a client (file closed): nothing more is due. */
  async supersedeAllOfClient(clientId: string, reason: string, actorUserId: string | null, manager: EntityManager): Promise<DeadlineChange[]> {
    const rows = await manager.query<[{ id: string; kind: string; due_date: string }[], number]>(
      `UPDATE deadline SET status = 'superseded', resolved_at = $2, resolved_by = $3, resolution = $4, version = version + 1, updated_at = now()
        WHERE client_id = $1 AND status = 'open' RETURNING id, kind, due_date`,
      [clientId, this.clock.now(), actorUserId, reason],
    );
    return rows[0].map((row) => ({ deadlineId: row.id, kind: row.kind, change: 'superseded' as const, dueDate: row.due_date }));
  }

  /** The client's primary caseworker changed: they now own its open deadlines. */
  async reassignOwner(clientId: string, ownerId: string | null, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE deadline SET owner_id = $2, version = version + 1, updated_at = now() WHERE client_id = $1 AND status = 'open'`, [clientId, ownerId]);
  }
}
