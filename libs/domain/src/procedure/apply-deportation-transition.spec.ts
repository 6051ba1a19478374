import { describe, expect, it } from '@jest/globals';
import { applyDeportationTransition, type DeportationTransitionResult } from './apply-deportation-transition.js';
import { allowedDeportationTransitions, DeportationTransitionRules } from './deportation-transitions.js';
import {
  INITIAL_DEPORTATION_STATE,
  type CustodyCategory,
  type DeportationDates,
  type DeportationOutcome,
  type DeportationStage,
  type DeportationState,
} from './track-d.js';
import { findRule } from './transition-result.js';

const TODAY = '2025-12-31';
const USER = 'user-caseworker-1';
const ON = '2025-05-01';

function at(stage: DeportationStage, custody: CustodyCategory, reportingIntervalMonths: number | null = null, provisionalReleaseUntil: string | null = null): DeportationState {
  return { stage, custody, reportingIntervalMonths, provisionalReleaseUntil, lastEventOn: '2025-04-01' };
}

function problemsOf(result: DeportationTransitionResult) {
  if (result.status !== 'invalid') throw new Error(`expected invalid, got ${result.status}`);
  return result.problems.map((problem) => [problem.field, problem.code]);
}

type Row = readonly [
  from: DeportationState,
  to: DeportationStage,
  outcome: DeportationOutcome | null,
  dates: DeportationDates,
  reportingIntervalMonths: number | undefined,
  expected: Pick<DeportationState, 'custody' | 'reportingIntervalMonths' | 'provisionalReleaseUntil'>,
  provisionalReleaseUntil?: string,
];

const none = { custody: 'NONE', reportingIntervalMonths: null, provisionalReleaseUntil: null } as const;
const detained = { custody: 'DETAINED', reportingIntervalMonths: null, provisionalReleaseUntil: null } as const;
const supervised = (months: number) => ({ custody: 'SUPERVISION', reportingIntervalMonths: months, provisionalReleaseUntil: null }) as const;
const released = (months: number | null, until: string | null = null) => ({ custody: 'PROVISIONAL_RELEASE', reportingIntervalMonths: months, provisionalReleaseUntil: until }) as const;
const UNTIL = '2025-06-30';
const EXTENDED = '2025-08-31';

/** Extensions of the provisional release period, wherever provisional release can be. */
const EXTENSIONS: readonly Row[] = (['D2_PROVISIONAL_RELEASE_PRE', 'D3_FINDING', 'D4_HEARING', 'D5_OBJECTION', 'D6_DECISION', 'D7_DEPORTATION_ORDER', 'D8_PROVISIONAL_RELEASE'] as const).map(
  (stage): Row => [at(stage, 'PROVISIONAL_RELEASE', 1, UNTIL), stage, 'RELEASE_EXTENDED', { extendedOn: ON }, undefined, released(1, EXTENDED), EXTENDED],
);

/** Custody moves inside D3–D6, where the stage stays and only the custody changes. */
const IN_STAGE_MOVES: readonly Row[] = (['D3_FINDING', 'D4_HEARING', 'D5_OBJECTION', 'D6_DECISION'] as const).flatMap((stage): Row[] => [
  [at(stage, 'DETAINED'), stage, 'CUSTODY_SUPERVISION', { supervisionStartedOn: ON }, 3, supervised(3)],
  [at(stage, 'DETAINED'), stage, 'CUSTODY_PROVISIONAL_RELEASE', { releasedOn: ON }, undefined, released(null)],
  [at(stage, 'SUPERVISION', 2), stage, 'CUSTODY_DETAINED', { detainedOn: ON }, undefined, detained],
  [at(stage, 'PROVISIONAL_RELEASE', 1), stage, 'CUSTODY_DETAINED', { detainedOn: ON }, undefined, detained],
  [at(stage, 'PROVISIONAL_RELEASE', 1), stage, 'CUSTODY_SUPERVISION', { supervisionStartedOn: ON }, 1, supervised(1)],
]);

