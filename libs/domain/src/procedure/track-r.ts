import type { Label } from './transition-result.js';

/**
 * Track R: the client's residence status, kept on the client as current status + history.
 * Reference §2.2; the 2018 triage categories in §1.2(a).
 */
export const ResidenceStages = [
  'REGULAR_OTHER',
  'TOKUTEI_TRIAGE',
  'TOKUTEI',
  'STAY_RESTRICTED',
  'KARITAIZAI',
  'NO_STATUS',
  'TEIJUSHA',
  'HUMANITARIAN',
  'SPECIAL_PERMISSION',
  'DEPARTED',
] as const;
export type ResidenceStage = (typeof ResidenceStages)[number];

/** The 2018 triage categories (MOJ operating rules, Jan 2018) [S]. */
export const TriageCategories = ['A', 'B', 'C', 'D1', 'D2'] as const;
export type TriageCategory = (typeof TriageCategories)[number];

export const ResidenceOutcomes = ['RENEWED', 'TRIAGE_A', 'TRIAGE_B', 'TRIAGE_C', 'TRIAGE_D1', 'TRIAGE_D2'] as const;
export type ResidenceOutcome = (typeof ResidenceOutcomes)[number];

export const ResidenceDateFields = ['grantedOn', 'expiresOn', 'noticeReceivedOn', 'endedOn', 'departedOn'] as const;
export type ResidenceDateField = (typeof ResidenceDateFields)[number];
export type ResidenceDates = Readonly<Partial<Record<ResidenceDateField, string>>>;

export interface ResidenceState {
  readonly stage: ResidenceStage;
  /**
   * Whether the status itself permits work. For 特定活動 and the other document-based statuses it
   * is what the designation document (指定書) says — the residence card shows only "特定活動";
   * 定住者 always permits work; provisional stay, no status and departure never do.
   */
  readonly workAllowed: boolean;
  /** Last day of the current period of stay (or of provisional stay); null without a status. */
  readonly expiresOn: string | null;
  readonly triageCategory: TriageCategory | null;
  readonly lastEventOn: string | null;
}

/** What the allowed steps depend on, from the client's protection applications. */
export interface ResidenceTransitionContext {
  /** Some application is pending (P1–P6, not terminal): the precondition of triage status and provisional stay. */
  readonly protectionPending: boolean;
  /** Refugee status or CP was granted: the precondition of 定住者 under Arts. 61-2-2(1) and 61-2-3. */
  readonly protectionGranted: boolean;
}

export const ResidenceStageLabels: Readonly<Record<ResidenceStage, Label>> = {
  REGULAR_OTHER: { ja: 'その他の在留資格(短期滞在など)', en: 'Other status of residence (e.g. Temporary Visitor)' },
  TOKUTEI_TRIAGE: { ja: '特定活動(振分け期間)', en: 'Designated Activities (triage period)' },
  TOKUTEI: { ja: '特定活動', en: 'Designated Activities' },
  STAY_RESTRICTED: { ja: '在留制限(更新不可)', en: 'Stay restricted (no renewal)' },
  KARITAIZAI: { ja: '仮滞在', en: 'Provisional stay permission' },
  NO_STATUS: { ja: '在留資格なし', en: 'No status of residence' },
  TEIJUSHA: { ja: '定住者(認定後)', en: 'Long-Term Resident (after recognition)' },
  HUMANITARIAN: { ja: '人道配慮による在留許可', en: 'Humanitarian permission to stay' },
  SPECIAL_PERMISSION: { ja: '在留特別許可', en: 'Special permission to stay' },
  DEPARTED: { ja: '出国済み', en: 'Left Japan' },
};

export const ResidenceDateFieldLabels: Readonly<Record<ResidenceDateField, Label>> = {
  grantedOn: { ja: '許可日', en: 'Granted on' },
  expiresOn: { ja: '在留期限', en: 'Expires on' },
  noticeReceivedOn: { ja: '通知を受けた日', en: 'Notice received on' },
  endedOn: { ja: '適法な在留の最終日', en: 'Last day of lawful stay' },
  departedOn: { ja: '出国日', en: 'Left Japan on' },
};

/**
 * Reference §2.4: while provisional stay runs, the deportation procedure is suspended
 * (Art. 61-2-6(2) in the text before 10 June 2024; current number [U]).
 */
export function deportationProcedureSuspended(residence: Pick<ResidenceState, 'stage'>): boolean {
  return residence.stage === 'KARITAIZAI';
}
