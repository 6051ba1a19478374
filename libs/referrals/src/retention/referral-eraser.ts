import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ClientDataErasers } from '#clients';
import { Clock } from '#platform';
import { ReferralConsentRepository } from '../consents/referral-consent.repository.js';
import { ReferralRepository } from '../referrals/referral.repository.js';
import { ReplyTokenRepository } from '../replies/reply-token.repository.js';

/**
 * Retention's part for referrals: when files are anonymised, what their referrals said about the
 * client (reason, shared fields, notes, outcome, the consent's wording) goes, and every reply
 * link closes, inside the anonymisation's transaction. Kinds, statuses and dates stay for the
 * statistics, as the file's stages do.
 */
@Injectable()
export class ReferralEraser implements OnModuleInit {
  constructor(
    private readonly erasers: ClientDataErasers,
    private readonly referrals: ReferralRepository,
    private readonly consents: ReferralConsentRepository,
    private readonly tokens: ReplyTokenRepository,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.erasers.register('referrals', (clientIds, manager) => this.erase(clientIds, manager));
  }

  async erase(clientIds: readonly string[], manager: EntityManager): Promise<void> {
    const referralIds = await this.referrals.eraseOfClients(clientIds, manager);
    await this.tokens.revokeAll(referralIds, null, this.clock.now(), manager);
    await this.consents.eraseOfClients(clientIds, manager);
  }
}
