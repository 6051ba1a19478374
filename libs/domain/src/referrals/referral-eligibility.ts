import type { Bilingual } from '../deadlines/deadline-rule.js';
import type { DeportationState } from '../procedure/track-d.js';
import { isTerminalProtectionStage, ProtectionStageLabels, type ProtectionApplicationState } from '../procedure/track-p.js';
import type { ResidenceState } from '../procedure/track-r.js';
import { workAllowed } from '../procedure/work-allowed.js';
import type { Programme, ServiceKind } from './referral-vocabulary.js';

export const REFERRAL_WARNING_CODES = [
  'EMPLOYMENT_WORK_NOT_ALLOWED',
  'RHQ_ALLOWANCE_AFTER_FINAL_DECISION',
  'RHQ_ALLOWANCE_WHILE_DETAINED',
  'RHQ_SETTLEMENT_NOT_PROTECTED',
] as const;
export type ReferralWarningCode = (typeof REFERRAL_WARNING_CODES)[number];

/** Something the file shows that the referral does not fit. A hint for the caseworker, never a block. */
export interface ReferralWarning {
  readonly code: ReferralWarningCode;
  readonly label: Bilingual;
  readonly basis: string;
}

/** What is being arranged. */
export interface ReferralEligibilityRequest {
  readonly serviceKind: ServiceKind;
  readonly programme: Programme | null;
}

/** What Yorisoi knows of the client, from the three tracks of the file. */
export interface ReferralEligibilityFacts {
  readonly residence: Pick<ResidenceState, 'stage' | 'workAllowed'>;
  readonly deportation: Pick<DeportationState, 'stage' | 'custody'>;
  readonly art44_5PermissionGranted: boolean;
  /** The client's latest protection application; null when none is recorded. */
  readonly protection: Pick<ProtectionApplicationState, 'stage' | 'kind' | 'cpGranted'> | null;
}

const ALLOWANCE_TERMS = 'MOFA/RHQ protection allowance for asylum seekers (保護費): for destitute applicants, ends at a final decision (reference §5.1)';
const SETTLEMENT_TERMS =
  'RHQ settlement programme (定住支援プログラム, under ISA contract): for Convention refugees, complementary protection beneficiaries and their families (Immigration Control Act Art. 61-2(1)–(2); reference §1.12, §5.1)';

/**
 * The warnings for a referral: employment while the status does not allow work; the RHQ
 * protection allowance once the claim is decided for good or while detained; the RHQ settlement
 * programme for someone neither recognised as a refugee nor granted complementary protection.
 */
export function referralEligibilityWarnings(request: ReferralEligibilityRequest, facts: ReferralEligibilityFacts): ReferralWarning[] {
  const warnings: ReferralWarning[] = [];
  const { protection } = facts;

  if (request.serviceKind === 'employment') {
    const work = workAllowed(facts.residence, facts.deportation, facts.art44_5PermissionGranted);
    if (!work.allowed) {
      warnings.push({
        code: 'EMPLOYMENT_WORK_NOT_ALLOWED',
        label: {
          ja: `就労支援への紹介ですが、記録上は就労が認められていません(${work.label.ja})`,
          en: `Employment referral, but the file shows work is not allowed (${work.label.en})`,
        },
        basis: work.basis,
      });
    }
  }

  if (request.programme === 'rhq-protection-allowance') {
    const finalDecision = protection !== null && isTerminalProtectionStage(protection.stage, protection.kind);
    // A grant of complementary protection is final in the client's favour even while the refugee
    // refusal in the same decision is challenged: the allowance for applicants no longer fits.
    if (protection !== null && (finalDecision || protection.cpGranted)) {
      const stage = protection.cpGranted && !finalDecision ? ProtectionStageLabels.P3_CP_ONLY : ProtectionStageLabels[protection.stage];
      warnings.push({
        code: 'RHQ_ALLOWANCE_AFTER_FINAL_DECISION',
        label: {
          ja: `RHQ保護費は最終的な処分で終了します。記録上の手続段階:${stage.ja}`,
          en: `The RHQ protection allowance ends at a final decision; the file shows: ${stage.en}`,
        },
        basis: ALLOWANCE_TERMS,
      });
    }
    if (facts.deportation.custody === 'DETAINED') {
      warnings.push({
        code: 'RHQ_ALLOWANCE_WHILE_DETAINED',
        label: {
          ja: 'RHQ保護費は地域で生活する困窮した申請者が対象です。記録上は収容中です',
          en: 'The RHQ protection allowance is for destitute applicants living in the community; the file shows the client is detained',
        },
        basis: `${ALLOWANCE_TERMS}; in detention ISA provides board and lodging (Immigration Control Act Arts. 39, 52(5))`,
      });
    }
  }

  if (request.programme === 'rhq-settlement-programme') {
    const protectedPerson = protection !== null && (protection.stage === 'P3_RECOGNISED_REFUGEE' || protection.cpGranted);
    if (!protectedPerson) {
      warnings.push({
        code: 'RHQ_SETTLEMENT_NOT_PROTECTED',
        label: {
          ja: 'RHQ定住支援プログラムは難民認定者・補完的保護対象者とその家族が対象です。記録上はいずれでもありません',
          en: 'The RHQ settlement programme is for recognised refugees, complementary protection beneficiaries and their families; the file shows neither',
        },
        basis: SETTLEMENT_TERMS,
      });
    }
  }

  return warnings;
}
