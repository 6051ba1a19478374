import { describe, expect, it } from '@jest/globals';
import { applyDeportationTransition, type DeportationTransitionResult } from './apply-deportation-transition.js';
import { deportationAtIntake } from './deportation-intake.js';
import { allowedDeportationTransitions } from './deportation-transitions.js';
import { provisionalReleaseUntilOf } from './provisional-release-period.js';
import type { CustodyCategory, DeportationStage, DeportationState } from './track-d.js';

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

const UNTIL = '2025-06-30';
const EXTENDED = '2025-08-31';

describe('the provisional release period', () => {
  it.each([
    [at('D8_PROVISIONAL_RELEASE', 'PROVISIONAL_RELEASE', 1, UNTIL), UNTIL],
    [at('D4_HEARING', 'PROVISIONAL_RELEASE', 1, UNTIL), UNTIL],
    [at('D8_PROVISIONAL_RELEASE', 'PROVISIONAL_RELEASE', 1), null],
    // Another custody has no period, whatever a file recorded before.
    [at('D8_SUPERVISED_POST', 'SUPERVISION', 3, UNTIL), null],
    // A file recorded before the period was kept.
    [{ stage: 'D2_PROVISIONAL_RELEASE_PRE', custody: 'PROVISIONAL_RELEASE', reportingIntervalMonths: 1, lastEventOn: '2025-04-01' } satisfies DeportationState, null],
  ])('%o ends on %p', (state, until) => {
    expect(provisionalReleaseUntilOf(state)).toBe(until);
  });

  const extend = (provisionalReleaseUntil: unknown, from = at('D8_PROVISIONAL_RELEASE', 'PROVISIONAL_RELEASE', 1, UNTIL)) =>
    applyDeportationTransition(
      from,
      { to: from.stage, outcome: 'RELEASE_EXTENDED', dates: { extendedOn: ON }, provisionalReleaseUntil: provisionalReleaseUntil as string, recordedBy: USER },
      TODAY,
    );

  it.each([
    { until: undefined, problems: [['provisionalReleaseUntil', 'MISSING']] },
    { until: '30/08/2025', problems: [['provisionalReleaseUntil', 'MALFORMED']] },
    // Not after the step, or not after the period it extends.
    { until: ON, problems: [['provisionalReleaseUntil', 'INCONSISTENT']] },
    { until: UNTIL, problems: [['provisionalReleaseUntil', 'INCONSISTENT']] },
    { until: EXTENDED, problems: [] },
  ])('an extension of the provisional release period to $until', ({ until, problems }) => {
    const result = extend(until);
    expect(result.status === 'ok' ? [] : problemsOf(result)).toEqual(problems);
  });

  it('offers an extension only while provisionally released, and refuses a period on other steps', () => {
    const extensionOffered = (state: DeportationState) => allowedDeportationTransitions(state.stage, state).some((option) => option.outcome === 'RELEASE_EXTENDED');
    expect(extensionOffered(at('D4_HEARING', 'PROVISIONAL_RELEASE', 1))).toBe(true);
    expect(extensionOffered(at('D4_HEARING', 'DETAINED'))).toBe(false);
    expect(extensionOffered(at('D8_SUPERVISED_POST', 'SUPERVISION', 3))).toBe(false);
    const result = applyDeportationTransition(
      at('D2_SUPERVISED_PRE', 'SUPERVISION', 3),
      { to: 'D3_FINDING', dates: { findingNoticeReceivedOn: ON }, provisionalReleaseUntil: EXTENDED, recordedBy: USER },
      TODAY,
    );
    expect(problemsOf(result)).toEqual([['provisionalReleaseUntil', 'UNEXPECTED']]);
  });

  it.each([
    { intake: { stage: 'D8_PROVISIONAL_RELEASE' as const, provisionalReleaseUntil: UNTIL }, problems: [] },
    { intake: { stage: 'D8_DETAINED_POST' as const, provisionalReleaseUntil: UNTIL }, problems: [['provisionalReleaseUntil', 'UNEXPECTED']] },
    { intake: { stage: 'D8_PROVISIONAL_RELEASE' as const, provisionalReleaseUntil: '2025-06-31' }, problems: [['provisionalReleaseUntil', 'MALFORMED']] },
  ])('an intake under $intake.stage with a period ending $intake.provisionalReleaseUntil', ({ intake, problems }) => {
    const result = deportationAtIntake(intake);
    expect(result.status === 'ok' ? [] : result.problems.map((problem) => [problem.field, problem.code])).toEqual(problems);
  });
});
