import { randomInt, randomUUID } from 'node:crypto';
import { addDays, daysBetween, SERVICE_KINDS, type LocalDate, type ProtectionStage } from '#domain';

/**
 * The past of the benchmark's files, as the reports read it: every step of every application
 * dated as it happened (filings, decisions, reviews, suits), detentions and releases, humanitarian
 * stays, how each past deadline ended and the reminders it sent, and referrals over the years.
 * The shapes follow the procedure's rules (a review request within days of the refusal notice, a
 * suit within the limit, a refusal final once the limit has passed), not its every check: the
 * bench measures volume and spread, and the demo and the tests check the rules.
 */

const chance = (percent: number): boolean => randomInt(100) < percent;
const between = (low: number, high: number): number => randomInt(low, high + 1);

/** One step of a track, as stage_transition keeps it. */
export interface BenchStep {
  readonly track: 'protection' | 'residence' | 'deportation';
  readonly from: string;
  readonly to: string;
  readonly outcome: string | null;
  readonly eventOn: LocalDate;
  readonly dates: Record<string, string>;
}

/** A step of a route: where it goes, the date fields it records, and the days since the step before. */
interface RouteStep {
  readonly to: ProtectionStage;
  readonly outcome?: string;
  readonly fields: readonly string[];
  readonly gap: number;
}

const FILED: RouteStep = { to: 'P1_FILED', fields: ['filedOn'], gap: 0 };
const interview = (): RouteStep => ({ to: 'P2_EXAMINATION', fields: ['interviewNoticeReceivedOn'], gap: between(30, 300) });
const decided = (to: ProtectionStage): RouteStep => ({ to, fields: ['noticeReceivedOn', 'decidedOn'], gap: between(120, 700) });
const WINDOW: RouteStep = { to: 'P4_APPEAL_WINDOW', fields: [], gap: 0 };
/** Most requests go in within the 7 days; a few late, after the last holiday roll-over. */
const requested = (): RouteStep => ({ to: 'P5_APPEAL_PENDING', fields: ['requestFiledOn'], gap: chance(6) ? between(16, 30) : between(1, 7) });
const hearing = (): RouteStep[] =>
  chance(50)
    ? [
        { to: 'P5_APPEAL_PENDING', outcome: 'HEARING_SCHEDULED', fields: ['hearingNoticeReceivedOn'], gap: between(60, 300) },
        { to: 'P5_APPEAL_PENDING', outcome: 'HEARING_HELD', fields: ['hearingHeldOn'], gap: between(20, 90) },
      ]
    : [{ to: 'P5_APPEAL_PENDING', outcome: 'HEARING_OMITTED', fields: ['omissionKnownOn'], gap: between(60, 300) }];
const reviewDecided = (outcome: string): RouteStep => ({ to: 'P6_APPEAL_DECIDED', outcome, fields: ['knownOn', 'decidedOn'], gap: between(150, 700) });
const LITIGATION_WINDOW: RouteStep = { to: 'P7_LITIGATION_WINDOW', fields: [], gap: 0 };
const suit = (): RouteStep => ({ to: 'P8_LITIGATION', fields: ['suitFiledOn'], gap: between(20, 170) });
const judgment = (): RouteStep => ({ to: 'P8_LITIGATION', outcome: chance(25) ? 'JUDGMENT_WON' : 'JUDGMENT_LOST', fields: ['judgmentServedOn'], gap: between(300, 700) });
/** ACLA Art. 14: the refusal is final once 6 months from knowledge have passed without a suit. */
const finalAfterLimit = (): RouteStep => ({ to: 'P9_FINAL_NEGATIVE', fields: ['windowEndedOn'], gap: between(185, 220) });

function reviewRoute(outcome: string): RouteStep[] {
  return [WINDOW, requested(), ...hearing(), reviewDecided(outcome)];
}

