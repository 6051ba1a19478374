import { CalendarCoverageError, type JapaneseCalendar } from '../calendar/japanese-calendar.js';
import { parseLocalDate, type LocalDate } from '../calendar/local-date.js';
import { DomainError } from '../shared/domain-error.js';
import type { DueDateAdjustment } from './adjust-due-date.js';
import { validateDeadlineInputs, type DeadlineInputValues, type InvalidInput } from './deadline-inputs.js';
import type {
  Bilingual,
  Confidence,
  DeadlineCounting,
  DeadlineHardness,
  DeadlineRuleVersion,
} from './deadline-rule.js';
import type { DeadlineRuleRegistry } from './deadline-rule-registry.js';
import type { DeadlineStep } from './deadline-step.js';
import { evaluateRule } from './evaluate-rule.js';
import { explainDeadline } from './explain-deadline.js';
import { deadlineRules } from './rules/deadline-rules.js';

export interface DeadlineRequest {
  readonly kind: string;
  /** Dates by input name, as ISO strings (`{ noticeReceivedDate: '2025-12-26' }`). */
  readonly inputs: DeadlineInputValues;
  /**
   * Compute with this version instead of the one in force on the trigger date: a stored
   * deadline is recomputed with the version it was first computed with.
   */
  readonly version?: number;
}

export interface DeadlineContext {
  readonly calendar: JapaneseCalendar;
  /** The rules to use; the built-in rules (deadlineRules) when absent. */
  readonly rules?: DeadlineRuleRegistry;
}

export interface ComputedDeadline {
  readonly kind: string;
  readonly version: number;
  readonly inForceFrom: LocalDate;
  readonly title: Bilingual;
  readonly basis: Bilingual;
  readonly confidence: Confidence;
  readonly confidenceNote?: Bilingual;
  readonly hardness: DeadlineHardness;
  readonly consequence: Bilingual;
  readonly counting: DeadlineCounting;
  readonly adjustment: DueDateAdjustment;
  /** The validated inputs, by name. */
  readonly inputs: Readonly<Record<string, LocalDate>>;
  readonly triggerDate: LocalDate;
  /** When the application window opens (residence and provisional-stay renewals). */
  readonly opensOn?: LocalDate;
  /** The last day of the period, before closed days are considered. */
  readonly periodEndsOn: LocalDate;
  /** The last day on which the act is in time. */
  readonly dueDate: LocalDate;
  /**
   * Present when `dueDate` was moved past closed days by an extension that is not verified for
   * this deadline: the date to aim for. The last open day on or before `periodEndsOn` (and not
   * before the notice arrived or the window opened); `periodEndsOn` itself when there is none.
   */
  readonly conservativeDueDate?: LocalDate;
  readonly steps: readonly DeadlineStep[];
  readonly explanation: Bilingual;
}

export type DeadlineFailure =
  | { readonly ok: false; readonly error: 'unknown-kind'; readonly kind: string; readonly knownKinds: readonly string[] }
  | {
      readonly ok: false;
      readonly error: 'unknown-version';
      readonly kind: string;
      readonly version: number;
      readonly knownVersions: readonly number[];
    }
  | {
      readonly ok: false;
      readonly error: 'invalid-inputs';
      readonly kind: string;
      /** Every required input that was absent or empty. */
      readonly missing: readonly string[];
      readonly invalid: readonly InvalidInput[];
    }
  | {
      /** The trigger date precedes the in-force date of every version (or of the one asked for). */
      readonly ok: false;
      readonly error: 'not-in-force';
      readonly kind: string;
      readonly triggerDate: LocalDate;
      readonly inForceFrom: LocalDate;
    }
  | {
      /** The holiday data does not cover a day the computation had to check. */
      readonly ok: false;
      readonly error: 'outside-calendar';
      readonly kind: string;
      readonly date: LocalDate;
      readonly coveredFromYear: number;
      readonly coveredToYear: number;
    };

export type DeadlineComputation = { readonly ok: true; readonly deadline: ComputedDeadline } | DeadlineFailure;

/**
 * Computes one deadline. Every expected problem (unknown kind, missing or invalid dates, a
 * trigger before the rule existed, a date beyond the holiday data) comes back as a failure
 * value naming what is wrong; nothing is guessed.
 */
export function computeDeadline(request: DeadlineRequest, context: DeadlineContext): DeadlineComputation {
  const { kind } = request;
  const rules = context.rules ?? deadlineRules;
  const versions = rules.versionsOf(kind);
  if (versions === undefined || versions.length === 0) {
    return { ok: false, error: 'unknown-kind', kind, knownKinds: rules.kinds };
  }

  let rule: DeadlineRuleVersion;
  if (request.version !== undefined) {
    const pinned = rules.find(kind, request.version);
    if (pinned === undefined) {
      const knownVersions = versions.map((candidate) => candidate.version);
      return { ok: false, error: 'unknown-version', kind, version: request.version, knownVersions };
    }
    rule = pinned;
  } else {
    // All versions share the trigger input (the registry checks it), so it can be read first.
    const newest = versions[versions.length - 1];
    const rawTrigger = request.inputs[newest.triggerInput];
    const triggerDate = typeof rawTrigger === 'string' ? parseLocalDate(rawTrigger) : undefined;
    // Without a usable trigger date, report every problem against the newest version.
    rule = triggerDate === undefined ? newest : (rules.inForceOn(kind, triggerDate) ?? versions[0]);
  }

  const validation = validateDeadlineInputs(rule, request.inputs);
  if (!validation.ok) {
    return { ok: false, error: 'invalid-inputs', kind, missing: validation.missing, invalid: validation.invalid };
  }

  // Present: the registry only accepts rules whose trigger input is required.
  const triggerDate = validation.values.get(rule.triggerInput);
  if (triggerDate === undefined) throw new DomainError('INTERNAL', 'Validated inputs lack the trigger', { kind });
  if (triggerDate < rule.inForceFrom) {
    return { ok: false, error: 'not-in-force', kind, triggerDate, inForceFrom: rule.inForceFrom };
  }

  try {
    const outcome = evaluateRule(rule, validation.values, context.calendar);
    return {
      ok: true,
      deadline: {
        kind,
        version: rule.version,
        inForceFrom: rule.inForceFrom,
        title: rule.title,
        basis: rule.basis,
        confidence: rule.confidence,
        ...(rule.confidenceNote === undefined ? {} : { confidenceNote: rule.confidenceNote }),
        hardness: rule.hardness,
        consequence: rule.consequence,
        counting: rule.counting,
        adjustment: rule.adjustment,
        inputs: Object.fromEntries(validation.values),
        triggerDate,
        ...outcome,
        explanation: explainDeadline({
          headline: rule.headline,
          basis: rule.basis,
          dueDate: outcome.dueDate,
          steps: outcome.steps,
        }),
      },
    };
  } catch (error) {
    if (!(error instanceof CalendarCoverageError)) throw error;
    return {
      ok: false,
      error: 'outside-calendar',
      kind,
      date: error.date,
      coveredFromYear: error.coverage.fromYear,
      coveredToYear: error.coverage.toYear,
    };
  }
}
