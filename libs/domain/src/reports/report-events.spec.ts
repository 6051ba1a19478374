import { describe, expect, it } from '@jest/globals';
import { DeportationTransitionRules } from '../procedure/deportation-transitions.js';
import { ProtectionTransitionRules } from '../procedure/protection-transitions.js';
import { ResidenceTransitionRules } from '../procedure/residence-transitions.js';
import { REPORT_EVENT_KINDS, REPORT_EVENT_MAPPING, reportEventKind, type ReportEventKind, type ReportEventMappingEntry } from './report-events.js';

/**
 * Every step the transition tables define, as decided for the reports (null: counted as nothing).
 * A step added to a transition table fails the first test below until it is decided here.
 */
const DECIDED: Readonly<Record<string, ReportEventKind | null>> = {
  'protection P0_INTAKE>P1_FILED #first': 'filed-first',
  'protection P0_INTAKE>P1_FILED #subsequent': 'filed-subsequent',
  'protection P1_FILED>P2_EXAMINATION': null,
  'protection P1_FILED>P3_RECOGNISED_REFUGEE': 'recognised',
  'protection P1_FILED>P3_CP_ONLY': 'complementary-protection',
  'protection P1_FILED>P3_REFUSED': 'refused',
  'protection P1_FILED>P_WITHDRAWN': 'withdrawn',
  'protection P2_EXAMINATION>P3_RECOGNISED_REFUGEE': 'recognised',
  'protection P2_EXAMINATION>P3_CP_ONLY': 'complementary-protection',
  'protection P2_EXAMINATION>P3_REFUSED': 'refused',
  'protection P2_EXAMINATION>P_WITHDRAWN': 'withdrawn',
  'protection P3_CP_ONLY>P4_APPEAL_WINDOW': null,
  'protection P3_REFUSED>P4_APPEAL_WINDOW': null,
  'protection P4_APPEAL_WINDOW>P5_APPEAL_PENDING': 'review-requested',
  'protection P4_APPEAL_WINDOW>P7_LITIGATION_WINDOW': null,
  'protection P4_APPEAL_WINDOW>P4X_WINDOW_LAPSED': null,
  'protection P4X_WINDOW_LAPSED>P5_APPEAL_PENDING': 'review-requested',
  'protection P4X_WINDOW_LAPSED>P7_LITIGATION_WINDOW': null,
  'protection P4X_WINDOW_LAPSED>P9_FINAL_NEGATIVE': null,
  'protection P5_APPEAL_PENDING>P5_APPEAL_PENDING HEARING_SCHEDULED': null,
  'protection P5_APPEAL_PENDING>P5_APPEAL_PENDING HEARING_HELD': null,
  'protection P5_APPEAL_PENDING>P5_APPEAL_PENDING HEARING_OMITTED': null,
  'protection P5_APPEAL_PENDING>P6_APPEAL_DECIDED UPHELD': 'review-upheld',
  'protection P5_APPEAL_PENDING>P6_APPEAL_DECIDED DISMISSED': 'review-dismissed',
  'protection P5_APPEAL_PENDING>P6_APPEAL_DECIDED REJECTED_INADMISSIBLE': 'review-rejected',
  'protection P5_APPEAL_PENDING>P_WITHDRAWN': 'withdrawn',
  'protection P6_APPEAL_DECIDED>P3_RECOGNISED_REFUGEE': 'recognised',
  'protection P6_APPEAL_DECIDED>P3_CP_ONLY': 'complementary-protection',
  'protection P6_APPEAL_DECIDED>P7_LITIGATION_WINDOW': null,
  'protection P7_LITIGATION_WINDOW>P8_LITIGATION': 'suit-filed',
  'protection P7_LITIGATION_WINDOW>P9_FINAL_NEGATIVE': null,
  'protection P8_LITIGATION>P8_LITIGATION JUDGMENT_LOST': 'judgment-lost',
  'protection P8_LITIGATION>P8_LITIGATION JUDGMENT_WON': 'judgment-won',
  'protection P8_LITIGATION>P8_LITIGATION APPEAL_FILED': null,
  'protection P8_LITIGATION>P2_EXAMINATION': null,
  'protection P8_LITIGATION>P9_FINAL_NEGATIVE': null,
  'residence REGULAR_OTHER>REGULAR_OTHER RENEWED': null,
  'residence REGULAR_OTHER>TOKUTEI_TRIAGE': null,
  'residence REGULAR_OTHER>TOKUTEI': null,
  'residence TOKUTEI_TRIAGE>TOKUTEI TRIAGE_A': null,
  'residence TOKUTEI_TRIAGE>TOKUTEI TRIAGE_D1': null,
  'residence TOKUTEI_TRIAGE>TOKUTEI TRIAGE_D2': null,
  'residence TOKUTEI_TRIAGE>STAY_RESTRICTED TRIAGE_B': null,
  'residence TOKUTEI_TRIAGE>STAY_RESTRICTED TRIAGE_C': null,
  'residence TOKUTEI>TOKUTEI RENEWED': null,
  'residence TOKUTEI>STAY_RESTRICTED': null,
  'residence REGULAR_OTHER>HUMANITARIAN': 'humanitarian',
  'residence TOKUTEI_TRIAGE>HUMANITARIAN': 'humanitarian',
  'residence TOKUTEI>HUMANITARIAN': 'humanitarian',
  'residence STAY_RESTRICTED>HUMANITARIAN': 'humanitarian',
  'residence HUMANITARIAN>HUMANITARIAN RENEWED': null,
  'residence REGULAR_OTHER>TEIJUSHA': null,
  'residence TOKUTEI_TRIAGE>TEIJUSHA': null,
  'residence TOKUTEI>TEIJUSHA': null,
  'residence STAY_RESTRICTED>TEIJUSHA': null,
  'residence HUMANITARIAN>TEIJUSHA': null,
  'residence SPECIAL_PERMISSION>TEIJUSHA': null,
  'residence KARITAIZAI>TEIJUSHA': null,
  'residence NO_STATUS>TEIJUSHA': null,
  'residence TEIJUSHA>TEIJUSHA RENEWED': null,
  'residence NO_STATUS>KARITAIZAI': null,
  'residence KARITAIZAI>KARITAIZAI RENEWED': null,
  'residence NO_STATUS>SPECIAL_PERMISSION': 'humanitarian',
  'residence SPECIAL_PERMISSION>SPECIAL_PERMISSION RENEWED': null,
  'residence REGULAR_OTHER>NO_STATUS': null,
  'residence TOKUTEI_TRIAGE>NO_STATUS': null,
  'residence TOKUTEI>NO_STATUS': null,
  'residence STAY_RESTRICTED>NO_STATUS': null,
  'residence KARITAIZAI>NO_STATUS': null,
  'residence TEIJUSHA>NO_STATUS': null,
  'residence HUMANITARIAN>NO_STATUS': null,
  'residence SPECIAL_PERMISSION>NO_STATUS': null,
  'residence REGULAR_OTHER>DEPARTED': null,
  'residence TOKUTEI_TRIAGE>DEPARTED': null,
  'residence TOKUTEI>DEPARTED': null,
  'residence STAY_RESTRICTED>DEPARTED': null,
  'residence KARITAIZAI>DEPARTED': null,
  'residence NO_STATUS>DEPARTED': null,
  'residence TEIJUSHA>DEPARTED': null,
  'residence HUMANITARIAN>DEPARTED': null,
  'residence SPECIAL_PERMISSION>DEPARTED': null,
  'deportation D0_NONE>D1_INVESTIGATION': null,
  'deportation D1_INVESTIGATION>D2_DETAINED': 'detained',
  'deportation D1_INVESTIGATION>D2_SUPERVISED_PRE': null,
  'deportation D1_INVESTIGATION>D0_NONE PROCEDURE_ENDED': null,
  'deportation D2_DETAINED>D2_SUPERVISED_PRE': null,
  'deportation D8_DETAINED_POST>D8_SUPERVISED_POST': null,
  'deportation D3_FINDING>D3_FINDING CUSTODY_SUPERVISION': null,
  'deportation D4_HEARING>D4_HEARING CUSTODY_SUPERVISION': null,
  'deportation D5_OBJECTION>D5_OBJECTION CUSTODY_SUPERVISION': null,
  'deportation D6_DECISION>D6_DECISION CUSTODY_SUPERVISION': null,
  'deportation D2_DETAINED>D2_PROVISIONAL_RELEASE_PRE': 'provisional-release',
  'deportation D8_DETAINED_POST>D8_PROVISIONAL_RELEASE': 'provisional-release',
  'deportation D3_FINDING>D3_FINDING CUSTODY_PROVISIONAL_RELEASE': 'provisional-release',
  'deportation D4_HEARING>D4_HEARING CUSTODY_PROVISIONAL_RELEASE': 'provisional-release',
  'deportation D5_OBJECTION>D5_OBJECTION CUSTODY_PROVISIONAL_RELEASE': 'provisional-release',
  'deportation D6_DECISION>D6_DECISION CUSTODY_PROVISIONAL_RELEASE': 'provisional-release',
  'deportation D2_SUPERVISED_PRE>D2_DETAINED': 'detained',
  'deportation D8_SUPERVISED_POST>D8_DETAINED_POST': 'detained',
  'deportation D3_FINDING>D3_FINDING CUSTODY_DETAINED': 'detained',
  'deportation D4_HEARING>D4_HEARING CUSTODY_DETAINED': 'detained',
  'deportation D5_OBJECTION>D5_OBJECTION CUSTODY_DETAINED': 'detained',
  'deportation D6_DECISION>D6_DECISION CUSTODY_DETAINED': 'detained',
  'deportation D2_PROVISIONAL_RELEASE_PRE>D2_DETAINED': 'detained',
  'deportation D8_PROVISIONAL_RELEASE>D8_DETAINED_POST': 'detained',
  'deportation D2_PROVISIONAL_RELEASE_PRE>D2_SUPERVISED_PRE': null,
  'deportation D8_PROVISIONAL_RELEASE>D8_SUPERVISED_POST': null,
  'deportation D2_PROVISIONAL_RELEASE_PRE>D2_PROVISIONAL_RELEASE_PRE RELEASE_EXTENDED': null,
  'deportation D8_PROVISIONAL_RELEASE>D8_PROVISIONAL_RELEASE RELEASE_EXTENDED': null,
  'deportation D3_FINDING>D3_FINDING RELEASE_EXTENDED': null,
  'deportation D4_HEARING>D4_HEARING RELEASE_EXTENDED': null,
  'deportation D5_OBJECTION>D5_OBJECTION RELEASE_EXTENDED': null,
  'deportation D6_DECISION>D6_DECISION RELEASE_EXTENDED': null,
  'deportation D7_DEPORTATION_ORDER>D7_DEPORTATION_ORDER RELEASE_EXTENDED': null,
  'deportation D2_DETAINED>D3_FINDING': null,
  'deportation D2_DETAINED>D0_NONE PROCEDURE_ENDED': null,
  'deportation D2_SUPERVISED_PRE>D3_FINDING': null,
  'deportation D2_SUPERVISED_PRE>D0_NONE PROCEDURE_ENDED': null,
  'deportation D2_PROVISIONAL_RELEASE_PRE>D3_FINDING': null,
  'deportation D2_PROVISIONAL_RELEASE_PRE>D0_NONE PROCEDURE_ENDED': null,
  'deportation D3_FINDING>D4_HEARING': null,
  'deportation D3_FINDING>D7_DEPORTATION_ORDER': null,
  'deportation D4_HEARING>D5_OBJECTION': null,
  'deportation D4_HEARING>D7_DEPORTATION_ORDER': null,
  'deportation D4_HEARING>D0_NONE PROCEDURE_ENDED': null,
  'deportation D5_OBJECTION>D6_DECISION': null,
  'deportation D6_DECISION>D7_DEPORTATION_ORDER': null,
  'deportation D6_DECISION>D0_NONE SPECIAL_PERMISSION_GRANTED': null,
  'deportation D6_DECISION>D0_NONE PROCEDURE_ENDED': null,
  'deportation D7_DEPORTATION_ORDER>D8_DETAINED_POST': 'detained',
  'deportation D7_DEPORTATION_ORDER>D8_SUPERVISED_POST': null,
  'deportation D7_DEPORTATION_ORDER>D8_PROVISIONAL_RELEASE': 'provisional-release',
  'deportation D7_DEPORTATION_ORDER>D9_REMOVED': null,
  'deportation D7_DEPORTATION_ORDER>D0_NONE ORDER_WITHDRAWN': null,
  'deportation D8_DETAINED_POST>D9_REMOVED': null,
  'deportation D8_DETAINED_POST>D0_NONE ORDER_WITHDRAWN': null,
  'deportation D8_SUPERVISED_POST>D9_REMOVED': null,
  'deportation D8_SUPERVISED_POST>D0_NONE ORDER_WITHDRAWN': null,
  'deportation D8_PROVISIONAL_RELEASE>D9_REMOVED': null,
  'deportation D8_PROVISIONAL_RELEASE>D0_NONE ORDER_WITHDRAWN': null,
};

