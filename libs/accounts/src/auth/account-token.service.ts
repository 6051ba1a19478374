import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { DomainError } from '#domain';
import { Clock } from '#platform';
import { AccountTokenEntity, type TokenPurpose } from '../entities/account-token.entity.js';
import { hashToken, newToken } from '../security/tokens.js';

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  invitation: 72 * 3_600_000,
  'password-reset': 60 * 60_000,
};

/** One-time links for invitations and password resets. Issuing one voids earlier ones. */
@Injectable()
export class AccountTokenService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async issue(userId: string, purpose: TokenPurpose, manager: EntityManager = this.dataSource.manager): Promise<{ token: string; expiresAt: Date }> {
    const now = this.clock.now();
    const repo = manager.getRepository(AccountTokenEntity);
    await repo.update({ userId, purpose, usedAt: IsNull() }, { usedAt: now });
    const token = newToken();
    const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]);
    await repo.insert({ userId, purpose, tokenHash: hashToken(token), expiresAt, usedAt: null });
    return { token, expiresAt };
  }

  /** Marks the token used and returns its user, or refuses an unknown, used or expired token. */
  async consume(token: string, purpose: TokenPurpose, manager: EntityManager): Promise<string> {
    const now = this.clock.now();
    const rows = await manager.query<[{ user_id: string }[], number]>(
      `UPDATE account_token SET used_at = $1
        WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1
        RETURNING user_id`,
      [now, hashToken(token), purpose],
    );
    const userId = rows[0][0]?.user_id;
    if (!userId) throw new DomainError('TOKEN_INVALID_OR_EXPIRED', 'This link is invalid, already used or expired. Ask for a new one.');
    return userId;
  }
}
