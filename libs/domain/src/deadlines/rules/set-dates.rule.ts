import type { DeadlineRuleVersion } from '../deadline-rule.js';
import { noLegalStartDate } from './in-force-dates.js';

/**
 * A date set by an authority for the person to appear: a refugee inquirer's interview, an
 * oral opinion statement hearing, a summons, a reporting date under provisional release or
 * supervision (reference §3.2 #7, #10, #21, #22). It is due on the day set and never moved:
 * closed days do not apply to an appointment the office itself fixed.
 *
 * Hard: failing to appear when summoned or on a reporting date can revoke provisional stay,
 * provisional release or supervision (Arts. 44-4(2), 55; Art. 72(iii) penalty), and a missed
 * interview means a decision on the papers.
 */
export const appointmentV1: DeadlineRuleVersion = {
  kind: 'appointment',
  version: 1,
  inForceFrom: noLegalStartDate,
  title: { en: 'Appointment (interview, hearing, summons or reporting date)', ja: '出頭日・面接日・期日' },
  headline: { en: 'Appointment on', ja: '出頭・面接等の指定日' },
  basis: {
    en: 'Date set by ISA or a court (summons, interview notice or reporting-date designation)',
    ja: '入管庁・裁判所が指定した日（呼出し・面接通知・出頭日の指定）',
  },
  confidence: 'S',
  confidenceNote: {
    en: 'The consequences of not appearing are from secondary sources for interviews and reporting intervals.',
    ja: '面接や出頭間隔に関する不出頭の効果は二次資料による。',
  },
  hardness: 'hard',
  consequence: {
    en: 'Decision on the papers, or revocation of provisional stay, provisional release or supervision.',
    ja: '書面のみでの判断、又は仮滞在・仮放免・監理措置の取消しのおそれ。',
  },
  inputs: [{ name: 'appointmentDate', required: true, event: { en: 'date set', ja: '指定された日' } }],
  triggerInput: 'appointmentDate',
  counting: { type: 'given-date', date: 'appointmentDate' },
  adjustment: { type: 'none' },
  adjustmentConfidence: 'S',
};

/**
 * A due date ISA set for evidence, documents or a written statement (reference §3.2 #7 and #9,
 * ISA handling, [S]). Due on the day set. Soft: an extension can be requested, and a miss means
 * a decision on the existing record rather than the loss of a right — which still hurts
 * credibility, so it is tracked like any other date.
 */
export const isaSetDateV1: DeadlineRuleVersion = {
  kind: 'isa-set-date',
  version: 1,
  inForceFrom: noLegalStartDate,
  title: { en: 'Due date set by ISA (evidence or documents)', ja: '入管庁が指定した提出期限' },
  headline: { en: 'Due by ISA’s date', ja: '入管庁指定の提出期限' },
  basis: {
    en: 'Date set by ISA in its letter (ISA handling of refugee examinations)',
    ja: '入管庁が通知で指定した日（難民認定事務の取扱い）',
  },
  confidence: 'S',
  confidenceNote: {
    en: 'Practice of ISA described by secondary sources.',
    ja: '二次資料による入管庁の運用。',
  },
  hardness: 'soft',
  consequence: {
    en: 'Decision on the existing record; possible adverse credibility finding.',
    ja: '提出済みの資料のみで判断され、信ぴょう性に不利に評価されるおそれ。',
  },
  inputs: [{ name: 'isaSetDate', required: true, event: { en: 'date set by ISA', ja: '入管庁が指定した日' } }],
  triggerInput: 'isaSetDate',
  counting: { type: 'given-date', date: 'isaSetDate' },
  adjustment: { type: 'none' },
  adjustmentConfidence: 'S',
};

/**
 * ISA's written request for further materials (資料提出依頼) during the examination or the
 * review, with the due date the letter sets (reference §3.2 #7, ISA handling, [S]). Separate from
 * `isa-set-date` because the request names what is missing, so the file's checklist and
 * documents hang off it. Due on the day set, not moved; soft for the same reasons: an extension
 * can be asked for, and a miss means a decision on the existing record.
 */
