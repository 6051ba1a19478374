import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { computeDeadline, DomainError, localDateInTimeZone } from '#domain';
import { AppConfig, Clock } from '#platform';
import type { DeadlineEntity } from './deadline.entity.js';
import { DeadlineRepository } from './deadline.repository.js';
import { japanCalendar } from './japan-calendar.js';
import { openDeadline } from './open-deadline.js';

/** The deadline a caseworker decides on, and the version of it they read. */
export interface DeadlineRef {
  readonly clientId: string;
  readonly deadlineId: string;
  readonly version: number;
}

/** What a decision changed, for the file's timeline and audit trail. */
export interface DeadlineDecision {
  /** The deadline's kind, e.g. review-request. */
  readonly kind: string;
  /** The fields that changed; empty when the decision changed nothing. */
  readonly changedFields: readonly string[];
  /** Dates and versions moved from and to. */
  readonly facts: Readonly<Record<string, string | number | boolean>>;
  /** The deadline computed again that supersedes this one, if any. */
  readonly replacementId: string | null;
}

/**
 * A caseworker's decisions on one open deadline, inside the caller's transaction (which holds the
 * file's lock): set another date, waive it, record the act that met it, or compute it again with
 * the rule in force today. Each names the version it read; a stale one changes nothing.
 */
@Injectable()
export class DeadlineDecisions {
  constructor(
    private readonly deadlines: DeadlineRepository,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** A caseworker sets another date (e.g. the office agreed to a later filing), with a reason. */
  async override(manager: EntityManager, ref: DeadlineRef, input: { readonly dueDate: string; readonly reason: string }): Promise<DeadlineDecision> {
    const deadline = await this.lockOpen(manager, ref);
    await this.deadlines.override(manager, deadline.id, input.dueDate, input.reason.trim());
    return { kind: deadline.kind, changedFields: ['dueDate'], facts: { from: deadline.dueDate, to: input.dueDate }, replacementId: null };
  }

  /** No longer needed (e.g. the client left Japan), with a reason. */
  async waive(manager: EntityManager, ref: DeadlineRef, input: { readonly reason: string }, actorUserId: string): Promise<DeadlineDecision> {
    const deadline = await this.lockOpen(manager, ref);
    // No act met it and no window lapsed: a waived deadline has no day in the world (resolvedOn).
    await this.deadlines.resolve(manager, deadline.id, 'waived', { resolvedAt: this.clock.now(), resolvedBy: actorUserId, resolution: input.reason.trim(), resolvedOn: null });
    return { kind: deadline.kind, changedFields: ['status'], facts: {}, replacementId: null };
  }

  /** The act was done (e.g. the renewal was filed) on a day up to today: the deadline is met. */
  async markMet(manager: EntityManager, ref: DeadlineRef, input: { readonly on: string; readonly note?: string | null }, actorUserId: string): Promise<DeadlineDecision> {
    this.checkActDate(input.on);
    const deadline = await this.lockOpen(manager, ref);
    await this.deadlines.resolve(manager, deadline.id, 'met', {
      resolvedAt: this.clock.now(),
      resolvedBy: actorUserId,
      resolution: `met on ${input.on}${input.note ? `: ${input.note.trim()}` : ''}`,
      resolvedOn: input.on,
    });
    return { kind: deadline.kind, changedFields: ['status'], facts: { on: input.on }, replacementId: null };
  }

  /**
   * An act cannot be dated after today (in Japan). Also checked by `markMet`; callers check it
   * first too, so a date in the future is refused before the file is looked up.
   */
  checkActDate(on: string): void {
    const today = localDateInTimeZone(this.clock.now(), this.config.timeZone);
    if (on > today) throw new DomainError('VALIDATION_FAILED', 'The act cannot be dated in the future.', { fields: [{ field: 'on', problems: ['after today'] }] });
  }

  /**
   * Computes the deadline again with the rule version in force today (after a law change). If the
   * version or the date changes, a new deadline supersedes it; otherwise nothing changes.
   */
  async recompute(manager: EntityManager, ref: DeadlineRef, actorUserId: string): Promise<DeadlineDecision> {
    const deadline = await this.lockOpen(manager, ref);
    const result = computeDeadline({ kind: deadline.kind, inputs: deadline.inputs }, { calendar: japanCalendar() });
    if (!result.ok) throw new DomainError('DEADLINE_INPUT_INVALID', 'The current rule cannot compute this deadline from its inputs.', { error: result.error });
    const computed = result.deadline;
    if (computed.version === deadline.ruleVersion && computed.dueDate === deadline.computedDueDate) {
      return { kind: deadline.kind, changedFields: [], facts: {}, replacementId: null };
    }
    const replacementId = await this.deadlines.insert(
      manager,
      openDeadline(computed, {
        clientId: deadline.clientId,
        applicationId: deadline.applicationId,
        appointmentId: deadline.appointmentId,
        triggerDate: deadline.triggerDate,
        ownerId: deadline.ownerId,
        source: deadline.source,
      }),
    );
    await this.deadlines.supersede(manager, deadline.id, replacementId, {
      resolvedAt: this.clock.now(),
      resolvedBy: actorUserId,
      resolution: `recomputed with rule version ${computed.version}`,
      resolvedOn: null,
    });
    return {
      kind: deadline.kind,
      changedFields: ['ruleVersion', 'dueDate'],
      facts: { from: deadline.dueDate, to: computed.dueDate, ruleVersion: computed.version },
      replacementId,
    };
  }

  /** Only an open deadline of this file, at the version the caller read, may be decided on. */
  private async lockOpen(manager: EntityManager, ref: DeadlineRef): Promise<DeadlineEntity> {
    const deadline = await this.deadlines.lockOfClient(manager, ref.clientId, ref.deadlineId);
    if (!deadline) throw new DomainError('RECORD_NOT_FOUND', 'No such deadline.');
    if (deadline.version !== ref.version) throw new DomainError('STALE_VERSION', 'This deadline changed meanwhile. Reload it.', { currentVersion: deadline.version });
    if (deadline.status !== 'open') throw new DomainError('DEADLINE_NOT_OPEN', `This deadline is ${deadline.status}.`);
    return deadline;
  }
}
