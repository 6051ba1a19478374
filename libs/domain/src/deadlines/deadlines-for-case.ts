import { provisionalReleaseUntilOf } from '../procedure/provisional-release-period.js';
import type { DeportationState } from '../procedure/track-d.js';
import type { ResidenceState } from '../procedure/track-r.js';
import type { ProtectionApplicationState } from '../procedure/track-p.js';

/** A deadline a case should have now, by rule kind and the named inputs of that rule. */
export interface DesiredDeadline {
  readonly kind: string;
  readonly inputs: Readonly<Record<string, string>>;
}

/** A deadline the facts show was dealt with: met by an act, or missed (a window recorded as lapsed). */
export interface ResolvedDeadline {
  readonly kind: string;
  readonly status: 'met' | 'missed';
  readonly on: string;
}

export interface CaseDeadlines {
  readonly desired: readonly DesiredDeadline[];
  readonly resolved: readonly ResolvedDeadline[];
}

/**
 * The deadlines one protection application triggers in its current state. Derived from the
 * state rather than from the last step, so a corrected date or a step taken back gives the right
 * answer too.
 *
 * - Refused (or CP only on a refugee claim): 7 days to request review from receipt of the
 *   notice (Art. 61-2-12(2)); met once the request is recorded, missed once the window is
 *   recorded as lapsed.
 * - Litigation window: the revocation suit (ACLA Art. 14) from the clock the state carries; met
 *   when the suit is filed.
 * - A judgment lost at first or second instance: 2 weeks to appeal from service (CCP Arts. 285,
 *   313); met when the appeal is filed.
 */
export function deadlinesForApplication(state: ProtectionApplicationState): CaseDeadlines {
  const desired: DesiredDeadline[] = [];
  const resolved: ResolvedDeadline[] = [];
  const refusalChallengeable = state.stage === 'P3_REFUSED' || (state.stage === 'P3_CP_ONLY' && state.kind === 'REFUGEE_AND_CP');
  if ((refusalChallengeable || state.stage === 'P4_APPEAL_WINDOW') && state.decision) {
    desired.push({ kind: 'review-request', inputs: { noticeReceivedDate: state.decision.noticeReceivedOn } });
  }
  if (state.review && (state.stage === 'P5_APPEAL_PENDING' || state.stage === 'P6_APPEAL_DECIDED' || state.stage === 'P7_LITIGATION_WINDOW' || state.stage === 'P8_LITIGATION')) {
    resolved.push({ kind: 'review-request', status: 'met', on: state.review.requestFiledOn });
  }
  if (state.stage === 'P4X_WINDOW_LAPSED' && state.lastEventOn) {
    resolved.push({ kind: 'review-request', status: 'missed', on: state.lastEventOn });
  }
  if (state.stage === 'P7_LITIGATION_WINDOW' && state.litigationClock) {
    desired.push({
      kind: 'revocation-suit',
      inputs: { knowledgeDate: state.litigationClock.knownOn, decisionDate: state.litigationClock.decidedOn },
    });
  }
  if (state.stage === 'P8_LITIGATION' && state.litigation) {
    resolved.push({ kind: 'revocation-suit', status: 'met', on: state.litigation.suitFiledOn });
    if (state.litigation.phase === 'LOST_APPEALABLE' && state.litigation.judgmentServedOn) {
      desired.push({ kind: 'court-appeal', inputs: { judgmentServedDate: state.litigation.judgmentServedOn } });
    } else if (state.litigation.phase === 'PENDING' && state.litigation.court !== 'DISTRICT' && state.lastEventOn) {
      resolved.push({ kind: 'court-appeal', status: 'met', on: state.lastEventOn });
    }
  }
  return { desired, resolved };
}

/** Residence statuses whose period must be renewed (or changed) before it expires. */
const RENEWABLE = new Set(['REGULAR_OTHER', 'TOKUTEI_TRIAGE', 'TOKUTEI', 'STAY_RESTRICTED', 'TEIJUSHA', 'HUMANITARIAN', 'SPECIAL_PERMISSION']);

/**
 * The deadlines of a client's own situation:
 * - the 6-month window after landing (Art. 61-2-2(1)(i)) until the first application is filed;
 * - renewal of a period of stay before it expires (Art. 21), or of provisional stay (Art. 61-2-4);
 * - under supervision measures, the next report at most 3 months after the last one
 *   (Art. 44-6), or on the date the immigration office designated;
 * - under provisional release with a known period, applying to extend it before it ends (Art. 54).
 */
export function deadlinesForClient(facts: {
  readonly landingDate: string | null;
  readonly firstApplicationFiledOn: string | null;
  readonly residence: ResidenceState;
  readonly deportation: DeportationState;
  /** The last report made under supervision measures, or the day they began. */
  readonly lastSupervisionReportOn: string | null;
  readonly designatedReportDate?: string | null;
}): CaseDeadlines {
  const desired: DesiredDeadline[] = [];
  const resolved: ResolvedDeadline[] = [];
  if (facts.landingDate) {
    if (facts.firstApplicationFiledOn) resolved.push({ kind: 'landing-six-months', status: 'met', on: facts.firstApplicationFiledOn });
    else desired.push({ kind: 'landing-six-months', inputs: { landingDate: facts.landingDate } });
  }
  const expiry = facts.residence.expiresOn;
  if (expiry && RENEWABLE.has(facts.residence.stage)) desired.push({ kind: 'residence-renewal', inputs: { expiryDate: expiry } });
  if (expiry && facts.residence.stage === 'KARITAIZAI') desired.push({ kind: 'provisional-stay-renewal', inputs: { expiryDate: expiry } });
  if (facts.deportation.custody === 'SUPERVISION' && facts.lastSupervisionReportOn) {
    desired.push({
      kind: 'supervision-report',
      inputs: {
        lastReportDate: facts.lastSupervisionReportOn,
        ...(facts.designatedReportDate ? { designatedDate: facts.designatedReportDate } : {}),
      },
    });
  }
  const releaseUntil = provisionalReleaseUntilOf(facts.deportation);
  if (releaseUntil) desired.push({ kind: 'provisional-release-extension', inputs: { expiryDate: releaseUntil } });
  return { desired, resolved };
}
