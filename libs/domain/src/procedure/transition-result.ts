import { assertRecordedDate, isRecordedDate } from '../calendar/local-date.js';

/** A UI label in both languages the product ships in. */
export interface Label {
  readonly ja: string;
  readonly en: string;
}

/**
 * Why a transition request was refused although the transition itself is allowed. Every
 * problem names the request field, so the API can answer 422 with the field list.
 */
export type TransitionProblemCode =
  /** A field the transition requires was not sent. */
  | 'MISSING'
  /** Not an ISO calendar date (or not a number in range, for counts). */
  | 'MALFORMED'
  /** Sent, but this transition does not take it: the UI probably shows the wrong form. */
  | 'UNEXPECTED'
  /** An event date after `today`: events are recorded once they have happened. */
  | 'IN_FUTURE'
  /** The event would precede the event already recorded last: history must stay in order. */
  | 'BEFORE_PREVIOUS_EVENT'
  /** Two dates of the request contradict each other or the recorded case (e.g. decided after notice received). */
  | 'INCONSISTENT'
  /** A time limit is recorded as lapsed before it can have lapsed. */
  | 'WINDOW_NOT_OVER';

export interface TransitionProblem {
  readonly field: string;
  readonly code: TransitionProblemCode;
  /** English, for logs and API callers; never contains personal data, only field names and procedure dates. */
  readonly message: string;
}

/** One next step the UI may offer: the target stage, the outcome that selects it, and the fields its form needs. */
export interface TransitionOption<Stage extends string, Outcome extends string, Field extends string> {
  readonly to: Stage;
  readonly outcome: Outcome | null;
  readonly label: Label;
  /** Event-date fields the request must carry, the one that orders the history first. Empty: the date is inherited. */
  readonly requiredDates: readonly Field[];
  /** The article or practice the step rests on, for the caseworker who asks "why". */
  readonly basis: string;
}

/**
 * The answer of every `apply…Transition` function.
 * - `ok`: the new current state and the history entry to append.
 * - `not-allowed`: this step does not exist from the current stage (API: 409 with `allowed`).
 * - `invalid`: the step exists but the request is incomplete or contradicts the record (API: 422 with `problems`).
 */
export type TransitionResult<State, Entry, Stage extends string, Outcome extends string, Field extends string> =
  | { readonly status: 'ok'; readonly state: State; readonly entry: Entry }
  | {
      readonly status: 'not-allowed';
      readonly from: Stage;
      readonly requested: { readonly to: Stage; readonly outcome: Outcome | null };
      readonly allowed: readonly TransitionOption<Stage, Outcome, Field>[];
    }
  | { readonly status: 'invalid'; readonly problems: readonly TransitionProblem[] };

/** The shape every track's rule table shares. */
export interface TransitionRuleBase<Stage extends string, Outcome extends string, Field extends string, Context> {
  readonly from: Stage;
  readonly to: Stage;
  readonly outcome: Outcome | null;
  readonly label: Label;
  /** Event dates (≤ today), the one that orders the history first; empty when the step inherits the last event date. */
  readonly dates: readonly Field[];
  readonly basis: string;
  readonly when?: (context: Context) => boolean;
}

export function optionsFrom<Stage extends string, Outcome extends string, Field extends string, Context>(
  rules: readonly TransitionRuleBase<Stage, Outcome, Field, Context>[],
  stage: Stage,
  context: Context,
): TransitionOption<Stage, Outcome, Field>[] {
  return rules
    .filter((rule) => rule.from === stage && (rule.when === undefined || rule.when(context)))
    .map((rule) => ({ to: rule.to, outcome: rule.outcome, label: rule.label, requiredDates: rule.dates, basis: rule.basis }));
}

export function findRule<Stage extends string, Outcome extends string, Field extends string, Context, Rule extends TransitionRuleBase<Stage, Outcome, Field, Context>>(
  rules: readonly Rule[],
  stage: Stage,
  to: Stage,
  outcome: Outcome | null,
  context: Context,
): Rule | undefined {
  return rules.find(
    (rule) => rule.from === stage && rule.to === to && rule.outcome === outcome && (rule.when === undefined || rule.when(context)),
  );
}

