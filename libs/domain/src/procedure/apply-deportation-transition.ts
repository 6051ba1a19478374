import { allowedDeportationTransitions, DeportationTransitionRules } from './deportation-transitions.js';
import { releasePeriodAfter } from './provisional-release-period.js';
import { reportingIntervalProblems } from './reporting-interval.js';
import type { CustodyCategory, DeportationDateField, DeportationDates, DeportationOutcome, DeportationStage, DeportationState } from './track-d.js';
import { findRule, normaliseNote, recorderProblems, validateDates, type TransitionResult } from './transition-result.js';

export interface DeportationTransitionRequest {
  readonly to: DeportationStage;
  readonly outcome?: DeportationOutcome | null;
  readonly dates?: DeportationDates;
  /** Required when entering supervision measures (1–3); optional for provisional release. */
  readonly reportingIntervalMonths?: number | null;
  /**
   * The last day of the provisional release period: optional when provisional release starts,
   * required with an extension (RELEASE_EXTENDED), refused on any other step.
   */
  readonly provisionalReleaseUntil?: string | null;
  readonly note?: string | null;
  readonly recordedBy: string;
}

export interface DeportationHistoryEntry {
  readonly from: DeportationStage;
  readonly to: DeportationStage;
  readonly outcome: DeportationOutcome | null;
  readonly eventOn: string;
  readonly dates: DeportationDates;
  readonly custody: CustodyCategory;
  readonly reportingIntervalMonths: number | null;
  readonly provisionalReleaseUntil: string | null;
  readonly note: string | null;
  readonly recordedBy: string;
}

export type DeportationTransitionResult = TransitionResult<
  DeportationState,
  DeportationHistoryEntry,
  DeportationStage,
  DeportationOutcome,
  DeportationDateField
>;

/**
 * Records one step of the deportation procedure or a change of custody. `today` is the calendar
 * day in Japan on which it is recorded, passed in so the rule never reads a clock.
 */
export function applyDeportationTransition(current: DeportationState, request: DeportationTransitionRequest, today: string): DeportationTransitionResult {
  const outcome = request.outcome ?? null;
  const rule = findRule(DeportationTransitionRules, current.stage, request.to, outcome, current);
  if (rule === undefined) {
    return {
      status: 'not-allowed',
      from: current.stage,
      requested: { to: request.to, outcome },
      allowed: allowedDeportationTransitions(current.stage, current),
    };
  }

  const { problems, dates, eventOn } = validateDates<DeportationDateField>({
    eventFields: rule.dates,
    given: request.dates,
    previousEventOn: current.lastEventOn,
    today,
  });
  const custody = rule.custody === 'KEEP' ? current.custody : rule.custody;
  // A custody-neutral step (D2 → D3 …) keeps the interval already set; a new custody sets its own.
  const keepsInterval = rule.custody === 'KEEP';
  const release = releasePeriodAfter(current, rule, outcome, request.provisionalReleaseUntil, eventOn);
  problems.push(
    ...recorderProblems(request.recordedBy),
    ...reportingIntervalProblems(keepsInterval ? null : custody, request.reportingIntervalMonths),
    ...release.problems,
  );
  if (problems.length > 0 || eventOn === null) return { status: 'invalid', problems };

  const reportingIntervalMonths = keepsInterval ? current.reportingIntervalMonths : (request.reportingIntervalMonths ?? null);
  const provisionalReleaseUntil = custody === 'PROVISIONAL_RELEASE' ? release.until : null;
  return {
    status: 'ok',
    state: { stage: rule.to, custody, reportingIntervalMonths, provisionalReleaseUntil, lastEventOn: eventOn },
    entry: {
      from: current.stage,
      to: rule.to,
      outcome,
      eventOn,
      dates,
      custody,
      reportingIntervalMonths,
      provisionalReleaseUntil,
      note: normaliseNote(request.note),
      recordedBy: request.recordedBy.trim(),
    },
  };
}