/** Every transition of track D (each rule of the table at least once: checked below). */
const ALLOWED: readonly Row[] = [
  [INITIAL_DEPORTATION_STATE, 'D1_INVESTIGATION', null, { startedOn: ON }, undefined, none],

  [at('D1_INVESTIGATION', 'NONE'), 'D2_DETAINED', null, { detainedOn: ON }, undefined, detained],
  [at('D1_INVESTIGATION', 'NONE'), 'D2_SUPERVISED_PRE', null, { supervisionStartedOn: ON }, 3, supervised(3)],
  [at('D1_INVESTIGATION', 'NONE'), 'D0_NONE', 'PROCEDURE_ENDED', { endedOn: ON }, undefined, none],

  [at('D2_DETAINED', 'DETAINED'), 'D2_SUPERVISED_PRE', null, { supervisionStartedOn: ON }, 2, supervised(2)],
  [at('D2_DETAINED', 'DETAINED'), 'D2_PROVISIONAL_RELEASE_PRE', null, { releasedOn: ON }, 1, released(1)],
  [at('D2_DETAINED', 'DETAINED'), 'D2_PROVISIONAL_RELEASE_PRE', null, { releasedOn: ON }, 1, released(1, UNTIL), UNTIL],
  [at('D2_SUPERVISED_PRE', 'SUPERVISION', 3), 'D2_DETAINED', null, { detainedOn: ON }, undefined, detained],
  [at('D2_PROVISIONAL_RELEASE_PRE', 'PROVISIONAL_RELEASE', 1), 'D2_DETAINED', null, { detainedOn: ON }, undefined, detained],
  [at('D2_PROVISIONAL_RELEASE_PRE', 'PROVISIONAL_RELEASE', 1), 'D2_SUPERVISED_PRE', null, { supervisionStartedOn: ON }, 3, supervised(3)],

  // The finding keeps the custody (and reporting interval) that D2 set.
  [at('D2_DETAINED', 'DETAINED'), 'D3_FINDING', null, { findingNoticeReceivedOn: ON }, undefined, detained],
  [at('D2_SUPERVISED_PRE', 'SUPERVISION', 3), 'D3_FINDING', null, { findingNoticeReceivedOn: ON }, undefined, supervised(3)],
  [at('D2_PROVISIONAL_RELEASE_PRE', 'PROVISIONAL_RELEASE', 2), 'D3_FINDING', null, { findingNoticeReceivedOn: ON }, undefined, released(2)],
  // … and the provisional release period with it.
  [at('D2_PROVISIONAL_RELEASE_PRE', 'PROVISIONAL_RELEASE', 2, UNTIL), 'D3_FINDING', null, { findingNoticeReceivedOn: ON }, undefined, released(2, UNTIL)],
  [at('D2_DETAINED', 'DETAINED'), 'D0_NONE', 'PROCEDURE_ENDED', { endedOn: ON }, undefined, none],
  [at('D2_SUPERVISED_PRE', 'SUPERVISION', 3), 'D0_NONE', 'PROCEDURE_ENDED', { endedOn: ON }, undefined, none],
  [at('D2_PROVISIONAL_RELEASE_PRE', 'PROVISIONAL_RELEASE', 2), 'D0_NONE', 'PROCEDURE_ENDED', { endedOn: ON }, undefined, none],

  [at('D3_FINDING', 'DETAINED'), 'D4_HEARING', null, { hearingRequestedOn: ON }, undefined, detained],
  [at('D3_FINDING', 'SUPERVISION', 3), 'D7_DEPORTATION_ORDER', null, { orderIssuedOn: ON }, undefined, supervised(3)],
  [at('D4_HEARING', 'DETAINED'), 'D5_OBJECTION', null, { objectionFiledOn: ON }, undefined, detained],
  [at('D4_HEARING', 'DETAINED'), 'D7_DEPORTATION_ORDER', null, { orderIssuedOn: ON }, undefined, detained],
  [at('D4_HEARING', 'SUPERVISION', 1), 'D0_NONE', 'PROCEDURE_ENDED', { endedOn: ON }, undefined, none],
  [at('D5_OBJECTION', 'SUPERVISION', 1), 'D6_DECISION', null, { decisionNoticeReceivedOn: ON }, undefined, supervised(1)],
  [at('D6_DECISION', 'DETAINED'), 'D7_DEPORTATION_ORDER', null, { orderIssuedOn: ON }, undefined, detained],
  [at('D6_DECISION', 'SUPERVISION', 3), 'D0_NONE', 'SPECIAL_PERMISSION_GRANTED', { endedOn: ON }, undefined, none],
  [at('D6_DECISION', 'DETAINED'), 'D0_NONE', 'PROCEDURE_ENDED', { endedOn: ON }, undefined, none],
  ...IN_STAGE_MOVES,
  ...EXTENSIONS,
  // Detention ends the provisional release period.
  [at('D8_PROVISIONAL_RELEASE', 'PROVISIONAL_RELEASE', 1, UNTIL), 'D8_DETAINED_POST', null, { detainedOn: ON }, undefined, detained],

  [at('D7_DEPORTATION_ORDER', 'DETAINED'), 'D8_DETAINED_POST', null, { detainedOn: ON }, undefined, detained],
  [at('D7_DEPORTATION_ORDER', 'SUPERVISION', 3), 'D8_SUPERVISED_POST', null, { supervisionStartedOn: ON }, 2, supervised(2)],
  [at('D7_DEPORTATION_ORDER', 'DETAINED'), 'D8_PROVISIONAL_RELEASE', null, { releasedOn: ON }, 2, released(2)],
  [at('D7_DEPORTATION_ORDER', 'DETAINED'), 'D9_REMOVED', null, { removedOn: ON }, undefined, none],
  [at('D7_DEPORTATION_ORDER', 'DETAINED'), 'D0_NONE', 'ORDER_WITHDRAWN', { endedOn: ON }, undefined, none],

  [at('D8_DETAINED_POST', 'DETAINED'), 'D8_SUPERVISED_POST', null, { supervisionStartedOn: ON }, 3, supervised(3)],
  [at('D8_DETAINED_POST', 'DETAINED'), 'D8_PROVISIONAL_RELEASE', null, { releasedOn: ON }, undefined, released(null)],
  [at('D8_SUPERVISED_POST', 'SUPERVISION', 3), 'D8_DETAINED_POST', null, { detainedOn: ON }, undefined, detained],
  [at('D8_PROVISIONAL_RELEASE', 'PROVISIONAL_RELEASE', 1), 'D8_DETAINED_POST', null, { detainedOn: ON }, undefined, detained],
  [at('D8_PROVISIONAL_RELEASE', 'PROVISIONAL_RELEASE', 1), 'D8_SUPERVISED_POST', null, { supervisionStartedOn: ON }, 3, supervised(3)],
  [at('D8_DETAINED_POST', 'DETAINED'), 'D9_REMOVED', null, { removedOn: ON }, undefined, none],
  [at('D8_SUPERVISED_POST', 'SUPERVISION', 3), 'D9_REMOVED', null, { removedOn: ON }, undefined, none],
  [at('D8_PROVISIONAL_RELEASE', 'PROVISIONAL_RELEASE', 1), 'D9_REMOVED', null, { removedOn: ON }, undefined, none],
  [at('D8_DETAINED_POST', 'DETAINED'), 'D0_NONE', 'ORDER_WITHDRAWN', { endedOn: ON }, undefined, none],
  [at('D8_SUPERVISED_POST', 'SUPERVISION', 3), 'D0_NONE', 'ORDER_WITHDRAWN', { endedOn: ON }, undefined, none],
  [at('D8_PROVISIONAL_RELEASE', 'PROVISIONAL_RELEASE', 1), 'D0_NONE', 'ORDER_WITHDRAWN', { endedOn: ON }, undefined, none],
];

