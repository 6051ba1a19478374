import type { EntityManager } from 'typeorm';
import type { ReminderPurpose } from './reminder.entities.js';

/** An open client file, as much of it as a reminder needs: never a name. */
export interface ReminderFile {
  readonly caseNumber: string;
  readonly teamId: string;
}

/** A reminder sent or given up, as it goes on the client's timeline. */
export interface ReminderNote {
  readonly kind: 'reminder.sent' | 'reminder.failed';
  readonly clientId: string;
  readonly reminderId: string;
  readonly deadlineId: string;
  readonly deadlineKind: string | null;
  readonly purpose: ReminderPurpose;
  readonly recipientUserId: string;
  /** The SMTP reply code or error code of a failure. */
  readonly error?: string;
}

/**
 * What reminders need to know about client files, and the timeline they write to. The clients
 * library owns those tables and provides this (it imports the reminders library to plan, so the
 * reminders library cannot import it back).
 */
export abstract class ReminderFileFacts {
  /** The open files among these, by id, read in the caller's transaction. */
  abstract openFilesIn(manager: EntityManager, clientIds: readonly string[]): Promise<Map<string, ReminderFile>>;

  /** The open files among these, by id. */
  abstract openFiles(clientIds: readonly string[]): Promise<Map<string, ReminderFile>>;

  /** The kind of each of these appointments (e.g. reporting-date), by id. */
  abstract appointmentKinds(manager: EntityManager, appointmentIds: readonly string[]): Promise<Map<string, string>>;

  /** Puts the reminder on its file's timeline, in the caller's transaction. */
  abstract addToTimeline(manager: EntityManager, note: ReminderNote): Promise<void>;
}
