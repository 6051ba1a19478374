import { assertNever } from '../shared/assert-never.js';
import { DeportationTransitionRules } from '../procedure/deportation-transitions.js';
import { ProtectionTransitionRules } from '../procedure/protection-transitions.js';
import { ResidenceTransitionRules } from '../procedure/residence-transitions.js';
import { DeportationStages, type DeportationOutcome, type DeportationStage } from '../procedure/track-d.js';
import { ProtectionStages, type ProtectionOutcome, type ProtectionStage } from '../procedure/track-p.js';
import { ResidenceStages, type ResidenceStage } from '../procedure/track-r.js';

/**
 * What the outcome reports count: the steps of the three procedure tracks that ISA's yearly
 * figures count too (filings, decisions, reviews) and those an NGO answers for to its funders
 * (suits, detentions, provisional releases). Every step a caseworker records is one of these or
 * none: the substeps of a review or a suit, the windows opening and lapsing, renewals.
 */
export const REPORT_EVENT_KINDS = [
  'filed-first',
  'filed-subsequent',
  'recognised',
  'complementary-protection',
  'humanitarian',
  'refused',
  'withdrawn',
  'review-requested',
  'review-upheld',
  'review-dismissed',
  'review-rejected',
  'suit-filed',
  'judgment-won',
  'judgment-lost',
  'detained',
  'provisional-release',
] as const;
export type ReportEventKind = (typeof REPORT_EVENT_KINDS)[number];

export const REPORT_TRACKS = ['protection', 'residence', 'deportation'] as const;
export type ReportTrack = (typeof REPORT_TRACKS)[number];

/**
 * Which application a filing opens: the first, or a subsequent one (ISA counts re-applicants
 * apart, and from the 3rd application removal may proceed: Art. 61-2-9(4)(i)). Only a filing
 * depends on it.
 */
export type ApplicationNoClass = 'first' | 'subsequent';

/** One step the transition tables define, with what the reports count it as (null: not counted). */
export interface ReportEventMappingEntry {
  readonly track: ReportTrack;
  readonly fromStage: string;
  readonly toStage: string;
  readonly outcome: string | null;
  /** Set only for a filing, where the kind depends on it; null: any application. */
  readonly applicationNo: ApplicationNoClass | null;
  readonly kind: ReportEventKind | null;
}

/**
 * Track P. Each decision counts where it is made, whatever came before it: a recognition after an
 * upheld review (P6 → P3) is a recognition, as ISA counts "recognised (of which on appeal)"
 * (reference §4.1), and the review's own outcome is counted apart. A withdrawal counts whether
 * the application or the review request is withdrawn: either ends the application (Art.
 * 61-2-4(5)).
 */
function protectionKind(from: ProtectionStage, to: ProtectionStage, outcome: ProtectionOutcome | null, applicationNo: ApplicationNoClass | null): ReportEventKind | null {
  switch (to) {
    case 'P1_FILED':
      return applicationNo === 'subsequent' ? 'filed-subsequent' : 'filed-first';
    case 'P3_RECOGNISED_REFUGEE':
      return 'recognised';
    case 'P3_CP_ONLY':
      return 'complementary-protection';
    case 'P3_REFUSED':
      return 'refused';
    case 'P_WITHDRAWN':
      return 'withdrawn';
    case 'P5_APPEAL_PENDING':
      // P5 → P5 are the hearing substeps of a review already counted.
      return from === 'P5_APPEAL_PENDING' ? null : 'review-requested';
    case 'P6_APPEAL_DECIDED':
      return outcome === 'UPHELD' ? 'review-upheld' : outcome === 'DISMISSED' ? 'review-dismissed' : outcome === 'REJECTED_INADMISSIBLE' ? 'review-rejected' : null;
    case 'P8_LITIGATION':
      // Inside a suit: a judgment served counts; an appeal to the higher court is the same suit going on.
      if (from !== 'P8_LITIGATION') return 'suit-filed';
      return outcome === 'JUDGMENT_WON' ? 'judgment-won' : outcome === 'JUDGMENT_LOST' ? 'judgment-lost' : null;
    // The re-examination after a won suit (P8 → P2) ends in a decision, counted when it comes; a
    // refusal becoming final (P9) adds no decision: the refusal, review and judgment were counted.
    case 'P0_INTAKE':
    case 'P2_EXAMINATION':
    case 'P4_APPEAL_WINDOW':
    case 'P4X_WINDOW_LAPSED':
    case 'P7_LITIGATION_WINDOW':
    case 'P9_FINAL_NEGATIVE':
      return null;
    default:
      return assertNever(to);
  }
}

/**
 * Track R. Humanitarian permission to stay is what ISA counts as 人道配慮による在留許可. Since 10 June
 * 2024 a person without status receives it as special permission to stay (在留特別許可, Art. 50)
 * in the deportation procedure, and before that the same permission was given inside the refugee
 * procedure (reference §0 item 4, §1.4), so NO_STATUS → SPECIAL_PERMISSION counts as humanitarian
 * as well as a change of status to HUMANITARIAN. The record does not say why special permission
 * was given: one given on other grounds (family ties) counts too. Renewals count nothing.
 * The same grant recorded in track D (D6 → D0, SPECIAL_PERMISSION_GRANTED) is not counted there,
 * so a client whose caseworker records both steps is counted once.
 */
