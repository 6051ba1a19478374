import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { RequestContext } from '../context/request-context.js';
import { withTimeout } from '../health/with-timeout.js';
import { buildDataSourceOptions } from './data-source-options.js';
import { DATABASE_MODULE_OPTIONS, type DatabaseModuleOptions } from './database-module-options.js';
import { failureCode, isReplicaFailure } from './replica-failure.js';
import { mayReadFrom, PrimaryPositionHistory, replicaCondition, type ReplicaCondition, type ReplicaLimits, type ReplicaObservation } from './replica-lag.js';
import { parseWalPosition } from './wal-position.js';

/** What one api process did with its routed reads, for the scale test's figures and the tests. */
export interface ReadReplicaStats {
  /** False when no replica is configured or this process does not route reads (the worker). */
  readonly enabled: boolean;
  /** Routed reads answered by a replica. */
  readonly replicaReads: number;
  /** Routed reads answered by the primary: no replica fit for them, or retried there. */
  readonly primaryReads: number;
  /** Routed reads that failed on a replica and were retried on the primary. */
  readonly fallbacks: number;
  /** Times the primary's log position was read for a read-after cookie. */
  readonly writePositionsRead: number;
  readonly replicas: readonly ReplicaStats[];
}

export interface ReplicaStats {
  /** host:port, never the URL (it may hold a password). */
  readonly endpoint: string;
  readonly condition: ReplicaCondition | 'failed-read';
  readonly lagMs: number | null;
  readonly reads: number;
}

interface Replica {
  readonly endpoint: string;
  readonly url: string;
  dataSource: DataSource | undefined;
  /** The pool being opened, so that a slow first connection is not opened twice. */
  connecting: Promise<DataSource> | undefined;
  observation: ReplicaObservation | undefined;
  /** A routed read failed on it since its last check: not read from until the next one succeeds. */
  failedRead: boolean;
  /** What was last logged about it, so that each change is logged once. */
  logged: LoggedState;
  reads: number;
}

/** A replica's conditions as the log tells them: not answering is one state, whatever the cause. */
type LoggedState = 'initial' | 'in-use' | 'behind' | 'not-standby' | 'down';

function loggedState(condition: ReplicaCondition | 'failed-read'): LoggedState {
  switch (condition) {
    case 'fit':
      return 'in-use';
    case 'behind':
      return 'behind';
    case 'not-in-recovery':
      return 'not-standby';
    case 'unchecked':
    case 'stale':
    case 'failed-read':
      return 'down';
  }
}

