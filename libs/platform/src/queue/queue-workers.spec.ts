import { describe, expect, it } from '@jest/globals';
import type { JobProcessor } from './job-processor.js';
import { indexProcessors } from './queue-workers.js';
import { JobName, QueueName } from './queue-registry.js';

const processor = (job: JobName = JobName.WorkerHeartbeat): JobProcessor => ({
  queue: QueueName.Maintenance,
  job,
  process: () => Promise.resolve(),
});

describe('indexProcessors', () => {
  it('indexes processors by queue and job name', () => {
    const heartbeat = processor();
    const index = indexProcessors([heartbeat, processor(JobName.AnonymiseClosedFiles)]);
    expect(index.get(QueueName.Maintenance)?.get(JobName.WorkerHeartbeat)).toBe(heartbeat);
    expect(index.has(QueueName.Reminders)).toBe(false);
  });

  it('refuses to start when a job of a consumed queue has no processor', () => {
    const sweep: JobProcessor = { queue: QueueName.Reminders, job: JobName.ReminderSweep, process: () => Promise.resolve() };
    expect(() => indexProcessors([sweep])).toThrow('queue reminders has no processor for: send-reminder, supervisor-digest, replan-reminders');
  });

  it('refuses two processors for one job', () => {
    expect(() => indexProcessors([processor(), processor()])).toThrow('two processors for job worker-heartbeat');
  });

  it('refuses a queue whose jobs are only partly handled', () => {
    expect(() => indexProcessors([processor()])).toThrow('queue maintenance has no processor for: anonymise-closed-files');
  });
});