const keyOf = (entry: Pick<ReportEventMappingEntry, 'track' | 'fromStage' | 'toStage' | 'outcome' | 'applicationNo'>) =>
  `${entry.track} ${entry.fromStage}>${entry.toStage}${entry.outcome ? ` ${entry.outcome}` : ''}${entry.applicationNo ? ` #${entry.applicationNo}` : ''}`;

describe('REPORT_EVENT_MAPPING', () => {
  it('classifies every step of the transition tables, each as decided, and nothing else', () => {
    const mapped = Object.fromEntries(REPORT_EVENT_MAPPING.map((entry) => [keyOf(entry), entry.kind]));
    expect(mapped).toEqual(DECIDED);
    expect(new Set(REPORT_EVENT_MAPPING.map(keyOf)).size).toBe(REPORT_EVENT_MAPPING.length);
  });

  it.each([
    ['protection', ProtectionTransitionRules],
    ['residence', ResidenceTransitionRules],
    ['deportation', DeportationTransitionRules],
  ] as const)('has a row for every %s rule', (track, rules) => {
    for (const rule of rules) {
      const rows = REPORT_EVENT_MAPPING.filter((entry) => entry.track === track && entry.fromStage === rule.from && entry.toStage === rule.to && entry.outcome === rule.outcome);
      expect([`${rule.from}>${rule.to} ${rule.outcome ?? ''}`, rows.length]).toEqual([`${rule.from}>${rule.to} ${rule.outcome ?? ''}`, rule.to === 'P1_FILED' ? 2 : 1]);
    }
  });

  it('counts every kind somewhere', () => {
    const used = new Set(REPORT_EVENT_MAPPING.map((entry) => entry.kind));
    expect(REPORT_EVENT_KINDS.filter((kind) => !used.has(kind))).toEqual([]);
  });
});

