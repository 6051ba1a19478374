import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import { ClientsService, TimelineWriter } from '#clients';
import { consentCovering, DomainError, isConsentInForce, localDateInTimeZone, type ReferralConsentRecord, type ServiceKind } from '#domain';
import { AppConfig, Clock } from '#platform';
import type { ReferralConsentEntity } from '../entities/referral-consent.entity.js';
import { PartnerRepository } from '../partners/partner.repository.js';
import { ReferralRepository } from '../referrals/referral.repository.js';
import type { ReferralConsentView } from '../referrals/referral.views.js';
import { ReplyTokenRepository } from '../replies/reply-token.repository.js';
import { ReferralConsentRepository } from './referral-consent.repository.js';

export interface NewReferralConsentInput {
  /** One partner, or every partner of a kind of service: exactly one of the two. */
  readonly partnerId?: string | null;
  readonly serviceKind?: ServiceKind | null;
  readonly givenOn: string;
  readonly scope: string;
}

export interface ReferralConsentWithdrawalInput {
  readonly version: number;
  /** Today when not given. */
  readonly withdrawnOn?: string;
}

/**
 * The client's consents to share their information with partners (APPI Art. 27: prior consent,
 * no opt-out for special-care data). A withdrawal cancels the drafts no other consent covers and
 * closes the reply links of referrals already sent under it: nothing more is shared from then on.
 */
