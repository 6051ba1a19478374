import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import { DomainError } from '#domain';
import { AppConfig } from '../config/app-config.js';
import { RequestContext } from '../context/request-context.js';
import { JOB_PROCESSORS, type JobProcessor } from './job-processor.js';
import { bullPrefix } from './queue.module.js';
import { ALL_QUEUES, JOBS_BY_QUEUE, type QueueName } from './queue-registry.js';
import { redisOptionsFromUrl, type RedisConnectionOptions } from './redis-connection.js';

/**
 * Runs one BullMQ worker per queue and dispatches each job to its processor by name.
 *
 * We build the workers here rather than with `@Processor()` so that concurrency, lock duration and
 * stalled interval come from the validated configuration, every job name is checked to have
 * exactly one processor before anything runs, and shutdown is bounded by SHUTDOWN_TIMEOUT_MS.
 */
@Injectable()
export class QueueWorkers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(QueueWorkers.name);
  private readonly workers: Worker[] = [];

  constructor(
    private readonly config: AppConfig,
    @Inject(JOB_PROCESSORS) private readonly processors: readonly JobProcessor[],
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const byQueue = indexProcessors(this.processors);
    const connection = redisOptionsFromUrl(this.config.redis.url);
    const prefix = bullPrefix(this.config.redis.prefix);
    for (const [queueName, handlers] of byQueue) {
      const worker = new Worker(queueName, (job) => this.dispatch(handlers, job), {
        connection,
        prefix,
        concurrency: this.config.worker.concurrency,
        lockDuration: this.config.worker.lockDurationMs,
        stalledInterval: this.config.worker.stalledIntervalMs,
        autorun: false,
      });
      worker.on('failed', (job, error) => {
        this.logger.warn(
          { queue: queueName, jobName: job?.name, jobId: job?.id, attempts: job?.attemptsMade, err: error },
          'job failed',
        );
      });
      worker.on('error', (error) => this.logger.error({ queue: queueName, err: error }, 'worker error'));
      this.workers.push(worker);
      void worker.run();
      await this.upsertSchedules(queueName, [...handlers.values()], connection, prefix);
    }
    this.logger.log({ queues: [...byQueue.keys()], concurrency: this.config.worker.concurrency }, 'worker started');
  }

  /**
   * SIGTERM: stop taking jobs and let the running ones finish. Past the timeout, close forcibly:
   * the unfinished jobs' locks lapse and another worker picks them up as stalled.
   */
  async beforeApplicationShutdown(): Promise<void> {
    // pause() stops fetching and resolves once the running jobs have finished.
    const drained = Promise.all(this.workers.map((worker) => worker.pause()));
    const timedOut = await Promise.race([
      drained.then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(true), this.config.shutdownTimeoutMs).unref()),
    ]);
    if (timedOut) this.logger.warn('jobs still running at the shutdown timeout; releasing them to other workers');
    // Forced: do not wait any longer. A job left running is no longer lock-renewed, so once its
    // lock lapses another worker's stalled-job check puts it back in the queue.
    await Promise.all(this.workers.map((worker) => worker.close(true)));
    this.logger.log('worker stopped');
  }

  private async dispatch(handlers: ReadonlyMap<string, JobProcessor>, job: Job): Promise<unknown> {
    const processor = handlers.get(job.name);
    if (!processor) throw new UnrecoverableError(`no processor for job ${job.name}`);
    return RequestContext.run({ correlationId: `job:${job.queueName}:${job.id ?? 'unknown'}` }, async () => {
      try {
        return await processor.process(job);
      } catch (error) {
        // A domain error will fail the same way next time: do not retry it.
        if (error instanceof DomainError) throw new UnrecoverableError(`${error.code}: ${error.message}`);
        throw error;
      }
    });
  }

  private async upsertSchedules(
    queueName: QueueName,
    processors: readonly JobProcessor[],
    connection: RedisConnectionOptions,
    prefix: string,
  ): Promise<void> {
    const repeating = processors.filter((p) => p.schedule !== undefined);
    if (repeating.length === 0) return;
    const queue = new Queue(queueName, { connection, prefix });
    try {
      for (const processor of repeating) {
        // A fixed scheduler id: several workers starting together still create one schedule.
        await queue.upsertJobScheduler(
          processor.job,
          processor.schedule ?? {},
          { name: processor.job, data: {}, opts: { removeOnComplete: 100, removeOnFail: 500 } },
        );
      }
    } finally {
      await queue.close();
    }
  }
}

/**
 * Groups processors by queue and refuses a set in which a job of a consumed queue has no
 * processor, or two.
 */
export function indexProcessors(processors: readonly JobProcessor[]): Map<QueueName, Map<string, JobProcessor>> {
  const byQueue = new Map<QueueName, Map<string, JobProcessor>>();
  for (const processor of processors) {
    const handlers = byQueue.get(processor.queue) ?? new Map<string, JobProcessor>();
    if (handlers.has(processor.job)) {
      throw new Error(`two processors for job ${processor.job} on queue ${processor.queue}`);
    }
    handlers.set(processor.job, processor);
    byQueue.set(processor.queue, handlers);
  }
  for (const queue of ALL_QUEUES.filter((name) => byQueue.has(name))) {
    const missing = JOBS_BY_QUEUE[queue].filter((job) => !byQueue.get(queue)?.has(job));
    if (missing.length > 0) throw new Error(`queue ${queue} has no processor for: ${missing.join(', ')}`);
  }
  return byQueue;
}
