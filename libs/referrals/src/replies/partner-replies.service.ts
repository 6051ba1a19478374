import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UserDirectory } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import { TIME_ZONE } from '#clients';
import { allowedReferralActions, DomainError, localDateInTimeZone, type ReferralAction } from '#domain';
import { AppConfig, Clock } from '#platform';
import { ReferralLetters } from '../referrals/referral-letters.js';
import { ReferralRepository, type ReferralRecord } from '../referrals/referral.repository.js';
import type { PartnerReferralView } from '../referrals/referral.views.js';
import { ReferralsService } from '../referrals/referrals.service.js';
import { ReplyLinks, type ReplyLinkRefusal } from './reply-links.js';

export interface PartnerAnswerInput {
  readonly action: Extract<ReferralAction, 'acknowledge' | 'accept' | 'decline'>;
  /** Why they decline (required with decline). */
  readonly reason?: string | null;
  /** Anything the partner wants the caseworker to know (the intake date, a contact). */
  readonly note?: string | null;
}

/**
 * What a partner does through their reply link, without an account: read the letter they were
 * sent, and acknowledge, accept or decline. The token opens this one referral and nothing else;
 * every opening, and every refused link, is audited.
 */
@Injectable()
export class PartnerRepliesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly links: ReplyLinks,
    private readonly referrals: ReferralRepository,
    private readonly referralsService: ReferralsService,
    private readonly letters: ReferralLetters,
    private readonly users: UserDirectory,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async open(referralId: string, token: string): Promise<PartnerReferralView> {
    const { record, expiresAt } = await this.admit(referralId, token, 'view');
    return this.view(record, expiresAt);
  }

  async letter(referralId: string, token: string): Promise<{ pdf: Buffer; number: number }> {
    const { record } = await this.admit(referralId, token, 'letter');
    const names = await this.users.displayNames([record.referral.createdBy]);
    const pdf = await this.letters.render(record, record.referral.sharedRows ?? [], names.get(record.referral.createdBy ?? '') ?? null, record.referral.sentOn ?? this.today());
    return { pdf, number: record.referral.number };
  }

  async answer(referralId: string, token: string, input: PartnerAnswerInput): Promise<PartnerReferralView> {
    const { expiresAt } = await this.admit(referralId, token, input.action);
    const today = this.today();
    await this.dataSource.transaction(async (manager) => {
      // Checked again once the referral's row is locked: a link revoked or a consent withdrawn meanwhile wins.
      const record = await this.referrals.findById(referralId, manager, true);
      const check = await this.links.check(referralId, token, manager);
      if (!check.ok || !record) throw refused(check.ok ? 'unknown' : check.refusal);
      const { referral } = record;
      await this.referralsService.applyStep(
        { id: referral.id, clientId: referral.clientId, status: referral.status, version: referral.version, followUpOn: referral.followUpOn },
        { action: input.action, reason: input.reason ?? null, note: input.note ?? null },
        'partner',
        null,
        today,
        manager,
      );
    });
    const record = (await this.referrals.findById(referralId)) as ReferralRecord;
    return this.view(record, expiresAt);
  }

  /** The link must be this referral's, in force; otherwise the refusal is audited and answered. */
  private async admit(referralId: string, token: string, purpose: string): Promise<{ record: ReferralRecord; expiresAt: Date }> {
    const check = await this.links.check(referralId, token);
    const record = check.ok ? await this.referrals.findById(referralId) : null;
    if (!check.ok || !record) {
      const refusal = check.ok ? 'unknown' : check.refusal;
      // The referral named in the URL is recorded only when the token really was one of its own.
      await this.audit.record({
        action: AuditAction.ReferralReplyOpened,
        outcome: 'denied',
        actor: null,
        target: { type: 'referral', id: refusal === 'expired' || refusal === 'revoked' ? referralId : null },
        details: { refusal, purpose },
      });
      throw refused(refusal);
    }
    await this.audit.record({ action: AuditAction.ReferralReplyOpened, actor: null, clientId: record.referral.clientId, target: { type: 'referral', id: referralId }, details: { purpose } });
    return { record, expiresAt: check.link.expiresAt };
  }

  private async view(record: ReferralRecord, expiresAt: Date): Promise<PartnerReferralView> {
    const { referral } = record;
    const names = await this.users.displayNames([referral.createdBy]);
    return {
      number: referral.number,
      fromOrganisation: this.config.referrals.organisationName,
      caseworkerName: names.get(referral.createdBy ?? '') ?? null,
      organisationName: record.organisationName ?? '',
      serviceName: record.serviceName ?? '',
      serviceKind: referral.serviceKind,
      urgency: referral.urgency,
      letterLocale: referral.letterLocale,
      reason: referral.reason,
      shared: referral.sharedRows ?? [],
      sentOn: referral.sentOn ?? '',
      status: referral.status,
      allowedActions: allowedReferralActions(referral.status, 'partner'),
      partnerNote: referral.partnerNote,
      linkExpiresAt: expiresAt.toISOString(),
    };
  }

  private today(): string {
    return localDateInTimeZone(this.clock.now(), TIME_ZONE);
  }
}

/** A guessed token and one for another referral look the same: not found. Expired and revoked say so to their holder. */
function refused(refusal: ReplyLinkRefusal): DomainError {
  switch (refusal) {
    case 'unknown':
    case 'other-referral':
      return new DomainError('REPLY_LINK_INVALID', 'This link is not valid. Ask the organisation that sent it for a new one.');
    case 'expired':
      return new DomainError('REPLY_LINK_EXPIRED', 'This link has expired. Ask the organisation that sent it for a new one.');
    case 'revoked':
      return new DomainError('REPLY_LINK_EXPIRED', 'This link is no longer in force: the referral was answered and closed, or the organisation that sent it withdrew the link.');
  }
}
