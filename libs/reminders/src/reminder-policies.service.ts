import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AuditAction, AuditService } from '#audit';
import { DeadlineRepository } from '#deadlines';
import { DomainError } from '#domain';
import { JobName, QueueName } from '#platform';
import { ReminderFileFacts } from './reminder-file-facts.js';
import { ReminderPolicyRepository } from './reminder-policy.repository.js';
import type { ReminderPolicyEntity } from './reminder.entities.js';
import { ReminderPlanner } from './reminder.planner.js';
import type { ReminderPolicyView } from './reminder-policy.views.js';

export interface PolicyChange {
  readonly version: number;
  readonly leadDays: readonly number[];
  readonly onRecording: boolean;
  readonly dailyUntilDue: boolean;
  readonly sendAtHour: number;
  readonly sendAtMinute: number;
  readonly enabled: boolean;
}

const toView = (p: ReminderPolicyEntity): ReminderPolicyView => ({
  target: p.target,
  leadDays: p.leadDays,
  onRecording: p.onRecording,
  dailyUntilDue: p.dailyUntilDue,
  sendAtHour: p.sendAtHour,
  sendAtMinute: p.sendAtMinute,
  enabled: p.enabled,
  version: p.version,
});

/**
 * Reminder policies, edited by administrators. A change replans the reminders of every open
 * deadline it applies to, in the worker (it may be many).
 */
@Injectable()
export class ReminderPoliciesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policies: ReminderPolicyRepository,
    private readonly deadlines: DeadlineRepository,
    private readonly files: ReminderFileFacts,
    private readonly planner: ReminderPlanner,
    private readonly audit: AuditService,
    @InjectQueue(QueueName.Reminders) private readonly queue: Queue,
  ) {}

  async list(): Promise<ReminderPolicyView[]> {
    return (await this.policies.list()).map(toView);
  }

  async update(target: string, change: PolicyChange, actorUserId: string): Promise<ReminderPolicyView> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.policies.lockByTarget(manager, target);
      if (!current) throw new DomainError('RECORD_NOT_FOUND', 'No such reminder policy.');
      if (current.version !== change.version) throw new DomainError('STALE_VERSION', 'This policy changed meanwhile. Reload it.', { currentVersion: current.version });
      await this.policies.update(manager, target, {
        leadDays: [...new Set(change.leadDays)].sort((a, b) => b - a),
        onRecording: change.onRecording,
        dailyUntilDue: change.dailyUntilDue,
        sendAtHour: change.sendAtHour,
        sendAtMinute: change.sendAtMinute,
        enabled: change.enabled,
        updatedBy: actorUserId,
        version: current.version + 1,
      });
      await this.audit.record({ action: AuditAction.ReminderPolicyChanged, target: { type: 'reminder-policy', id: null }, details: { target } }, manager);
    });
    await this.queue.add(JobName.ReplanReminders, { target }, { removeOnComplete: 100, removeOnFail: 500, attempts: 3, backoff: { type: 'exponential', delay: 5_000 } });
    return toView((await this.policies.findByTarget(target)) as ReminderPolicyEntity);
  }

  /** Replans every open deadline a policy applies to, in batches (the worker's job). */
  async replanTarget(target: string): Promise<number> {
    const [scope, kind] = target.split(':') as [string, string];
    let planned = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const page = await this.deadlines.pageOfOpenOfKind(scope === 'appointment' ? 'appointment' : kind, after);
      if (page.length === 0) break;
      planned += await this.dataSource.transaction(async (manager) => {
        if (scope !== 'appointment') return this.planner.replan(page.map((d) => d.id), manager, { justRecorded: false });
        // An appointment's policy is its type's: only the deadlines of appointments of that type.
        const kinds = await this.files.appointmentKinds(manager, page.flatMap((d) => (d.appointmentId ? [d.appointmentId] : [])));
        const ids = page.filter((d) => d.appointmentId !== null && kinds.get(d.appointmentId) === kind).map((d) => d.id);
        return this.planner.replan(ids, manager, { justRecorded: false });
      });
      after = page.at(-1)!.id;
    }
    return planned;
  }
}
