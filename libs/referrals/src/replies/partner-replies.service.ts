import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UserDirectory } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import { ClientsService } from '#clients';
import { allowedReferralActions, DomainError, localDateInTimeZone, type ReferralAction } from '#domain';
import { AppConfig, Clock, RequestLimiter } from '#platform';
import { ReferralLetters } from '../referrals/referral-letters.js';
import { ReferralRepository, type ReferralRecord } from '../referrals/referral.repository.js';
import type { PartnerReferralView } from '../referrals/referral.views.js';
import { ReferralsService } from '../referrals/referrals.service.js';
import { ReplyLinks, type ReplyLinkRefusal } from './reply-links.js';

const HOUR_MS = 3_600_000;

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
    private readonly clients: ClientsService,
    private readonly audit: AuditService,
    private readonly limiter: RequestLimiter,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** `address`: the caller's network address (its /64 for IPv6), for the limit on refused links. */
  async open(referralId: string, token: string, address: string): Promise<PartnerReferralView> {
    const { record, expiresAt } = await this.admit(referralId, token, 'view', address);
    return this.view(record, expiresAt);
  }

  async letter(referralId: string, token: string, address: string): Promise<{ pdf: Buffer; number: number }> {
    const { record } = await this.admit(referralId, token, 'letter', address);
    // Each download renders the letter again: a link, however valid, gets a few per hour.
    const limit = this.config.rateLimit.partnerLettersPerHour;
    const counted = await this.limiter.count('partner-letter', referralId, limit, HOUR_MS);
    if (!counted.allowed) {
      throw new DomainError('RATE_LIMITED', 'This letter was downloaded many times in the last hour. Try again later.', { retryAfterSeconds: counted.retryAfterSeconds });
    }
    const names = await this.users.displayNames([record.referral.createdBy]);
    const pdf = await this.letters.render(record, record.referral.sharedRows ?? [], names.get(record.referral.createdBy ?? '') ?? null, record.referral.sentOn ?? this.today());
    return { pdf, number: record.referral.number };
  }

  async answer(referralId: string, token: string, input: PartnerAnswerInput, address: string): Promise<PartnerReferralView> {
    const { expiresAt } = await this.admit(referralId, token, input.action, address);
    const today = this.today();
    const clientId = (await this.referrals.findById(referralId))?.referral.clientId;
    await this.dataSource.transaction(async (manager) => {
      // The file's row first, as every caseworker's change takes it, then the referral's: the two
      // queue up instead of deadlocking. Checked again under the locks: a link revoked, a consent
      // withdrawn or the file closed meanwhile wins.
      const file = clientId ? await this.clients.lockForOutsideAnswer(clientId, manager) : null;
      const record = await this.referrals.findById(referralId, manager, true);
      const check = await this.links.check(referralId, token, manager);
      if (!check.ok || !record) throw refused(check.ok ? 'unknown' : check.refusal);
      if (file !== 'open') throw refused('revoked');
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

  /**
   * The link must be this referral's, in force, on an open file; otherwise the refusal is audited
   * and answered. An address that keeps presenting refused links is refused outright for the rest
   * of the hour, with one audit row, so a flood of guesses cannot flood the audit trail.
   */
  private async admit(referralId: string, token: string, purpose: string, address: string): Promise<{ record: ReferralRecord; expiresAt: Date }> {
    const check = await this.links.check(referralId, token);
    const record = check.ok ? await this.referrals.findById(referralId) : null;
    // A closed file shares nothing more: its links read as withdrawn.
    const closed = record !== null && !(await this.clients.isOpen(record.referral.clientId));
    if (!check.ok || !record || closed) {
      const refusal: ReplyLinkRefusal = !check.ok ? check.refusal : record ? 'revoked' : 'unknown';
      const limit = this.config.rateLimit.partnerRefusalsPerHour;
      // The limit is part of the key: a deployment that changes it starts counting afresh.
      const counted = await this.limiter.count(`partner-refusals-${limit}`, address, limit, HOUR_MS);
      if (!counted.allowed) {
        if (counted.firstRefusal) {
          await this.audit.record({ action: AuditAction.ReferralReplyOpened, outcome: 'denied', actor: null, target: { type: 'referral', id: null }, details: { refusal: 'rate-limited', purpose } });
        }
        throw new DomainError('RATE_LIMITED', 'Too many links that do not work from this network. Try again later.', { retryAfterSeconds: counted.retryAfterSeconds });
      }
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
    return localDateInTimeZone(this.clock.now(), this.config.timeZone);
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
