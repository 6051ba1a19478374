import type { ReferralStatus } from './referral-vocabulary.js';

/** What someone can do to a referral; each action leads to exactly one status. */
export const REFERRAL_ACTIONS = ['send', 'acknowledge', 'accept', 'decline', 'start', 'complete', 'cancel'] as const;
export type ReferralAction = (typeof REFERRAL_ACTIONS)[number];

/**
 * Who records the move: the caseworker in Yorisoi (including replies the partner gave by phone),
 * or the partner through the reply link, who has no account and may only answer the referral.
 */
export const REFERRAL_ACTORS = ['caseworker', 'partner'] as const;
export type ReferralActor = (typeof REFERRAL_ACTORS)[number];

/** The free text some moves cannot be recorded without. */
export type ReferralRequiredText = 'reason' | 'outcome';

export interface ReferralActionInput {
  /** Why the partner declined. */
  readonly reason?: string | null;
  /** What came of the referral (a bed given, a lawyer appointed…). */
  readonly outcome?: string | null;
}

export type ReferralActionResult =
  | { readonly ok: true; readonly status: ReferralStatus }
  | { readonly ok: false; readonly code: 'REFERRAL_TRANSITION_NOT_ALLOWED'; readonly allowedNext: ReferralAction[] }
  /** The move is allowed but its text is missing or blank: a 400 naming the field. */
  | { readonly ok: false; readonly code: 'VALIDATION_FAILED'; readonly missing: ReferralRequiredText };

interface Move {
  readonly from: readonly ReferralStatus[];
  readonly to: ReferralStatus;
  /** The partner answers a referral they were sent; everything else is the caseworker's record. */
  readonly byPartner: boolean;
  readonly requires?: ReferralRequiredText;
}

/*
 * draft → sent → acknowledged → accepted | declined → in-progress → completed, and cancelled from
 * any status that is not final. A partner may accept or decline without acknowledging first: many
 * answer the same day. Only a draft can be sent: the letter a partner received is never re-sent
 * as if new (a new referral is made instead, so each letter has its own consent check).
 */
const MOVES: Readonly<Record<ReferralAction, Move>> = {
  send: { from: ['draft'], to: 'sent', byPartner: false },
  acknowledge: { from: ['sent'], to: 'acknowledged', byPartner: true },
  accept: { from: ['sent', 'acknowledged'], to: 'accepted', byPartner: true },
  decline: { from: ['sent', 'acknowledged'], to: 'declined', byPartner: true, requires: 'reason' },
  start: { from: ['accepted'], to: 'in-progress', byPartner: false },
  complete: { from: ['in-progress'], to: 'completed', byPartner: false, requires: 'outcome' },
  cancel: { from: ['draft', 'sent', 'acknowledged', 'accepted', 'in-progress'], to: 'cancelled', byPartner: false },
};

const FINAL_STATUSES: readonly ReferralStatus[] = ['declined', 'completed', 'cancelled'];

/** Nothing further happens to a referral in a final status; a new need is a new referral. */
export function isFinalReferralStatus(status: ReferralStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

/** Sent and not yet answered by acceptance or refusal: what follow-ups and "waiting for an answer" lists track. */
export function isAwaitingAnswer(status: ReferralStatus): boolean {
  return status === 'sent' || status === 'acknowledged';
}

function permitted(move: Move, status: ReferralStatus, actor: ReferralActor): boolean {
  return move.from.includes(status) && (actor === 'caseworker' || move.byPartner);
}

/** The actions `actor` may take on a referral in `status`, in REFERRAL_ACTIONS order. */
export function allowedReferralActions(status: ReferralStatus, actor: ReferralActor): ReferralAction[] {
  return REFERRAL_ACTIONS.filter((action) => permitted(MOVES[action], status, actor));
}

/** The text a move cannot be recorded without, if any: for forms to mark the field as required. */
export function requiredTextFor(action: ReferralAction): ReferralRequiredText | null {
  return MOVES[action].requires ?? null;
}

/**
 * The status a referral moves to when `actor` takes `action`, or why not: a move the lifecycle
 * does not allow (with the moves it does allow, for a 409) before a missing text (a 400).
 */
export function applyReferralAction(
  status: ReferralStatus,
  action: ReferralAction,
  actor: ReferralActor,
  input: ReferralActionInput = {},
): ReferralActionResult {
  const move = MOVES[action];
  if (!permitted(move, status, actor)) {
    return { ok: false, code: 'REFERRAL_TRANSITION_NOT_ALLOWED', allowedNext: allowedReferralActions(status, actor) };
  }
  if (move.requires !== undefined && (input[move.requires] ?? '').trim() === '') {
    return { ok: false, code: 'VALIDATION_FAILED', missing: move.requires };
  }
  return { ok: true, status: move.to };
}