export interface DateValidationInput<Field extends string> {
  /** Event dates in the order of the rule, the ordering one first. */
  readonly eventFields: readonly Field[];
  /** Dates that end a period granted by the event (e.g. a status's expiry): may lie in the future, must follow the event. */
  readonly periodEndFields?: readonly Field[];
  readonly given: Readonly<Record<string, unknown>> | undefined;
  readonly previousEventOn: string | null;
  readonly today: string;
}

export interface ValidatedDates<Field extends string> {
  readonly problems: TransitionProblem[];
  readonly dates: Readonly<Partial<Record<Field, string>>>;
  /** The date that orders this step in the history: the first event field, or the last recorded event date. */
  readonly eventOn: string | null;
}

/**
 * The checks every transition of every track shares: required fields present and well formed,
 * nothing extra, no event in the future, the ordering event not before the last one recorded,
 * secondary event dates not after the ordering one, period ends after it.
 */
export function validateDates<Field extends string>(input: DateValidationInput<Field>): ValidatedDates<Field> {
  assertRecordedDate(input.today, 'today');
  const periodEnds = input.periodEndFields ?? [];
  const expected = new Set<string>([...input.eventFields, ...periodEnds]);
  const given = input.given ?? {};
  const problems: TransitionProblem[] = [];
  const dates: Partial<Record<Field, string>> = {};

  for (const [field, value] of Object.entries(given)) {
    if (value !== undefined && value !== null && value !== '' && !expected.has(field)) {
      problems.push({ field, code: 'UNEXPECTED', message: `${field} is not recorded by this transition` });
    }
  }
  for (const field of [...input.eventFields, ...periodEnds]) {
    const value = given[field];
    if (value === undefined || value === null || value === '') {
      problems.push({ field, code: 'MISSING', message: `${field} is required for this transition` });
    } else if (!isRecordedDate(value)) {
      problems.push({ field, code: 'MALFORMED', message: `${field} must be an ISO date YYYY-MM-DD` });
    } else {
      dates[field] = value;
    }
  }

  const [primary, ...secondary] = input.eventFields;
  const primaryOn = primary === undefined ? undefined : dates[primary];
  for (const field of input.eventFields) {
    const value = dates[field];
    if (value !== undefined && value > input.today) {
      problems.push({ field, code: 'IN_FUTURE', message: `${field} (${value}) is after today (${input.today})` });
    }
  }
  if (primary !== undefined && primaryOn !== undefined && input.previousEventOn !== null && primaryOn < input.previousEventOn) {
    problems.push({
      field: primary,
      code: 'BEFORE_PREVIOUS_EVENT',
      message: `${primary} (${primaryOn}) is before the last recorded event (${input.previousEventOn})`,
    });
  }
  if (primary !== undefined && primaryOn !== undefined) {
    for (const field of secondary) {
      const value = dates[field];
      if (value !== undefined && value > primaryOn) {
        problems.push({ field, code: 'INCONSISTENT', message: `${field} (${value}) cannot be after ${primary} (${primaryOn})` });
      }
    }
    for (const field of periodEnds) {
      const value = dates[field];
      if (value !== undefined && value <= primaryOn) {
        problems.push({ field, code: 'INCONSISTENT', message: `${field} (${value}) must be after ${primary} (${primaryOn})` });
      }
    }
  }

  if (primary === undefined && input.previousEventOn === null) {
    problems.push({ field: 'dates', code: 'MISSING', message: 'this step takes the date of the last recorded event, but none is recorded' });
  }
  return { problems, dates, eventOn: primaryOn ?? (primary === undefined ? input.previousEventOn : null) };
}

/** The person who records a step must be known: the history says who, when and why. */
export function recorderProblems(recordedBy: unknown): TransitionProblem[] {
  return typeof recordedBy === 'string' && recordedBy.trim() !== ''
    ? []
    : [{ field: 'recordedBy', code: 'MISSING', message: 'recordedBy (the user id recording the step) is required' }];
}

/** Reads a date the validation has already guaranteed; a miss is a bug in a rule table, not bad input. */
export function validated<Field extends string>(dates: Readonly<Partial<Record<Field, string>>>, field: Field): string {
  const value = dates[field];
  if (value === undefined) throw new Error(`rule reads ${field}, which it does not require`);
  return value;
}

export function normaliseNote(note: string | null | undefined): string | null {
  const trimmed = note?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
