import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { localDateInTimeZone, parseLocalDate, planEscalationTime, planReminderTimes, type ReminderPolicy } from '#domain';
import { japanCalendar } from '#deadlines';
import { afterCommit, Clock } from '#platform';
import { ReminderProducer } from './reminder.producer.js';
import type { ReminderPurpose } from './reminder.entities.js';

const TIME_ZONE = 'Asia/Tokyo';
const UTC_OFFSET_MINUTES = 540;
/** Reminders due within this much time get their job when planned. */
export const QUEUE_AHEAD_MS = 24 * 3_600_000;

interface DeadlineRow {
  id: string;
  client_id: string;
  kind: string;
  due_date: string;
  hardness: string;
  owner_id: string | null;
  team_id: string;
  appointment_kind: string | null;
}

interface PolicyRow {
  target: string;
  lead_days: number[];
  on_recording: boolean;
  daily_until_due: boolean;
  send_at_hour: number;
  send_at_minute: number;
  enabled: boolean;
}

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
    private readonly producer: ReminderProducer,
    private readonly clock: Clock,
  ) {}

  /** `justRecorded`: the deadlines are new (reminders "on recording" go out); false when replanning. */
  async replan(deadlineIds: readonly string[], manager: EntityManager, options: { justRecorded: boolean }): Promise<number> {
    if (deadlineIds.length === 0) return 0;
    await manager.query(`UPDATE reminder SET status = 'cancelled' WHERE deadline_id = ANY($1::uuid[]) AND status = 'planned'`, [deadlineIds]);
    const deadlines = await manager.query<DeadlineRow[]>(
      `SELECT d.id, d.client_id, d.kind, d.due_date::text AS due_date, d.hardness, d.owner_id, c.team_id, a.kind AS appointment_kind
         FROM deadline d JOIN client c ON c.id = d.client_id AND c.status = 'open'
         LEFT JOIN appointment a ON a.id = d.appointment_id
        WHERE d.id = ANY($1::uuid[]) AND d.status = 'open'`,
      [deadlineIds],
    );
    if (deadlines.length === 0) return 0;
    const policies = new Map((await manager.query<PolicyRow[]>('SELECT * FROM reminder_policy')).map((p) => [p.target, p]));
    const supervisors = await this.supervisorsOf([...new Set(deadlines.map((d) => d.team_id))], manager);

    const now = this.clock.now();
    const today = localDateInTimeZone(now, TIME_ZONE);
    const calendar = japanCalendar();
    const rows: { deadlineId: string; clientId: string; recipient: string; purpose: ReminderPurpose; sendAt: Date }[] = [];
    for (const deadline of deadlines) {
      const row = policies.get(policyTarget(deadline.kind, deadline.appointment_kind));
      const dueDate = parseLocalDate(deadline.due_date);
      if (!row?.enabled || !dueDate) continue;
      const policy: ReminderPolicy = {
        leadDays: row.lead_days,
        onRecording: row.on_recording,
        dailyUntilDue: row.daily_until_due,
        sendAtHour: row.send_at_hour,
        sendAtMinute: row.send_at_minute,
      };
      const teamSupervisors = supervisors.get(deadline.team_id) ?? [];
      const recipients = deadline.owner_id ? [deadline.owner_id] : teamSupervisors;
      const base = { dueDate, policy, calendar, now, today: today, utcOffsetMinutes: UTC_OFFSET_MINUTES };
      const times = planReminderTimes({ ...base, justRecorded: options.justRecorded });
      for (const recipient of recipients) {
        for (const sendAt of times) rows.push({ deadlineId: deadline.id, clientId: deadline.client_id, recipient, purpose: 'owner', sendAt });
      }
      // Immigration Control Act deadlines and court limits: the supervisors hear of them too when close.
      if (deadline.hardness === 'hard' && deadline.kind !== 'appointment' && deadline.owner_id) {
        const escalation = planEscalationTime(base);
        for (const supervisor of teamSupervisors.filter((id) => id !== deadline.owner_id)) {
          if (escalation) rows.push({ deadlineId: deadline.id, clientId: deadline.client_id, recipient: supervisor, purpose: 'escalation', sendAt: escalation });
        }
      }
    }
    const planned: { id: string; sendAt: Date; attempts: number }[] = [];
    for (let i = 0; i < rows.length; i += 5_000) {
      const chunk = rows.slice(i, i + 5_000);
      const inserted = await manager.query<{ id: string; send_at: Date }[]>(
        `INSERT INTO reminder (deadline_id, client_id, recipient_user_id, purpose, send_at)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::timestamptz[])
         RETURNING id, send_at`,
        [chunk.map((r) => r.deadlineId), chunk.map((r) => r.clientId), chunk.map((r) => r.recipient), chunk.map((r) => r.purpose), chunk.map((r) => r.sendAt)],
      );
      planned.push(...inserted.map((r) => ({ id: r.id, sendAt: r.send_at, attempts: 0 })));
    }
    // The ones due within a day are queued at once; those further ahead are queued by the sweep
    // as their time comes near, so Redis holds days of work, not months of it (millions of
    // delayed jobs for a national network's deadlines would not fit in memory).
    const soon = now.getTime() + QUEUE_AHEAD_MS;
    const queueNow = planned.filter((r) => r.sendAt.getTime() <= soon);
    if (queueNow.length > 0) afterCommit(manager, () => this.producer.enqueue(queueNow));
    return planned.length;
  }

  private async supervisorsOf(teamIds: readonly string[], manager: EntityManager): Promise<Map<string, string[]>> {
    const rows = await manager.query<{ team_id: string; user_id: string }[]>(
      `SELECT m.team_id, m.user_id FROM team_membership m JOIN user_account u ON u.id = m.user_id
        WHERE m.team_id = ANY($1::uuid[]) AND m.kind = 'supervisor' AND u.active`,
      [teamIds],
    );
    const result = new Map<string, string[]>();
    for (const row of rows) result.set(row.team_id, [...(result.get(row.team_id) ?? []), row.user_id]);
    return result;
  }
}