/** `postgres://user:secret@host:port/db` → `host:port`, for logs. */
export function replicaEndpoint(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port === '' ? '5432' : parsed.port}`;
  } catch {
    return 'replica';
  }
}

/**
 * Routes the reads that may be slightly stale (lists, search, reports) to a read replica, and
 * everything else to the primary. TypeORM's own `replication` option is not used: it sends every
 * find() to a random replica, so a session row just created at sign-in, or a file just saved,
 * could be missing on the next read.
 *
 * Each api process checks its replicas every DATABASE_REPLICA_CHECK_INTERVAL_MS: a replica is
 * read from while its last check succeeded recently, it is a standby, and it is no further
 * behind the primary than DATABASE_REPLICA_MAX_LAG_MS. A request that carries the position of
 * its caller's last write (the read-after cookie, see the api's read-after middleware) only reads
 * from a replica that has replayed that far. Several fit replicas take turns; none, the primary.
 * A read that fails on a replica because of the replica is retried once on the primary, and
 * the replica is set aside until its next successful check.
 */
@Injectable()
export class ReadReplicas implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReadReplicas.name);
  private readonly replicas: Replica[];
  private readonly history = new PrimaryPositionHistory();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private turn = 0;
  private readonly counts = { replicaReads: 0, primaryReads: 0, fallbacks: 0, writePositionsRead: 0 };

  constructor(
    private readonly primary: DataSource,
    private readonly config: AppConfig,
    @Inject(DATABASE_MODULE_OPTIONS) private readonly options: DatabaseModuleOptions,
  ) {
    const urls = options.readReplicas === true ? config.database.replicaUrls : [];
    this.replicas = urls.map((url) => ({ endpoint: replicaEndpoint(url), url, dataSource: undefined, connecting: undefined, observation: undefined, failedRead: false, logged: 'initial', reads: 0 }));
  }

  /** True when reads are routed: replicas are configured and this process routes (the api). */
  get enabled(): boolean {
    return this.replicas.length > 0;
  }

  /**
   * How long a read-after cookie needs to live: after the maximum lag (and one check) every
   * replica still read from has replayed the write it points to.
   */
  get readAfterMaxAgeMs(): number {
    return this.config.database.replicaMaxLagMs + this.config.database.replicaCheckIntervalMs + 1_000;
  }

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    // The first check at once; reads go to the primary until it has answered.
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    // What the replicas took off the primary in this process's life: for capacity planning.
    if (this.enabled) this.logger.log({ ...this.counts }, 'routed reads since start');
    await Promise.all(
      this.replicas.map(async (replica) => {
        const dataSource = replica.dataSource;
        replica.dataSource = undefined;
        if (dataSource?.isInitialized) await dataSource.destroy().catch(() => undefined);
      }),
    );
  }

  /** A routed read: `work` runs with a replica's manager when one is fit for this caller, else the primary's. */
  read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.route((dataSource) => work(dataSource.manager));
  }

  /**
   * A routed read of several statements that must see one state of the database (the reports):
   * one REPEATABLE READ READ ONLY transaction (a hot standby accepts it), retried whole on the
   * primary if the replica fails.
   */
  readTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.route((dataSource) =>
      dataSource.transaction('REPEATABLE READ', async (manager) => {
        await manager.query('SET TRANSACTION READ ONLY');
        return work(manager);
      }),
    );
  }

  /**
   * The primary's current log position, e.g. `0/3000148`: after a write, a replica that has
   * replayed this far holds it. Read only when replicas are configured.
   */
  async writePosition(): Promise<string> {
    this.counts.writePositionsRead += 1;
    const rows = await this.primary.query<{ position: string }[]>('SELECT pg_current_wal_lsn()::text AS position');
    return rows[0].position;
  }

  stats(): ReadReplicaStats {
    const limits = this.limits();
    return {
      enabled: this.enabled,
      ...this.counts,
      replicas: this.replicas.map((replica) => ({
        endpoint: replica.endpoint,
        condition: this.conditionOf(replica, limits),
        lagMs: replica.observation?.lagMs ?? null,
        reads: replica.reads,
      })),
    };
  }

  private async route<T>(run: (dataSource: DataSource) => Promise<T>): Promise<T> {
    const replica = this.choose();
    if (replica?.dataSource === undefined) {
      this.counts.primaryReads += 1;
      return run(this.primary);
    }
    let result: T;
    try {
      result = await run(replica.dataSource);
    } catch (error) {
      if (!isReplicaFailure(error)) throw error;
      this.setAside(replica, error);
      this.counts.fallbacks += 1;
      this.counts.primaryReads += 1;
      return run(this.primary);
    }
    replica.reads += 1;
    this.counts.replicaReads += 1;
    return result;
  }

  private choose(): Replica | undefined {
    if (!this.enabled) return undefined;
    const limits = this.limits();
    const readAfter = parseWalPosition(RequestContext.current()?.readAfter);
    const fit = this.replicas.filter((replica) => replica.dataSource?.isInitialized === true && !replica.failedRead && mayReadFrom(replica.observation, limits, readAfter));
    if (fit.length === 0) return undefined;
    this.turn = (this.turn + 1) % 1_000_000;
    return fit[this.turn % fit.length];
  }

  private limits(): ReplicaLimits {
    // Three rounds of checks missed (or one slow to its timeout): the checks have stalled.
    const staleAfterMs = 3 * this.config.database.replicaCheckIntervalMs + this.checkTimeoutMs();
    return { now: Date.now(), maxLagMs: this.config.database.replicaMaxLagMs, staleAfterMs };
  }

  /** How long a check may take: a loaded replica answers slowly without being unfit. */
  private checkTimeoutMs(): number {
    return Math.min(Math.max(4 * this.config.database.replicaCheckIntervalMs, 2_000), 5_000);
  }

  private conditionOf(replica: Replica, limits: ReplicaLimits): ReplicaCondition | 'failed-read' {
    return replica.failedRead ? 'failed-read' : replicaCondition(replica.observation, limits);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      void this.check().finally(() => this.schedule(this.config.database.replicaCheckIntervalMs));
    }, delayMs);
    // A check pending must not keep a process alive that is otherwise done.
    this.timer.unref();
  }

  /** One round of checks: the primary's position first, then every replica's, in parallel. */
  private async check(): Promise<void> {
    const timeoutMs = this.checkTimeoutMs();
    try {
      const position = await withTimeout(this.primaryFlushPosition(), timeoutMs, 'the primary did not answer in time');
      this.history.record(Date.now(), position);
    } catch {
      // Without the primary's position no lag can be measured: the replicas' last checks age
      // until they are stale, and reads go to the primary (which answers as it can).
      return;
    }
    await Promise.all(this.replicas.map((replica) => this.checkReplica(replica, timeoutMs)));
  }

  private async primaryFlushPosition(): Promise<bigint> {
    // The flushed position: a replica can never be further than that.
    const rows = await this.primary.query<{ position: string }[]>('SELECT pg_current_wal_flush_lsn()::text AS position');
    const position = parseWalPosition(rows[0].position);
    if (position === undefined) throw new Error('unexpected log position from the primary');
    return position;
  }

  private async checkReplica(replica: Replica, timeoutMs: number): Promise<void> {
    try {
      const dataSource = await withTimeout(this.connect(replica), timeoutMs, 'the replica did not answer in time');
      const rows = await withTimeout(
        dataSource.query<{ in_recovery: boolean; replayed: string | null }[]>(
          'SELECT pg_is_in_recovery() AS in_recovery, pg_last_wal_replay_lsn()::text AS replayed',
        ),
        timeoutMs,
        'the replica did not answer in time',
      );
      const replayed = parseWalPosition(rows[0].replayed);
      const now = Date.now();
      replica.observation = { checkedAt: now, inRecovery: rows[0].in_recovery, replayed, lagMs: replayed === undefined ? undefined : this.history.lagOf(replayed, now) };
    } catch {
      replica.observation = undefined;
    }
    // The check decides from here: a failed read only sets a replica aside until then.
    replica.failedRead = false;
    this.logChange(replica);
  }

  /** The replica's own pool, made on first use: a replica down when the api starts must not stop it. */
  private connect(replica: Replica): Promise<DataSource> {
    if (replica.dataSource?.isInitialized) return Promise.resolve(replica.dataSource);
    replica.connecting ??= this.open(replica).finally(() => {
      replica.connecting = undefined;
    });
    return replica.connecting;
  }

  private async open(replica: Replica): Promise<DataSource> {
    const dataSource = new DataSource(
      buildDataSourceOptions({ ...this.config.database, url: replica.url }, this.options.schema, `${this.options.applicationName}-replica`),
    );
    await dataSource.initialize();
    if (this.stopped) {
      await dataSource.destroy();
      throw new Error('shutting down');
    }
    replica.dataSource = dataSource;
    return dataSource;
  }

  private setAside(replica: Replica, error: unknown): void {
    if (replica.failedRead) return;
    replica.failedRead = true;
    if (replica.logged === 'down') return;
    replica.logged = 'down';
    this.logger.warn({ replica: replica.endpoint, code: failureCode(error) }, `replica ${replica.endpoint} failed a read: reading from the primary`);
  }

  private logChange(replica: Replica): void {
    const state = loggedState(this.conditionOf(replica, this.limits()));
    if (state === replica.logged) return;
    const previous = replica.logged;
    replica.logged = state;
    const lagMs = replica.observation?.lagMs ?? null;
    const fields = { replica: replica.endpoint, lagMs };
    switch (state) {
      case 'in-use':
        this.logger.log(fields, previous === 'initial' ? `replica ${replica.endpoint} is in use` : `replica ${replica.endpoint} is back`);
        return;
      case 'behind':
        this.logger.warn(fields, `replica ${replica.endpoint} is behind by ${lagMs ?? 'an unknown number of'} ms: reading from the primary`);
        return;
      case 'not-standby':
        this.logger.warn(fields, `replica ${replica.endpoint} is not a standby: reading from the primary`);
        return;
      case 'down':
      case 'initial':
        this.logger.warn(fields, `replica ${replica.endpoint} does not answer: reading from the primary`);
        return;
    }
  }
}
