export {
  ProtectionStages,
  ProtectionKinds,
  ReviewOutcomes,
  ReviewSubstates,
  Courts,
  LitigationPhases,
  ProtectionOutcomes,
  ProtectionDateFields,
  PendingProtectionStages,
  ProtectionStageLabels,
  ProtectionKindLabels,
  ReviewOutcomeLabels,
  ReviewSubstateLabels,
  CourtLabels,
  LitigationPhaseLabels,
  ProtectionDateFieldLabels,
  newProtectionApplication,
  protectionStageCategory,
  isTerminalProtectionStage,
  isActiveProtectionStage,
  type ProtectionStage,
  type ProtectionKind,
  type ReviewOutcome,
  type ReviewSubstate,
  type Court,
  type LitigationPhase,
  type ProtectionOutcome,
  type ProtectionDateField,
  type ProtectionDates,
  type DecisionDates,
  type ReviewState,
  type LitigationState,
  type LitigationClock,
  type ProtectionApplicationState,
  type ProtectionTransitionContext,
  type ProtectionStageCategory,
} from './track-p.js';
export {
  allowedProtectionTransitions,
  earliestSuitLimitEnd,
  ProtectionTransitionRules,
  type ProtectionRule,
  type ProtectionTransitionOption,
} from './protection-transitions.js';
export {
  applyProtectionTransition,
  type ProtectionTransitionRequest,
  type ProtectionHistoryEntry,
  type ProtectionTransitionResult,
} from './apply-protection-transition.js';
export {
  removalSuspension,
  type RemovalReasonCode,
  type RemovalReason,
  type RemovalFacts,
  type RemovalSuspensionBasis,
  type RemovalSuspension,
  type RemovalApplication,
} from './removal-suspension.js';
export {
  canOpenNextApplication,
  type EarlierApplication,
  type NextApplicationRefusal,
  type NextApplicationAnswer,
} from './open-next-application.js';
export {
  ResidenceStages,
  TriageCategories,
  ResidenceOutcomes,
  ResidenceDateFields,
  ResidenceStageLabels,
  ResidenceDateFieldLabels,
  deportationProcedureSuspended,
  type ResidenceStage,
  type TriageCategory,
  type ResidenceOutcome,
  type ResidenceDateField,
  type ResidenceDates,
  type ResidenceState,
  type ResidenceTransitionContext,
} from './track-r.js';
export {
  ResidenceTransitionRules,
  allowedResidenceTransitions,
  type ResidenceRule,
  type ResidenceTransitionOption,
} from './residence-transitions.js';
export {
  applyResidenceTransition,
  type ResidenceTransitionRequest,
  type ResidenceHistoryEntry,
  type ResidenceTransitionResult,
} from './apply-residence-transition.js';
export { residenceAtIntake, type ResidenceIntake } from './residence-intake.js';
export {
  DeportationStages,
  CustodyCategories,
  DeportationOutcomes,
  DeportationDateFields,
  CustodyCategoryLabels,
  DeportationDateFieldLabels,
  INITIAL_DEPORTATION_STATE,
  custodyOf,
  isBeforeDeportationOrder,
  custodyNamedByStage,
  type DeportationStage,
  type CustodyCategory,
  type DeportationOutcome,
  type DeportationDateField,
  type DeportationDates,
  type DeportationState,
  type DeportationTransitionContext,
} from './track-d.js';
export {
  DeportationTransitionRules,
  allowedDeportationTransitions,
  type DeportationRule,
  type DeportationTransitionOption,
} from './deportation-transitions.js';
export {
  applyDeportationTransition,
  type DeportationTransitionRequest,
  type DeportationHistoryEntry,
  type DeportationTransitionResult,
} from './apply-deportation-transition.js';
export { deportationAtIntake, type DeportationIntake } from './deportation-intake.js';
export { provisionalReleaseUntilOf } from './provisional-release-period.js';
export { MAX_SUPERVISION_REPORTING_INTERVAL_MONTHS } from './reporting-interval.js';
export { workAllowed, type WorkAllowedReason, type WorkAllowedAnswer } from './work-allowed.js';
export type { Label, TransitionProblem, TransitionProblemCode, TransitionOption, TransitionResult } from './transition-result.js';