describe('applyDeportationTransition: every allowed transition of track D', () => {
  // Every row as long as the test's parameters: Jest passes a `done` callback in a missing last one.
  const rows = ALLOWED.map(([from, to, outcome, dates, months, expected, until]) => [from, to, outcome, dates, months, expected, until] as const);
  it.each(rows)('%# %o → %s (%s)', (from, to, outcome, dates, reportingIntervalMonths, expected, provisionalReleaseUntil) => {
    const result = applyDeportationTransition(
      from,
      {
        to,
        outcome,
        dates,
        ...(reportingIntervalMonths === undefined ? {} : { reportingIntervalMonths }),
        ...(provisionalReleaseUntil === undefined ? {} : { provisionalReleaseUntil }),
        recordedBy: USER,
      },
      TODAY,
    );
    if (result.status !== 'ok') throw new Error(JSON.stringify(result));
    expect(result.state).toEqual({ stage: to, lastEventOn: ON, ...expected });
    expect(result.entry).toMatchObject({ from: from.stage, to, outcome, eventOn: ON, dates, ...expected, recordedBy: USER });
  });

  it('covers every rule of the transition table', () => {
    const covered = new Set(ALLOWED.map(([from, to, outcome]) => findRule(DeportationTransitionRules, from.stage, to, outcome, from)));
    const missing = DeportationTransitionRules.filter((rule) => !covered.has(rule)).map((rule) => `${rule.from} → ${rule.to} ${rule.outcome ?? ''}`);
    expect(missing).toEqual([]);
  });
});

