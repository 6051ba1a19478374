import { Logger } from '@nestjs/common';
import pg from 'pg';
import type { AppConfig } from '../config/app-config.js';
import { quoteIdentifier } from './runtime-privileges.js';

/** What a listener tells its owner. */
export interface ListenerEvents {
  /** A notification on the channel, with its payload. */
  readonly notified: (payload: string) => void;
  /**
   * LISTEN is in place (at start, and again after every reconnection): from now on every
   * notification committed reaches `notified`. Whatever was committed while the connection was
   * down was not delivered and never will be.
   */
  readonly listening: () => void;
  /** The connection is gone: notifications are being missed until `listening` is called again. */
  readonly lost: () => void;
}

/** Waits between reconnection attempts: doubling from the first, up to the last. */
const RECONNECT_DELAYS_MS = [100, 200, 500, 1_000, 2_000, 5_000];

/**
 * One connection to the primary that LISTENs on one channel and reconnects, with a growing pause,
 * whenever the connection is lost (the server restarted, the backend was terminated, the network
 * dropped). Its owner learns each loss and each return, because notifications sent meanwhile are
 * gone: a cache fed by them must not be trusted across a gap.
 *
 * A connection of its own, not one of the pool's: a pooled connection is handed to other work
 * and LISTEN belongs to a session.
 */
export class DatabaseListener {
  private readonly logger = new Logger(DatabaseListener.name);
  private client: pg.Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private attempt = 0;
  private stopped = false;
  private connected = false;

  constructor(
    private readonly database: AppConfig['database'],
    private readonly channel: string,
    private readonly events: ListenerEvents,
    private readonly applicationName = 'yorisoi-listener',
  ) {}

  /** True while LISTEN is in place. */
  get isListening(): boolean {
    return this.connected;
  }

  /** Connects; resolves once LISTEN is in place or the first attempt has failed (it keeps trying). */
  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    const client = this.client;
    this.client = undefined;
    this.markLost();
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({
      connectionString: this.database.url,
      ssl: this.database.ssl === 'disable' ? false : { rejectUnauthorized: this.database.ssl === 'verify-full' },
      application_name: this.applicationName,
      connectionTimeoutMillis: 5_000,
      // A silent network loss must end in an error, not in a connection that never hears again.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    this.client = client;
    client.on('notification', (message) => {
      if (message.channel === this.channel && message.payload !== undefined) this.events.notified(message.payload);
    });
    // 'error' and 'end' both follow a loss; the first one seen schedules the reconnection.
    const onLoss = (error?: Error) => {
      if (this.client !== client) return;
      this.client = undefined;
      client.removeAllListeners('notification');
      void client.end().catch(() => undefined);
      this.markLost(error);
      this.scheduleReconnect();
    };
    client.on('error', onLoss);
    client.on('end', () => onLoss());
    try {
      await client.connect();
      await client.query(`LISTEN ${quoteIdentifier(this.channel)}`);
    } catch (error) {
      onLoss(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    if (this.client !== client || this.stopped) return;
    if (this.attempt > 0) this.logger.log({ channel: this.channel }, 'listening again');
    this.attempt = 0;
    this.connected = true;
    this.events.listening();
  }

  private markLost(error?: Error): void {
    const wasListening = this.connected;
    this.connected = false;
    if (wasListening && !this.stopped) this.logger.warn({ channel: this.channel, code: (error as { code?: string } | undefined)?.code }, 'notifications lost; reconnecting');
    this.events.lost();
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    const delay = RECONNECT_DELAYS_MS[Math.min(this.attempt, RECONNECT_DELAYS_MS.length - 1)];
    this.attempt += 1;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.connect(), delay);
    this.timer.unref();
  }
}
