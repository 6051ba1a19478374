import { allowedResidenceTransitions, ResidenceTransitionRules, type ResidenceRule } from './residence-transitions.js';
import { workAfter, workFlagProblems } from './residence-work-flag.js';
import type {
  ResidenceDateField,
  ResidenceDates,
  ResidenceOutcome,
  ResidenceStage,
  ResidenceState,
  ResidenceTransitionContext,
  TriageCategory,
} from './track-r.js';
import { findRule, normaliseNote, recorderProblems, validateDates, validated, type TransitionResult } from './transition-result.js';

export interface ResidenceTransitionRequest {
  readonly to: ResidenceStage;
  readonly outcome?: ResidenceOutcome | null;
  readonly dates?: ResidenceDates;
  /** Required where the designation document decides (特定活動, humanitarian, special permission, other statuses). */
  readonly workAllowed?: boolean;
  readonly note?: string | null;
  readonly recordedBy: string;
}

export interface ResidenceHistoryEntry {
  readonly from: ResidenceStage;
  readonly to: ResidenceStage;
  readonly outcome: ResidenceOutcome | null;
  readonly eventOn: string;
  readonly dates: ResidenceDates;
  readonly workAllowed: boolean;
  readonly note: string | null;
  readonly recordedBy: string;
}

export type ResidenceTransitionResult = TransitionResult<ResidenceState, ResidenceHistoryEntry, ResidenceStage, ResidenceOutcome, ResidenceDateField>;

/**
 * Records one change of the residence status. `today` is the calendar day in Japan on which it is
 * recorded, passed in so the rule never reads a clock.
 */
export function applyResidenceTransition(
  current: ResidenceState,
  request: ResidenceTransitionRequest,
  context: ResidenceTransitionContext,
  today: string,
): ResidenceTransitionResult {
  const outcome = request.outcome ?? null;
  const rule = findRule(ResidenceTransitionRules, current.stage, request.to, outcome, context);
  if (rule === undefined) {
    return {
      status: 'not-allowed',
      from: current.stage,
      requested: { to: request.to, outcome },
      allowed: allowedResidenceTransitions(current.stage, context),
    };
  }

  const { problems, dates, eventOn } = validateDates<ResidenceDateField>({
    eventFields: rule.dates,
    periodEndFields: rule.grantsPeriod ? ['expiresOn'] : [],
    given: request.dates,
    previousEventOn: current.lastEventOn,
    today,
  });
  problems.push(...recorderProblems(request.recordedBy), ...workFlagProblems(rule.work, request.workAllowed));
  if (problems.length > 0 || eventOn === null) return { status: 'invalid', problems };

  const workAllowed = workAfter(rule.work, current, request.workAllowed);
  const state: ResidenceState = {
    stage: rule.to,
    workAllowed,
    expiresOn: rule.grantsPeriod ? validated(dates, 'expiresOn') : rule.work === 'KEEP' ? current.expiresOn : null,
    triageCategory: triageAfter(rule, current),
    lastEventOn: eventOn,
  };
  return {
    status: 'ok',
    state,
    entry: {
      from: current.stage,
      to: rule.to,
      outcome,
      eventOn,
      dates,
      workAllowed,
      note: normaliseNote(request.note),
      recordedBy: request.recordedBy.trim(),
    },
  };
}

function triageAfter(rule: ResidenceRule, current: ResidenceState): TriageCategory | null {
  if (rule.outcome !== null && rule.outcome.startsWith('TRIAGE_')) return rule.outcome.slice(7) as TriageCategory;
  // The category keeps mattering while the person stays in the 特定活動 track (e.g. D2: work after 6 months).
  return rule.to === 'TOKUTEI' || rule.to === 'STAY_RESTRICTED' ? current.triageCategory : null;
}
