import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '#domain';
import { Clock } from '#platform';
import type { TokenPurpose } from '../entities/account-token.entity.js';
import { hashToken, newToken } from '../security/tokens.js';
import { AccountTokenRepository } from './account-token.repository.js';

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  invitation: 72 * 3_600_000,
  'password-reset': 60 * 60_000,
};

/** One-time links for invitations and password resets. Issuing one voids earlier ones. */
@Injectable()
export class AccountTokenService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: AccountTokenRepository,
    private readonly clock: Clock,
  ) {}

  async issue(userId: string, purpose: TokenPurpose, manager: EntityManager = this.dataSource.manager): Promise<{ token: string; expiresAt: Date }> {
    const now = this.clock.now();
    await this.tokens.voidUnused(manager, userId, purpose, now);
    const token = newToken();
    const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]);
    await this.tokens.insert(manager, { userId, purpose, tokenHash: hashToken(token), expiresAt });
    return { token, expiresAt };
  }

  /** Marks the token used and returns its user, or refuses an unknown, used or expired token. */
  async consume(token: string, purpose: TokenPurpose, manager: EntityManager): Promise<string> {
    const userId = await this.tokens.consumeLive(manager, hashToken(token), purpose, this.clock.now());
    if (!userId) throw new DomainError('TOKEN_INVALID_OR_EXPIRED', 'This link is invalid, already used or expired. Ask for a new one.');
    return userId;
  }
}
