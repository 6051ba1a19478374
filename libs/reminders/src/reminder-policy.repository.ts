import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ReminderPolicyEntity } from './reminder.entities.js';

/** A policy as the planner reads it, one row of `reminder_policy`. */
export interface PolicyRow {
  target: string;
  lead_days: number[];
  on_recording: boolean;
  daily_until_due: boolean;
  send_at_hour: number;
  send_at_minute: number;
  enabled: boolean;
}

export type PolicySettings = Pick<ReminderPolicyEntity, 'leadDays' | 'onRecording' | 'dailyUntilDue' | 'sendAtHour' | 'sendAtMinute' | 'enabled' | 'updatedBy' | 'version'>;

/** Data access for the reminder policies administrators edit. */
@Injectable()
export class ReminderPolicyRepository {
  constructor(private readonly dataSource: DataSource) {}

  list(): Promise<ReminderPolicyEntity[]> {
    return this.dataSource.getRepository(ReminderPolicyEntity).find({ order: { target: 'ASC' } });
  }

  findByTarget(target: string): Promise<ReminderPolicyEntity | null> {
    return this.dataSource.getRepository(ReminderPolicyEntity).findOneBy({ target });
  }

  /** Every policy, by target, read in the planner's transaction. */
  async allByTarget(manager: EntityManager): Promise<Map<string, PolicyRow>> {
    return new Map((await manager.query<PolicyRow[]>('SELECT * FROM reminder_policy')).map((p) => [p.target, p]));
  }

  /** The policy, locked for the rest of the transaction. */
  lockByTarget(manager: EntityManager, target: string): Promise<ReminderPolicyEntity | null> {
    return manager.getRepository(ReminderPolicyEntity).createQueryBuilder('p').setLock('pessimistic_write').where('p.target = :target', { target }).getOne();
  }

  async update(manager: EntityManager, target: string, settings: PolicySettings): Promise<void> {
    await manager.getRepository(ReminderPolicyEntity).update({ target }, settings);
  }
}
