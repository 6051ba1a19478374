import { Injectable } from '@nestjs/common';
import { REPORT_MIN_CASES_FOR_STATISTICS, SERVICE_KINDS, type ReferralStatus, type ServiceKind } from '#domain';
import { roundDays, type ReportContext } from '../scope/report-context.js';
import type { ReferralOutcomeView, ReferralsDocumentsReportView } from '../views/referrals-documents.views.js';
import { ReferralsDocumentsRepository } from './referrals-documents.repository.js';

type StatusColumn = 'accepted' | 'declined' | 'waiting' | 'completed' | 'cancelled';

/** How a sent referral stands, by its status now. A draft was never sent and has no column. */
const COLUMN: Readonly<Record<ReferralStatus, StatusColumn | null>> = {
  draft: null,
  sent: 'waiting',
  acknowledged: 'waiting',
  accepted: 'accepted',
  'in-progress': 'accepted',
  declined: 'declined',
  completed: 'completed',
  cancelled: 'cancelled',
};

@Injectable()
export class ReferralsDocumentsReport {
  constructor(private readonly referrals: ReferralsDocumentsRepository) {}

  async build(context: ReportContext): Promise<ReferralsDocumentsReportView> {
    const { manager, period, scope } = context;
    const statuses = await context.cached('referrals', () => this.referrals.referralsByStatus(manager, scope.teamIds, period.firstDay, period.lastDay));
    const answered = await context.cached('referral answers', () => this.referrals.answersByKind(manager, scope.teamIds, period.firstDay, period.lastDay));
    const answers = new Map(answered.map((row) => [row.serviceKind, row]));
    const documents = await context.cached('documents', () => this.referrals.documents(manager, scope.teamIds));

    const rows = new Map<string, { -readonly [K in keyof ReferralOutcomeView]: ReferralOutcomeView[K] }>();
    for (const row of statuses) {
      const column = COLUMN[row.status as ReferralStatus] as StatusColumn | null | undefined;
      if (!column) continue;
      const answered = answers.get(row.serviceKind);
      const target = rows.get(row.serviceKind) ?? {
        serviceKind: row.serviceKind as ServiceKind,
        sent: 0,
        accepted: 0,
        declined: 0,
        waiting: 0,
        completed: 0,
        cancelled: 0,
        medianDaysToAnswer: answered && answered.answered >= REPORT_MIN_CASES_FOR_STATISTICS && answered.medianDays !== null ? roundDays(answered.medianDays) : null,
      };
      target.sent += row.count;
      target[column] += row.count;
      rows.set(row.serviceKind, target);
    }
    const order = (kind: string) => {
      const index = (SERVICE_KINDS as readonly string[]).indexOf(kind);
      return index === -1 ? SERVICE_KINDS.length : index;
    };
    return {
      meta: context.meta,
      referrals: [...rows.values()].sort((a, b) => order(a.serviceKind) - order(b.serviceKind) || a.serviceKind.localeCompare(b.serviceKind)),
      documents,
    };
  }
}
