import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { computeDeadline, type DesiredDeadline, type ResolvedDeadline } from '#domain';
import { Clock } from '#platform';
import type { DeadlineStatus } from './deadline.entity.js';
import { DeadlineRepository, type ClosingStatus } from './deadline.repository.js';
import { japanCalendar } from './japan-calendar.js';
import { openDeadline } from './open-deadline.js';

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

  constructor(
    private readonly deadlines: DeadlineRepository,
    private readonly clock: Clock,
  ) {}

  async reconcile(
    scope: DeadlineScope,
    wanted: { readonly desired: readonly DesiredDeadline[]; readonly resolved: readonly ResolvedDeadline[] },
    actorUserId: string | null,
    manager: EntityManager,
  ): Promise<DeadlineChange[]> {
    const open = await this.deadlines.lockOpenFromSource(manager, scope.clientId, scope.source);
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
      const id = await this.deadlines.insert(
        manager,
        openDeadline(deadline, {
          clientId: scope.clientId,
          applicationId: scope.applicationId ?? null,
          appointmentId: scope.appointmentId ?? null,
          triggerDate: deadline.triggerDate,
          ownerId: scope.ownerId,
          source: scope.source,
        }),
      );
      kept.add(id);
      changes.push({ deadlineId: id, kind: deadline.kind, change: 'created', dueDate: deadline.dueDate });
      if (existing) {
        await this.deadlines.supersede(manager, existing.id, id, { resolvedAt: now, resolvedBy: actorUserId, resolution: 'facts changed', resolvedOn: null });
        kept.add(existing.id);
        changes.push({ deadlineId: existing.id, kind: existing.kind, change: 'superseded', dueDate: existing.dueDate });
      }
    }

    for (const deadline of open) {
      if (kept.has(deadline.id)) continue;
      const resolution = wanted.resolved.find((r) => r.kind === deadline.kind);
      const status: ClosingStatus = resolution?.status ?? 'superseded';
      await this.deadlines.resolve(manager, deadline.id, status, {
        resolvedAt: now,
        resolvedBy: actorUserId,
        resolution: resolution ? `${resolution.status} on ${resolution.on}` : 'no longer applies',
        // The day of the act the facts record (a filing dated last week), not the day it was recorded.
        resolvedOn: resolution?.on ?? null,
      });
      changes.push({ deadlineId: deadline.id, kind: deadline.kind, change: status, dueDate: deadline.dueDate });
    }
    return changes;
  }

  /** Ends every open deadline of a client (file closed): nothing more is due. */
  async supersedeAllOfClient(clientId: string, reason: string, actorUserId: string | null, manager: EntityManager): Promise<DeadlineChange[]> {
    const ended = await this.deadlines.supersedeAllOpenOfClient(manager, clientId, { resolvedAt: this.clock.now(), resolvedBy: actorUserId, resolution: reason, resolvedOn: null });
    return ended.map((row) => ({ deadlineId: row.id, kind: row.kind, change: 'superseded' as const, dueDate: row.dueDate }));
  }

  /** The client's primary caseworker changed: they now own its open deadlines. Returns their ids. */
  async reassignOwner(clientId: string, ownerId: string | null, manager: EntityManager): Promise<string[]> {
    return this.deadlines.reassignOpenOfClient(manager, clientId, ownerId);
  }
}
