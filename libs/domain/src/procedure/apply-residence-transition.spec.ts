import { describe, expect, it } from '@jest/globals';
import { applyResidenceTransition, type ResidenceTransitionResult } from './apply-residence-transition.js';
import { allowedResidenceTransitions, ResidenceTransitionRules } from './residence-transitions.js';
import type { ResidenceDates, ResidenceOutcome, ResidenceStage, ResidenceState, ResidenceTransitionContext } from './track-r.js';
import { findRule } from './transition-result.js';

const TODAY = '2025-12-31';
const USER = 'user-caseworker-1';
const ALL: ResidenceTransitionContext = { protectionPending: true, protectionGranted: true };

const GRANT = { grantedOn: '2025-04-01', expiresOn: '2025-10-01' } as const;
const ENDED = { endedOn: '2025-04-01' } as const;
const DEPARTED = { departedOn: '2025-04-01' } as const;
const NOTICE = { noticeReceivedOn: '2025-04-01' } as const;

/** A client in `stage` since 2025-01-15, with a status until 2025-06-30 where there is one. */
function at(stage: ResidenceStage, workAllowed = false): ResidenceState {
  const withoutPeriod = stage === 'NO_STATUS' || stage === 'DEPARTED';
  return {
    stage,
    workAllowed: stage === 'TEIJUSHA' ? true : workAllowed,
    expiresOn: withoutPeriod ? null : '2025-06-30',
    triageCategory: stage === 'TOKUTEI' ? 'D2' : null,
    lastEventOn: '2025-01-15',
  };
}

function problemsOf(result: ResidenceTransitionResult) {
  if (result.status !== 'invalid') throw new Error(`expected invalid, got ${result.status}`);
  return result.problems.map((problem) => [problem.field, problem.code]);
}

type Row = readonly [
  from: ResidenceState,
  to: ResidenceStage,
  outcome: ResidenceOutcome | null,
  dates: ResidenceDates,
  workAllowedInput: boolean | undefined,
  expected: Pick<ResidenceState, 'workAllowed' | 'expiresOn' | 'triageCategory'>,
];

const granted = (workAllowed: boolean, triageCategory: ResidenceState['triageCategory'] = null) => ({ workAllowed, expiresOn: '2025-10-01', triageCategory });
const lapsed = { workAllowed: false, expiresOn: null, triageCategory: null };

