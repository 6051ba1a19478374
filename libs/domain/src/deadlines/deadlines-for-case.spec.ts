import { describe, expect, it } from '@jest/globals';
import { INITIAL_DEPORTATION_STATE, type DeportationState } from '../procedure/track-d.js';
import type { ResidenceState } from '../procedure/track-r.js';
import { newProtectionApplication, type ProtectionApplicationState } from '../procedure/track-p.js';
import { deadlinesForApplication, deadlinesForClient } from './deadlines-for-case.js';

const base = newProtectionApplication({ applicationNo: 1, kind: 'REFUGEE_AND_CP' });
const decision = { decidedOn: '2025-12-20', noticeReceivedOn: '2025-12-26' };
const state = (patch: Partial<ProtectionApplicationState>): ProtectionApplicationState => ({ ...base, filedOn: '2024-01-10', ...patch });

describe('deadlinesForApplication', () => {
  it.each<[string, ProtectionApplicationState, unknown]>([
    ['filed: none', state({ stage: 'P1_FILED' }), { desired: [], resolved: [] }],
    [
      'refused: review request from receipt of the notice',
      state({ stage: 'P3_REFUSED', decision }),
      { desired: [{ kind: 'review-request', inputs: { noticeReceivedDate: '2025-12-26' } }], resolved: [] },
    ],
    [
      'CP only on a refugee claim: review of the refugee refusal',
      state({ stage: 'P3_CP_ONLY', decision, cpGranted: true }),
      { desired: [{ kind: 'review-request', inputs: { noticeReceivedDate: '2025-12-26' } }], resolved: [] },
    ],
    ['CP only on a CP-only claim: nothing to challenge', { ...state({ stage: 'P3_CP_ONLY', decision }), kind: 'CP_ONLY' }, { desired: [], resolved: [] }],
    [
      'review requested: met',
      state({ stage: 'P5_APPEAL_PENDING', decision, review: { requestFiledOn: '2025-12-30', substate: 'STATEMENT_DUE', outcome: null, decidedOn: null, knownOn: null } }),
      { desired: [], resolved: [{ kind: 'review-request', status: 'met', on: '2025-12-30' }] },
    ],
    [
      'window lapsed: missed',
      state({ stage: 'P4X_WINDOW_LAPSED', decision, lastEventOn: '2026-01-06' }),
      { desired: [], resolved: [{ kind: 'review-request', status: 'missed', on: '2026-01-06' }] },
    ],
    [
      'litigation window: the suit, with both clocks',
      state({
        stage: 'P7_LITIGATION_WINDOW',
        decision,
        litigationClock: { basis: 'FIRST_INSTANCE_DECISION', knownOn: '2025-12-26', decidedOn: '2025-12-20', unverified: false },
      }),
      { desired: [{ kind: 'revocation-suit', inputs: { knowledgeDate: '2025-12-26', decisionDate: '2025-12-20' } }], resolved: [] },
    ],
    [
      'lost at the district court: appeal within 2 weeks of service; the suit was met',
      state({ stage: 'P8_LITIGATION', decision, litigation: { suitFiledOn: '2026-03-01', court: 'DISTRICT', phase: 'LOST_APPEALABLE', judgmentServedOn: '2026-11-02' } }),
      {
        desired: [{ kind: 'court-appeal', inputs: { judgmentServedDate: '2026-11-02' } }],
        resolved: [{ kind: 'revocation-suit', status: 'met', on: '2026-03-01' }],
      },
    ],
  ])('%s', (_name, application, expected) => {
    expect(deadlinesForApplication(application)).toEqual(expected);
  });
});

const residence = (patch: Partial<ResidenceState>): ResidenceState => ({ stage: 'NO_STATUS', workAllowed: false, expiresOn: null, triageCategory: null, lastEventOn: null, ...patch });
const supervised: DeportationState = { stage: 'D2_SUPERVISED_PRE', custody: 'SUPERVISION', reportingIntervalMonths: 3, lastEventOn: '2026-09-01' };

describe('deadlinesForClient', () => {
  it('asks for the application within 6 months of landing, and counts it met once filed', () => {
    const facts = { landingDate: '2026-08-31', firstApplicationFiledOn: null, residence: residence({}), deportation: INITIAL_DEPORTATION_STATE, lastSupervisionReportOn: null };
    expect(deadlinesForClient(facts).desired).toEqual([{ kind: 'landing-six-months', inputs: { landingDate: '2026-08-31' } }]);
    expect(deadlinesForClient({ ...facts, firstApplicationFiledOn: '2026-10-01' })).toEqual({
      desired: [],
      resolved: [{ kind: 'landing-six-months', status: 'met', on: '2026-10-01' }],
    });
  });

  it.each([
    ['TOKUTEI', 'residence-renewal'],
    ['TEIJUSHA', 'residence-renewal'],
    ['REGULAR_OTHER', 'residence-renewal'],
    ['KARITAIZAI', 'provisional-stay-renewal'],
  ] as const)('%s with an expiry date needs %s', (stage, kind) => {
    const answer = deadlinesForClient({
      landingDate: null,
      firstApplicationFiledOn: null,
      residence: residence({ stage, expiresOn: '2027-03-31' }),
      deportation: INITIAL_DEPORTATION_STATE,
      lastSupervisionReportOn: null,
    });
    expect(answer.desired).toEqual([{ kind, inputs: { expiryDate: '2027-03-31' } }]);
  });

  it('asks a supervised person to report, from the last report or a designated date', () => {
    const facts = { landingDate: null, firstApplicationFiledOn: null, residence: residence({}), deportation: supervised, lastSupervisionReportOn: '2026-09-01' };
    expect(deadlinesForClient(facts).desired).toEqual([{ kind: 'supervision-report', inputs: { lastReportDate: '2026-09-01' } }]);
    expect(deadlinesForClient({ ...facts, designatedReportDate: '2026-10-15' }).desired).toEqual([
      { kind: 'supervision-report', inputs: { lastReportDate: '2026-09-01', designatedDate: '2026-10-15' } },
    ]);
  });

  it.each([
    ['with a known period', { stage: 'D8_PROVISIONAL_RELEASE', custody: 'PROVISIONAL_RELEASE', provisionalReleaseUntil: '2026-12-28' }, [{ kind: 'provisional-release-extension', inputs: { expiryDate: '2026-12-28' } }]],
    ['without a known period', { stage: 'D8_PROVISIONAL_RELEASE', custody: 'PROVISIONAL_RELEASE', provisionalReleaseUntil: null }, []],
    ['recorded before the period was kept', { stage: 'D2_PROVISIONAL_RELEASE_PRE', custody: 'PROVISIONAL_RELEASE' }, []],
    ['after release ended in detention (a stale period is ignored)', { stage: 'D8_DETAINED_POST', custody: 'DETAINED', provisionalReleaseUntil: '2026-12-28' }, []],
  ] as const)('asks for a provisional release extension before the period ends: %s', (_case, deportation, desired) => {
    const answer = deadlinesForClient({
      landingDate: null,
      firstApplicationFiledOn: null,
      residence: residence({}),
      deportation: { reportingIntervalMonths: 1, lastEventOn: '2026-10-01', ...deportation },
      lastSupervisionReportOn: null,
    });
    expect(answer.desired).toEqual(desired);
  });

  it('has nothing to track without status or custody facts', () => {
    expect(
      deadlinesForClient({ landingDate: null, firstApplicationFiledOn: null, residence: residence({}), deportation: INITIAL_DEPORTATION_STATE, lastSupervisionReportOn: null }),
    ).toEqual({ desired: [], resolved: [] });
  });
});
