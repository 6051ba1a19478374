import { parseLocalDate } from '../calendar/local-date.js';
import { assertNever } from '../shared/assert-never.js';
import type { DeadlineStatus } from '../vocabulary/vocabulary.js';

/** How a deadline stands in the deadline-kept report. */
export const DEADLINE_OUTCOMES = ['met-on-time', 'met-late', 'waived', 'missed', 'overdue', 'open'] as const;
export type DeadlineOutcome = (typeof DEADLINE_OUTCOMES)[number];

export interface DeadlineOutcomeInput {
  readonly status: DeadlineStatus;
  /** YYYY-MM-DD: the last day to act. */
  readonly dueDate: string;
  /** YYYY-MM-DD: when it was met, waived or missed; null while open. */
  readonly resolvedOn: string | null;
  /** YYYY-MM-DD: the day the report is as of (the refresh's day in Japan). */
  readonly asOfDate: string;
}

/**
 * The outcome of one deadline as of `asOfDate`. A deadline met on its due date or before was met
 * on time (the due date is the last day to act, Civil Code Art. 141). A deadline marked met with
 * no date recorded counts as met on time: nothing on record says it was late. An open deadline
 * is overdue from the day after its due date. A superseded deadline was replaced by another
 * (its due date recomputed or overridden), which is the one counted: null.
 */
export function deadlineOutcome(input: DeadlineOutcomeInput): DeadlineOutcome | null {
  const dueDate = parseLocalDate(input.dueDate);
  const asOfDate = parseLocalDate(input.asOfDate);
  if (dueDate === undefined) throw new RangeError('dueDate must be an ISO date YYYY-MM-DD');
  if (asOfDate === undefined) throw new RangeError('asOfDate must be an ISO date YYYY-MM-DD');
  const resolvedOn = input.resolvedOn === null ? null : parseLocalDate(input.resolvedOn);
  if (resolvedOn === undefined) throw new RangeError('resolvedOn must be an ISO date YYYY-MM-DD or null');
  switch (input.status) {
    case 'met':
      return resolvedOn === null || resolvedOn <= dueDate ? 'met-on-time' : 'met-late';
    case 'waived':
      return 'waived';
    case 'missed':
      return 'missed';
    case 'open':
      return dueDate < asOfDate ? 'overdue' : 'open';
    case 'superseded':
      return null;
    default:
      return assertNever(input.status, 'deadline status');
  }
}
