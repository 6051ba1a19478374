import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { EntityManager } from 'typeorm';
import { afterCommit, AppConfig, REDIS_CLIENT } from '#platform';

/** The Redis channel of principal changes, under the installation's prefix. */
export function principalChangesChannel(config: AppConfig): string {
  return `${config.redis.prefix}:principal-changed`;
}

/**
 * Tells every api process that what a user's session resolves to may have changed (a session
 * ended or replaced; the user deactivated, renamed, given another role, team or second factor;
 * an emergency access grant opened or ended), so that each drops what it keeps in memory
 * (SessionCache). Called by the repositories that write those rows, after the transaction commits
 * and before the request that made the change is answered: Redis has handed the message to every
 * subscribed api before PUBLISH returns, so the caller's next request, wherever it lands, is
 * answered from the new state. Writes made outside the api (psql, a script) reach the apis through
 * the database's own notifications instead (see the migration PrincipalChangeNotifications).
 */
@Injectable()
export class PrincipalChanges {
  private readonly logger = new Logger(PrincipalChanges.name);
  private readonly channel: string;

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    config: AppConfig,
  ) {
    this.channel = principalChangesChannel(config);
  }

  /** Once `manager`'s transaction has committed (at once without one): the users' sessions changed. */
  async announce(userIds: Iterable<string>, manager?: EntityManager): Promise<void> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) return;
    if (manager?.queryRunner?.isTransactionActive) {
      // TypeORM awaits the commit's subscribers: the publish is done before the transaction returns.
      afterCommit(manager, () => this.publish(ids));
      return;
    }
    await this.publish(ids);
  }

  private async publish(ids: readonly string[]): Promise<void> {
    try {
      await this.redis.publish(this.channel, ids.join(','));
    } catch (error) {
      // Every cache stops serving while it cannot hear Redis, and the database's notification
      // still reaches them: a lost publish is late at worst, never missed.
      this.logger.warn({ err: error }, 'principal change not published: Redis did not answer');
    }
  }
}
