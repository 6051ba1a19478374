import { Injectable } from '@nestjs/common';
import type { Principal } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import { localDateInTimeZone } from '#domain';
import { AppConfig, Clock } from '#platform';
import type { WaitingReferralView } from './referral.views.js';
import { WaitingReferralsRepository } from './waiting-referrals.repository.js';

/** The home page's "my referrals waiting for an answer": sent by the caller, on files they may still see. */
@Injectable()
export class WaitingReferralsService {
  constructor(
    private readonly waiting: WaitingReferralsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async mine(principal: Principal): Promise<WaitingReferralView[]> {
    const rows = await this.waiting.sentBy(principal);
    if (rows.length > 0) await this.audit.record({ action: AuditAction.ClientListed, recordIds: [...new Set(rows.map((r) => r.clientId))], details: { waitingReferrals: true } });
    const today = localDateInTimeZone(this.clock.now(), this.config.timeZone);
    return rows.map((row) => ({
      id: row.id,
      number: row.number,
      clientId: row.clientId,
      caseNumber: row.caseNumber,
      clientName: `${row.familyName} ${row.givenName}`.trim(),
      status: row.status,
      serviceKind: row.serviceKind,
      organisationName: row.organisationName,
      urgency: row.urgency,
      sentOn: row.sentOn,
      followUpOn: row.followUpOn,
      followUpDue: row.followUpOn !== null && row.followUpOn <= today,
    }));
  }
}