describe('applyDeportationTransition: disallowed steps answer with the allowed ones', () => {
  it.each([
    { from: at('D0_NONE', 'NONE'), to: 'D2_DETAINED' as const, outcome: null, allowed: [['D1_INVESTIGATION', null]] },
    { from: at('D1_INVESTIGATION', 'NONE'), to: 'D3_FINDING' as const, outcome: null, allowed: [['D2_DETAINED', null], ['D2_SUPERVISED_PRE', null], ['D0_NONE', 'PROCEDURE_ENDED']] },
    // Provisional release is a release from detention: never straight from supervision.
    {
      from: at('D2_SUPERVISED_PRE', 'SUPERVISION', 3),
      to: 'D2_PROVISIONAL_RELEASE_PRE' as const,
      outcome: null,
      allowed: [['D2_DETAINED', null], ['D3_FINDING', null], ['D0_NONE', 'PROCEDURE_ENDED']],
    },
    {
      from: at('D3_FINDING', 'SUPERVISION', 3),
      to: 'D3_FINDING' as const,
      outcome: 'CUSTODY_PROVISIONAL_RELEASE' as const,
      allowed: [['D3_FINDING', 'CUSTODY_DETAINED'], ['D4_HEARING', null], ['D7_DEPORTATION_ORDER', null]],
    },
    {
      from: at('D3_FINDING', 'DETAINED'),
      to: 'D5_OBJECTION' as const,
      outcome: null,
      allowed: [['D3_FINDING', 'CUSTODY_SUPERVISION'], ['D3_FINDING', 'CUSTODY_PROVISIONAL_RELEASE'], ['D4_HEARING', null], ['D7_DEPORTATION_ORDER', null]],
    },
    // Special permission is decided with the Minister's decision (reference §2.3), not earlier.
    {
      from: at('D5_OBJECTION', 'DETAINED'),
      to: 'D0_NONE' as const,
      outcome: 'SPECIAL_PERMISSION_GRANTED' as const,
      allowed: [['D5_OBJECTION', 'CUSTODY_SUPERVISION'], ['D5_OBJECTION', 'CUSTODY_PROVISIONAL_RELEASE'], ['D6_DECISION', null]],
    },
    {
      from: at('D8_SUPERVISED_POST', 'SUPERVISION', 3),
      to: 'D8_PROVISIONAL_RELEASE' as const,
      outcome: null,
      allowed: [['D8_DETAINED_POST', null], ['D9_REMOVED', null], ['D0_NONE', 'ORDER_WITHDRAWN']],
    },
    { from: at('D9_REMOVED', 'NONE'), to: 'D0_NONE' as const, outcome: 'ORDER_WITHDRAWN' as const, allowed: [] },
  ])('$from.stage ($from.custody) → $to $outcome', ({ from, to, outcome, allowed }) => {
    const result = applyDeportationTransition(from, { to, outcome, dates: {}, recordedBy: USER }, TODAY);
    if (result.status !== 'not-allowed') throw new Error(result.status);
    expect(result.allowed.map((option) => [option.to, option.outcome])).toEqual(allowed);
    expect(result.allowed).toEqual(allowedDeportationTransitions(from.stage, from));
  });
});