@Injectable()
export class ReferralConsentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly consents: ReferralConsentRepository,
    private readonly referrals: ReferralRepository,
    private readonly tokens: ReplyTokenRepository,
    private readonly partners: PartnerRepository,
    private readonly clients: ClientsService,
    private readonly timeline: TimelineWriter,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async list(principal: Principal, clientId: string): Promise<ReferralConsentView[]> {
    await this.clients.requireInScope(principal, clientId);
    const consents = await this.consents.listOfClient(clientId);
    await this.audit.record({ action: AuditAction.ClientRead, clientId, target: { type: 'referral-consent', id: null }, details: { consents: consents.length } });
    return this.views(consents);
  }

  async record(principal: Principal, clientId: string, input: NewReferralConsentInput): Promise<ReferralConsentView> {
    const partnerId = input.partnerId ?? null;
    const serviceKind = input.serviceKind ?? null;
    if ((partnerId === null) === (serviceKind === null)) {
      throw new DomainError('VALIDATION_FAILED', 'A consent is to share with one partner, or with every partner of one kind of service.', {
        fields: [{ field: partnerId === null ? 'partnerId' : 'serviceKind', problems: ['give exactly one of partnerId and serviceKind'] }],
      });
    }
    if (input.givenOn > this.today()) throw new DomainError('VALIDATION_FAILED', 'A consent cannot be given in the future.', { fields: [{ field: 'givenOn', problems: ['must not be in the future'] }] });
    const id = await this.dataSource.transaction(async (manager) => {
      await this.clients.lockOpen(principal, clientId, manager, 'referral-consent.record');
      if (partnerId !== null && !(await this.partners.findOrganisation(partnerId, manager))) throw new DomainError('RECORD_NOT_FOUND', 'No such partner.');
      const consentId = await this.consents.insert({ clientId, partnerId, serviceKind, givenOn: input.givenOn, scope: input.scope.trim(), recordedBy: principal.userId }, manager);
      await this.timeline.add([{ clientId, kind: 'referral-consent.given', actorUserId: principal.userId, data: { consentId, partnerId, serviceKind, givenOn: input.givenOn } }], manager);
      await this.audit.record({ action: AuditAction.ReferralConsentRecorded, clientId, target: { type: 'referral-consent', id: consentId }, details: { partnerId, serviceKind } }, manager);
      return consentId;
    });
    return this.view(clientId, id);
  }

  async withdraw(principal: Principal, clientId: string, consentId: string, input: ReferralConsentWithdrawalInput): Promise<ReferralConsentView> {
    const today = this.today();
    const withdrawnOn = input.withdrawnOn ?? today;
    if (withdrawnOn > today) throw new DomainError('VALIDATION_FAILED', 'A withdrawal cannot be in the future.', { fields: [{ field: 'withdrawnOn', problems: ['must not be in the future'] }] });
    await this.dataSource.transaction(async (manager) => {
      await this.clients.lockOpen(principal, clientId, manager, 'referral-consent.withdraw');
      const consent = await this.consents.findOfClient(clientId, consentId, manager, true);
      if (!consent) throw new DomainError('RECORD_NOT_FOUND', 'No such consent.');
      if (consent.version !== input.version) throw new DomainError('STALE_VERSION', 'Someone changed this consent meanwhile. Reload it.', { currentVersion: consent.version });
      if (consent.withdrawnOn !== null) throw new DomainError('CONSENT_REQUIRED', 'This consent was already withdrawn.');
      if (withdrawnOn < consent.givenOn) {
        throw new DomainError('VALIDATION_FAILED', 'A consent cannot be withdrawn before it was given.', { fields: [{ field: 'withdrawnOn', problems: ['must not be before givenOn'] }] });
      }
      await this.consents.withdraw(consentId, withdrawnOn, consent.version, manager);
      const stopped = await this.stopSharing(principal, clientId, manager, today);
      await this.timeline.add(
        [{ clientId, kind: 'referral-consent.withdrawn', actorUserId: principal.userId, data: { consentId, withdrawnOn, draftsCancelled: stopped.cancelled.length, linksClosed: stopped.linksClosed } }],
        manager,
      );
      await this.audit.record(
        { action: AuditAction.ReferralConsentWithdrawn, clientId, target: { type: 'referral-consent', id: consentId }, recordIds: stopped.cancelled, details: { linksClosed: stopped.linksClosed } },
        manager,
      );
    });
    return this.view(clientId, consentId);
  }

  /**
   * After a withdrawal, whatever the remaining consents no longer cover stops: drafts to such a
   * partner are cancelled, and the reply links of referrals sent to one are closed, so the letter
   * can no longer be read. The referrals' own record (status, dates) stays.
   */
  private async stopSharing(principal: Principal, clientId: string, manager: EntityManager, today: string): Promise<{ cancelled: string[]; linksClosed: number }> {
    const remaining = (await this.consents.listOfClient(clientId, manager)).map(toRecord);
    const covered = (referral: { partnerId: string | null; serviceKind: ServiceKind }) =>
      referral.partnerId === null || consentCovering(remaining, { partnerId: referral.partnerId, serviceKind: referral.serviceKind }, today) !== null;
    const cancelled: string[] = [];
    for (const draft of await this.referrals.draftsOfClient(clientId, manager)) {
      if (covered(draft)) continue;
      await this.referrals.update(draft.id, { status: 'cancelled' }, draft.version, manager);
      cancelled.push(draft.id);
    }
    const uncovered = (await this.referrals.sentToPartnersOfClient(clientId, manager)).filter((referral) => !covered(referral)).map((referral) => referral.id);
    const linksClosed = await this.tokens.revokeAll(uncovered, principal.userId, this.clock.now(), manager);
    if (cancelled.length > 0) {
      await this.timeline.add(
        cancelled.map((referralId) => ({ clientId, kind: 'referral.cancelled', actorUserId: principal.userId, data: { referralId, reason: 'consent-withdrawn' } })),
        manager,
      );
    }
    return { cancelled, linksClosed };
  }

  private async view(clientId: string, consentId: string): Promise<ReferralConsentView> {
    const consent = (await this.consents.findOfClient(clientId, consentId)) as ReferralConsentEntity;
    const [view] = await this.views([consent]);
    return view;
  }

  private async views(consents: readonly ReferralConsentEntity[]): Promise<ReferralConsentView[]> {
    const names = await this.referrals.partnerNames(consents.flatMap((c) => (c.partnerId ? [c.partnerId] : [])));
    const today = this.today();
    return consents.map((consent) => ({
      id: consent.id,
      partnerId: consent.partnerId,
      partnerName: consent.partnerId ? (names.get(consent.partnerId) ?? null) : null,
      serviceKind: consent.serviceKind,
      givenOn: consent.givenOn,
      scope: consent.scope,
      withdrawnOn: consent.withdrawnOn,
      inForce: isConsentInForce(consent, today),
      version: consent.version,
    }));
  }

  private today(): string {
    return localDateInTimeZone(this.clock.now(), this.config.timeZone);
  }
}

export function toRecord(consent: ReferralConsentEntity): ReferralConsentRecord {
  return { partnerId: consent.partnerId, serviceKind: consent.serviceKind, givenOn: consent.givenOn, withdrawnOn: consent.withdrawnOn, scope: consent.scope };
}
