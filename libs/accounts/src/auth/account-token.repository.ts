import { Injectable } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import { AccountTokenEntity, type TokenPurpose } from '../entities/account-token.entity.js';

/** One-time links' rows: only the hash of each token is stored. */
@Injectable()
export class AccountTokenRepository {
  /** Marks the user's unused links for this purpose used, so only the next one issued works. */
  async voidUnused(manager: EntityManager, userId: string, purpose: TokenPurpose, now: Date): Promise<void> {
    await manager.getRepository(AccountTokenEntity).update({ userId, purpose, usedAt: IsNull() }, { usedAt: now });
  }

  async insert(manager: EntityManager, values: Pick<AccountTokenEntity, 'userId' | 'purpose' | 'tokenHash' | 'expiresAt'>): Promise<void> {
    await manager.getRepository(AccountTokenEntity).insert({ ...values, usedAt: null });
  }

  /** Marks a live (unused, unexpired) link used and returns its user; undefined when there is none. */
  async consumeLive(manager: EntityManager, tokenHash: Buffer, purpose: TokenPurpose, now: Date): Promise<string | undefined> {
    const rows = await manager.query<[{ user_id: string }[], number]>(
      `UPDATE account_token SET used_at = $1
        WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1
        RETURNING user_id`,
      [now, tokenHash, purpose],
    );
    return rows[0][0]?.user_id;
  }
}
