import type { ProtectionApplicationState, ProtectionStage } from './track-p.js';

export type EarlierApplication = Pick<ProtectionApplicationState, 'applicationNo' | 'kind' | 'stage' | 'review'>;

export type NextApplicationRefusal =
  /** Refugee status was granted: there is nothing left to apply for. */
  | 'ALREADY_RECOGNISED'
  /** An earlier application is still before ISA or a review window on it is open. */
  | 'EARLIER_APPLICATION_OPEN'
  /** The earlier applications are not numbered 1…n: the count the removal rule depends on would be wrong. */
  | 'NUMBERING_INCONSISTENT';

export type NextApplicationAnswer =
  | {
      readonly allowed: true;
      readonly applicationNo: number;
      /** Earlier applications whose court route is still open (P4X, P6, P7, P8): they continue in parallel. */
      readonly stillInCourtRoute: readonly number[];
    }
  | { readonly allowed: false; readonly reason: NextApplicationRefusal; readonly blocking: readonly number[] };

/**
 * Whether a client may open application n+1, and its number.
 *
 * A new application is a new instance (reference §2.1: P9 → P1 with application_no + 1). It may be
 * opened once every earlier application has left the administrative procedure: refusal final (P9),
 * withdrawn, CP granted to a CP-only applicant, or the administrative stage over while a suit is
 * still possible (review window lapsed, review decided against, litigation window, suit) —
 * re-applying during the court route happens in practice, and is exactly the situation in which
 * the third-application rule on removal matters. It may not be opened while an earlier
 * application awaits ISA or the Minister, while a review can still be requested, or after
 * refugee recognition.
 */
export function canOpenNextApplication(earlier: readonly EarlierApplication[]): NextApplicationAnswer {
  const numbers = earlier.map((application) => application.applicationNo).sort((a, b) => a - b);
  if (numbers.some((number, index) => number !== index + 1)) {
    return { allowed: false, reason: 'NUMBERING_INCONSISTENT', blocking: numbers };
  }

  const recognised = earlier.filter((application) => application.stage === 'P3_RECOGNISED_REFUGEE');
  if (recognised.length > 0) {
    return { allowed: false, reason: 'ALREADY_RECOGNISED', blocking: recognised.map((application) => application.applicationNo) };
  }

  const open = earlier.filter((application) => standing(application) === 'OPEN');
  if (open.length > 0) {
    return { allowed: false, reason: 'EARLIER_APPLICATION_OPEN', blocking: open.map((application) => application.applicationNo) };
  }

  return {
    allowed: true,
    applicationNo: earlier.length + 1,
    stillInCourtRoute: earlier.filter((application) => standing(application) === 'COURT_ROUTE').map((application) => application.applicationNo),
  };
}

function standing(application: EarlierApplication): 'OPEN' | 'COURT_ROUTE' | 'CLOSED' {
  const stage: ProtectionStage = application.stage;
  switch (stage) {
    case 'P0_INTAKE':
    case 'P1_FILED':
    case 'P2_EXAMINATION':
    case 'P3_REFUSED':
    case 'P4_APPEAL_WINDOW':
    case 'P5_APPEAL_PENDING':
    case 'P3_RECOGNISED_REFUGEE':
      return 'OPEN';
    case 'P3_CP_ONLY':
      // A CP-only applicant who got CP is done; a refugee applicant still has the review window.
      return application.kind === 'CP_ONLY' ? 'CLOSED' : 'OPEN';
    case 'P6_APPEAL_DECIDED':
      // An upheld review still awaits the recognition it leads to.
      return application.review?.outcome === 'UPHELD' ? 'OPEN' : 'COURT_ROUTE';
    case 'P4X_WINDOW_LAPSED':
    case 'P7_LITIGATION_WINDOW':
    case 'P8_LITIGATION':
      return 'COURT_ROUTE';
    case 'P9_FINAL_NEGATIVE':
    case 'P_WITHDRAWN':
      return 'CLOSED';
  }
}