/** Every transition of track R (each rule of the table at least once: checked below). */
const ALLOWED: readonly Row[] = [
  [at('REGULAR_OTHER'), 'REGULAR_OTHER', 'RENEWED', GRANT, true, granted(true)],
  [at('REGULAR_OTHER'), 'TOKUTEI_TRIAGE', null, GRANT, false, granted(false)],
  [at('REGULAR_OTHER'), 'TOKUTEI', null, GRANT, true, granted(true)],
  [at('REGULAR_OTHER'), 'HUMANITARIAN', null, GRANT, true, granted(true)],
  [at('REGULAR_OTHER'), 'TEIJUSHA', null, GRANT, undefined, granted(true)],
  [at('REGULAR_OTHER', true), 'NO_STATUS', null, ENDED, undefined, lapsed],
  [at('REGULAR_OTHER'), 'DEPARTED', null, DEPARTED, undefined, lapsed],

  [at('TOKUTEI_TRIAGE'), 'TOKUTEI', 'TRIAGE_A', GRANT, true, granted(true, 'A')],
  [at('TOKUTEI_TRIAGE'), 'TOKUTEI', 'TRIAGE_D1', GRANT, false, granted(false, 'D1')],
  [at('TOKUTEI_TRIAGE'), 'TOKUTEI', 'TRIAGE_D2', GRANT, false, granted(false, 'D2')],
  // Restricted stay keeps the status (and its work flag) until it expires.
  [at('TOKUTEI_TRIAGE', true), 'STAY_RESTRICTED', 'TRIAGE_B', NOTICE, undefined, { workAllowed: true, expiresOn: '2025-06-30', triageCategory: 'B' }],
  [at('TOKUTEI_TRIAGE'), 'STAY_RESTRICTED', 'TRIAGE_C', NOTICE, undefined, { workAllowed: false, expiresOn: '2025-06-30', triageCategory: 'C' }],
  [at('TOKUTEI_TRIAGE'), 'HUMANITARIAN', null, GRANT, true, granted(true)],
  [at('TOKUTEI_TRIAGE'), 'TEIJUSHA', null, GRANT, undefined, granted(true)],
  [at('TOKUTEI_TRIAGE'), 'NO_STATUS', null, ENDED, undefined, lapsed],
  [at('TOKUTEI_TRIAGE'), 'DEPARTED', null, DEPARTED, undefined, lapsed],

  // D2 after 6 months: renewed with work permitted; the triage category stays on record.
  [at('TOKUTEI'), 'TOKUTEI', 'RENEWED', GRANT, true, granted(true, 'D2')],
  [at('TOKUTEI', true), 'STAY_RESTRICTED', null, NOTICE, undefined, { workAllowed: true, expiresOn: '2025-06-30', triageCategory: 'D2' }],
  [at('TOKUTEI'), 'HUMANITARIAN', null, GRANT, false, granted(false)],
  [at('TOKUTEI'), 'TEIJUSHA', null, GRANT, undefined, granted(true)],
  [at('TOKUTEI', true), 'NO_STATUS', null, ENDED, undefined, lapsed],
  [at('TOKUTEI'), 'DEPARTED', null, DEPARTED, undefined, lapsed],

  [at('STAY_RESTRICTED'), 'HUMANITARIAN', null, GRANT, true, granted(true)],
  [at('STAY_RESTRICTED'), 'TEIJUSHA', null, GRANT, undefined, granted(true)],
  [at('STAY_RESTRICTED'), 'NO_STATUS', null, ENDED, undefined, lapsed],
  [at('STAY_RESTRICTED'), 'DEPARTED', null, DEPARTED, undefined, lapsed],

  [at('KARITAIZAI'), 'KARITAIZAI', 'RENEWED', GRANT, undefined, granted(false)],
  [at('KARITAIZAI'), 'TEIJUSHA', null, GRANT, undefined, granted(true)],
  [at('KARITAIZAI'), 'NO_STATUS', null, ENDED, undefined, lapsed],
  [at('KARITAIZAI'), 'DEPARTED', null, DEPARTED, undefined, lapsed],

  [at('NO_STATUS'), 'KARITAIZAI', null, GRANT, undefined, granted(false)],
  [at('NO_STATUS'), 'TEIJUSHA', null, GRANT, undefined, granted(true)],
  [at('NO_STATUS'), 'SPECIAL_PERMISSION', null, GRANT, true, granted(true)],
  [at('NO_STATUS'), 'DEPARTED', null, DEPARTED, undefined, lapsed],

  [at('TEIJUSHA'), 'TEIJUSHA', 'RENEWED', GRANT, undefined, granted(true)],
  [at('TEIJUSHA'), 'NO_STATUS', null, ENDED, undefined, lapsed],
  [at('TEIJUSHA'), 'DEPARTED', null, DEPARTED, undefined, lapsed],

  [at('HUMANITARIAN'), 'HUMANITARIAN', 'RENEWED', GRANT, true, granted(true)],
  [at('HUMANITARIAN'), 'TEIJUSHA', null, GRANT, undefined, granted(true)],
  [at('HUMANITARIAN'), 'NO_STATUS', null, ENDED, undefined, lapsed],
  [at('HUMANITARIAN'), 'DEPARTED', null, DEPARTED, undefined, lapsed],

  [at('SPECIAL_PERMISSION'), 'SPECIAL_PERMISSION', 'RENEWED', GRANT, false, granted(false)],
  [at('SPECIAL_PERMISSION'), 'TEIJUSHA', null, GRANT, undefined, granted(true)],
  [at('SPECIAL_PERMISSION'), 'NO_STATUS', null, ENDED, undefined, lapsed],
  [at('SPECIAL_PERMISSION'), 'DEPARTED', null, DEPARTED, undefined, lapsed],
];

