/**
 * Every queue and every job name in one place. Producers (in the feature libraries) and
 * processors (in apps/worker) both refer to these constants; the worker refuses to start if a
 * job name of a queue it consumes has no processor.
 *
 * Payloads carry ids only, never personal data.
 */
export const QueueName = {
  /** Housekeeping: worker heartbeat, sweeps that keep the queue in step with PostgreSQL. */
  Maintenance: 'maintenance',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export const JobName = {
  WorkerHeartbeat: 'worker-heartbeat',
} as const;
export type JobName = (typeof JobName)[keyof typeof JobName];

export const JOBS_BY_QUEUE: { readonly [Q in QueueName]: readonly JobName[] } = {
  [QueueName.Maintenance]: [JobName.WorkerHeartbeat],
};

export const ALL_QUEUES: readonly QueueName[] = Object.values(QueueName);
