import { allowedProtectionTransitions, ProtectionTransitionRules } from './protection-transitions.js';
import type { ProtectionApplicationState, ProtectionDateField, ProtectionDates, ProtectionOutcome, ProtectionStage } from './track-p.js';
import { findRule, normaliseNote, recorderProblems, validateDates, type TransitionResult } from './transition-result.js';

export interface ProtectionTransitionRequest {
  readonly to: ProtectionStage;
  /** Selects among steps to the same stage (the review decision, hearing and court events). */
  readonly outcome?: ProtectionOutcome | null;
  /** The real-world dates the step records; `allowedProtectionTransitions` lists which ones per step. */
  readonly dates?: ProtectionDates;
  readonly note?: string | null;
  /** The user id of whoever records the step. */
  readonly recordedBy: string;
}

export interface ProtectionHistoryEntry {
  readonly applicationNo: number;
  readonly from: ProtectionStage;
  readonly to: ProtectionStage;
  readonly outcome: ProtectionOutcome | null;
  /** The date that orders the history: the step's first event date, or the previous one when the step records no new event. */
  readonly eventOn: string;
  readonly dates: ProtectionDates;
  readonly note: string | null;
  readonly recordedBy: string;
}

export type ProtectionTransitionResult = TransitionResult<
  ProtectionApplicationState,
  ProtectionHistoryEntry,
  ProtectionStage,
  ProtectionOutcome,
  ProtectionDateField
>;

/**
 * Records one step of a protection application. `today` is the calendar day in Japan on which it
 * is recorded, passed in so the rule never reads a clock.
 */
export function applyProtectionTransition(
  current: ProtectionApplicationState,
  request: ProtectionTransitionRequest,
  today: string,
): ProtectionTransitionResult {
  const outcome = request.outcome ?? null;
  const rule = findRule(ProtectionTransitionRules, current.stage, request.to, outcome, current);
  if (rule === undefined) {
    return {
      status: 'not-allowed',
      from: current.stage,
      requested: { to: request.to, outcome },
      allowed: allowedProtectionTransitions(current.stage, current),
    };
  }

  const { problems, dates, eventOn } = validateDates<ProtectionDateField>({
    eventFields: rule.dates,
    given: request.dates,
    previousEventOn: current.lastEventOn,
    today,
  });
  problems.push(...recorderProblems(request.recordedBy));
  if (problems.length === 0 && rule.check !== undefined) problems.push(...rule.check(current, dates, today));
  if (problems.length > 0 || eventOn === null) return { status: 'invalid', problems };

  const state: ProtectionApplicationState = {
    ...current,
    ...rule.effect?.(current, dates),
    stage: rule.to,
    lastEventOn: eventOn,
  };
  return {
    status: 'ok',
    state,
    entry: {
      applicationNo: current.applicationNo,
      from: current.stage,
      to: rule.to,
      outcome,
      eventOn,
      dates,
      note: normaliseNote(request.note),
      recordedBy: request.recordedBy.trim(),
    },
  };
}
