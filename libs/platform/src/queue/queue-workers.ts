import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { DomainError } from '#domain';
import { AppConfig } from '../config/app-config.js';
import { RequestContext } from '../context/request-context.js';
import { JOB_PROCESSORS, type JobProcessor } from './job-processor.js';
import { bullPrefix } from './queue.module.js';
import { ALL_QUEUES, JOBS_BY_QUEUE, type QueueName } from './queue-registry.js';
import { redisOptionsFromUrl } from './redis-connection.js';

/** Why the schedules are being checked: logged when one had to be re-created. */
type ScheduleCheck = 'start' | 'reconnect' | 'timer';

/**
 * Runs one BullMQ worker per queue and dispatches each job to its processor by name.
 *
 * We build the workers here rather than with `@Processor()` so that concurrency, lock duration and
 * stalled interval come from the validated configuration, every job name is checked to have
 * exactly one processor before anything runs, and shutdown is bounded by SHUTDOWN_TIMEOUT_MS.
 *
 * The repeating jobs (sweep, heartbeat, digest, retention) live in Redis as job schedulers, so a
 * Redis that lost its data has none. Each worker therefore re-creates any missing one (fixed ids:
 * however many workers do it, there is one schedule) at start, on every Redis reconnect, and from
 * a timer of its own every WORKER_SCHEDULE_CHECK_INTERVAL_MS, which survives any loss of Redis.
 */
@Injectable()
export class QueueWorkers implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(QueueWorkers.name);
  private readonly workers: Worker[] = [];
  /** Per queue with repeating jobs: a long-lived queue handle and the processors it schedules. */
  private readonly scheduled: { readonly queue: Queue; readonly processors: readonly JobProcessor[] }[] = [];
  /** Our own connection for the schedules, so that we hear of each reconnection. */
  private scheduleConnection: Redis | undefined;
  private scheduleTimer: NodeJS.Timeout | undefined;
  private checking: Promise<void> | undefined;
  private stopped: Promise<void> | undefined;

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

      const repeating = [...handlers.values()].filter((p) => p.schedule !== undefined);
      if (repeating.length === 0) continue;
      this.scheduleConnection ??= new Redis(connection).on('error', () => undefined);
      const queue = new Queue(queueName, { connection: this.scheduleConnection, prefix });
      queue.on('error', (error) => this.logger.warn({ queue: queueName, err: error }, 'schedule connection error'));
      this.scheduled.push({ queue, processors: repeating });
    }
    await this.checkSchedules('start');
    // 'ready' fires after every reconnection: a Redis that restarted empty gets its schedules
    // back as soon as we reach it again.
    this.scheduleConnection?.on('ready', () => void this.checkSchedules('reconnect'));
    // Deleting keys (FLUSHALL, an operator's cleanup) drops no connection, so no event tells us:
    // this timer, outside Redis, is what notices.
    this.scheduleTimer = setInterval(() => void this.checkSchedules('timer'), this.config.worker.scheduleCheckIntervalMs);
    this.scheduleTimer.unref();
    this.logger.log({ queues: [...byQueue.keys()], concurrency: this.config.worker.concurrency }, 'worker started');
  }

  /**
   * SIGTERM: stop taking jobs, let the running ones finish, then close the workers. This runs in
   * `onModuleDestroy`, the first of Nest's shutdown phases, so the mailer (closed in
   * `beforeApplicationShutdown`) and the queue connections and database pool (closed in
   * `onApplicationShutdown`) are still open for every job that is finishing. Past
   * SHUTDOWN_TIMEOUT_MS, close forcibly: the unfinished jobs' locks lapse and another worker picks
   * them up as stalled.
   */
  async onModuleDestroy(): Promise<void> {
    this.stopped ??= this.stop();
    await this.stopped;
  }

  private async stop(): Promise<void> {
    clearInterval(this.scheduleTimer);
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
    await Promise.all(this.scheduled.map(({ queue }) => queue.close().catch(() => undefined)));
    await this.scheduleConnection?.quit().catch(() => this.scheduleConnection?.disconnect());
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

  /**
   * Re-creates every repeating job whose scheduler, or whose next run, is missing from Redis.
   * Calls that arrive while one is running share it. A failure (Redis down) is logged; the next
   * reconnect or timer tick tries again. At start, a failure stops the worker.
   */
  private checkSchedules(reason: ScheduleCheck): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.checking ??= this.repairSchedules(reason).finally(() => (this.checking = undefined));
    const check = this.checking;
    if (reason === 'start') return check;
    return check.catch((error: unknown) => this.logger.warn({ reason, err: error }, 'could not check the job schedules'));
  }

  private async repairSchedules(reason: ScheduleCheck): Promise<void> {
    const recreated: string[] = [];
    for (const { queue, processors } of this.scheduled) {
      for (const processor of processors) {
        if (await isScheduled(queue, processor.job)) continue;
        // A fixed scheduler id: several workers repairing together still leave one schedule.
        // Upserting only what is missing leaves a waiting run (e.g. today's digest) alone.
        await queue.upsertJobScheduler(
          processor.job,
          processor.schedule ?? {},
          { name: processor.job, data: {}, opts: { removeOnComplete: 100, removeOnFail: 500 } },
        );
        recreated.push(processor.job);
      }
    }
    if (recreated.length > 0 && reason !== 'start') {
      this.logger.warn({ reason, schedules: recreated }, 're-created job schedules missing from Redis');
    }
  }
}

/**
 * The scheduler exists and its next run is a job waiting to run (delayed, waiting or running).
 * A run that is gone, or finished without its successor, leaves the schedule dead.
 */
async function isScheduled(queue: Queue, schedulerId: string): Promise<boolean> {
  const scheduler = await queue.getJobScheduler(schedulerId);
  if (!scheduler?.next) return false;
  const state = await queue.getJobState(`repeat:${schedulerId}:${scheduler.next}`);
  return state !== 'unknown' && state !== 'completed' && state !== 'failed';
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
