import { Injectable } from '@nestjs/common';
import { UserDirectory } from '#accounts';
import { ApplicationFacts, type ScopedClient } from '#clients';
import { DeadlineRepository } from '#deadlines';
import { allowedReferralActions, consentCovering, localDateInTimeZone, referralEligibilityWarnings } from '#domain';
import { AppConfig, Clock } from '#platform';
import { ReferralConsentRepository } from '../consents/referral-consent.repository.js';
import { toRecord } from '../consents/referral-consents.service.js';
import { ReplyLinks } from '../replies/reply-links.js';
import { eligibilityFacts, latestApplication } from './referral-facts.js';
import { referralFollowUpSource, type ReferralRecord } from './referral.repository.js';
import type { ReferralView } from './referral.views.js';

/**
 * The caseworker's view of a file's referrals: what may be done next, the eligibility warnings
 * from the file's facts, whether a consent covers each one today, its follow-up deadline and the
 * partner's reply link. One read of each source for the whole list.
 */
@Injectable()
export class ReferralViewBuilder {
  constructor(
    private readonly consents: ReferralConsentRepository,
    private readonly applications: ApplicationFacts,
    private readonly deadlines: DeadlineRepository,
    private readonly users: UserDirectory,
    private readonly links: ReplyLinks,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async build(scoped: ScopedClient, records: readonly ReferralRecord[]): Promise<ReferralView[]> {
    if (records.length === 0) return [];
    const clientId = scoped.client.id;
    const today = localDateInTimeZone(this.clock.now(), this.config.timeZone);
    const [applications, consents, deadlines, names] = await Promise.all([
      this.applications.ofClient(clientId),
      this.consents.listOfClient(clientId),
      this.followUpDeadlineIds(clientId, records.map((r) => r.referral.id)),
      this.users.displayNames(records.map((r) => r.referral.createdBy)),
    ]);
    const facts = eligibilityFacts(scoped.client, latestApplication(applications));
    const consentRecords = consents.map(toRecord);
    const links = await Promise.all(records.map((r) => (r.referral.partnerId && r.referral.status !== 'draft' ? this.links.current(r.referral.id) : Promise.resolve(null))));
    const now = this.clock.now().getTime();
    return records.map(({ referral, organisationName, serviceName }, index) => {
      const link = links[index] ?? null;
      return {
        id: referral.id,
        number: referral.number,
        clientId,
        status: referral.status,
        allowedActions: allowedReferralActions(referral.status, 'caseworker'),
        target: { serviceKind: referral.serviceKind, programme: referral.programme, partnerId: referral.partnerId, serviceId: referral.serviceId, organisationName, serviceName, internalService: referral.internalService },
        reason: referral.reason,
        urgency: referral.urgency,
        sharedFields: referral.sharedFields,
        letterLocale: referral.letterLocale,
        sharedRows: referral.sharedRows,
        warnings: referralEligibilityWarnings({ serviceKind: referral.serviceKind, programme: referral.programme }, facts).map((w) => ({ code: w.code, label: w.label, basis: w.basis })),
        consentCovered: referral.partnerId === null || consentCovering(consentRecords, { partnerId: referral.partnerId, serviceKind: referral.serviceKind }, today) !== null,
        sentOn: referral.sentOn,
        followUpOn: referral.followUpOn,
        followUpDeadlineId: deadlines.get(referral.id) ?? null,
        answeredAt: referral.answeredAt?.toISOString() ?? null,
        declineReason: referral.declineReason,
        outcome: referral.outcome,
        partnerNote: referral.partnerNote,
        replyLink: link
          ? {
              issuedAt: link.createdAt.toISOString(),
              expiresAt: link.expiresAt.toISOString(),
              expired: link.expiresAt.getTime() <= now,
              sentTo: link.sentTo,
              mail: link.mailedAt ? 'delivered' : link.mailFailedAt ? 'failed' : 'pending',
            }
          : null,
        appointmentId: referral.appointmentId,
        createdBy: referral.createdBy,
        createdByName: referral.createdBy ? (names.get(referral.createdBy) ?? null) : null,
        createdAt: referral.createdAt.toISOString(),
        version: referral.version,
      };
    });
  }

  /** The open follow-up deadline of each of these referrals, by referral id. */
  private async followUpDeadlineIds(clientId: string, referralIds: readonly string[]): Promise<Map<string, string>> {
    const bySource = await this.deadlines.openIdsBySource(clientId, referralIds.map(referralFollowUpSource));
    return new Map(referralIds.flatMap((id) => {
      const deadlineId = bySource.get(referralFollowUpSource(id));
      return deadlineId ? [[id, deadlineId] as const] : [];
    }));
  }
}
