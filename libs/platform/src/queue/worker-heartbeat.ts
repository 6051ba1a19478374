import { Inject, Injectable } from '@nestjs/common';
import { hostname } from 'node:os';
import type { Redis } from 'ioredis';
import { REDIS_CLIENT } from './redis-client.token.js';

const KEY = 'worker:heartbeat';
/** A worker that has not beaten for this long is considered gone. */
export const HEARTBEAT_STALE_AFTER_MS = 60_000;

export interface Heartbeat {
  readonly at: string;
  readonly worker: string;
}

/**
 * The worker's sign of life, written by a scheduled maintenance job (so it proves that jobs are
 * being processed, not just that a process exists) and read by the api's `/health/worker`.
 */
@Injectable()
export class WorkerHeartbeat {
  constructor(@Inject(REDIS_CLIENT) private readonly redis: Redis) {}

  async beat(now: Date): Promise<void> {
    const value: Heartbeat = { at: now.toISOString(), worker: `${hostname()}:${process.pid}` };
    await this.redis.set(KEY, JSON.stringify(value), 'PX', HEARTBEAT_STALE_AFTER_MS * 10);
  }

  async latest(): Promise<Heartbeat | undefined> {
    const raw = await this.redis.get(KEY);
    return raw ? (JSON.parse(raw) as Heartbeat) : undefined;
  }
}