export const materialsRequestV1: DeadlineRuleVersion = {
  kind: 'materials-request',
  version: 1,
  inForceFrom: noLegalStartDate,
  title: { en: 'ISA’s request for further materials', ja: '入管庁からの資料提出依頼' },
  headline: { en: 'Further materials due', ja: '追加資料の提出期限' },
  basis: {
    en: 'Due date in ISA’s letter requesting further materials (ISA handling of refugee examinations)',
    ja: '入管庁の資料提出依頼書に記載された提出期限（難民認定事務の取扱い）',
  },
  confidence: 'S',
  confidenceNote: {
    en: 'Practice of ISA described by secondary sources; the letter itself is the authority for the date.',
    ja: '二次資料による入管庁の運用。期限そのものは依頼書の記載による。',
  },
  hardness: 'soft',
  consequence: {
    en: 'Decision on the existing record without the requested materials; an extension can be requested before the date.',
    ja: '依頼された資料がないまま提出済みの資料で判断されるおそれ。期限前であれば延長を申し出ることができる。',
  },
  inputs: [{ name: 'requestDueDate', required: true, event: { en: 'due date in ISA’s letter', ja: '依頼書に記載された提出期限' } }],
  triggerInput: 'requestDueDate',
  counting: { type: 'given-date', date: 'requestDueDate' },
  adjustment: { type: 'none' },
  adjustmentConfidence: 'S',
};

/**
 * The date a translator agreed to deliver a Japanese translation. Every foreign-language document
 * submitted to ISA needs one, signed by its translator (Enforcement Regulation of the Immigration
 * Control Act Art. 62, reference §5.2), so a late translation holds up a submission. The date
 * itself is the NGO's own arrangement, not a legal time limit: soft, never moved, and verified
 * (V) because nothing about it rests on an unverified reading of the law.
 */
export const translationDueV1: DeadlineRuleVersion = {
  kind: 'translation-due',
  version: 1,
  inForceFrom: noLegalStartDate,
  title: { en: 'Translation due from the translator', ja: '翻訳の納期' },
  headline: { en: 'Translation due', ja: '翻訳の納期' },
  basis: {
    en:
      'Date agreed with the translator: an internal planning date, not a legal time limit ' +
      '(the translation itself is required by Enforcement Regulation Art. 62)',
    ja: '翻訳者と合意した納期：団体内の予定日であり、法令上の期限ではない（訳文の添付は施行規則第62条による）',
  },
  confidence: 'V',
  hardness: 'soft',
  consequence: {
    en: 'The signed Japanese translation may not be ready for the next submission; the document cannot be submitted without it.',
    ja: '次の提出までに署名入りの訳文が揃わないおそれ。訳文がなければその書類は提出できない。',
  },
  inputs: [{ name: 'translationDueDate', required: true, event: { en: 'due date agreed with the translator', ja: '翻訳者と合意した納期' } }],
  triggerInput: 'translationDueDate',
  counting: { type: 'given-date', date: 'translationDueDate' },
  adjustment: { type: 'none' },
  adjustmentConfidence: 'V',
};

/**
 * A referral sent to a partner with no answer: the day the caseworker follows it up (issue 12).
 * The date is the NGO's own planning rule (a configurable number of Japanese business days after
 * sending, see referral-follow-up.ts), not a legal time limit: soft, never moved, and verified (V)
 * because nothing about it rests on a reading of the law. An answer from the partner meets it.
 */
export const referralFollowUpV1: DeadlineRuleVersion = {
  kind: 'referral-follow-up',
  version: 1,
  inForceFrom: noLegalStartDate,
  title: { en: 'Follow up a referral with no answer', ja: '回答のない紹介の確認' },
  headline: { en: 'Referral follow-up', ja: '紹介先への確認' },
  basis: {
    en: 'The organisation’s follow-up rule: business days after sending without an answer from the partner (not a legal time limit)',
    ja: '団体の確認ルール：紹介状の送付後、紹介先から回答のないまま所定の営業日が過ぎた日（法令上の期限ではない）',
  },
  confidence: 'V',
  hardness: 'soft',
  consequence: {
    en: 'The client may wait for a service that never comes; call the partner or refer elsewhere.',
    ja: '利用者が来ない支援を待ち続けるおそれ。紹介先に連絡するか、別の紹介先を検討する。',
  },
  inputs: [{ name: 'followUpDate', required: true, event: { en: 'follow-up date after sending', ja: '送付後の確認日' } }],
  triggerInput: 'followUpDate',
  counting: { type: 'given-date', date: 'followUpDate' },
  adjustment: { type: 'none' },
  adjustmentConfidence: 'V',
};
