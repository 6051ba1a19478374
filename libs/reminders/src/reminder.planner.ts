import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UserDirectory } from '#accounts';
import { localDateInTimeZone, parseLocalDate, planEscalationTime, planReminderTimes, type ReminderPolicy } from '#domain';
import { DeadlineRepository, japanCalendar } from '#deadlines';
import { afterCommit, AppConfig, Clock } from '#platform';
import { ReminderFileFacts } from './reminder-file-facts.js';
import { ReminderPolicyRepository } from './reminder-policy.repository.js';
import { ReminderProducer } from './reminder.producer.js';
import { ReminderRepository, type NewReminder } from './reminder.repository.js';

const UTC_OFFSET_MINUTES = 540;
/** Reminders due within this much time get their job when planned. */
export const QUEUE_AHEAD_MS = 24 * 3_600_000;

/** The policy of a deadline: its appointment type's for appointments, its kind's otherwise. */
export function policyTarget(kind: string, appointmentKind: string | null): string {
  return kind === 'appointment' && appointmentKind ? `appointment:${appointmentKind}` : `deadline:${kind}`;
}

/**
 * Plans the reminder rows of deadlines in the caller's transaction: whenever a deadline is
 * created, moved, met, waived or superseded, its planned reminders are cancelled and planned
 * again from its current state and its policy. The jobs are queued after commit.
 */
@Injectable()
export class ReminderPlanner {
  constructor(
    private readonly reminders: ReminderRepository,
    private readonly policies: ReminderPolicyRepository,
    private readonly deadlines: DeadlineRepository,
    private readonly files: ReminderFileFacts,
    private readonly users: UserDirectory,
    private readonly producer: ReminderProducer,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** `justRecorded`: the deadlines are new (reminders "on recording" go out); false when replanning. */
  async replan(deadlineIds: readonly string[], manager: EntityManager, options: { justRecorded: boolean }): Promise<number> {
    if (deadlineIds.length === 0) return 0;
    await this.reminders.cancelPlannedOfDeadlines(manager, deadlineIds);
    const open = await this.deadlines.openForReminders(manager, deadlineIds);
    const files = await this.files.openFilesIn(manager, [...new Set(open.map((d) => d.clientId))]);
    const deadlines = open.filter((d) => files.has(d.clientId));
    if (deadlines.length === 0) return 0;
    const appointmentKinds = await this.files.appointmentKinds(manager, deadlines.flatMap((d) => (d.appointmentId ? [d.appointmentId] : [])));
    const policies = await this.policies.allByTarget(manager);
    const supervisors = await this.users.activeSupervisorsOfTeams(manager, [...new Set(deadlines.map((d) => files.get(d.clientId)!.teamId))]);

    const now = this.clock.now();
    const today = localDateInTimeZone(now, this.config.timeZone);
    const calendar = japanCalendar();
    const rows: NewReminder[] = [];
    for (const deadline of deadlines) {
      const appointmentKind = deadline.appointmentId ? (appointmentKinds.get(deadline.appointmentId) ?? null) : null;
      const row = policies.get(policyTarget(deadline.kind, appointmentKind));
      const dueDate = parseLocalDate(deadline.dueDate);
      if (!row?.enabled || !dueDate) continue;
      const policy: ReminderPolicy = {
        leadDays: row.lead_days,
        onRecording: row.on_recording,
        dailyUntilDue: row.daily_until_due,
        sendAtHour: row.send_at_hour,
        sendAtMinute: row.send_at_minute,
      };
      const teamSupervisors = supervisors.get(files.get(deadline.clientId)!.teamId) ?? [];
      const recipients = deadline.ownerId ? [deadline.ownerId] : teamSupervisors;
      const base = { dueDate, policy, calendar, now, today: today, utcOffsetMinutes: UTC_OFFSET_MINUTES };
      const times = planReminderTimes({ ...base, justRecorded: options.justRecorded });
      for (const recipient of recipients) {
        for (const sendAt of times) rows.push({ deadlineId: deadline.id, clientId: deadline.clientId, recipient, purpose: 'owner', sendAt });
      }
      // Immigration Control Act deadlines and court limits: the supervisors hear of them too when close.
      if (deadline.hardness === 'hard' && deadline.kind !== 'appointment' && deadline.ownerId) {
        const escalation = planEscalationTime(base);
        for (const supervisor of teamSupervisors.filter((id) => id !== deadline.ownerId)) {
          if (escalation) rows.push({ deadlineId: deadline.id, clientId: deadline.clientId, recipient: supervisor, purpose: 'escalation', sendAt: escalation });
        }
      }
    }
    const planned = await this.reminders.insertPlanned(manager, rows);
    // The ones due within a day are queued at once; those further ahead are queued by the sweep
    // as their time comes near, so Redis holds days of work, not months of it (millions of
    // delayed jobs for a national network's deadlines would not fit in memory).
    const soon = now.getTime() + QUEUE_AHEAD_MS;
    const queueNow = planned.filter((r) => r.sendAt.getTime() <= soon);
    if (queueNow.length > 0) afterCommit(manager, () => this.producer.enqueue(queueNow));
    return planned.length;
  }
}
