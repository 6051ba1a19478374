import { isBeforeDeportationOrder, type DeportationState } from './track-d.js';
import type { ResidenceState } from './track-r.js';
import type { Label } from './transition-result.js';

export type WorkAllowedReason =
  | 'DETAINED'
  | 'PROVISIONAL_RELEASE'
  | 'PROVISIONAL_STAY'
  | 'SUPERVISION_WORK_PERMISSION'
  | 'LONG_TERM_RESIDENT'
  | 'STATUS_PERMITS_WORK'
  | 'STATUS_FORBIDS_WORK'
  | 'NO_STATUS'
  | 'DEPARTED';

export interface WorkAllowedAnswer {
  readonly allowed: boolean;
  readonly reason: WorkAllowedReason;
  readonly label: Label;
  readonly basis: string;
}

const answer = (allowed: boolean, reason: WorkAllowedReason, ja: string, en: string, basis: string): WorkAllowedAnswer => ({
  allowed,
  reason,
  label: { ja, en },
  basis,
});

/**
 * The "work allowed" guard of reference §2.4: work is allowed by a status whose designation
 * document permits it (特定活動, humanitarian stay, special permission, other statuses), always by
 * 定住者, or — without such a status — under supervision measures before a deportation order with
 * permission under Art. 44-5. Never in detention, on provisional release (Art. 54 conditions),
 * on provisional stay (Art. 61-2-4 conditions) or without status.
 *
 * Supervision "before a deportation order" covers D3–D6 too, not only D2: the procedure steps
 * do not change the legal basis of the supervision (Art. 44-2 until an order is issued).
 */
export function workAllowed(
  residence: Pick<ResidenceState, 'stage' | 'workAllowed'>,
  deportation: Pick<DeportationState, 'stage' | 'custody'>,
  art44_5PermissionGranted: boolean,
): WorkAllowedAnswer {
  if (deportation.custody === 'DETAINED') {
    return answer(false, 'DETAINED', '収容中は就労できない', 'No work while detained', 'Immigration Control Act Arts. 39, 52(5)');
  }
  if (deportation.custody === 'PROVISIONAL_RELEASE') {
    return answer(false, 'PROVISIONAL_RELEASE', '仮放免中は就労不可', 'No work on provisional release', 'Immigration Control Act Art. 54(2) (conditions of release)');
  }
  if (residence.stage === 'KARITAIZAI') {
    return answer(false, 'PROVISIONAL_STAY', '仮滞在中は就労不可', 'No work on provisional stay', 'Immigration Control Act Art. 61-2-4(3) (conditions)');
  }
  if (residence.stage === 'DEPARTED') {
    return answer(false, 'DEPARTED', '出国済み', 'Has left Japan', '—');
  }
  if (deportation.custody === 'SUPERVISION' && isBeforeDeportationOrder(deportation.stage) && art44_5PermissionGranted) {
    return answer(
      true,
      'SUPERVISION_WORK_PERMISSION',
      '監理措置中の就労許可あり(生計維持に必要な範囲)',
      'Work permitted under supervision measures (within what subsistence requires)',
      'Immigration Control Act Art. 44-5',
    );
  }
  switch (residence.stage) {
    case 'TEIJUSHA':
      return answer(true, 'LONG_TERM_RESIDENT', '定住者:就労制限なし', 'Long-Term Resident: no restriction on work', 'Immigration Control Act Art. 19(1), Annexed Table II');
    case 'NO_STATUS':
      return answer(false, 'NO_STATUS', '在留資格なし:就労不可', 'No status of residence: no work', 'Immigration Control Act Art. 2-2 (activities only under a status of residence)');
    case 'REGULAR_OTHER':
    case 'TOKUTEI_TRIAGE':
    case 'TOKUTEI':
    case 'STAY_RESTRICTED':
    case 'HUMANITARIAN':
    case 'SPECIAL_PERMISSION':
      return residence.workAllowed
        ? answer(true, 'STATUS_PERMITS_WORK', '在留資格(指定書)で就労可', 'Work permitted by the status (designation document)', 'Immigration Control Act Art. 19(1); designation document (指定書)')
        : answer(false, 'STATUS_FORBIDS_WORK', '在留資格(指定書)で就労不可', 'The status (designation document) does not permit work', 'Immigration Control Act Art. 19(1); designation document (指定書)');
  }
}
