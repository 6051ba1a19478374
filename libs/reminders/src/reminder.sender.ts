import { Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { UserDirectory } from '#accounts';
import { daysBetween, deadlineRules, localDateInTimeZone, parseLocalDate, type LocalDate } from '#domain';
import { DeadlineRepository } from '#deadlines';
import { Mailer, reminderEmail } from '#notifications';
import { afterCommit, AppConfig, Clock } from '#platform';
import { ReminderFileFacts, type ReminderNote } from './reminder-file-facts.js';
import { DELIVERY_ATTEMPTS, ReminderProducer } from './reminder.producer.js';
import { ReminderRepository, type ClaimedReminder } from './reminder.repository.js';

/**
 * Delivery rounds (each DELIVERY_ATTEMPTS tries with BullMQ's back-off, about 30 s, the next one
 * queued by the sweep within 30 s) before a reminder is given up as failed: a mail server down for
 * less than about 3 to 5½ minutes only delays reminders.
 */
export const MAX_ROUNDS = 6;

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
    private readonly reminders: ReminderRepository,
    private readonly deadlines: DeadlineRepository,
    private readonly files: ReminderFileFacts,
    private readonly users: UserDirectory,
    private readonly mailer: Mailer,
    private readonly producer: ReminderProducer,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async send(reminderId: string, lastAttempt: boolean): Promise<SendOutcome> {
    const now = this.clock.now();
    const reminder = await this.reminders.claimForSending(reminderId, now, new Date(now.getTime() - this.config.worker.reminderClaimTimeoutMs));
    if (!reminder) return 'skipped';

    const deadline = await this.deadlines.findForReminder(reminder.deadline_id);
    const file = (await this.files.openFiles([reminder.client_id])).get(reminder.client_id);
    const recipient = await this.users.mailRecipient(reminder.recipient_user_id);
    const stillDue = deadline && file && (deadline.status === 'open' || reminder.purpose === 'delivery-failure');
    if (!deadline || !file || !recipient || !stillDue || !recipient.active) {
      await this.reminders.cancelClaimed(reminderId);
      return 'cancelled';
    }
    const ownerName = deadline.ownerId ? ((await this.users.displayNames([deadline.ownerId])).get(deadline.ownerId) ?? null) : null;

    try {
      const today = localDateInTimeZone(now, this.config.timeZone);
      const title = deadlineRules.versionsOf(deadline.kind)?.at(-1)?.title ?? { ja: deadline.kind, en: deadline.kind };
      const content = reminderEmail({
        locale: recipient.locale,
        purpose: reminder.purpose,
        caseNumber: file.caseNumber,
        title,
        dueDate: deadline.dueDate,
        daysLeft: daysBetween(today, parseLocalDate(deadline.dueDate) as LocalDate),
        explanation: deadline.explanation,
        url: `${this.config.http.publicUrl}/clients/${reminder.client_id}`,
        ownerName,
      });
      const host = new URL(this.config.http.publicUrl).hostname;
      const sent = await this.mailer.send({ to: recipient.email, ...content, messageId: `<reminder-${reminder.id}@${host}>` });
      await this.dataSource.transaction(async (manager) => {
        await this.reminders.markSent(manager, reminder.id, this.clock.now(), sent.messageId);
        await this.files.addToTimeline(manager, note(reminder, deadline.kind, 'reminder.sent'));
      });
      return 'sent';
    } catch (error) {
      // `attempts` counts claims, one per try: a round is DELIVERY_ATTEMPTS of them.
      const permanent = isPermanent(error) || (lastAttempt && reminder.attempts >= MAX_ROUNDS * DELIVERY_ATTEMPTS);
      if (!permanent) {
        await this.reminders.releaseForRetry(reminder.id, errorCode(error));
        this.logger.warn({ reminderId, code: errorCode(error), round: reminder.attempts }, 'reminder not sent; will retry');
        throw error;
      }
      await this.fail(reminder, deadline.kind, file.teamId, errorCode(error));
      throw new UnrecoverableError(`reminder ${reminder.id} refused: ${errorCode(error)}`);
    }
  }

  /** Marks the reminder failed, shows it on the timeline and tells the team's supervisors. */
  private async fail(reminder: ClaimedReminder, deadlineKind: string, teamId: string, code: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.reminders.markFailed(manager, reminder.id, code);
      await this.files.addToTimeline(manager, note(reminder, deadlineKind, 'reminder.failed', code));
      if (reminder.purpose === 'delivery-failure') return;
      const supervisors = (await this.users.activeSupervisorsOfTeams(manager, [teamId])).get(teamId) ?? [];
      const sendAt = this.clock.now();
      const notices = await this.reminders.insertPlanned(
        manager,
        supervisors
          .filter((userId) => userId !== reminder.recipient_user_id)
          .map((userId) => ({ deadlineId: reminder.deadline_id, clientId: reminder.client_id, recipient: userId, purpose: 'delivery-failure' as const, sendAt })),
      );
      afterCommit(manager, () => this.producer.enqueue(notices));
    });
    this.logger.error({ reminderId: reminder.id, code }, 'reminder delivery failed permanently');
  }
}

function note(reminder: ClaimedReminder, deadlineKind: string, kind: ReminderNote['kind'], code?: string): ReminderNote {
  return {
    kind,
    clientId: reminder.client_id,
    reminderId: reminder.id,
    deadlineId: reminder.deadline_id,
    deadlineKind,
    purpose: reminder.purpose,
    recipientUserId: reminder.recipient_user_id,
    ...(code ? { error: code } : {}),
  };
}
