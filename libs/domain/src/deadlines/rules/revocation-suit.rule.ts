import { localDate } from '../../calendar/local-date.js';
import type { DeadlineRuleVersion } from '../deadline-rule.js';

/**
 * Revocation suit (取消訴訟), Administrative Case Litigation Act (ACLA) Art. 14 (reference §1.6,
 * §3.2 #11, [V]): 6 months from the day the person learned of the decision (14(1)), and in any
 * case 1 year from the decision (14(2)). Where a review was requested, both run from the review
 * decision (裁決) instead (14(3)), so the caller passes the review decision's dates.
 *
 * Both limits bind, so the one that ends first governs: usually the 6 months, but the 1-year
 * cap wins when the person learned of the decision more than 6 months after it was made.
 *
 * Both are periods for a court filing: Civil Code Arts. 140 and 143 count them, and a last day
 * on which the courts are closed moves to the next open day under the Code of Civil Procedure
 * Art. 95(3), applied through ACLA Art. 7 — not under the Holiday Act (reference §0.3, §3.1.5).
 * Rolling forward is monotone, so rolling the earlier end gives the same date as rolling both
 * and taking the earlier.
 *
 * The "正当な理由" exceptions are not computed. In force from 1 April 2005, when Act No. 84 of
 * 2004 set the period at 6 months (it was 3); that date comes from the statute's history, not
 * from the reference.
 */
export const revocationSuitV1: DeadlineRuleVersion = {
  kind: 'revocation-suit',
  version: 1,
  inForceFrom: localDate('2005-04-01'),
  title: { en: 'Revocation suit (取消訴訟)', ja: '取消訴訟の提起' },
  headline: { en: 'Revocation suit due', ja: '取消訴訟の出訴期限' },
  basis: {
    en: 'Administrative Case Litigation Act Art. 14(1)–(3)',
    ja: '行政事件訴訟法 第14条第1項〜第3項',
  },
  confidence: 'V',
  hardness: 'hard',
  consequence: {
    en: 'No judicial review of the decision (unless there is a justifiable reason).',
    ja: '処分・裁決の取消しを求めて提訴できなくなる（正当な理由がある場合を除く）。',
  },
  inputs: [
    {
      name: 'knowledgeDate',
      required: true,
      event: { en: 'learned of the decision', ja: '処分・裁決があったことを知った日' },
      notBefore: 'decisionDate',
    },
    { name: 'decisionDate', required: true, event: { en: 'decision made', ja: '処分・裁決の日' } },
  ],
  triggerInput: 'knowledgeDate',
  counting: {
    type: 'earliest-period-end',
    periods: [
      {
        from: 'knowledgeDate',
        length: { unit: 'months', amount: 6 },
        label: { en: '6 months from learning of the decision', ja: '知った日から6か月' },
        basis: { en: 'ACLA Art. 14(1)', ja: '行政事件訴訟法第14条第1項' },
      },
      {
        from: 'decisionDate',
        length: { unit: 'years', amount: 1 },
        label: { en: '1 year from the decision', ja: '処分・裁決の日から1年' },
        basis: { en: 'ACLA Art. 14(2)', ja: '行政事件訴訟法第14条第2項' },
      },
    ],
  },
  adjustment: { type: 'roll-forward', regime: 'court' },
  adjustmentConfidence: 'V',
};
