/**
 * Every queue and every job name in one place. Producers (in the feature libraries) and
 * processors (in apps/worker) both refer to these constants; the worker refuses to start if a
 * job name of a queue it consumes has no processor.
 *
 * Payloads carry ids only, never personal data.
 */
export const QueueName = {
  /** Housekeeping: worker heartbeat, retention. */
  Maintenance: 'maintenance',
  /** Reminder emails, the sweep that keeps the queue in step with PostgreSQL, supervisor digests. */
  Reminders: 'reminders',
  /** The reporting store's rebuild: on a schedule, when a worker starts, and on request. */
  Reports: 'reports',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export const JobName = {
  WorkerHeartbeat: 'worker-heartbeat',
  AnonymiseClosedFiles: 'anonymise-closed-files',
  SendReminder: 'send-reminder',
  ReminderSweep: 'reminder-sweep',
  SupervisorDigest: 'supervisor-digest',
  ReplanReminders: 'replan-reminders',
  ReportsRefresh: 'reports-refresh',
} as const;
export type JobName = (typeof JobName)[keyof typeof JobName];

export const JOBS_BY_QUEUE: { readonly [Q in QueueName]: readonly JobName[] } = {
  [QueueName.Maintenance]: [JobName.WorkerHeartbeat, JobName.AnonymiseClosedFiles],
  [QueueName.Reminders]: [JobName.SendReminder, JobName.ReminderSweep, JobName.SupervisorDigest, JobName.ReplanReminders],
  [QueueName.Reports]: [JobName.ReportsRefresh],
};

export const ALL_QUEUES: readonly QueueName[] = Object.values(QueueName);
