import { Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { daysBetween, deadlineRules, localDateInTimeZone, parseLocalDate, type LocalDate } from '#domain';
import { Mailer, reminderEmail } from '#notifications';
import { afterCommit, AppConfig, Clock } from '#platform';
import { DELIVERY_ATTEMPTS, ReminderProducer } from './reminder.producer.js';

/**
 * Delivery rounds (each DELIVERY_ATTEMPTS tries with BullMQ's back-off, about 30 s, the next one
 * queued by the sweep within 30 s) before a reminder is given up as failed: a mail server down for
 * less than about 3 to 5½ minutes only delays reminders.
 */
export const MAX_ROUNDS = 6;

interface Claimed {
  id: string;
  deadline_id: string;
  client_id: string;
  recipient_user_id: string;
  purpose: 'owner' | 'escalation' | 'delivery-failure';
  attempts: number;
}

interface Details {
  case_number: string;
  client_status: string;
  deadline_status: string;
  kind: string;
  due_date: string;
  explanation: { ja: string; en: string };
  owner_name: string | null;
  team_id: string;
  email: string;
  locale: 'ja' | 'en';
  active: boolean;
}

export type SendOutcome = 'sent' | 'skipped' | 'cancelled';

/** An SMTP reply in the 5xx range: the server refuses this message for good. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

function errorCode(error: unknown): string {
  const { responseCode, code } = error as { responseCode?: unknown; code?: unknown };
  return typeof responseCode === 'number' ? `smtp-${responseCode}` : typeof code === 'string' ? code : 'error';
}

/**
 * Sends one reminder, exactly once in all but one case: it first claims the row with a
 * conditional update (planned → sending), so a second worker or a duplicated job finds nothing
 * to do; only a worker that dies between handing messages to the mail server and recording them
 * leaves claims that the sweep releases after REMINDER_CLAIM_TIMEOUT_MS, and may send those
 * messages twice: at most the messages in flight, min(WORKER_CONCURRENCY, SMTP_POOL_SIZE), each
 * copy with the same Message-ID so mail clients show one.
 */
@Injectable()
export class ReminderSender {
  private readonly logger = new Logger(ReminderSender.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly producer: ReminderProducer,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async send(reminderId: string, lastAttempt: boolean): Promise<SendOutcome> {
    const now = this.clock.now();
    const [claimed] = await this.dataSource.query<[Claimed[], number]>(
      `UPDATE reminder SET status = 'sending', claimed_at = $2, attempts = attempts + 1
        WHERE id = $1 AND (status = 'planned' OR (status = 'sending' AND claimed_at < $3))
        RETURNING id, deadline_id, client_id, recipient_user_id, purpose, attempts`,
      [reminderId, now, new Date(now.getTime() - this.config.worker.reminderClaimTimeoutMs)],
    );
    const reminder = claimed[0];
    if (!reminder) return 'skipped';

    const [details] = await this.dataSource.query<Details[]>(
      `SELECT c.case_number, c.status AS client_status, d.status AS deadline_status, d.kind, d.due_date::text AS due_date, d.explanation,
              o.display_name AS owner_name, c.team_id, u.email, u.locale, u.active
         FROM reminder r JOIN deadline d ON d.id = r.deadline_id JOIN client c ON c.id = r.client_id
         JOIN user_account u ON u.id = r.recipient_user_id LEFT JOIN user_account o ON o.id = d.owner_id
        WHERE r.id = $1`,
      [reminderId],
    );
    const stillDue = details && details.client_status === 'open' && (details.deadline_status === 'open' || reminder.purpose === 'delivery-failure');
    if (!details || !stillDue || !details.active) {
      await this.dataSource.query(`UPDATE reminder SET status = 'cancelled' WHERE id = $1 AND status = 'sending'`, [reminderId]);
      return 'cancelled';
    }

    try {
      const today = localDateInTimeZone(now, 'Asia/Tokyo');
      const title = deadlineRules.versionsOf(details.kind)?.at(-1)?.title ?? { ja: details.kind, en: details.kind };
      const content = reminderEmail({
        locale: details.locale,
        purpose: reminder.purpose,
        caseNumber: details.case_number,
        title,
        dueDate: details.due_date,
        daysLeft: daysBetween(today, parseLocalDate(details.due_date) as LocalDate),
        explanation: details.explanation,
        url: `${this.config.http.publicUrl}/clients/${reminder.client_id}`,
        ownerName: details.owner_name,
      });
      const host = new URL(this.config.http.publicUrl).hostname;
      const sent = await this.mailer.send({ to: details.email, ...content, messageId: `<reminder-${reminder.id}@${host}>` });
      await this.dataSource.transaction(async (manager) => {
        await manager.query(`UPDATE reminder SET status = 'sent', sent_at = $2, message_id = $3, last_error = NULL WHERE id = $1 AND status = 'sending'`, [
          reminder.id,
          this.clock.now(),
          sent.messageId,
        ]);
        await this.note(manager, reminder, 'reminder.sent');
      });
      return 'sent';
    } catch (error) {
      // `attempts` counts claims, one per try: a round is DELIVERY_ATTEMPTS of them.
      const permanent = isPermanent(error) || (lastAttempt && reminder.attempts >= MAX_ROUNDS * DELIVERY_ATTEMPTS);
      if (!permanent) {
        await this.dataSource.query(`UPDATE reminder SET status = 'planned', claimed_at = NULL, last_error = $2 WHERE id = $1 AND status = 'sending'`, [
          reminder.id,
          errorCode(error),
        ]);
        this.logger.warn({ reminderId, code: errorCode(error), round: reminder.attempts }, 'reminder not sent; will retry');
        throw error;
      }
      await this.fail(reminder, details.team_id, errorCode(error));
      throw new UnrecoverableError(`reminder ${reminder.id} refused: ${errorCode(error)}`);
    }
  }

  /** Marks the reminder failed, shows it on the timeline and tells the team's supervisors. */
  private async fail(reminder: Claimed, teamId: string, code: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE reminder SET status = 'failed', last_error = $2 WHERE id = $1 AND status = 'sending'`, [reminder.id, code]);
      await this.note(manager, reminder, 'reminder.failed', code);
      if (reminder.purpose === 'delivery-failure') return;
      const notices = await manager.query<{ id: string; send_at: Date }[]>(
        `INSERT INTO reminder (deadline_id, client_id, recipient_user_id, purpose, send_at)
         SELECT $1, $2, m.user_id, 'delivery-failure', $4 FROM team_membership m JOIN user_account u ON u.id = m.user_id
          WHERE m.team_id = $3 AND m.kind = 'supervisor' AND u.active AND m.user_id <> $5
         RETURNING id, send_at`,
        [reminder.deadline_id, reminder.client_id, teamId, this.clock.now(), reminder.recipient_user_id],
      );
      afterCommit(manager, () => this.producer.enqueue(notices.map((n) => ({ id: n.id, sendAt: n.send_at, attempts: 0 }))));
    });
    this.logger.error({ reminderId: reminder.id, code }, 'reminder delivery failed permanently');
  }

  private async note(manager: { query: DataSource['query'] }, reminder: Claimed, kind: string, code?: string): Promise<void> {
    const [deadline] = await manager.query<{ kind: string }[]>('SELECT kind FROM deadline WHERE id = $1', [reminder.deadline_id]);
    await manager.query(`INSERT INTO timeline_event (client_id, occurred_at, kind, actor_user_id, data) VALUES ($1, $2, $3, NULL, $4)`, [
      reminder.client_id,
      this.clock.now(),
      kind,
      { reminderId: reminder.id, deadlineId: reminder.deadline_id, deadlineKind: deadline?.kind ?? null, purpose: reminder.purpose, recipientUserId: reminder.recipient_user_id, ...(code ? { error: code } : {}) },
    ]);
  }
}
