import type { RedisOptions } from 'ioredis';

/**
 * ioredis options from a `redis://` or `rediss://` URL. BullMQ duplicates connections from these
 * options, so the URL is parsed once here rather than handed around as a string.
 */
export type RedisConnectionOptions = Omit<RedisOptions, 'retryStrategy'> & {
  readonly retryStrategy: (attempt: number) => number;
};

export function redisOptionsFromUrl(url: string): RedisConnectionOptions {
  const parsed = new URL(url);
  const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0;
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 6379,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    connectTimeout: 5_000,
    // Reconnect forever with a capped back-off, so a Redis restart heals without restarting us.
    retryStrategy: (attempt: number) => Math.min(attempt * 200, 2_000),
  };
}
