import { localDate } from '../../calendar/local-date.js';
import type { DeadlineRuleVersion } from '../deadline-rule.js';

/**
 * The 6-month rule: a person who applies more than 6 months after landing (or after learning
 * of grounds that arose while in Japan) is refused provisional stay, and on recognition does
 * not receive 定住者 automatically, unless there were unavoidable circumstances
 * (Immigration Control Act Art. 61-2-2(1)(i), applied by Art. 61-2-4(1)(vi); reference §1.2(b)
 * and §3.2 #2).
 *
 * It is not a deadline for an act towards an office, so the Holiday Act does not move it: the
 * period simply ends (reference §3.2 #2). Counted by Civil Code Arts. 140 and 143.
 *
 * In force from 16 May 2005, when Act No. 73 of 2004 introduced provisional stay and this rule.
 * That date comes from the statute's history, not from the reference. Confidence U because the
 * wording after the 2024 amendment is unverified (reference §1.2(b), §7 item 1).
 */
export const landingSixMonthsV1: DeadlineRuleVersion = {
  kind: 'landing-six-months',
  version: 1,
  inForceFrom: localDate('2005-05-16'),
  title: { en: '6-month rule after landing', ja: '上陸後6か月（難民認定申請の期間）' },
  headline: { en: '6-month period after landing ends', ja: '上陸後6か月の期間の満了日' },
  basis: {
    en: 'Immigration Control Act Art. 61-2-2(1)(i), applied to provisional stay by Art. 61-2-4(1)(vi)',
    ja: '出入国管理及び難民認定法 第61条の2の2第1項第1号（第61条の2の4第1項第6号により仮滞在に適用）',
  },
  confidence: 'U',
  confidenceNote: {
    en: 'Text verified as of June 2023; whether the rule survived the 2024 amendment unchanged is unverified.',
    ja: '2023年6月時点の条文は確認済み。2024年改正後も同じ規定かは未確認。',
  },
  hardness: 'hard',
  consequence: {
    en: 'Provisional stay may be refused and 定住者 is not granted automatically on recognition, unless there were unavoidable circumstances.',
    ja: '仮滞在が許可されないおそれがあり、認定されても定住者の許可が当然にはされない（やむを得ない事情がある場合を除く）。',
  },
  inputs: [
    {
      name: 'landingDate',
      required: true,
      event: {
        en: 'landed in Japan (or learned of the grounds that arose in Japan)',
        ja: '上陸の日（本邦にある間に生じた事実を知った日）',
      },
    },
  ],
  triggerInput: 'landingDate',
  counting: { type: 'period', from: 'landingDate', length: { unit: 'months', amount: 6 } },
  adjustment: { type: 'none' },
  adjustmentConfidence: 'V',
};
