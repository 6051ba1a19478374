import { describe, expect, it } from '@jest/globals';
import type { JobProcessor } from './job-processor.js';
import { indexProcessors } from './queue-workers.js';
import { JobName, QueueName } from './queue-registry.js';

const processor = (job = JobName.WorkerHeartbeat): JobProcessor => ({
  queue: QueueName.Maintenance,
  job,
  process: () => Promise.resolve(),
});

describe('indexProcessors', () => {
  it('indexes processors by queue and job name', () => {
    const heartbeat = processor();
    const index = indexProcessors([heartbeat]);
    expect(index.get(QueueName.Maintenance)?.get(JobName.WorkerHeartbeat)).toBe(heartbeat);
  });

  it('refuses to start when a registered job has no processor', () => {
    expect(() => indexProcessors([])).toThrow('queue maintenance has no processor for: worker-heartbeat');
  });

  it('refuses two processors for one job', () => {
    expect(() => indexProcessors([processor(), processor()])).toThrow('two processors for job worker-heartbeat');
  });
});
