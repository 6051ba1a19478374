import type { ProtectionApplicationState } from './track-p.js';

/** Confidence labels of the reference: verified, secondary sources only, unverified. */
type Confidence = 'V' | 'S' | 'U';

export type RemovalReasonCode =
  | 'APPLICATION_PENDING'
  | 'FIRST_OR_SECOND_APPLICATION'
  | 'REASONABLE_GROUNDS_MATERIAL'
  | 'THIRD_OR_LATER_WITHOUT_MATERIAL'
  | 'SENTENCED_3_YEARS_OR_MORE'
  | 'TERRORISM_OR_SIMILAR'
  | 'NOT_FILED'
  | 'PROCEDURE_ENDED'
  | 'LITIGATION_DOES_NOT_SUSPEND'
  | 'COURT_STAY_OF_EXECUTION'
  | 'PROTECTION_GRANTED';

export interface RemovalReason {
  readonly code: RemovalReasonCode;
  readonly ja: string;
  readonly en: string;
  readonly basis: string;
  /** 'U' marks what the reference could not verify: show it so a lawyer checks before anyone relies on it. */
  readonly confidence: Confidence;
}

export interface RemovalFacts {
  /** Material showing reasonable grounds for recognition was submitted with this application (Art. 61-2-9(4)(i)). */
  readonly reasonableGroundsMaterialSubmitted: boolean;
  /** Sentenced to imprisonment of 3 years or more without suspension (Art. 61-2-9(4)(ii)). */
  readonly sentencedToThreeYearsOrMore: boolean;
  /** Falls under the terrorism and similar exclusions (Art. 61-2-9(4)(iii)). */
  readonly terrorismOrSimilarExclusion: boolean;
  /** A court has stayed execution of the deportation order (ACLA Art. 25). */
  readonly stayOfExecutionGranted: boolean;
}

export type RemovalSuspensionBasis = 'PENDING_APPLICATION' | 'PROTECTION_GRANTED' | 'COURT_STAY';

export interface RemovalSuspension {
  readonly suspended: boolean;
  /** What suspends removal, when it is suspended. */
  readonly basis: RemovalSuspensionBasis | null;
  /** Every rule that applied, the deciding ones first; each marked with its confidence. */
  readonly reasons: readonly RemovalReason[];
  /** True when any reason rests on an unverified reading. */
  readonly unverified: boolean;
}

export type RemovalApplication = Pick<ProtectionApplicationState, 'applicationNo' | 'kind' | 'stage' | 'cpGranted' | 'review'>;

const reason = (code: RemovalReasonCode, confidence: Confidence, basis: string, ja: string, en: string): RemovalReason => ({
  code,
  ja,
  en,
  basis,
  confidence,
});

const SUSPENSION = 'Immigration Control Act Art. 61-2-9(3)';

/**
 * Whether this application stops removal (Art. 61-2-9(3)) — the `removal_blocked` guard of
 * reference §2.4 — and, where it does not, why not.
 *
 * The procedure "is pending" from filing until the refusal can no longer be reviewed: the review
 * window lapsed unused, or the review was decided against the applicant or withdrawn. That is the
 * end point the pre-2024 text (Art. 61-2-6(3) via 61-2-4(5)(i)–(iii)) used; that the current
 * Art. 61-2-9(3) keeps it is an assumption [U]. So the suspending stages are P1–P5 and P6 only
 * with a positive review; a suit (P7, P8) does not suspend removal — only a court's stay does.
 */
export function removalSuspension(application: RemovalApplication, facts: RemovalFacts): RemovalSuspension {
  const courtStay = facts.stayOfExecutionGranted
    ? [
        reason(
          'COURT_STAY_OF_EXECUTION',
          'V',
          'Administrative Case Litigation Act Art. 25',
          '裁判所が退去強制令書の執行停止を決定している',
          'A court has stayed execution of the deportation order',
        ),
      ]
    : [];
  const own = ownReasons(application, facts);
  const reasons = [...courtStay, ...own.reasons];
  const basis: RemovalSuspensionBasis | null = facts.stayOfExecutionGranted ? 'COURT_STAY' : own.basis;
  return { suspended: basis !== null, basis, reasons, unverified: reasons.some((r) => r.confidence === 'U') };
}