describe('applyResidenceTransition: every allowed transition of track R', () => {
  it.each(ALLOWED)('%# %s → %s (%s)', (from, to, outcome, dates, workAllowed, expected) => {
    const result = applyResidenceTransition(from, { to, outcome, dates, ...(workAllowed === undefined ? {} : { workAllowed }), recordedBy: USER }, ALL, TODAY);
    if (result.status !== 'ok') throw new Error(JSON.stringify(result));
    expect(result.state).toEqual({ stage: to, lastEventOn: '2025-04-01', ...expected });
    expect(result.entry).toMatchObject({ from: from.stage, to, outcome, eventOn: '2025-04-01', dates, workAllowed: expected.workAllowed, recordedBy: USER });
  });

  it('covers every rule of the transition table', () => {
    const covered = new Set(ALLOWED.map(([from, to, outcome]) => findRule(ResidenceTransitionRules, from.stage, to, outcome, ALL)));
    const missing = ResidenceTransitionRules.filter((rule) => !covered.has(rule)).map((rule) => `${rule.from} → ${rule.to} ${rule.outcome ?? ''}`);
    expect(missing).toEqual([]);
  });

  it('lists expiresOn among the dates of a grant', () => {
    const option = allowedResidenceTransitions('NO_STATUS', ALL).find((o) => o.to === 'KARITAIZAI');
    expect(option?.requiredDates).toEqual(['grantedOn', 'expiresOn']);
    expect(option?.label).toEqual({ ja: '仮滞在許可', en: 'Provisional stay granted' });
  });
});

describe('applyResidenceTransition: steps that depend on the protection claim', () => {
  const options = (stage: ResidenceStage, context: ResidenceTransitionContext) =>
    allowedResidenceTransitions(stage, context).map((option) => [option.to, option.outcome]);

  it.each([
    {
      stage: 'NO_STATUS' as const,
      context: { protectionPending: false, protectionGranted: false },
      allowed: [
        ['SPECIAL_PERMISSION', null],
        ['DEPARTED', null],
      ],
    },
    {
      stage: 'NO_STATUS' as const,
      context: { protectionPending: true, protectionGranted: false },
      allowed: [
        ['KARITAIZAI', null],
        ['SPECIAL_PERMISSION', null],
        ['DEPARTED', null],
      ],
    },
    {
      stage: 'NO_STATUS' as const,
      context: { protectionPending: false, protectionGranted: true },
      allowed: [
        ['TEIJUSHA', null],
        ['SPECIAL_PERMISSION', null],
        ['DEPARTED', null],
      ],
    },
    {
      stage: 'REGULAR_OTHER' as const,
      context: { protectionPending: false, protectionGranted: false },
      allowed: [
        ['REGULAR_OTHER', 'RENEWED'],
        ['TOKUTEI', null],
        ['HUMANITARIAN', null],
        ['NO_STATUS', null],
        ['DEPARTED', null],
      ],
    },
    { stage: 'DEPARTED' as const, context: ALL, allowed: [] },
  ])('$stage with $context', ({ stage, context, allowed }) => {
    expect(options(stage, context)).toEqual(allowed);
  });

  it('refuses provisional stay without a pending application and lists what is allowed', () => {
    const result = applyResidenceTransition(
      at('NO_STATUS'),
      { to: 'KARITAIZAI', dates: GRANT, recordedBy: USER },
      { protectionPending: false, protectionGranted: false },
      TODAY,
    );
    if (result.status !== 'not-allowed') throw new Error(result.status);
    expect(result.allowed.map((option) => option.to)).toEqual(['SPECIAL_PERMISSION', 'DEPARTED']);
  });

  it.each([
    { from: 'KARITAIZAI' as const, to: 'TOKUTEI' as const, outcome: null, allowed: ['TEIJUSHA', 'KARITAIZAI', 'NO_STATUS', 'DEPARTED'] },
    { from: 'TOKUTEI_TRIAGE' as const, to: 'TOKUTEI' as const, outcome: null, allowed: ['TOKUTEI', 'TOKUTEI', 'TOKUTEI', 'STAY_RESTRICTED', 'STAY_RESTRICTED', 'HUMANITARIAN', 'TEIJUSHA', 'NO_STATUS', 'DEPARTED'] },
    { from: 'TOKUTEI_TRIAGE' as const, to: 'STAY_RESTRICTED' as const, outcome: 'TRIAGE_A' as const, allowed: ['TOKUTEI', 'TOKUTEI', 'TOKUTEI', 'STAY_RESTRICTED', 'STAY_RESTRICTED', 'HUMANITARIAN', 'TEIJUSHA', 'NO_STATUS', 'DEPARTED'] },
    { from: 'STAY_RESTRICTED' as const, to: 'TOKUTEI' as const, outcome: 'RENEWED' as const, allowed: ['HUMANITARIAN', 'TEIJUSHA', 'NO_STATUS', 'DEPARTED'] },
    { from: 'NO_STATUS' as const, to: 'HUMANITARIAN' as const, outcome: null, allowed: ['TEIJUSHA', 'KARITAIZAI', 'SPECIAL_PERMISSION', 'DEPARTED'] },
    { from: 'NO_STATUS' as const, to: 'NO_STATUS' as const, outcome: null, allowed: ['TEIJUSHA', 'KARITAIZAI', 'SPECIAL_PERMISSION', 'DEPARTED'] },
    { from: 'DEPARTED' as const, to: 'REGULAR_OTHER' as const, outcome: null, allowed: [] },
  ])('$from → $to ($outcome) is not allowed', ({ from, to, outcome, allowed }) => {
    const result = applyResidenceTransition(at(from), { to, outcome, dates: GRANT, workAllowed: true, recordedBy: USER }, ALL, TODAY);
    if (result.status !== 'not-allowed') throw new Error(result.status);
    expect(result.allowed.map((option) => option.to)).toEqual(allowed);
  });
});