describe('applyDeportationTransition: validation', () => {
  const supervise = (reportingIntervalMonths: unknown, dates: DeportationDates = { supervisionStartedOn: ON }) =>
    applyDeportationTransition(
      at('D2_DETAINED', 'DETAINED'),
      { to: 'D2_SUPERVISED_PRE', dates, reportingIntervalMonths: reportingIntervalMonths as number, recordedBy: USER },
      TODAY,
    );

  it.each([
    { interval: undefined, problems: [['reportingIntervalMonths', 'MISSING']] },
    { interval: 0, problems: [['reportingIntervalMonths', 'MALFORMED']] },
    // Reports are due at most 3 months apart (Arts. 44-6, 52-5; Enforcement Regulation 36-8).
    { interval: 4, problems: [['reportingIntervalMonths', 'MALFORMED']] },
    { interval: 1.5, problems: [['reportingIntervalMonths', 'MALFORMED']] },
    { interval: '2', problems: [['reportingIntervalMonths', 'MALFORMED']] },
    { interval: 3, problems: [] },
  ])('supervision with a reporting interval of $interval months', ({ interval, problems }) => {
    const result = supervise(interval);
    expect(result.status === 'ok' ? [] : problemsOf(result)).toEqual(problems);
  });

  it('names the missing date and refuses a future one', () => {
    expect(problemsOf(supervise(3, {}))).toEqual([['supervisionStartedOn', 'MISSING']]);
    expect(problemsOf(supervise(3, { supervisionStartedOn: '2026-01-01' }))).toEqual([['supervisionStartedOn', 'IN_FUTURE']]);
    expect(problemsOf(supervise(3, { supervisionStartedOn: '2025-03-31' }))).toEqual([['supervisionStartedOn', 'BEFORE_PREVIOUS_EVENT']]);
  });

  it('refuses a reporting interval on a step that does not start supervision or release', () => {
    const result = applyDeportationTransition(
      at('D2_SUPERVISED_PRE', 'SUPERVISION', 3),
      { to: 'D3_FINDING', dates: { findingNoticeReceivedOn: ON }, reportingIntervalMonths: 1, recordedBy: USER },
      TODAY,
    );
    expect(problemsOf(result)).toEqual([['reportingIntervalMonths', 'UNEXPECTED']]);
  });

  it('refuses a provisional-release interval out of range', () => {
    const result = applyDeportationTransition(at('D7_DEPORTATION_ORDER', 'DETAINED'), { to: 'D8_PROVISIONAL_RELEASE', dates: { releasedOn: ON }, reportingIntervalMonths: 13, recordedBy: USER }, TODAY);
    expect(problemsOf(result)).toEqual([['reportingIntervalMonths', 'MALFORMED']]);
  });
});
