import { parseLocalDate, type LocalDate } from '../calendar/local-date.js';
import type { DeadlineRuleVersion } from './deadline-rule.js';

/** Dates as they arrive from a request or a stored record: ISO strings, possibly absent. */
export type DeadlineInputValues = Readonly<Record<string, unknown>>;

export type InvalidInputReason =
  /** Not a real date in the form YYYY-MM-DD. */
  | 'not-a-date'
  /** The rule has no input of that name (a typo in an optional field would otherwise be ignored). */
  | 'unknown-input'
  /** Earlier than `relatedInput`, which is impossible (learning of a decision before it is made). */
  | 'before-related-input'
  /** Not later than `relatedInput`. */
  | 'not-after-related-input';

export interface InvalidInput {
  readonly field: string;
  readonly reason: InvalidInputReason;
  readonly relatedInput?: string;
}

export type InputValidation =
  | { readonly ok: true; readonly values: ReadonlyMap<string, LocalDate> }
  | { readonly ok: false; readonly missing: readonly string[]; readonly invalid: readonly InvalidInput[] };

/**
 * Checks every input at once, so that one answer names every missing and every invalid field
 * (the API turns it into a single 400 listing them).
 */
export function validateDeadlineInputs(rule: DeadlineRuleVersion, raw: DeadlineInputValues): InputValidation {
  const missing: string[] = [];
  const invalid: InvalidInput[] = [];
  const values = new Map<string, LocalDate>();

  for (const spec of rule.inputs) {
    const value = raw[spec.name];
    if (value === undefined || value === null || value === '') {
      if (spec.required) missing.push(spec.name);
      continue;
    }
    const date = typeof value === 'string' ? parseLocalDate(value) : undefined;
    if (date === undefined) invalid.push({ field: spec.name, reason: 'not-a-date' });
    else values.set(spec.name, date);
  }
  for (const field of Object.keys(raw)) {
    if (!rule.inputs.some((spec) => spec.name === field)) invalid.push({ field, reason: 'unknown-input' });
  }
  for (const spec of rule.inputs) {
    const date = values.get(spec.name);
    if (date === undefined) continue;
    const notBefore = spec.notBefore === undefined ? undefined : values.get(spec.notBefore);
    if (notBefore !== undefined && date < notBefore) {
      invalid.push({ field: spec.name, reason: 'before-related-input', relatedInput: spec.notBefore });
    }
    const after = spec.after === undefined ? undefined : values.get(spec.after);
    if (after !== undefined && date <= after) {
      invalid.push({ field: spec.name, reason: 'not-after-related-input', relatedInput: spec.after });
    }
  }
  return missing.length > 0 || invalid.length > 0 ? { ok: false, missing, invalid } : { ok: true, values };
}