/** The steps that bring a new application to `target`. */
function route(target: ProtectionStage): RouteStep[] {
  const firstInstance = (decision: ProtectionStage) => [FILED, ...(chance(80) ? [interview()] : []), decided(decision)];
  switch (target) {
    case 'P0_INTAKE':
      return [];
    case 'P1_FILED':
      return [FILED];
    case 'P2_EXAMINATION':
      return [FILED, interview()];
    case 'P3_REFUSED':
      return firstInstance('P3_REFUSED');
    case 'P3_CP_ONLY':
      return firstInstance('P3_CP_ONLY');
    case 'P3_RECOGNISED_REFUGEE':
      return chance(75) ? firstInstance('P3_RECOGNISED_REFUGEE') : [...firstInstance('P3_REFUSED'), ...reviewRoute('UPHELD'), decided('P3_RECOGNISED_REFUGEE')];
    case 'P4_APPEAL_WINDOW':
      return [...firstInstance('P3_REFUSED'), WINDOW];
    case 'P4X_WINDOW_LAPSED':
      return [...firstInstance('P3_REFUSED'), WINDOW, { to: 'P4X_WINDOW_LAPSED', fields: ['windowEndedOn'], gap: 14 }];
    case 'P5_APPEAL_PENDING': {
      const steps = [...firstInstance('P3_REFUSED'), WINDOW, requested()];
      return chance(60) ? [...steps, ...hearing()] : steps;
    }
    case 'P6_APPEAL_DECIDED':
      return [...firstInstance('P3_REFUSED'), ...reviewRoute('DISMISSED')];
    case 'P7_LITIGATION_WINDOW':
      return chance(20)
        ? [...firstInstance('P3_REFUSED'), WINDOW, { to: 'P7_LITIGATION_WINDOW', fields: ['reviewForgoneOn'], gap: between(1, 7) }]
        : [...firstInstance('P3_REFUSED'), ...reviewRoute(chance(90) ? 'DISMISSED' : 'REJECTED_INADMISSIBLE'), LITIGATION_WINDOW];
    case 'P8_LITIGATION': {
      const steps = [...route('P7_LITIGATION_WINDOW'), suit()];
      return chance(40) ? [...steps, judgment()] : steps;
    }
    case 'P9_FINAL_NEGATIVE':
      return chance(40)
        ? [...route('P4X_WINDOW_LAPSED'), { ...finalAfterLimit(), gap: between(175, 200) }]
        : [...firstInstance('P3_REFUSED'), ...reviewRoute('DISMISSED'), LITIGATION_WINDOW, finalAfterLimit()];
    case 'P_WITHDRAWN':
      return [FILED, ...(chance(50) ? [interview()] : []), { to: 'P_WITHDRAWN', fields: ['withdrawnOn'], gap: between(60, 500) }];
  }
}

/**
 * The history of one application that stands at `target` now, its filing on `start` and its last
 * step no later than `end`: a longer route is compressed to fit, keeping its order.
 */
export function applicationHistory(target: ProtectionStage, start: LocalDate, end: LocalDate): { readonly steps: BenchStep[]; readonly filedOn: LocalDate | null; readonly lastOn: LocalDate } {
  const planned = route(target);
  const span = Math.max(0, daysBetween(start, end));
  const total = planned.reduce((sum, step) => sum + step.gap, 0);
  const scale = total > span ? span / total : 1;
  const steps: BenchStep[] = [];
  let from: string = 'P0_INTAKE';
  let offset = 0;
  let lastOn = start;
  for (const step of planned) {
    offset += Math.floor(step.gap * scale);
    const on = addDays(start, Math.min(offset, span));
    const dates: Record<string, string> = {};
    // A decision bears a date a few days before its notice is received.
    step.fields.forEach((field, i) => (dates[field] = i === 0 ? on : addDays(on, -3)));
    steps.push({ track: 'protection', from, to: step.to, outcome: step.outcome ?? null, eventOn: step.fields.length > 0 ? on : lastOn, dates });
    if (step.fields.length > 0) lastOn = on;
    from = step.to;
  }
  return { steps, filedOn: steps.length > 0 ? steps[0].eventOn : null, lastOn };
}

/** Detention and release (track D) for a file whose custody is `custody` now, starting on `on`. */
export function custodyHistory(custody: string, on: LocalDate, end: LocalDate): BenchStep[] {
  if (custody === 'none') return [];
  const at = (days: number) => (addDays(on, days) < end ? addDays(on, days) : end);
  const steps: BenchStep[] = [{ track: 'deportation', from: 'D0_NONE', to: 'D1_INVESTIGATION', outcome: null, eventOn: at(0), dates: { startedOn: at(0) } }];
  if (custody === 'supervision') {
    steps.push({ track: 'deportation', from: 'D1_INVESTIGATION', to: 'D2_SUPERVISED_PRE', outcome: null, eventOn: at(5), dates: { supervisionStartedOn: at(5) } });
    return steps;
  }
  steps.push({ track: 'deportation', from: 'D1_INVESTIGATION', to: 'D2_DETAINED', outcome: null, eventOn: at(3), dates: { detainedOn: at(3) } });
  if (custody === 'provisional-release') {
    const released = at(between(30, 400));
    steps.push({ track: 'deportation', from: 'D2_DETAINED', to: 'D2_PROVISIONAL_RELEASE_PRE', outcome: null, eventOn: released, dates: { releasedOn: released } });
  }
  return steps;
}

