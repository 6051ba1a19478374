import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AppConfig, Clock } from '#platform';
import type { ReferralReplyTokenEntity } from '../entities/referral-reply-token.entity.js';
import { ReplyTokenRepository } from './reply-token.repository.js';

/** How long a partner's link works (issue 12: 14 days). */
export const REPLY_LINK_DAYS = 14;
const DAY_MS = 86_400_000;

/** Why a link was refused; audited, and told to the holder only as far as it does not help a guesser. */
export type ReplyLinkRefusal = 'unknown' | 'other-referral' | 'expired' | 'revoked';

export type ReplyLinkCheck = { readonly ok: true; readonly link: ReferralReplyTokenEntity } | { readonly ok: false; readonly refusal: ReplyLinkRefusal };

/** The shape of a token we issue: 32 random bytes in base64url. Anything else is not looked up. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function hashReplyToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/**
 * The partners' single-purpose reply links: 256 bits from the system's CSPRNG, kept only as their
 * SHA-256 (a database leak gives no working link), bound to one referral, expiring, revocable.
 * A fast hash is enough: the token has full entropy, so there is nothing to brute-force offline.
 */
@Injectable()
export class ReplyLinks {
  constructor(
    private readonly tokens: ReplyTokenRepository,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** A new link for the referral, to be e-mailed to `sentTo`; earlier ones stop working. The token is returned once, for the e-mail. */
  async issue(referralId: string, sentTo: string, revokedBy: string | null, manager: EntityManager): Promise<{ id: string; token: string; url: string; expiresAt: Date }> {
    const now = this.clock.now();
    await this.tokens.revokeAll([referralId], revokedBy, now, manager);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + REPLY_LINK_DAYS * DAY_MS);
    const id = await this.tokens.insert(referralId, hashReplyToken(token), sentTo, expiresAt, manager);
    // In the fragment: browsers do not send it to the server, so it stays out of access logs and Referer headers.
    return { id, token, url: `${this.config.http.publicUrl}/partner-reply/${referralId}#token=${token}`, expiresAt };
  }

  async check(referralId: string, token: string, manager?: EntityManager): Promise<ReplyLinkCheck> {
    if (!TOKEN.test(token)) return { ok: false, refusal: 'unknown' };
    const link = await this.tokens.findByHash(hashReplyToken(token), manager);
    if (!link) return { ok: false, refusal: 'unknown' };
    if (link.referralId !== referralId) return { ok: false, refusal: 'other-referral' };
    if (link.revokedAt !== null) return { ok: false, refusal: 'revoked' };
    if (link.expiresAt.getTime() <= this.clock.now().getTime()) return { ok: false, refusal: 'expired' };
    return { ok: true, link };
  }

  async current(referralId: string): Promise<ReferralReplyTokenEntity | null> {
    return this.tokens.currentOf(referralId);
  }

  async recordMailing(linkId: string, delivered: boolean): Promise<void> {
    await this.tokens.recordMailing(linkId, delivered, this.clock.now());
  }

  async revoke(referralIds: readonly string[], revokedBy: string | null, manager: EntityManager): Promise<number> {
    return this.tokens.revokeAll(referralIds, revokedBy, this.clock.now(), manager);
  }
}
