import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AuditAction, AuditService } from '#audit';
import { DomainError } from '#domain';
import { JobName, QueueName } from '#platform';
import { ReminderPolicyEntity } from './reminder.entities.js';
import { ReminderPlanner } from './reminder.planner.js';

export class ReminderPolicyView {
  @ApiProperty({ example: 'deadline:review-request' })
  target!: string;

  @ApiProperty({ type: [Number], description: 'Days before the due date' })
  leadDays!: number[];

  @ApiProperty({ description: 'Also remind at once when the deadline is recorded' })
  onRecording!: boolean;

  @ApiProperty({ description: 'Also remind every business day until the due date' })
  dailyUntilDue!: boolean;

  @ApiProperty({ minimum: 0, maximum: 23, description: 'Asia/Tokyo' })
  sendAtHour!: number;

  @ApiProperty({ minimum: 0, maximum: 59 })
  sendAtMinute!: number;

  @ApiProperty()
  enabled!: boolean;

  @ApiProperty()
  version!: number;
}

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
    private readonly planner: ReminderPlanner,
    private readonly audit: AuditService,
    @InjectQueue(QueueName.Reminders) private readonly queue: Queue,
  ) {}

  async list(): Promise<ReminderPolicyView[]> {
    return (await this.dataSource.getRepository(ReminderPolicyEntity).find({ order: { target: 'ASC' } })).map(toView);
  }

  async update(target: string, change: PolicyChange, actorUserId: string): Promise<ReminderPolicyView> {
    await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(ReminderPolicyEntity);
      const current = await repo.createQueryBuilder('p').setLock('pessimistic_write').where('p.target = :target', { target }).getOne();
      if (!current) throw new DomainError('RECORD_NOT_FOUND', 'No such reminder policy.');
      if (current.version !== change.version) throw new DomainError('STALE_VERSION', 'This policy changed meanwhile. Reload it.', { currentVersion: current.version });
      await repo.update(
        { target },
        {
          leadDays: [...new Set(change.leadDays)].sort((a, b) => b - a),
          onRecording: change.onRecording,
          dailyUntilDue: change.dailyUntilDue,
          sendAtHour: change.sendAtHour,
          sendAtMinute: change.sendAtMinute,
          enabled: change.enabled,
          updatedBy: actorUserId,
          version: current.version + 1,
        },
      );
      await this.audit.record({ action: AuditAction.ReminderPolicyChanged, target: { type: 'reminder-policy', id: null }, details: { target } }, manager);
    });
    await this.queue.add(JobName.ReplanReminders, { target }, { removeOnComplete: 100, removeOnFail: 500, attempts: 3, backoff: { type: 'exponential', delay: 5_000 } });
    return toView((await this.dataSource.getRepository(ReminderPolicyEntity).findOneBy({ target })) as ReminderPolicyEntity);
  }

  /** Replans every open deadline a policy applies to, in batches (the worker's job). */
  async replanTarget(target: string): Promise<number> {
    const [scope, kind] = target.split(':') as [string, string];
    let planned = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const ids = await this.dataSource.query<{ id: string }[]>(
        scope === 'appointment'
          ? `SELECT d.id FROM deadline d JOIN appointment a ON a.id = d.appointment_id WHERE d.status = 'open' AND d.kind = 'appointment' AND a.kind = $1 AND d.id > $2 ORDER BY d.id LIMIT 2000`
          : `SELECT d.id FROM deadline d WHERE d.status = 'open' AND d.kind = $1 AND d.id > $2 ORDER BY d.id LIMIT 2000`,
        [kind, after],
      );
      if (ids.length === 0) break;
      planned += await this.dataSource.transaction((manager) => this.planner.replan(ids.map((r) => r.id), manager, { justRecorded: false }));
      after = ids.at(-1)!.id;
    }
    return planned;
  }
}