/** Special permission to stay (humanitarian, track R) granted on `on`. */
export function humanitarianStay(on: LocalDate): BenchStep {
  return { track: 'residence', from: 'NO_STATUS', to: 'SPECIAL_PERMISSION', outcome: null, eventOn: on, dates: { grantedOn: on, expiresOn: addDays(on, 365) } };
}

/** How a deadline due in the past ended: met (on time, or late), missed, waived, or superseded by a corrected one. */
export function pastDeadlineEnd(dueDate: LocalDate): { readonly status: string; readonly resolvedOn: LocalDate | null; readonly resolution: string } {
  const n = randomInt(100);
  if (n < 16) return { status: 'superseded', resolvedOn: null, resolution: 'facts changed' };
  if (n < 19) return { status: 'waived', resolvedOn: null, resolution: 'The client left Japan' };
  if (n < 23) {
    const on = addDays(dueDate, between(1, 10));
    return { status: 'missed', resolvedOn: on, resolution: `missed on ${on}` };
  }
  const on = chance(8) ? addDays(dueDate, between(1, 25)) : addDays(dueDate, -between(0, 20));
  return { status: 'met', resolvedOn: on, resolution: `met on ${on}` };
}

/** The reminders a past deadline sent its owner (and, for a hard one, the team's supervisor), as the worker records them. */
export function pastReminders(deadline: {
  readonly id: string;
  readonly clientId: string;
  readonly dueDate: LocalDate;
  readonly hard: boolean;
  readonly ownerId: string;
  readonly supervisorId: string | null;
}): object[] {
  const at = (day: LocalDate) => new Date(`${day}T09:00:00+09:00`);
  const reminder = (purpose: string, recipient: string, day: LocalDate, failed: boolean) => ({
    id: randomUUID(),
    deadline_id: deadline.id,
    client_id: deadline.clientId,
    recipient_user_id: recipient,
    purpose,
    send_at: at(day),
    status: failed ? 'failed' : 'sent',
    attempts: failed ? 5 : 1,
    claimed_at: at(day),
    sent_at: failed ? null : at(day),
    message_id: failed ? null : `<${randomUUID()}@bench.yorisoi.org>`,
    last_error: failed ? '421' : null,
    created_at: at(addDays(day, -30)),
  });
  const rows = [reminder('owner', deadline.ownerId, addDays(deadline.dueDate, -1), chance(4))];
  if (chance(60)) rows.push(reminder('owner', deadline.ownerId, addDays(deadline.dueDate, -7), chance(4)));
  if (deadline.hard && deadline.supervisorId && chance(25)) rows.push(reminder('escalation', deadline.supervisorId, addDays(deadline.dueDate, -2), false));
  return rows;
}

const REFERRAL_STATUSES: readonly [string, number][] = [
  ['accepted', 35],
  ['in-progress', 10],
  ['completed', 20],
  ['declined', 15],
  ['cancelled', 8],
  ['acknowledged', 5],
  ['sent', 7],
];

/**
 * A referral to one of the organisation's own services (no partner directory needed), sent on
 * `sentOn` and answered as the partner did. Those still waiting have no author, so they never
 * join the "my referrals waiting" lists the bench measures with referrals of its own.
 */
export function pastReferral(input: { readonly clientId: string; readonly createdBy: string; readonly sentOn: LocalDate; readonly number: number }): object {
  let n = randomInt(100);
  let status = 'accepted';
  for (const [value, weight] of REFERRAL_STATUSES) {
    n -= weight;
    if (n < 0) {
      status = value;
      break;
    }
  }
  const waiting = status === 'sent' || status === 'acknowledged';
  const answered = status !== 'sent' && status !== 'cancelled';
  return {
    id: randomUUID(),
    number: input.number,
    client_id: input.clientId,
    service_id: null,
    partner_id: null,
    internal_service: 'Bench internal service',
    service_kind: SERVICE_KINDS[randomInt(SERVICE_KINDS.length)],
    programme: null,
    reason: 'Bench referral',
    urgency: 'routine',
    shared_fields: [],
    letter_locale: 'ja',
    status,
    shared_rows: null,
    sent_on: input.sentOn,
    follow_up_on: waiting ? addDays(input.sentOn, 10) : null,
    answered_at: answered ? new Date(`${addDays(input.sentOn, between(1, 25))}T11:00:00+09:00`) : null,
    decline_reason: status === 'declined' ? 'No places this month' : null,
    outcome: status === 'completed' ? 'Service provided' : null,
    partner_note: null,
    appointment_id: null,
    created_by: waiting ? null : input.createdBy,
    created_at: new Date(`${input.sentOn}T10:00:00+09:00`),
    updated_at: new Date(`${input.sentOn}T10:00:00+09:00`),
    version: 2,
  };
}
