import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { ReferralReplyTokenEntity } from '../entities/referral-reply-token.entity.js';

/** Data access for the partners' reply links, found only by the hash of their token. */
@Injectable()
export class ReplyTokenRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(referralId: string, tokenHash: Buffer, sentTo: string, expiresAt: Date, manager: EntityManager): Promise<string> {
    const result = await manager.getRepository(ReferralReplyTokenEntity).insert({ referralId, tokenHash, sentTo, expiresAt, revokedAt: null, revokedBy: null, mailedAt: null, mailFailedAt: null });
    return (result.identifiers[0] as { id: string }).id;
  }

  /** What the mail server said to the link's e-mail. */
  async recordMailing(tokenId: string, delivered: boolean, at: Date): Promise<void> {
    await this.dataSource.getRepository(ReferralReplyTokenEntity).update({ id: tokenId }, delivered ? { mailedAt: at, mailFailedAt: null } : { mailFailedAt: at });
  }

  async findByHash(tokenHash: Buffer, manager: EntityManager = this.dataSource.manager): Promise<ReferralReplyTokenEntity | null> {
    return manager.getRepository(ReferralReplyTokenEntity).findOneBy({ tokenHash });
  }

  /** The link the partner holds now: the newest one not revoked (expired or not). */
  async currentOf(referralId: string, manager: EntityManager = this.dataSource.manager): Promise<ReferralReplyTokenEntity | null> {
    return manager.getRepository(ReferralReplyTokenEntity).findOne({ where: { referralId, revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
  }

  /** Revokes every live link of these referrals; returns how many were live. */
  async revokeAll(referralIds: readonly string[], revokedBy: string | null, now: Date, manager: EntityManager): Promise<number> {
    if (referralIds.length === 0) return 0;
    const [, count] = await manager.query<[unknown[], number]>(
      `UPDATE referral_reply_token SET revoked_at = $2, revoked_by = $3 WHERE referral_id = ANY($1::uuid[]) AND revoked_at IS NULL`,
      [referralIds, now, revokedBy],
    );
    return count;
  }
}