function ownReasons(application: RemovalApplication, facts: RemovalFacts): { basis: RemovalSuspensionBasis | null; reasons: RemovalReason[] } {
  if (protectionGranted(application)) {
    return {
      basis: 'PROTECTION_GRANTED',
      reasons: [
        reason(
          'PROTECTION_GRANTED',
          'U',
          'Immigration Control Act Art. 53(3) (non-refoulement); its extension to CP beneficiaries unverified',
          '難民または補完的保護対象者として認定済み:迫害のおそれのある国への送還は禁止される',
          'Recognised as a refugee or CP beneficiary: removal to a country of persecution is barred',
        ),
      ],
    };
  }

  const stageReason = stageOutsideProcedure(application);
  if (stageReason !== null) return { basis: null, reasons: stageReason };

  const reasons: RemovalReason[] = [
    reason('APPLICATION_PENDING', 'V', SUSPENSION, '難民等認定手続中', 'The protection procedure is pending'),
  ];
  const exceptions: RemovalReason[] = [];
  if (application.applicationNo <= 2) {
    reasons.push(
      reason(
        'FIRST_OR_SECOND_APPLICATION',
        'U',
        `${SUSPENSION}–(4)(i); how applications are counted (withdrawn ones, whether earlier refusals must be final) unverified`,
        `${application.applicationNo}回目の申請:送還停止効あり`,
        `Application no. ${application.applicationNo}: the third-application exception does not apply`,
      ),
    );
  } else if (facts.reasonableGroundsMaterialSubmitted) {
    reasons.push(
      reason(
        'REASONABLE_GROUNDS_MATERIAL',
        'U',
        'Art. 61-2-9(4)(i); ISA decides whether the material shows reasonable grounds (Diet answer 2023-06-30)',
        `${application.applicationNo}回目の申請だが、認定を行うべき相当の理由がある資料を提出済み(相当性は入管庁が判断)`,
        `Application no. ${application.applicationNo}, but material showing reasonable grounds was submitted; ISA judges whether it suffices`,
      ),
    );
  } else {
    exceptions.push(
      reason(
        'THIRD_OR_LATER_WITHOUT_MATERIAL',
        'U',
        'Art. 61-2-9(4)(i); exact wording of the third-application rule unverified',
        `${application.applicationNo}回目の申請で相当の理由がある資料の提出がない:送還停止効なし`,
        `Application no. ${application.applicationNo} without material showing reasonable grounds: removal is not suspended`,
      ),
    );
  }
  if (facts.sentencedToThreeYearsOrMore) {
    exceptions.push(
      reason(
        'SENTENCED_3_YEARS_OR_MORE',
        'V',
        'Art. 61-2-9(4)(ii)',
        '3年以上の実刑判決を受けている:送還停止効なし',
        'Sentenced to 3 years or more of imprisonment: removal is not suspended',
      ),
    );
  }
  if (facts.terrorismOrSimilarExclusion) {
    exceptions.push(
      reason('TERRORISM_OR_SIMILAR', 'V', 'Art. 61-2-9(4)(iii)', 'テロリスト等に該当:送還停止効なし', 'Terrorism or similar exclusion: removal is not suspended'),
    );
  }
  return exceptions.length === 0
    ? { basis: 'PENDING_APPLICATION', reasons }
    : { basis: null, reasons: [...exceptions, ...reasons] };
}

function protectionGranted(application: RemovalApplication): boolean {
  return application.stage === 'P3_RECOGNISED_REFUGEE' || application.cpGranted;
}

function stageOutsideProcedure(application: RemovalApplication): RemovalReason[] | null {
  switch (application.stage) {
    case 'P0_INTAKE':
      return [reason('NOT_FILED', 'V', SUSPENSION, '申請前:送還停止効なし', 'Not yet filed: nothing suspends removal')];
    case 'P1_FILED':
    case 'P2_EXAMINATION':
    case 'P3_CP_ONLY':
    case 'P3_REFUSED':
    case 'P4_APPEAL_WINDOW':
    case 'P5_APPEAL_PENDING':
    case 'P3_RECOGNISED_REFUGEE':
      return null;
    case 'P6_APPEAL_DECIDED':
      return application.review?.outcome === 'UPHELD' ? null : ended('審査請求の裁決(棄却・却下)で手続終了', 'The review was decided against the applicant');
    case 'P4X_WINDOW_LAPSED':
      return ended('審査請求期間の経過で手続終了', 'The review window lapsed without a request');
    case 'P9_FINAL_NEGATIVE':
      return ended('不認定確定', 'The refusal is final');
    case 'P_WITHDRAWN':
      return ended('取下げにより手続終了', 'The application or review was withdrawn');
    case 'P7_LITIGATION_WINDOW':
    case 'P8_LITIGATION':
      return [
        reason(
          'LITIGATION_DOES_NOT_SUSPEND',
          'V',
          'ACLA Art. 25(1); Diet answer 2023-06-30',
          '出訴期間中・訴訟中でも送還は停止されない:訴え提起と同時に執行停止を申し立てること',
          'Neither the time limit for a suit nor a pending suit stops removal: apply for a stay of execution with the suit',
        ),
        ...ended('行政手続は終了', 'The administrative procedure has ended'),
      ];
  }
}

function ended(ja: string, en: string): RemovalReason[] {
  return [
    reason(
      'PROCEDURE_ENDED',
      'U',
      `${SUSPENSION}: end of the procedure read from the pre-2024 text (Art. 61-2-6(3), 61-2-4(5)(i)–(iii))`,
      `${ja}:送還停止効なし`,
      `${en}: removal is no longer suspended`,
    ),
  ];
}
