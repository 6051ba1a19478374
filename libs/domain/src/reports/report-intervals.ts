import { daysBetween, parseLocalDate, type LocalDate } from '../calendar/local-date.js';
import type { ReportEventKind } from './report-events.js';

/**
 * The waits of one protection application that the time-in-stage report measures, as ISA
 * publishes its average processing times: first instance (filing to decision) and review
 * (request to the review decision); and, between them, how long a refused applicant took to ask
 * for review.
 */
export const REPORT_INTERVALS = ['filed-to-decision', 'decision-to-review-request', 'review-to-decision'] as const;
export type ReportInterval = (typeof REPORT_INTERVALS)[number];

export interface ReportIntervalEvent {
  readonly kind: ReportEventKind;
  /** The step's event date, YYYY-MM-DD. */
  readonly eventOn: string;
}

export interface ApplicationInterval {
  readonly interval: ReportInterval;
  /** The date of the step that ends it: the interval is counted in that year. */
  readonly endsOn: string;
  /** Calendar days from the first step to the second (0 when both fall on one day). */
  readonly days: number;
}

const FILINGS: readonly ReportEventKind[] = ['filed-first', 'filed-subsequent'];
const DECISIONS: readonly ReportEventKind[] = ['recognised', 'complementary-protection', 'refused'];
const REVIEW_REQUESTS: readonly ReportEventKind[] = ['review-requested'];
const REVIEW_DECISIONS: readonly ReportEventKind[] = ['review-upheld', 'review-dismissed', 'review-rejected'];

/**
 * The intervals of one application, from its counted steps in any order: filing (the first) →
 * the first decision on or after it; that decision → the first review request on or after it;
 * that request → the first review decision on or after it. A step missing, or none on or after
 * its start, gives no interval; the later intervals are still measured from the steps on record
 * (a client who came to the NGO mid-review still has a review-to-decision). Only the first round
 * is measured: a re-decision after a won suit is the court's delay as much as ISA's.
 */
export function applicationIntervals(events: readonly ReportIntervalEvent[]): ApplicationInterval[] {
  const dated = events.map((event) => {
    const eventOn = parseLocalDate(event.eventOn);
    if (eventOn === undefined) throw new RangeError('eventOn must be an ISO date YYYY-MM-DD');
    return { kind: event.kind, eventOn };
  });
  const sorted = dated.sort((a, b) => (a.eventOn < b.eventOn ? -1 : a.eventOn > b.eventOn ? 1 : 0));
  const first = (kinds: readonly ReportEventKind[], onOrAfter: LocalDate | undefined): LocalDate | undefined =>
    sorted.find((event) => kinds.includes(event.kind) && (onOrAfter === undefined || event.eventOn >= onOrAfter))?.eventOn;

  const intervals: ApplicationInterval[] = [];
  const measure = (interval: ReportInterval, from: LocalDate | undefined, to: LocalDate | undefined) => {
    if (from === undefined || to === undefined) return;
    const days = daysBetween(from, to);
    if (days >= 0) intervals.push({ interval, endsOn: to, days });
  };

  const filedOn = first(FILINGS, undefined);
  // Without a filing on record (a client who came to the NGO after it), the first decision still starts the next interval.
  const decidedOn = first(DECISIONS, filedOn);
  measure('filed-to-decision', filedOn, decidedOn);
  // Without any decision on record (a client who came mid-review), the first request still starts the review.
  const noDecision = first(DECISIONS, undefined) === undefined;
  const requestedOn = decidedOn !== undefined ? first(REVIEW_REQUESTS, decidedOn) : noDecision ? first(REVIEW_REQUESTS, filedOn) : undefined;
  measure('decision-to-review-request', decidedOn, requestedOn);
  measure('review-to-decision', requestedOn, requestedOn === undefined ? undefined : first(REVIEW_DECISIONS, requestedOn));
  return intervals;
}
