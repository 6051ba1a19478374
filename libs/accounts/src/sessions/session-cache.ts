import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppConfig, DatabaseListener, REDIS_CLIENT } from '#platform';
import { principalChangesChannel } from './principal-changes.js';
import type { ResolvedSessionRow } from './session.repository.js';

/** The channel the database's triggers notify (migration PrincipalChangeNotifications). */
export const PRINCIPAL_CHANGES_CHANNEL = 'yorisoi_principal_changed';

/** Enough for every live session of a large network; the oldest entries go first beyond it. */
const MAX_ENTRIES = 20_000;

interface Entry {
  readonly row: ResolvedSessionRow;
  /** performance.now() when it was read from the database. */
  readonly storedAt: number;
  /** Bumped by the session's own touch, so the idle timeout is checked against the latest. */
  lastSeenAt: Date;
}

/**
 * The principals this api process resolved from session cookies, for SESSION_CACHE_SECONDS, so
 * that most requests skip the session query. Correctness does not rest on that short life but on
 * every api being told of each change at once, by two channels:
 * - the api that makes a change publishes it on Redis once it has committed and before it answers
 *   (PrincipalChanges), so the caller's next request is answered from the new state on every api;
 * - the database's triggers NOTIFY every change to a session, a user, a membership or an emergency
 *   access grant, whoever made it (psql, a script, a cascade), when its transaction commits.
 * Either drops that user's entries. What nothing can notify, the cache checks at every use
 * against the caller's clock: the session's absolute and idle expiry, and the first emergency
 * access grant to expire.
 *
 * Nothing is kept while either channel is not heard: the cache empties itself when a connection
 * is lost and stays unused until both listen again, so a change made during the gap is read from
 * the database. A lookup under way when any change arrived is not stored (`generation`): it may
 * have read the state from before that change.
 */
@Injectable()
export class SessionCache implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly entries = new Map<string, Entry>();
  private readonly logger = new Logger(SessionCache.name);
  private readonly listener: DatabaseListener | undefined;
  private readonly subscriber: Redis | undefined;
  private readonly channel: string;
  private generation = 0;
  private databaseHeard = false;
  private redisHeard = false;
  private readonly counts = { hits: 0, misses: 0, invalidations: 0, listens: 0 };

  constructor(
    private readonly config: AppConfig,
    @Inject(REDIS_CLIENT) redis: Redis,
  ) {
    this.channel = principalChangesChannel(config);
    if (config.auth.sessionCacheMs <= 0) return;
    this.listener = new DatabaseListener(config.database, PRINCIPAL_CHANGES_CHANNEL, {
      notified: (userId) => this.forgetUser(userId),
      listening: () => this.heard('database', true),
      lost: () => this.heard('database', false),
    });
    // A connection of its own: a subscribed connection can do nothing else. It starts when the
    // application does, not here.
    this.subscriber = redis.duplicate({ lazyConnect: true });
  }

  async onApplicationBootstrap(): Promise<void> {
    const subscriber = this.subscriber;
    if (subscriber) {
      subscriber.on('message', (channel: string, message: string) => {
        if (channel === this.channel) for (const userId of message.split(',')) this.forgetUser(userId);
      });
      // Subscribed again after every reconnection; heard only once the SUBSCRIBE is confirmed.
      subscriber.on('ready', () => {
        subscriber.subscribe(this.channel).then(
          () => this.heard('redis', true),
          (error: unknown) => this.logger.warn({ err: error }, 'principal changes: subscribing failed'),
        );
      });
      subscriber.on('close', () => this.heard('redis', false));
      subscriber.on('error', () => undefined); // each loss is a 'close'; ioredis reconnects
      await subscriber.connect().catch(() => undefined);
    }
    await this.listener?.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener?.stop();
    this.subscriber?.disconnect();
  }

  /** Whether entries are kept and served now: both channels of changes are heard. */
  get active(): boolean {
    return this.databaseHeard && this.redisHeard;
  }

  /** For tests and the bench: entries, lookups answered and not, changes heard, times LISTEN was (re)established. */
  stats(): { readonly active: boolean; readonly entries: number; readonly hits: number; readonly misses: number; readonly invalidations: number; readonly listens: number } {
    return { active: this.active, entries: this.entries.size, ...this.counts };
  }

  /** Whether a session of the user is kept (for tests that wait for a change to be heard). */
  holds(userId: string): boolean {
    for (const entry of this.entries.values()) if (entry.row.userId === userId) return true;
    return false;
  }

  /** Marks the start of a database lookup; pass the answer to `store`. */
  begin(): number {
    return this.generation;
  }

  /**
   * The session behind `key` (the token's hash, hex), if it was stored, nothing has changed it
   * since, and it is still live at `now`: not expired, not idle since `idleSince`, and every
   * emergency access grant it lists still open.
   */
  get(key: string, now: Date, idleSince: Date): ResolvedSessionRow | undefined {
    if (!this.active) return undefined;
    const entry = this.entries.get(key);
    if (entry === undefined) {
      this.counts.misses += 1;
      return undefined;
    }
    const { row } = entry;
    const fresh =
      performance.now() - entry.storedAt < this.config.auth.sessionCacheMs &&
      row.expiresAt.getTime() > now.getTime() &&
      entry.lastSeenAt.getTime() > idleSince.getTime() &&
      (row.grantsExpireAt === null || row.grantsExpireAt.getTime() > now.getTime());
    if (!fresh) {
      this.entries.delete(key);
      this.counts.misses += 1;
      return undefined;
    }
    this.counts.hits += 1;
    return { ...row, lastSeenAt: entry.lastSeenAt };
  }

  /** Keeps what a lookup begun at `generation` read, unless a change was notified meanwhile. */
  store(key: string, row: ResolvedSessionRow, generation: number): void {
    if (!this.active || generation !== this.generation) return;
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { row, storedAt: performance.now(), lastSeenAt: row.lastSeenAt });
  }

  /** The session's last_seen_at was moved forward in the database. */
  touched(key: string, at: Date): void {
    const entry = this.entries.get(key);
    if (entry) entry.lastSeenAt = at;
  }

  private forgetUser(userId: string): void {
    this.generation += 1;
    this.counts.invalidations += 1;
    for (const [key, entry] of this.entries) {
      if (entry.row.userId === userId) this.entries.delete(key);
    }
  }

  /** A channel was lost or is heard again: either way, what is kept may have missed a change. */
  private heard(channel: 'database' | 'redis', heard: boolean): void {
    if (heard) this.counts.listens += 1;
    if (channel === 'database') this.databaseHeard = heard;
    else this.redisHeard = heard;
    this.generation += 1;
    this.entries.clear();
  }
}
