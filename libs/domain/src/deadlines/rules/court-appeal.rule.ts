import { localDate } from '../../calendar/local-date.js';
import type { DeadlineRuleVersion } from '../deadline-rule.js';

/**
 * Appeal against a judgment, to the High Court (控訴) or the Supreme Court (上告): 2 weeks from
 * service of the judgment, Code of Civil Procedure Arts. 285 and 313, applied to administrative
 * cases by ACLA Art. 7 (reference §1.6, §3.2 #13, [S]). The day of service is not counted
 * (Civil Code Art. 140), so 2 weeks end on day 14; a last day on which the courts are closed
 * moves under CCP Art. 95(3).
 *
 * In force from 1 January 1998, when the current Code of Civil Procedure (Act No. 109 of 1996)
 * took effect; that date comes from the statute's history, not from the reference.
 */
export const courtAppealV1: DeadlineRuleVersion = {
  kind: 'court-appeal',
  version: 1,
  inForceFrom: localDate('1998-01-01'),
  title: { en: 'Appeal against a judgment (控訴・上告)', ja: '控訴・上告' },
  headline: { en: 'Appeal due', ja: '控訴・上告の期限' },
  basis: {
    en: 'Code of Civil Procedure Arts. 285 and 313 (applied by ACLA Art. 7)',
    ja: '民事訴訟法 第285条・第313条（行政事件訴訟法第7条）',
  },
  confidence: 'S',
  confidenceNote: {
    en: 'The 2-week period is from secondary sources; not checked against the statute text.',
    ja: '2週間の期間は二次資料による。条文では未確認。',
  },
  hardness: 'hard',
  consequence: { en: 'The judgment becomes final.', ja: '判決が確定する。' },
  inputs: [
    { name: 'judgmentServedDate', required: true, event: { en: 'judgment served', ja: '判決書の送達を受けた日' } },
  ],
  triggerInput: 'judgmentServedDate',
  counting: { type: 'period', from: 'judgmentServedDate', length: { unit: 'weeks', amount: 2 } },
  adjustment: { type: 'roll-forward', regime: 'court' },
  adjustmentConfidence: 'V',
};
