import { createDeadlineRuleRegistry } from '../deadline-rule-registry.js';
import type { DeadlineRuleVersion } from '../deadline-rule.js';
import { courtAppealV1 } from './court-appeal.rule.js';
import { objectionV1, oralHearingRequestV1 } from './deportation-procedure.rule.js';
import { landingSixMonthsV1 } from './landing-six-months.rule.js';
import { provisionalStayRenewalV1, residenceRenewalV1 } from './renewals.rule.js';
import { reviewRequestV1, reviewRequestV2 } from './review-request.rule.js';
import { revocationSuitV1 } from './revocation-suit.rule.js';
import { appointmentV1, isaSetDateV1, materialsRequestV1, referralFollowUpV1, translationDueV1 } from './set-dates.rule.js';
import { provisionalReleaseExtensionV1, supervisionReportV1, supervisorEventReportV1 } from './supervision.rule.js';

/** The kinds of deadline Yorisoi knows; each id is stored with every deadline and never reused. */
export const deadlineKinds = [
  'landing-six-months',
  'review-request',
  'revocation-suit',
  'court-appeal',
  'oral-hearing-request',
  'objection',
  'residence-renewal',
  'provisional-stay-renewal',
  'supervision-report',
  'supervisor-event-report',
  'provisional-release-extension',
  'appointment',
  'isa-set-date',
  'materials-request',
  'translation-due',
  'referral-follow-up',
] as const;

export type DeadlineKind = (typeof deadlineKinds)[number];

/** Every version of every rule. To change a rule, add a version; never edit a published one. */
export const deadlineRuleVersions: readonly DeadlineRuleVersion[] = [
  landingSixMonthsV1,
  reviewRequestV1,
  reviewRequestV2,
  revocationSuitV1,
  courtAppealV1,
  oralHearingRequestV1,
  objectionV1,
  residenceRenewalV1,
  provisionalStayRenewalV1,
  supervisionReportV1,
  supervisorEventReportV1,
  provisionalReleaseExtensionV1,
  appointmentV1,
  isaSetDateV1,
  materialsRequestV1,
  translationDueV1,
  referralFollowUpV1,
];

export const deadlineRules = createDeadlineRuleRegistry(deadlineRuleVersions);