function residenceKind(from: ResidenceStage, to: ResidenceStage): ReportEventKind | null {
  switch (to) {
    case 'HUMANITARIAN':
    case 'SPECIAL_PERMISSION':
      return from === to ? null : 'humanitarian';
    // 定住者 (TEIJUSHA) follows a recognition or CP, already counted in track P.
    case 'REGULAR_OTHER':
    case 'TOKUTEI_TRIAGE':
    case 'TOKUTEI':
    case 'STAY_RESTRICTED':
    case 'KARITAIZAI':
    case 'NO_STATUS':
    case 'TEIJUSHA':
    case 'DEPARTED':
      return null;
    default:
      return assertNever(to);
  }
}

/**
 * Track D. Each detention and each provisional release counts: detention under a detention order
 * (Art. 39), re-detention when supervision or provisional release is revoked (Arts. 44-4, 52-4,
 * 55), and detention under a deportation order (Art. 52(5)) — a new order, so a person detained
 * throughout counts once under each order. D3–D6 keep the stage and record the custody as the
 * step's outcome. An extension of provisional release is the same release going on.
 */
function deportationKind(to: DeportationStage, outcome: DeportationOutcome | null): ReportEventKind | null {
  switch (to) {
    case 'D2_DETAINED':
    case 'D8_DETAINED_POST':
      return 'detained';
    case 'D2_PROVISIONAL_RELEASE_PRE':
    case 'D8_PROVISIONAL_RELEASE':
      return outcome === 'RELEASE_EXTENDED' ? null : 'provisional-release';
    case 'D3_FINDING':
    case 'D4_HEARING':
    case 'D5_OBJECTION':
    case 'D6_DECISION':
      return outcome === 'CUSTODY_DETAINED' ? 'detained' : outcome === 'CUSTODY_PROVISIONAL_RELEASE' ? 'provisional-release' : null;
    case 'D0_NONE':
    case 'D1_INVESTIGATION':
    case 'D2_SUPERVISED_PRE':
    case 'D7_DEPORTATION_ORDER':
    case 'D8_SUPERVISED_POST':
    case 'D9_REMOVED':
      return null;
    default:
      return assertNever(to);
  }
}

function uniqueSteps<S extends string, O extends string>(rules: readonly { readonly from: S; readonly to: S; readonly outcome: O | null }[]): { from: S; to: S; outcome: O | null }[] {
  const seen = new Set<string>();
  const steps: { from: S; to: S; outcome: O | null }[] = [];
  for (const { from, to, outcome } of rules) {
    const key = `${from}|${to}|${outcome ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    steps.push({ from, to, outcome });
  }
  return steps;
}

/**
 * Every step the three transition tables define, with its kind: what the report refresh joins
 * the recorded history on. A filing appears twice, once per application class.
 */
export const REPORT_EVENT_MAPPING: readonly ReportEventMappingEntry[] = [
  ...uniqueSteps(ProtectionTransitionRules).flatMap(({ from, to, outcome }) =>
    (to === 'P1_FILED' ? (['first', 'subsequent'] as const) : [null]).map(
      (applicationNo): ReportEventMappingEntry => ({
        track: 'protection',
        fromStage: from,
        toStage: to,
        outcome,
        applicationNo,
        kind: protectionKind(from, to, outcome, applicationNo),
      }),
    ),
  ),
  ...uniqueSteps(ResidenceTransitionRules).map(
    ({ from, to, outcome }): ReportEventMappingEntry => ({ track: 'residence', fromStage: from, toStage: to, outcome, applicationNo: null, kind: residenceKind(from, to) }),
  ),
  ...uniqueSteps(DeportationTransitionRules).map(
    ({ from, to, outcome }): ReportEventMappingEntry => ({ track: 'deportation', fromStage: from, toStage: to, outcome, applicationNo: null, kind: deportationKind(to, outcome) }),
  ),
];

const mappingKey = (track: ReportTrack, from: string, to: string, outcome: string | null, applicationNo: ApplicationNoClass | null) =>
  `${track}|${from}|${to}|${outcome ?? ''}|${applicationNo ?? ''}`;
const BY_STEP = new Map(REPORT_EVENT_MAPPING.map((entry) => [mappingKey(entry.track, entry.fromStage, entry.toStage, entry.outcome, entry.applicationNo), entry.kind]));

const STAGES: Readonly<Record<ReportTrack, readonly string[]>> = { protection: ProtectionStages, residence: ResidenceStages, deportation: DeportationStages };

/**
 * What a recorded step counts as, or null when it counts as nothing — including a step the
 * transition tables do not define (a client's status at intake is not an event). The answer is
 * REPORT_EVENT_MAPPING's, so this and a join on the mapping never disagree. `applicationNo` is
 * the protection application's number (1 for the first); it is required to classify a filing.
 */
export function reportEventKind(track: ReportTrack, fromStage: string, toStage: string, outcome: string | null, applicationNo: number | null): ReportEventKind | null {
  if (!REPORT_TRACKS.includes(track)) throw new RangeError('track must be protection, residence or deportation');
  if (!STAGES[track].includes(fromStage) || !STAGES[track].includes(toStage)) return null;
  let applicationClass: ApplicationNoClass | null = null;
  if (track === 'protection' && toStage === 'P1_FILED') {
    if (applicationNo === null || !Number.isInteger(applicationNo) || applicationNo < 1) {
      throw new RangeError('a filing is classified by its application number, a whole number from 1');
    }
    applicationClass = applicationNo === 1 ? 'first' : 'subsequent';
  }
  return BY_STEP.get(mappingKey(track, fromStage, toStage, outcome, applicationClass)) ?? null;
}
