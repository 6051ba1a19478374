import { describe, expect, it } from '@jest/globals';
import {
  allowedReferralActions,
  applyReferralAction,
  isAwaitingAnswer,
  isFinalReferralStatus,
  REFERRAL_ACTIONS,
  REFERRAL_ACTORS,
  requiredTextFor,
  type ReferralAction,
  type ReferralActionInput,
  type ReferralActor,
} from './referral-lifecycle.js';
import { REFERRAL_STATUSES, type ReferralStatus } from './referral-vocabulary.js';

const TEXT: ReferralActionInput = { reason: 'No beds until next month', outcome: 'Placed in the shelter on 3 March' };

/** Every allowed move: [from, action, actor, to]. Any combination not listed must be refused. */
const ALLOWED: readonly (readonly [ReferralStatus, ReferralAction, ReferralActor, ReferralStatus])[] = [
  ['draft', 'send', 'caseworker', 'sent'],
  ['draft', 'cancel', 'caseworker', 'cancelled'],

  ['sent', 'acknowledge', 'caseworker', 'acknowledged'],
  ['sent', 'acknowledge', 'partner', 'acknowledged'],
  ['sent', 'accept', 'caseworker', 'accepted'],
  ['sent', 'accept', 'partner', 'accepted'],
  ['sent', 'decline', 'caseworker', 'declined'],
  ['sent', 'decline', 'partner', 'declined'],
  ['sent', 'cancel', 'caseworker', 'cancelled'],

  ['acknowledged', 'accept', 'caseworker', 'accepted'],
  ['acknowledged', 'accept', 'partner', 'accepted'],
  ['acknowledged', 'decline', 'caseworker', 'declined'],
  ['acknowledged', 'decline', 'partner', 'declined'],
  ['acknowledged', 'cancel', 'caseworker', 'cancelled'],

  ['accepted', 'start', 'caseworker', 'in-progress'],
  ['accepted', 'cancel', 'caseworker', 'cancelled'],

  ['in-progress', 'complete', 'caseworker', 'completed'],
  ['in-progress', 'cancel', 'caseworker', 'cancelled'],
];

const isListed = (status: ReferralStatus, action: ReferralAction, actor: ReferralActor) =>
  ALLOWED.some(([from, a, who]) => from === status && a === action && who === actor);

const REFUSED = REFERRAL_STATUSES.flatMap((status) =>
  REFERRAL_ACTIONS.flatMap((action) =>
    REFERRAL_ACTORS.filter((actor) => !isListed(status, action, actor)).map((actor) => [status, action, actor] as const),
  ),
);

describe('applyReferralAction', () => {
  it.each(ALLOWED)('%s —%s by the %s→ %s', (from, action, actor, to) => {
    expect(applyReferralAction(from, action, actor, TEXT)).toEqual({ ok: true, status: to });
  });

  it('lists each allowed move once, so the refused ones are all the others', () => {
    // 8 statuses × 7 actions × 2 actors, less the allowed moves.
    expect(REFUSED).toHaveLength(8 * 7 * 2 - ALLOWED.length);
  });

  it.each(REFUSED)('%s —%s by the %s is refused with the allowed next actions', (from, action, actor) => {
    expect(applyReferralAction(from, action, actor, TEXT)).toEqual({
      ok: false,
      code: 'REFERRAL_TRANSITION_NOT_ALLOWED',
      allowedNext: allowedReferralActions(from, actor),
    });
  });

  it.each([
    ['sent', 'decline', 'partner', {}, 'reason'],
    ['acknowledged', 'decline', 'caseworker', { reason: null }, 'reason'],
    ['sent', 'decline', 'partner', { reason: '  \n ' }, 'reason'],
    ['sent', 'decline', 'partner', { outcome: 'an outcome is not a reason' }, 'reason'],
    ['in-progress', 'complete', 'caseworker', {}, 'outcome'],
    ['in-progress', 'complete', 'caseworker', { outcome: '' }, 'outcome'],
    ['in-progress', 'complete', 'caseworker', { reason: 'a reason is not an outcome' }, 'outcome'],
  ] as const)('%s —%s by the %s with %j is missing its %s', (from, action, actor, input, missing) => {
    expect(applyReferralAction(from, action, actor, input)).toEqual({ ok: false, code: 'VALIDATION_FAILED', missing });
  });

  it('answers a move that is not allowed before a missing text', () => {
    expect(applyReferralAction('draft', 'decline', 'caseworker', {})).toEqual({
      ok: false,
      code: 'REFERRAL_TRANSITION_NOT_ALLOWED',
      allowedNext: ['send', 'cancel'],
    });
  });

  it('needs no text for the moves that take none', () => {
    expect(applyReferralAction('draft', 'send', 'caseworker')).toEqual({ ok: true, status: 'sent' });
    expect(applyReferralAction('sent', 'accept', 'partner', { reason: null, outcome: null })).toEqual({ ok: true, status: 'accepted' });
  });
});

describe('allowedReferralActions', () => {
  it.each([
    ['draft', 'caseworker', ['send', 'cancel']],
    ['draft', 'partner', []],
    ['sent', 'caseworker', ['acknowledge', 'accept', 'decline', 'cancel']],
    ['sent', 'partner', ['acknowledge', 'accept', 'decline']],
    ['acknowledged', 'caseworker', ['accept', 'decline', 'cancel']],
    ['acknowledged', 'partner', ['accept', 'decline']],
    ['accepted', 'caseworker', ['start', 'cancel']],
    ['accepted', 'partner', []],
    ['declined', 'caseworker', []],
    ['declined', 'partner', []],
    ['in-progress', 'caseworker', ['complete', 'cancel']],
    ['in-progress', 'partner', []],
    ['completed', 'caseworker', []],
    ['completed', 'partner', []],
    ['cancelled', 'caseworker', []],
    ['cancelled', 'partner', []],
  ] as const)('%s, %s: %j', (status, actor, expected) => {
    expect(allowedReferralActions(status, actor)).toEqual(expected);
  });
});

describe('status predicates', () => {
  it.each([
    ['draft', false, false],
    ['sent', false, true],
    ['acknowledged', false, true],
    ['accepted', false, false],
    ['declined', true, false],
    ['in-progress', false, false],
    ['completed', true, false],
    ['cancelled', true, false],
  ] as const)('%s: final %s, awaiting an answer %s', (status, final, awaiting) => {
    expect(isFinalReferralStatus(status)).toBe(final);
    expect(isAwaitingAnswer(status)).toBe(awaiting);
  });

  it('calls final exactly the statuses nobody can move on from', () => {
    for (const status of REFERRAL_STATUSES) {
      expect(isFinalReferralStatus(status)).toBe(allowedReferralActions(status, 'caseworker').length === 0);
    }
  });
});

describe('requiredTextFor', () => {
  it.each([
    ['send', null],
    ['acknowledge', null],
    ['accept', null],
    ['decline', 'reason'],
    ['start', null],
    ['complete', 'outcome'],
    ['cancel', null],
  ] as const)('%s needs %s', (action, expected) => {
    expect(requiredTextFor(action)).toBe(expected);
  });
});
