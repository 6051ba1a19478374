import { afterEach, describe, expect, it } from '@jest/globals';
import { Injectable, type INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Queue, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import {
  bullPrefix,
  ConfigModule,
  createPinoLogger,
  JobName,
  JsonLogger,
  QueueModule,
  QueueName,
  QueueWorkersModule,
  redisOptionsFromUrl,
  RedisModule,
  type JobProcessor,
} from '#platform';
import { testConfig } from '#platform/testing';
import { pollUntil } from '../support/poll.js';

/** The test processor holds each job until the test opens the gate. */
const seen = { started: [] as string[], finished: [] as string[] };
let openGate: () => void = () => undefined;
let gate: Promise<void> = Promise.resolve();
function closeGate(): void {
  gate = new Promise((resolve) => (openGate = resolve));
}

@Injectable()
class GatedHeartbeatProcessor implements JobProcessor {
  readonly queue = QueueName.Maintenance;
  readonly job = JobName.WorkerHeartbeat;

  async process(job: Job): Promise<void> {
    seen.started.push(job.id ?? '');
    await gate;
    seen.finished.push(job.id ?? '');
  }
}

/**
 * The maintenance queue's other job: every job of a consumed queue needs a processor. Scheduled
 * far from now, so it never runs here; the schedule itself is what the tests look at.
 */
@Injectable()
class IdleRetentionProcessor implements JobProcessor {
  readonly queue = QueueName.Maintenance;
  readonly job = JobName.AnonymiseClosedFiles;
  readonly schedule = { pattern: '0 3 1 1 *', tz: 'Asia/Tokyo' };

  process(): Promise<void> {
    return Promise.resolve();
  }
}

describe('queue workers', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    openGate();
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
    seen.started = [];
    seen.finished = [];
  });

  const uniquePrefix = () => `${testConfig().redis.prefix}-qw${Math.random().toString(36).slice(2, 8)}`;

  async function startWorker(prefix: string, env: Record<string, string> = {}): Promise<INestApplicationContext> {
    const config = testConfig({ REDIS_PREFIX: prefix, ...env });
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(config),
        RedisModule,
        QueueModule.forRoot({ role: 'consumer' }),
        QueueWorkersModule.forRoot({ processors: [GatedHeartbeatProcessor, IdleRetentionProcessor] }),
      ],
    })
      .setLogger(new JsonLogger(createPinoLogger(config.log.level, 'worker-test')))
      .compile();
    const app = await moduleRef.init();
    cleanups.push(() => app.close());
    return app;
  }

  /** The test's own view of the queue, independent of the workers it starts and stops. */
  function observe(prefix: string): Queue {
    const config = testConfig();
    const queue = new Queue(QueueName.Maintenance, { connection: redisOptionsFromUrl(config.redis.url), prefix: bullPrefix(prefix) });
    cleanups.push(() => queue.close());
    return queue;
  }

  it('re-creates its schedules after Redis lost them, with no restart', async () => {
    const prefix = uniquePrefix();
    await startWorker(prefix, { WORKER_SCHEDULE_CHECK_INTERVAL_MS: '1000' });
    const queue = observe(prefix);
    expect(await queue.getJobScheduler(JobName.AnonymiseClosedFiles)).toBeDefined();

    // As after FLUSHALL: every key of this installation is gone, and no connection dropped.
    const redis = new Redis(redisOptionsFromUrl(testConfig().redis.url));
    cleanups.push(() => Promise.resolve(redis.disconnect()));
    const keys = await redis.keys(`${prefix}:*`);
    await redis.del(...keys);
    expect(await queue.getJobScheduler(JobName.AnonymiseClosedFiles)).toBeUndefined();

    await pollUntil(async () => (await queue.getJobScheduler(JobName.AnonymiseClosedFiles)) !== undefined, 10_000, 100);
    const [scheduler] = await queue.getJobSchedulers();
    // One schedule under its fixed id, with its next run waiting.
    expect(await queue.getJobSchedulersCount()).toBe(1);
    expect(await queue.getJobState(`repeat:${JobName.AnonymiseClosedFiles}:${scheduler?.next}`)).toBe('delayed');
  });

  it('lets a running job finish before shutting down', async () => {
    const prefix = uniquePrefix();
    const app = await startWorker(prefix);
    const queue = observe(prefix);
    closeGate();
    await queue.add(JobName.WorkerHeartbeat, {}, { jobId: 'graceful-1' });
    await pollUntil(() => Promise.resolve(seen.started.includes('graceful-1')), 5_000);

    const closed = app.close();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(seen.finished).toEqual([]);
    openGate();
    await closed;

    expect(seen.finished).toEqual(['graceful-1']);
    expect(await queue.getJobState('graceful-1')).toBe('completed');
  });

  it('releases a job still running at the shutdown timeout, and another worker completes it', async () => {
    const prefix = uniquePrefix();
    const fast = { WORKER_LOCK_DURATION_MS: '1000', WORKER_STALLED_INTERVAL_MS: '1000', SHUTDOWN_TIMEOUT_MS: '1000' };
    const first = await startWorker(prefix, fast);
    const queue = observe(prefix);
    closeGate();
    await queue.add(JobName.WorkerHeartbeat, {}, { jobId: 'released-1' });
    await pollUntil(() => Promise.resolve(seen.started.includes('released-1')), 5_000);

    const closing = Date.now();
    await first.close();
    expect(Date.now() - closing).toBeLessThan(5_000);
    expect(seen.finished).toEqual([]);
    expect(await queue.getJobState('released-1')).toBe('active');

    // Let the abandoned run finish inside the closed worker: its result is not recorded.
    openGate();
    await pollUntil(() => Promise.resolve(seen.finished.includes('released-1')), 5_000);
    expect(await queue.getJobState('released-1')).toBe('active');
    await startWorker(prefix, fast);
    await pollUntil(async () => (await queue.getJobState('released-1')) === 'completed', 20_000);
    expect(seen.started.filter((id) => id === 'released-1')).toHaveLength(2);
    expect(seen.finished.filter((id) => id === 'released-1')).toHaveLength(2);
  }, 40_000);
});