describe('reportEventKind', () => {
  it.each([
    ['a first filing', 'protection', 'P0_INTAKE', 'P1_FILED', null, 1, 'filed-first'],
    ['a second filing', 'protection', 'P0_INTAKE', 'P1_FILED', null, 2, 'filed-subsequent'],
    ['a fifth filing', 'protection', 'P0_INTAKE', 'P1_FILED', null, 5, 'filed-subsequent'],
    ['a refusal at first instance, any application', 'protection', 'P2_EXAMINATION', 'P3_REFUSED', null, 3, 'refused'],
    ['a refusal without an interview', 'protection', 'P1_FILED', 'P3_REFUSED', null, null, 'refused'],
    ['a recognition after an upheld review', 'protection', 'P6_APPEAL_DECIDED', 'P3_RECOGNISED_REFUGEE', null, 1, 'recognised'],
    ['CP after an upheld review', 'protection', 'P6_APPEAL_DECIDED', 'P3_CP_ONLY', null, 1, 'complementary-protection'],
    ['a late review request', 'protection', 'P4X_WINDOW_LAPSED', 'P5_APPEAL_PENDING', null, 1, 'review-requested'],
    ['an oral hearing held: no new request', 'protection', 'P5_APPEAL_PENDING', 'P5_APPEAL_PENDING', 'HEARING_HELD', 1, null],
    ['a review dismissed', 'protection', 'P5_APPEAL_PENDING', 'P6_APPEAL_DECIDED', 'DISMISSED', 1, 'review-dismissed'],
    ['a review rejected as inadmissible', 'protection', 'P5_APPEAL_PENDING', 'P6_APPEAL_DECIDED', 'REJECTED_INADMISSIBLE', 1, 'review-rejected'],
    ['a review request withdrawn', 'protection', 'P5_APPEAL_PENDING', 'P_WITHDRAWN', null, 1, 'withdrawn'],
    ['a suit filed', 'protection', 'P7_LITIGATION_WINDOW', 'P8_LITIGATION', null, 1, 'suit-filed'],
    ['an appeal to the High Court: the same suit', 'protection', 'P8_LITIGATION', 'P8_LITIGATION', 'APPEAL_FILED', 1, null],
    ['a judgment won', 'protection', 'P8_LITIGATION', 'P8_LITIGATION', 'JUDGMENT_WON', 1, 'judgment-won'],
    ['a won judgment becoming final: re-examination, no new event', 'protection', 'P8_LITIGATION', 'P2_EXAMINATION', null, 1, null],
    ['humanitarian stay by change of status', 'residence', 'TOKUTEI', 'HUMANITARIAN', null, null, 'humanitarian'],
    ['special permission to stay', 'residence', 'NO_STATUS', 'SPECIAL_PERMISSION', null, null, 'humanitarian'],
    ['a humanitarian stay renewed', 'residence', 'HUMANITARIAN', 'HUMANITARIAN', 'RENEWED', null, null],
    ['special permission recorded in track D: counted in track R', 'deportation', 'D6_DECISION', 'D0_NONE', 'SPECIAL_PERMISSION_GRANTED', null, null],
    ['detention under a detention order', 'deportation', 'D1_INVESTIGATION', 'D2_DETAINED', null, null, 'detained'],
    ['re-detention during the hearing stage', 'deportation', 'D4_HEARING', 'D4_HEARING', 'CUSTODY_DETAINED', null, 'detained'],
    ['detention under a deportation order', 'deportation', 'D7_DEPORTATION_ORDER', 'D8_DETAINED_POST', null, null, 'detained'],
    ['provisional release after the order', 'deportation', 'D8_DETAINED_POST', 'D8_PROVISIONAL_RELEASE', null, null, 'provisional-release'],
    ['provisional release extended', 'deportation', 'D8_PROVISIONAL_RELEASE', 'D8_PROVISIONAL_RELEASE', 'RELEASE_EXTENDED', null, null],
    ['supervision measures: not a kind', 'deportation', 'D1_INVESTIGATION', 'D2_SUPERVISED_PRE', null, null, null],
    ['a step the tables do not define', 'protection', 'P0_INTAKE', 'P3_REFUSED', null, 1, null],
    ['an outcome the step does not take', 'protection', 'P5_APPEAL_PENDING', 'P6_APPEAL_DECIDED', null, 1, null],
    ['a stage of another track', 'residence', 'P0_INTAKE', 'P1_FILED', null, 1, null],
  ] as const)('%s', (_case, track, from, to, outcome, applicationNo, expected) => {
    expect(reportEventKind(track, from, to, outcome, applicationNo)).toBe(expected);
  });

  it('agrees with the mapping on every row', () => {
    for (const entry of REPORT_EVENT_MAPPING) {
      const applicationNo = entry.applicationNo === 'subsequent' ? 2 : 1;
      expect([keyOf(entry), reportEventKind(entry.track, entry.fromStage, entry.toStage, entry.outcome, applicationNo)]).toEqual([keyOf(entry), entry.kind]);
    }
  });

  it('needs the application number to classify a filing', () => {
    expect(() => reportEventKind('protection', 'P0_INTAKE', 'P1_FILED', null, null)).toThrow(RangeError);
    expect(() => reportEventKind('protection', 'P0_INTAKE', 'P1_FILED', null, 0)).toThrow(RangeError);
    expect(() => reportEventKind('protection', 'P0_INTAKE', 'P1_FILED', null, 1.5)).toThrow(RangeError);
  });

  it('refuses an unknown track', () => {
    expect(() => reportEventKind('custody' as never, 'D0_NONE', 'D1_INVESTIGATION', null, null)).toThrow(RangeError);
  });
});