describe('applyResidenceTransition: validation', () => {
  const renew = (dates: ResidenceDates, workAllowed?: boolean) =>
    applyResidenceTransition(at('TOKUTEI'), { to: 'TOKUTEI', outcome: 'RENEWED', dates, ...(workAllowed === undefined ? {} : { workAllowed }), recordedBy: USER }, ALL, TODAY);

  it.each([
    { dates: {}, work: true, problems: [['grantedOn', 'MISSING'], ['expiresOn', 'MISSING']] },
    { dates: { grantedOn: '2025-04-01' }, work: true, problems: [['expiresOn', 'MISSING']] },
    { dates: GRANT, work: undefined, problems: [['workAllowed', 'MISSING']] },
    // The period of stay may end in the future, but not before it starts.
    { dates: { grantedOn: '2025-04-01', expiresOn: '2026-10-01' }, work: true, problems: [] },
    { dates: { grantedOn: '2025-04-01', expiresOn: '2025-04-01' }, work: true, problems: [['expiresOn', 'INCONSISTENT']] },
    { dates: { grantedOn: '2026-01-05', expiresOn: '2026-07-05' }, work: true, problems: [['grantedOn', 'IN_FUTURE']] },
    { dates: { grantedOn: '2025-01-14', expiresOn: '2025-07-14' }, work: true, problems: [['grantedOn', 'BEFORE_PREVIOUS_EVENT']] },
    { dates: { ...GRANT, endedOn: '2025-04-01' }, work: true, problems: [['endedOn', 'UNEXPECTED']] },
  ])('renewal with $dates, work $work', ({ dates, work, problems }) => {
    const result = renew(dates, work);
    expect(result.status === 'ok' ? [] : problemsOf(result)).toEqual(problems);
  });

  it('refuses a work flag where the status fixes it', () => {
    const result = applyResidenceTransition(at('NO_STATUS'), { to: 'KARITAIZAI', dates: GRANT, workAllowed: true, recordedBy: USER }, ALL, TODAY);
    expect(problemsOf(result)).toEqual([['workAllowed', 'UNEXPECTED']]);
  });

  it('names the missing end date of lawful stay', () => {
    const result = applyResidenceTransition(at('KARITAIZAI'), { to: 'NO_STATUS', dates: {}, recordedBy: USER }, ALL, TODAY);
    expect(problemsOf(result)).toEqual([['endedOn', 'MISSING']]);
  });
});
