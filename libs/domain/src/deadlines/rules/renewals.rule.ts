import type { DeadlineRuleVersion } from '../deadline-rule.js';
import { amendment2023InForce } from './in-force-dates.js';

/**
 * Extension of the period of stay (在留期間更新許可申請), Immigration Control Act Art. 21
 * (reference §1.11, §3.2 #4, [S]). The application must be filed on or before the expiry date;
 * ISA accepts it from roughly 3 months before expiry (おおむね3か月前) for periods of stay of
 * 6 months or more — a practice, so the opening is plain calendar arithmetic, not a legal period.
 * For shorter periods no opening date is published [U]; the opening is still shown, with that
 * caveat in its text.
 *
 * When the expiry date falls on a day the bureau is closed, ISA accepts the application on the
 * next open day, following the Holiday Act ([S]). But if the application is then refused,
 * overstay counts from the original expiry date, so the result also names the last open day on
 * or before the expiry date.
 */
export const residenceRenewalV1: DeadlineRuleVersion = {
  kind: 'residence-renewal',
  version: 1,
  inForceFrom: amendment2023InForce,
  title: { en: 'Extension of the period of stay (在留期間更新)', ja: '在留期間更新許可申請' },
  headline: { en: 'Residence renewal due', ja: '在留期間更新申請の期限' },
  basis: {
    en: 'Immigration Control Act Art. 21; ISA practice for the filing window',
    ja: '出入国管理及び難民認定法 第21条（受付期間は入管庁の運用）',
  },
  confidence: 'S',
  confidenceNote: {
    en: 'The 3-month window and the next-open-day acceptance are ISA practice from secondary sources; no opening date is published for periods of stay under 6 months.',
    ja: '3か月前からの受付と休日明けの受付は二次資料による入管庁の運用。在留期間6か月未満の場合の受付開始日は公表されていない。',
  },
  hardness: 'hard',
  consequence: {
    en: 'Overstay: loss of status and of permission to work, and the deportation procedure opens.',
    ja: '在留期間を経過し（オーバーステイ）、就労を含む在留資格を失い、退去強制手続の対象となる。',
  },
  inputs: [
    { name: 'expiryDate', required: true, event: { en: 'period of stay expires', ja: '在留期間の満了日' } },
  ],
  triggerInput: 'expiryDate',
  counting: {
    type: 'expiry-window',
    expiry: 'expiryDate',
    opensBefore: { unit: 'months', amount: 3 },
    opening: {
      en: 'about 3 months before expiry (ISA practice for periods of stay of 6 months or more)',
      ja: '満了日のおおむね3か月前。在留期間6か月以上の場合の入管庁の運用',
    },
  },
  adjustment: { type: 'roll-forward', regime: 'administrative' },
  adjustmentConfidence: 'S',
  adjustmentCaveat: {
    en: 'ISA accepts the next open day in practice, but if the application is refused, overstay counts from the original expiry date',
    ja: '入管庁は運用上休日明けの申請を受け付けるが、不許可の場合は本来の満了日を基準にオーバーステイとなる',
  },
};

/**
 * Renewal of provisional stay (仮滞在期間更新申請), Immigration Control Act Art. 61-2-4 and
 * Enforcement Regulation Art. 56-2, form 76-6 (reference §1.2(b), §3.2 #6): filed from 10 days
 * before expiry [S], on or before the expiry date. That the Holiday Act extends the expiry-day
 * filing is unverified [U], so when it moves the date the result also names the last open day
 * on or before the expiry date.
 */
export const provisionalStayRenewalV1: DeadlineRuleVersion = {
  kind: 'provisional-stay-renewal',
  version: 1,
  inForceFrom: amendment2023InForce,
  title: { en: 'Renewal of provisional stay (仮滞在期間更新)', ja: '仮滞在期間更新申請' },
  headline: { en: 'Provisional stay renewal due', ja: '仮滞在期間更新申請の期限' },
  basis: {
    en: 'Immigration Control Act Art. 61-2-4; Enforcement Regulation Art. 56-2',
    ja: '出入国管理及び難民認定法 第61条の2の4、同法施行規則第56条の2',
  },
  confidence: 'U',
  confidenceNote: {
    en: 'The 10-day window is from secondary sources; the governing regulation and the Holiday Act extension are unverified.',
    ja: '10日前からの受付は二次資料による。根拠規則と休日による延長の適用は未確認。',
  },
  hardness: 'hard',
  consequence: {
    en: 'Provisional stay lapses and the deportation procedure resumes.',
    ja: '仮滞在が終了し、退去強制手続が再開される。',
  },
  inputs: [
    { name: 'expiryDate', required: true, event: { en: 'provisional stay expires', ja: '仮滞在期間の満了日' } },
  ],
  triggerInput: 'expiryDate',
  counting: {
    type: 'expiry-window',
    expiry: 'expiryDate',
    opensBefore: { unit: 'days', amount: 10 },
    opening: { en: '10 days before expiry', ja: '満了日の10日前' },
  },
  adjustment: { type: 'roll-forward', regime: 'administrative' },
  adjustmentConfidence: 'U',
  adjustmentCaveat: {
    en: 'it is not verified that the Holiday Act extends the expiry-day filing of a provisional stay renewal',
    ja: '仮滞在期間更新申請に行政機関の休日に関する法律による延長が適用されるかは未確認です',
  },
};
