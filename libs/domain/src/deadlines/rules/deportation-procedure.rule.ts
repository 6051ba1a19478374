import type { Bilingual, DeadlineRuleVersion } from '../deadline-rule.js';
import { amendment2023InForce } from './in-force-dates.js';

/**
 * Whether the Holiday Act extends the 3-day periods of Arts. 48 and 49 is unverified
 * (reference §3.2 #14–15, §7 item 4). The rules apply it, as for any act towards a national
 * authority, but when it moves the date the result also names the last open day before the
 * unmoved end, and that is the date to aim for.
 */
const threeDayCaveat: Bilingual = {
  en: 'it is not verified that the Holiday Act extends this 3-day period',
  ja: 'この3日の期間に行政機関の休日に関する法律による延長が適用されるかは未確認です',
};

const threeDayConfidenceNote: Bilingual = {
  en: 'The 3-day period is verified; that the Holiday Act extends it is unverified.',
  ja: '3日の期間は確認済み。行政機関の休日に関する法律による延長の適用は未確認。',
};

/**
 * Request for an oral hearing (口頭審理の請求) before a special inquiry officer: within 3 days of
 * notice of the immigration inspector's finding, Immigration Control Act Art. 48(1)
 * (reference §1.8, §3.2 #14). The day of notice is not counted (Civil Code Art. 140).
 */
export const oralHearingRequestV1: DeadlineRuleVersion = {
  kind: 'oral-hearing-request',
  version: 1,
  inForceFrom: amendment2023InForce,
  title: { en: 'Request for an oral hearing (口頭審理の請求)', ja: '口頭審理の請求' },
  headline: { en: 'Oral hearing request due', ja: '口頭審理の請求期限' },
  basis: { en: 'Immigration Control Act Art. 48(1)', ja: '出入国管理及び難民認定法 第48条第1項' },
  confidence: 'U',
  confidenceNote: threeDayConfidenceNote,
  hardness: 'hard',
  consequence: { en: 'A deportation order is issued (Art. 47).', ja: '退去強制令書が発付される（第47条）。' },
  inputs: [
    {
      name: 'noticeReceivedDate',
      required: true,
      event: { en: "notice of the inspector's finding received", ja: '入国審査官の認定の通知を受けた日' },
    },
  ],
  triggerInput: 'noticeReceivedDate',
  counting: { type: 'period', from: 'noticeReceivedDate', length: { unit: 'days', amount: 3 } },
  adjustment: { type: 'roll-forward', regime: 'administrative' },
  adjustmentConfidence: 'U',
  adjustmentCaveat: threeDayCaveat,
};

/**
 * Objection to the Minister (異議の申出): within 3 days of notice of the special inquiry
 * officer's decision, Immigration Control Act Art. 49(1) (reference §1.8, §3.2 #15). Counted
 * as the oral hearing request.
 */
export const objectionV1: DeadlineRuleVersion = {
  kind: 'objection',
  version: 1,
  inForceFrom: amendment2023InForce,
  title: { en: 'Objection to the Minister (異議の申出)', ja: '異議の申出' },
  headline: { en: 'Objection due', ja: '異議の申出の期限' },
  basis: { en: 'Immigration Control Act Art. 49(1)', ja: '出入国管理及び難民認定法 第49条第1項' },
  confidence: 'U',
  confidenceNote: threeDayConfidenceNote,
  hardness: 'hard',
  consequence: { en: 'A deportation order is issued.', ja: '退去強制令書が発付される。' },
  inputs: [
    {
      name: 'noticeReceivedDate',
      required: true,
      event: { en: "notice of the special inquiry officer's decision received", ja: '特別審理官の判定の通知を受けた日' },
    },
  ],
  triggerInput: 'noticeReceivedDate',
  counting: { type: 'period', from: 'noticeReceivedDate', length: { unit: 'days', amount: 3 } },
  adjustment: { type: 'roll-forward', regime: 'administrative' },
  adjustmentConfidence: 'U',
  adjustmentCaveat: threeDayCaveat,
};
