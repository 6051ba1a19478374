export { adjustDueDate, type AdjustedDueDate, type DueDateAdjustment } from './adjust-due-date.js';
export { endOfPeriod, type MonthEndRule, type PeriodEnd, type PeriodLength, type PeriodUnit } from './civil-code-period.js';
export {
  computeDeadline,
  type ComputedDeadline,
  type DeadlineComputation,
  type DeadlineContext,
  type DeadlineFailure,
  type DeadlineRequest,
} from './compute-deadline.js';
export {
  validateDeadlineInputs,
  type DeadlineInputValues,
  type InputValidation,
  type InvalidInput,
  type InvalidInputReason,
} from './deadline-inputs.js';
export type {
  Bilingual,
  Confidence,
  DeadlineCounting,
  DeadlineHardness,
  DeadlineInput,
  DeadlineRuleVersion,
  LimitPeriod,
} from './deadline-rule.js';
export { createDeadlineRuleRegistry, type DeadlineRuleRegistry } from './deadline-rule-registry.js';
export type { DeadlineStep, LimitCandidate } from './deadline-step.js';
export { explainDeadline, type ExplanationSource } from './explain-deadline.js';
export { deadlineKinds, deadlineRules, deadlineRuleVersions, type DeadlineKind } from './rules/deadline-rules.js';
export { deadlinesForApplication, deadlinesForClient, type CaseDeadlines, type DesiredDeadline, type ResolvedDeadline } from './deadlines-for-case.js';
