import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

/**
 * A Lua script Redis runs as one atomic step: no other command, from this api instance or
 * another, runs between its reads and writes. Sent by its SHA-1 (EVALSHA), and in full only when
 * Redis does not know it yet (after a restart or a SCRIPT FLUSH). The client's key prefix applies
 * to `keys` as to any command.
 */
export class RedisScript {
  private readonly sha: string;

  constructor(private readonly source: string) {
    this.sha = createHash('sha1').update(source, 'utf8').digest('hex');
  }

  async run(redis: Redis, keys: readonly string[], args: readonly (string | number)[]): Promise<number[]> {
    try {
      return (await redis.evalsha(this.sha, keys.length, ...keys, ...args)) as number[];
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return (await redis.eval(this.source, keys.length, ...keys, ...args)) as number[];
    }
  }
}
