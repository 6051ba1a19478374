import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { deadlinesForApplication, deadlinesForClient, localDateInTimeZone, type DesiredDeadline, type ResolvedDeadline } from '#domain';
import { DeadlinePlanner, type DeadlineChange, type DeadlineScope } from '#deadlines';
import { AppConfig } from '#platform';
import { ReminderPlanner } from '#reminders';
import { DeadlineFactsRepository } from './deadlines/deadline-facts.repository.js';
import type { AppointmentEntity } from './entities/appointment.entity.js';
import type { ClientEntity } from './entities/client.entity.js';
import type { ProtectionApplicationEntity } from './entities/protection-application.entity.js';
import { TimelineWriter } from './timeline/timeline.writer.js';

export interface EventContext {
  readonly kind: string;
  readonly actorUserId: string | null;
  readonly today: string;
}

/**
 * What follows from a change to a file, in the same transaction: its deadlines are created,
 * recomputed, met or superseded, and each of those appears on the timeline.
 */
@Injectable()
export class ClientEvents {
  constructor(
    private readonly planner: DeadlinePlanner,
    private readonly facts: DeadlineFactsRepository,
    private readonly reminders: ReminderPlanner,
    private readonly timeline: TimelineWriter,
    private readonly config: AppConfig,
  ) {}

  /** Intake, a corrected landing date, a residence or custody step, a report made. */
  async clientRecorded(client: ClientEntity, context: EventContext, manager: EntityManager): Promise<DeadlineChange[]> {
    const facts = await this.facts.factsOf(manager, client.id, this.config.timeZone);
    const supervisionSince = client.deportation.custody === 'SUPERVISION' ? (client.deportation.lastEventOn ?? context.today) : null;
    const lastReport = [facts.lastReportOn, supervisionSince].filter((d): d is string => d !== null).sort().at(-1) ?? null;
    const wanted = deadlinesForClient({
      landingDate: client.landingDate,
      firstApplicationFiledOn: facts.firstFiledOn,
      residence: client.residence,
      deportation: client.deportation,
      lastSupervisionReportOn: lastReport,
    });
    return this.reconcile({ clientId: client.id, source: `client:${client.id}`, ownerId: facts.ownerId }, wanted, context.actorUserId, manager);
  }

  async applicationChanged(application: ProtectionApplicationEntity, client: ClientEntity, context: EventContext, manager: EntityManager): Promise<DeadlineChange[]> {
    const owner = await this.facts.primaryWorkerOf(manager, application.clientId);
    const changes = await this.reconcile(
      { clientId: application.clientId, applicationId: application.id, source: `application:${application.id}`, ownerId: owner },
      deadlinesForApplication(application.state),
      context.actorUserId,
      manager,
    );
    // Filing the first application meets the 6-month window after landing.
    return [...changes, ...(await this.clientRecorded(client, context, manager))];
  }

  async appointmentChanged(appointment: AppointmentEntity, client: ClientEntity, context: EventContext, manager: EntityManager): Promise<DeadlineChange[]> {
    const on = localDateInTimeZone(appointment.startsAt, this.config.timeZone);
    const desired: DesiredDeadline[] = appointment.status === 'scheduled' ? [{ kind: 'appointment', inputs: { appointmentDate: on } }] : [];
    const resolved: ResolvedDeadline[] =
      appointment.status === 'held' || appointment.status === 'missed' ? [{ kind: 'appointment', status: appointment.status === 'held' ? 'met' : 'missed', on }] : [];
    const owner = await this.facts.primaryWorkerOf(manager, appointment.clientId);
    const changes = await this.reconcile(
      { clientId: appointment.clientId, appointmentId: appointment.id, applicationId: appointment.applicationId, source: `appointment:${appointment.id}`, ownerId: owner },
      { desired, resolved },
      context.actorUserId,
      manager,
    );
    // A report made under supervision measures restarts the 3-month clock.
    if (appointment.kind === 'reporting-date') return [...changes, ...(await this.clientRecorded(client, context, manager))];
    return changes;
  }

  /**
   * The new primary caseworker owns the open deadlines and gets their reminders; with none (they
   * left the team), the team's supervisors get them until someone is assigned.
   */
  async primaryWorkerChanged(clientId: string, ownerId: string | null, manager: EntityManager): Promise<void> {
    const open = await this.planner.reassignOwner(clientId, ownerId, manager);
    await this.reminders.replan(open, manager, { justRecorded: false });
  }

  async clientClosed(clientId: string, actorUserId: string | null, manager: EntityManager): Promise<DeadlineChange[]> {
    const changes = await this.planner.supersedeAllOfClient(clientId, 'file closed', actorUserId, manager);
    await this.note(clientId, changes, actorUserId, manager);
    await this.reminders.replan(changes.map((c) => c.deadlineId), manager, { justRecorded: false });
    return changes;
  }

  /**
   * Deadlines that another library's records call for (a translation due, ISA's request for
   * materials): reconciled, put on the timeline and given their reminders like the file's own.
   */
  async deadlinesCalledFor(
    scope: Omit<DeadlineScope, 'ownerId'>,
    wanted: { desired: readonly DesiredDeadline[]; resolved: readonly ResolvedDeadline[] },
    actorUserId: string | null,
    manager: EntityManager,
  ): Promise<DeadlineChange[]> {
    const owner = await this.facts.primaryWorkerOf(manager, scope.clientId);
    return this.reconcile({ ...scope, ownerId: owner }, wanted, actorUserId, manager);
  }

  private async reconcile(
    scope: DeadlineScope,
    wanted: { desired: readonly DesiredDeadline[]; resolved: readonly ResolvedDeadline[] },
    actorUserId: string | null,
    manager: EntityManager,
  ): Promise<DeadlineChange[]> {
    const changes = await this.planner.reconcile(scope, wanted, actorUserId, manager);
    await this.note(scope.clientId, changes, actorUserId, manager);
    await this.replanReminders(changes, manager);
    return changes;
  }

  /** New deadlines get their reminders; ended ones lose their planned reminders. */
  private async replanReminders(changes: readonly DeadlineChange[], manager: EntityManager): Promise<void> {
    const created = changes.filter((c) => c.change === 'created').map((c) => c.deadlineId);
    const ended = changes.filter((c) => c.change !== 'created').map((c) => c.deadlineId);
    await this.reminders.replan(created, manager, { justRecorded: true });
    await this.reminders.replan(ended, manager, { justRecorded: false });
  }

  private async note(clientId: string, changes: readonly DeadlineChange[], actorUserId: string | null, manager: EntityManager): Promise<void> {
    await this.timeline.add(
      changes.map((change) => ({
        clientId,
        kind: `deadline.${change.change}`,
        actorUserId,
        data: { deadlineId: change.deadlineId, deadlineKind: change.kind, dueDate: change.dueDate },
      })),
      manager,
    );
  }
}
