import type { ClosedDay } from '../calendar/japanese-calendar.js';
import type { LocalDate } from '../calendar/local-date.js';
import type { DueDateAdjustment } from './adjust-due-date.js';
import type { PeriodEnd } from './civil-code-period.js';
import type { Bilingual } from './deadline-rule.js';

export interface LimitCandidate {
  readonly input: string;
  readonly date: LocalDate;
  readonly label: Bilingual;
  readonly basis?: Bilingual;
}

/**
 * One step of a computation, kept with the deadline so that the explanation can be checked,
 * re-rendered in another language, or audited after the rule has a newer version.
 */
export type DeadlineStep =
  | { readonly type: 'trigger'; readonly input: string; readonly date: LocalDate; readonly event: Bilingual }
  | { readonly type: 'period'; readonly input: string; readonly period: PeriodEnd }
  | { readonly type: 'earliest-limit'; readonly candidates: readonly LimitCandidate[]; readonly chosen: number }
  | { readonly type: 'window-opens'; readonly date: LocalDate; readonly opening: Bilingual }
  | {
      readonly type: 'adjustment';
      readonly adjustment: DueDateAdjustment;
      readonly from: LocalDate;
      readonly to: LocalDate;
      readonly closedDays: readonly ClosedDay[];
    }
  | { readonly type: 'conservative-date'; readonly date: LocalDate; readonly caveat: Bilingual };
