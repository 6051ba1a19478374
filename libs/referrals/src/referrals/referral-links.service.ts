import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import { ClientsService, TimelineWriter } from '#clients';
import { allowedReferralActions, consentCovering, DomainError, isFinalReferralStatus, localDateInTimeZone } from '#domain';
import { AppConfig, Clock } from '#platform';
import { ReferralConsentRepository } from '../consents/referral-consent.repository.js';
import { toRecord } from '../consents/referral-consents.service.js';
import { PartnerDirectoryService } from '../partners/partner-directory.service.js';
import { ReplyLinkMailer } from '../replies/reply-link-mailer.js';
import { ReplyLinks } from '../replies/reply-links.js';
import type { ReferralView } from './referral.views.js';
import { ReferralsService } from './referrals.service.js';

/** The partner's reply link of a sent referral, as the caseworker manages it: closed at once, or sent again. */
@Injectable()
export class ReferralLinksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly referralsService: ReferralsService,
    private readonly consents: ReferralConsentRepository,
    private readonly directory: PartnerDirectoryService,
    private readonly links: ReplyLinks,
    private readonly linkMailer: ReplyLinkMailer,
    private readonly clients: ClientsService,
    private readonly timeline: TimelineWriter,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** Closes the partner's link (sent to a wrong address, say); the referral itself stays as it is. */
  async revoke(principal: Principal, clientId: string, referralId: string): Promise<ReferralView> {
    await this.dataSource.transaction(async (manager) => {
      await this.clients.lockOpen(principal, clientId, manager, 'referral.link');
      await this.referralsService.require(clientId, referralId, manager, true);
      const revoked = await this.links.revoke([referralId], principal.userId, manager);
      if (revoked === 0) throw new DomainError('RECORD_NOT_FOUND', 'This referral has no reply link in force.');
      await this.timeline.add([{ clientId, kind: 'referral.link-revoked', actorUserId: principal.userId, data: { referralId } }], manager);
      await this.audit.record({ action: AuditAction.ReferralLinkRevoked, clientId, target: { type: 'referral', id: referralId } }, manager);
    });
    return this.referralsService.viewAfterWrite(principal, clientId, referralId);
  }

  /** A new link by e-mail (the old one lost, expired or revoked), while the partner still has something to answer or read. */
  async reissue(principal: Principal, clientId: string, referralId: string): Promise<ReferralView> {
    const today = localDateInTimeZone(this.clock.now(), this.config.timeZone);
    const mail = await this.dataSource.transaction(async (manager) => {
      await this.clients.lockOpen(principal, clientId, manager, 'referral.link');
      const { referral } = await this.referralsService.require(clientId, referralId, manager, true);
      if (referral.partnerId === null || referral.status === 'draft' || isFinalReferralStatus(referral.status)) {
        throw new DomainError('REFERRAL_TRANSITION_NOT_ALLOWED', 'A new link is only for a referral sent to a partner and still open.', { allowedNext: allowedReferralActions(referral.status, 'caseworker') });
      }
      const consents = (await this.consents.listOfClient(clientId, manager)).map(toRecord);
      if (consentCovering(consents, { partnerId: referral.partnerId, serviceKind: referral.serviceKind }, today) === null) {
        throw new DomainError('CONSENT_REQUIRED', 'The client’s consent to share with this partner is no longer in force.', { partnerId: referral.partnerId, serviceKind: referral.serviceKind });
      }
      const target = referral.serviceId ? await this.directory.serviceForReferral(referral.serviceId, manager) : null;
      if (!target?.active) throw new DomainError('PARTNER_SERVICE_INACTIVE', 'This partner’s service is no longer active in the directory; choose another.');
      const link = await this.links.issue(referralId, target.referralEmail, principal.userId, manager);
      await this.audit.record({ action: AuditAction.ReferralLinkReissued, clientId, target: { type: 'referral', id: referralId }, details: { sentTo: target.referralEmail } }, manager);
      return { clientId, referralId, to: target.referralEmail, link, number: referral.number, locale: referral.letterLocale };
    });
    await this.linkMailer.mail(mail);
    return this.referralsService.viewAfterWrite(principal, clientId, referralId);
  }
}
