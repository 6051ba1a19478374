import type { DeadlineRuleVersion } from '../deadline-rule.js';
import { amendment2023InForce } from './in-force-dates.js';

/**
 * Supervised person's report (被監理者の届出), Immigration Control Act Art. 44-6 (before a
 * deportation order) / Art. 52-5 (after one), Enforcement Regulation Art. 36-8 (reference §1.9,
 * §3.2 #19, [S]). Reports are due on the dates the chief immigration inspector designates
 * (届出日指定書), not more than 3 months after the start of supervision or the last report.
 *
 * With a designated date that is earlier than the 3-month maximum, the designated date is due,
 * as designated. Otherwise the 3-month maximum (Civil Code Arts. 140, 143) is due; if the bureau
 * is closed that day it is brought back to the last open day before it — nothing extends the
 * 3-month maximum, and a late report can cost the person their supervision. A designated date
 * later than the maximum is not followed: the explanation shows the maximum governing, which
 * prompts a check of the designation notice.
 */
export const supervisionReportV1: DeadlineRuleVersion = {
  kind: 'supervision-report',
  version: 1,
  inForceFrom: amendment2023InForce,
  title: { en: 'Supervised person’s report (被監理者の届出)', ja: '被監理者の届出' },
  headline: { en: 'Supervision report due', ja: '被監理者の届出期限' },
  basis: {
    en: 'Immigration Control Act Art. 44-6 / 52-5; Enforcement Regulation Art. 36-8',
    ja: '出入国管理及び難民認定法 第44条の6・第52条の5、同法施行規則第36条の8',
  },
  confidence: 'S',
  confidenceNote: {
    en: 'From ISA’s Q&A on supervision measures; the regulation text is not verified.',
    ja: '監理措置に関する入管庁のQ&Aによる。規則の条文は未確認。',
  },
  hardness: 'hard',
  consequence: {
    en: 'Supervision measures may be revoked (leading to detention), with possible penalties.',
    ja: '監理措置が取り消され収容されるおそれがあり、罰則の対象となりうる。',
  },
  inputs: [
    {
      name: 'lastReportDate',
      required: true,
      event: { en: 'last report (or start of supervision)', ja: '前回の届出日（又は監理措置の開始日）' },
    },
    {
      name: 'designatedDate',
      required: false,
      event: { en: 'date designated by the inspector', ja: '届出日として指定された日' },
      after: 'lastReportDate',
    },
  ],
  triggerInput: 'lastReportDate',
  counting: {
    type: 'period-or-earlier-designated-date',
    from: 'lastReportDate',
    length: { unit: 'months', amount: 3 },
    limitLabel: { en: 'the 3-month maximum', ja: '3か月の上限' },
    designated: 'designatedDate',
    designatedLabel: { en: 'the designated date', ja: '指定された届出日' },
  },
  adjustment: { type: 'roll-back', regime: 'administrative' },
  adjustmentConfidence: 'S',
};

/**
 * Supervisor's report (監理人の届出): within 7 days of learning that the supervised person
 * absconded or may abscond, breached a condition, worked illegally, failed to report or
 * reported falsely, died, or that the supervisor's contact details or relationship changed;
 * Immigration Control Act Art. 44-3(4) / 52-3(4), Enforcement Regulation Art. 36-3 (reference
 * §1.9, §3.2 #20). Counted from learning of the event, as ISA's Q&A says (知ったとき); ISA's
 * leaflet says from the day it occurred (発生した日から) [U], so when the event was earlier the
 * supervisor should report earlier. A report to the bureau is an act towards an administrative
 * organ, so the Holiday Act extension is applied; that it applies here is not verified.
 */
export const supervisorEventReportV1: DeadlineRuleVersion = {
  kind: 'supervisor-event-report',
  version: 1,
  inForceFrom: amendment2023InForce,
  title: { en: 'Supervisor’s event report (監理人の届出)', ja: '監理人の届出' },
  headline: { en: 'Supervisor’s report due', ja: '監理人の届出期限' },
  basis: {
    en: 'Immigration Control Act Art. 44-3(4) / 52-3(4); Enforcement Regulation Art. 36-3',
    ja: '出入国管理及び難民認定法 第44条の3第4項・第52条の3第4項、同法施行規則第36条の3',
  },
  confidence: 'U',
  confidenceNote: {
    en: 'Unverified whether the 7 days run from learning of the event (ISA Q&A) or from the event itself (ISA leaflet); if the event happened earlier, report within 7 days of it.',
    ja: '7日が「知った日」から（入管庁Q&A）か「発生した日」から（リーフレット）かは未確認。発生が早い場合は発生日から7日以内に届け出ること。',
  },
  hardness: 'hard',
  consequence: {
    en: 'The supervisor may be removed from the role and penalised.',
    ja: '監理人の選定が取り消され、罰則の対象となりうる。',
  },
  inputs: [
    { name: 'knowledgeDate', required: true, event: { en: 'learned of the event', ja: '届出事由を知った日' } },
  ],
  triggerInput: 'knowledgeDate',
  counting: { type: 'period', from: 'knowledgeDate', length: { unit: 'days', amount: 7 } },
  adjustment: { type: 'roll-forward', regime: 'administrative' },
  adjustmentConfidence: 'U',
};

/**
 * Extension of the provisional release period (仮放免期間延長申請), Immigration Control Act
 * Art. 54, ISA procedure 16-11: filed in person, before the period expires (reference §1.9,
 * §3.2 #22, [V]). Nothing extends a provisional release past its expiry, and the application
 * needs an open counter, so a closed expiry day brings the due date back to the last open day
 * before it. That a filing on the expiry day itself is in time is our reading of "before
 * expiry" [U]; ISA needs time to decide, so aim earlier.
 */
export const provisionalReleaseExtensionV1: DeadlineRuleVersion = {
  kind: 'provisional-release-extension',
  version: 1,
  inForceFrom: amendment2023InForce,
  title: { en: 'Extension of provisional release (仮放免期間延長)', ja: '仮放免期間延長申請' },
  headline: { en: 'Provisional release extension due', ja: '仮放免期間延長申請の期限' },
  basis: {
    en: 'Immigration Control Act Art. 54; ISA procedure 16-11',
    ja: '出入国管理及び難民認定法 第54条（入管庁手続案内16-11）',
  },
  confidence: 'U',
  confidenceNote: {
    en: 'Filing in person before expiry is verified; that the expiry day itself is still in time is inferred.',
    ja: '期間満了前に本人出頭で申請することは確認済み。満了日当日の申請が間に合うかは推定。',
  },
  hardness: 'hard',
  consequence: {
    en: 'Provisional release ends: re-detention, revocation (Art. 55) and forfeiture of the bond.',
    ja: '仮放免が終了し、再収容・取消し（第55条）・保証金没取のおそれがある。',
  },
  inputs: [
    {
      name: 'expiryDate',
      required: true,
      event: { en: 'provisional release period expires', ja: '仮放免期間の満了日' },
    },
  ],
  triggerInput: 'expiryDate',
  counting: { type: 'given-date', date: 'expiryDate' },
  adjustment: { type: 'roll-back', regime: 'administrative' },
  adjustmentConfidence: 'U',
};
