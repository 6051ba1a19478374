import type { LocalDate } from '../calendar/local-date.js';
import type { DueDateAdjustment } from './adjust-due-date.js';
import type { PeriodLength } from './civil-code-period.js';

/** Text every caseworker-facing field carries in both languages. */
export interface Bilingual {
  readonly ja: string;
  readonly en: string;
}

/**
 * How far the rule has been checked, using the labels of the procedure reference
 * (shared/reference/japan-asylum-procedure.md): V verified against the statute or ISA; S
 * secondary sources only; U unverified or inferred. A rule takes the weakest label of the
 * items it rests on, so the UI can tell a caseworker when to double-check with a lawyer.
 */
export type Confidence = 'V' | 'S' | 'U';

/**
 * 'hard': missing it has legal consequences (a request becomes inadmissible, status lapses,
 * supervision is revoked…). 'soft': a practice or planning date whose miss can be repaired.
 */
export type DeadlineHardness = 'hard' | 'soft';

/** A date the rule needs, named as the API and the explanation name it. */
export interface DeadlineInput {
  readonly name: string;
  readonly required: boolean;
  /** The event the date records, as the explanation says it ("notice received"). */
  readonly event: Bilingual;
  /** This date cannot be earlier than that input (one learns of a decision once it is made). */
  readonly notBefore?: string;
  /** This date must be later than that input. */
  readonly after?: string;
}

/** One of several limits of which the earliest governs. */
export interface LimitPeriod {
  readonly from: string;
  readonly length: PeriodLength;
  readonly label: Bilingual;
  readonly basis: Bilingual;
}

/**
 * How the last day is found, before closed days are considered.
 * - period: a Civil Code period from one event (Arts. 140, 143).
 * - earliest-period-end: several limits; the one ending first governs.
 * - given-date: the date as set or recorded (an appointment, the expiry of a permit).
 * - expiry-window: due on an expiry date, with a window that opens some time before it.
 * - period-or-earlier-designated-date: a maximum period, unless a date designated by the
 *   authority comes first.
 */
export type DeadlineCounting =
  | { readonly type: 'period'; readonly from: string; readonly length: PeriodLength }
  | { readonly type: 'earliest-period-end'; readonly periods: readonly LimitPeriod[] }
  | { readonly type: 'given-date'; readonly date: string }
  | {
      readonly type: 'expiry-window';
      readonly expiry: string;
      /** Plain calendar arithmetic back from the expiry date (a practice, not a legal period). */
      readonly opensBefore: PeriodLength;
      readonly opening: Bilingual;
    }
  | {
      readonly type: 'period-or-earlier-designated-date';
      readonly from: string;
      readonly length: PeriodLength;
      readonly limitLabel: Bilingual;
      readonly designated: string;
      readonly designatedLabel: Bilingual;
    };

/**
 * One version of the rule for a kind of deadline. A change in the law is a new version with a
 * later `inForceFrom`; versions are never edited once deadlines have been computed with them,
 * because a stored deadline keeps the version it was computed with.
 */
export interface DeadlineRuleVersion {
  /** Stable id, stored with every deadline. */
  readonly kind: string;
  readonly version: number;
  /** The first trigger date this version applies to. */
  readonly inForceFrom: LocalDate;
  readonly title: Bilingual;
  /** How the explanation opens: "Review request due". */
  readonly headline: Bilingual;
  readonly basis: Bilingual;
  readonly confidence: Confidence;
  /** What is not verified, when confidence is S or U. */
  readonly confidenceNote?: Bilingual;
  readonly hardness: DeadlineHardness;
  readonly consequence: Bilingual;
  readonly inputs: readonly DeadlineInput[];
  /** The input whose date selects the version in force. */
  readonly triggerInput: string;
  readonly counting: DeadlineCounting;
  readonly adjustment: DueDateAdjustment;
  /**
   * How sure we are that `adjustment` applies to this deadline. When a roll-forward is not
   * verified and it moved the date, the result also carries the last open day on or before the
   * unmoved date, with `adjustmentCaveat` saying why.
   */
  readonly adjustmentConfidence: Confidence;
  readonly adjustmentCaveat?: Bilingual;
}
