import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ReminderPurpose } from './reminder.entities.js';

/** A reminder a worker has just claimed for one delivery attempt. */
export interface ClaimedReminder {
  readonly id: string;
  readonly deadline_id: string;
  readonly client_id: string;
  readonly recipient_user_id: string;
  readonly purpose: ReminderPurpose;
  readonly attempts: number;
}

export interface NewReminder {
  readonly deadlineId: string;
  readonly clientId: string;
  readonly recipient: string;
  readonly purpose: ReminderPurpose;
  readonly sendAt: Date;
}

export interface PlannedReminder {
  readonly id: string;
  readonly sendAt: Date;
  readonly attempts: number;
}

export interface ReminderLateness {
  readonly sent: number;
  readonly p50: number | null;
  readonly p99: number | null;
}

/** Rows inserted per statement: unnest's arrays stay well under the protocol's limits. */
const INSERT_CHUNK = 5_000;

/** Data access for the `reminder` table: planning, the claim-and-send cycle, the sweep and the statistics. */
@Injectable()
export class ReminderRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Cancels the planned (not yet claimed) reminders of these deadlines. */
  async cancelPlannedOfDeadlines(manager: EntityManager, deadlineIds: readonly string[]): Promise<void> {
    await manager.query(`UPDATE reminder SET status = 'cancelled' WHERE deadline_id = ANY($1::uuid[]) AND status = 'planned'`, [deadlineIds]);
  }

  /** Inserts planned reminders; returns each one's id and time, in no particular order. */
  async insertPlanned(manager: EntityManager, reminders: readonly NewReminder[]): Promise<PlannedReminder[]> {
    const planned: PlannedReminder[] = [];
    for (let i = 0; i < reminders.length; i += INSERT_CHUNK) {
      const chunk = reminders.slice(i, i + INSERT_CHUNK);
      const inserted = await manager.query<{ id: string; send_at: Date }[]>(
        `INSERT INTO reminder (deadline_id, client_id, recipient_user_id, purpose, send_at)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::timestamptz[])
         RETURNING id, send_at`,
        [chunk.map((r) => r.deadlineId), chunk.map((r) => r.clientId), chunk.map((r) => r.recipient), chunk.map((r) => r.purpose), chunk.map((r) => r.sendAt)],
      );
      planned.push(...inserted.map((r) => ({ id: r.id, sendAt: r.send_at, attempts: 0 })));
    }
    return planned;
  }

  /**
   * planned → sending, one delivery attempt more; also takes over a claim older than
   * `staleBefore` (its worker died). A conditional update, so two workers never both claim it.
   */
  async claimForSending(reminderId: string, claimedAt: Date, staleBefore: Date): Promise<ClaimedReminder | null> {
    const [claimed] = await this.dataSource.query<[ClaimedReminder[], number]>(
      `UPDATE reminder SET status = 'sending', claimed_at = $2, attempts = attempts + 1
        WHERE id = $1 AND (status = 'planned' OR (status = 'sending' AND claimed_at < $3))
        RETURNING id, deadline_id, client_id, recipient_user_id, purpose, attempts`,
      [reminderId, claimedAt, staleBefore],
    );
    return claimed[0] ?? null;
  }

  /** A claimed reminder no longer called for (file closed, deadline ended, recipient gone). */
  async cancelClaimed(reminderId: string): Promise<void> {
    await this.dataSource.query(`UPDATE reminder SET status = 'cancelled' WHERE id = $1 AND status = 'sending'`, [reminderId]);
  }

  async markSent(manager: EntityManager, reminderId: string, sentAt: Date, messageId: string): Promise<void> {
    await manager.query(`UPDATE reminder SET status = 'sent', sent_at = $2, message_id = $3, last_error = NULL WHERE id = $1 AND status = 'sending'`, [
      reminderId,
      sentAt,
      messageId,
    ]);
  }

  /** Gives the claim back after a transient failure, keeping the error's code. */
  async releaseForRetry(reminderId: string, errorCode: string): Promise<void> {
    await this.dataSource.query(`UPDATE reminder SET status = 'planned', claimed_at = NULL, last_error = $2 WHERE id = $1 AND status = 'sending'`, [
      reminderId,
      errorCode,
    ]);
  }

  async markFailed(manager: EntityManager, reminderId: string, errorCode: string): Promise<void> {
    await manager.query(`UPDATE reminder SET status = 'failed', last_error = $2 WHERE id = $1 AND status = 'sending'`, [reminderId, errorCode]);
  }

  /** Releases claims older than `staleBefore` (their worker died mid-send); returns how many. */
  async releaseStaleClaims(staleBefore: Date): Promise<number> {
    const [, released] = await this.dataSource.query<[unknown[], number]>(
      `UPDATE reminder SET status = 'planned', claimed_at = NULL WHERE status = 'sending' AND claimed_at < $1`,
      [staleBefore],
    );
    return released;
  }

  /** A page of up to 5000 planned reminders due by `dueBy`, by id after `afterId`. */
  async findPlannedDueBy(dueBy: Date, afterId: string): Promise<PlannedReminder[]> {
    const due = await this.dataSource.query<{ id: string; send_at: Date; attempts: number }[]>(
      `SELECT id, send_at, attempts FROM reminder
          WHERE status = 'planned' AND send_at <= $1 AND id > $2::uuid
          ORDER BY id LIMIT 5000`,
      [dueBy, afterId],
    );
    return due.map((r) => ({ id: r.id, sendAt: r.send_at, attempts: r.attempts }));
  }

  async countByStatus(): Promise<{ status: string; n: number }[]> {
    return this.dataSource.query<{ status: string; n: number }[]>('SELECT status, count(*)::int AS n FROM reminder GROUP BY status');
  }

  /** How many were sent since `since`, and the median and 99th percentile of their lateness in seconds. */
  async latenessSince(since: Date): Promise<ReminderLateness> {
    const [lateness] = await this.dataSource.query<[ReminderLateness]>(
      `SELECT count(*)::int AS sent,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - send_at)) AS p50,
              percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - send_at)) AS p99
         FROM reminder WHERE status = 'sent' AND sent_at > $1`,
      [since],
    );
    return lateness;
  }

  /** Planned reminders whose time was before `before` and that are still not claimed. */
  async countPlannedBefore(before: Date): Promise<number> {
    const [{ overdue }] = await this.dataSource.query<[{ overdue: number }]>(
      `SELECT count(*)::int AS overdue FROM reminder WHERE status = 'planned' AND send_at < $1`,
      [before],
    );
    return overdue;
  }
}
