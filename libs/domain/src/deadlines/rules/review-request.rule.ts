import { localDate } from '../../calendar/local-date.js';
import type { DeadlineInput, DeadlineRuleVersion } from '../deadline-rule.js';
import { amendment2023InForce } from './in-force-dates.js';

const inputs: readonly DeadlineInput[] = [
  { name: 'noticeReceivedDate', required: true, event: { en: 'notice received', ja: '通知を受けた日' } },
];

const shared = {
  kind: 'review-request',
  title: { en: 'Request for administrative review (審査請求)', ja: '審査請求' },
  headline: { en: 'Review request due', ja: '審査請求の期限' },
  hardness: 'hard',
  consequence: {
    en: 'The request is rejected as inadmissible; the refusal becomes final at the administrative level and provisional stay ends.',
    ja: '審査請求は却下され、不認定処分が行政段階で確定し、仮滞在も終了する。',
  },
  inputs,
  triggerInput: 'noticeReceivedDate',
  // 7 days from the day the notice was received (通知を受けた日から七日). Civil Code Art. 140: the
  // day of receipt is not counted, so the period ends on receipt + 7.
  counting: { type: 'period', from: 'noticeReceivedDate', length: { unit: 'days', amount: 7 } },
  // The request is an act towards the Minister of Justice: Act on Holidays of Administrative
  // Organs Art. 2 moves a last day that is an administrative holiday to the next open day.
  adjustment: { type: 'roll-forward', regime: 'administrative' },
  adjustmentConfidence: 'V',
} as const;

/**
 * Before the 2023 amendment came fully into force, the 7-day period was in Art. 61-2-9(2)
 * (reference §0.1). The in-force date, 1 April 2016, is when 審査請求 replaced the former
 * objection under the revised Administrative Complaint Review Act; it comes from the statute's
 * history, not from the reference.
 */
export const reviewRequestV1: DeadlineRuleVersion = {
  ...shared,
  version: 1,
  inForceFrom: localDate('2016-04-01'),
  basis: {
    en: 'Immigration Control Act Art. 61-2-9(2) (numbering before 10 June 2024)',
    ja: '出入国管理及び難民認定法 第61条の2の9第2項（2024年6月10日前の条番号）',
  },
  confidence: 'V',
};

/**
 * Immigration Control Act Art. 61-2-12(2): 7 days from receipt of the notice, replacing the
 * 3 months of ACRA Art. 18(1) (reference §1.5, §3.2 #8, [V]). Not modelled, both [U]: postal
 * filing days (ACRA Art. 18(3)) and the "正当な理由" proviso; the due date assumes filing in person.
 */
export const reviewRequestV2: DeadlineRuleVersion = {
  ...shared,
  version: 2,
  inForceFrom: amendment2023InForce,
  basis: {
    en: 'Immigration Control Act Art. 61-2-12(2)',
    ja: '出入国管理及び難民認定法 第61条の2の12第2項',
  },
  confidence: 'V',
};
