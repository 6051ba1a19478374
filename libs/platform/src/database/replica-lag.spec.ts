import { describe, expect, it } from '@jest/globals';
import { mayReadFrom, PrimaryPositionHistory, replicaCondition, type ReplicaObservation } from './replica-lag.js';

describe('PrimaryPositionHistory', () => {
  const history = () => {
    const h = new PrimaryPositionHistory();
    h.record(1_000, 100n);
    h.record(2_000, 100n); // idle primary: the position was first seen at 1 000
    h.record(3_000, 250n);
    h.record(4_000, 400n);
    return h;
  };

  it.each([
    { replayed: 400n, now: 4_100, lag: 0, why: 'replayed everything seen' },
    { replayed: 999n, now: 4_100, lag: 0, why: 'ahead of the last sample (the primary moved on since)' },
    { replayed: 399n, now: 4_100, lag: 100, why: 'missing what the primary had at 4 000' },
    { replayed: 250n, now: 4_100, lag: 100, why: 'at 250, missing 400' },
    { replayed: 100n, now: 4_100, lag: 1_100, why: 'missing what the primary had at 3 000' },
    { replayed: 50n, now: 4_100, lag: 3_100, why: 'behind the oldest sample: its age' },
  ])('$why: $lag ms', ({ replayed, now, lag }) => {
    expect(history().lagOf(replayed, now)).toBe(lag);
  });

  it('an idle primary does not make a caught-up replica look late', () => {
    const h = new PrimaryPositionHistory();
    h.record(0, 500n);
    for (let at = 1_000; at <= 60_000; at += 1_000) h.record(at, 500n);
    expect(h.lagOf(500n, 60_500)).toBe(0);
  });

  it('knows nothing before the first sample', () => {
    expect(new PrimaryPositionHistory().lagOf(0n, 1_000)).toBeUndefined();
  });

  it('keeps the newest samples only', () => {
    const h = new PrimaryPositionHistory(3);
    for (let i = 1; i <= 5; i += 1) h.record(i * 1_000, BigInt(i * 10));
    // Samples kept: 30 @ 3 000, 40 @ 4 000, 50 @ 5 000.
    expect(h.lagOf(5n, 6_000)).toBe(3_000);
    expect(h.lagOf(45n, 6_000)).toBe(1_000);
  });

  it('ignores a position that goes back (a sample answered out of order)', () => {
    const h = new PrimaryPositionHistory();
    h.record(1_000, 200n);
    h.record(2_000, 150n);
    expect(h.lagOf(199n, 2_500)).toBe(1_500);
  });
});

describe('replicaCondition and mayReadFrom', () => {
  const limits = { now: 10_000, maxLagMs: 2_000, staleAfterMs: 3_000 };
  const fit: ReplicaObservation = { checkedAt: 9_500, inRecovery: true, replayed: 1_000n, lagMs: 0 };

  it.each<{ observation: ReplicaObservation | undefined; condition: string }>([
    { observation: fit, condition: 'fit' },
    { observation: { ...fit, lagMs: 2_000 }, condition: 'fit' },
    { observation: { ...fit, lagMs: 2_001 }, condition: 'behind' },
    { observation: { ...fit, lagMs: undefined }, condition: 'behind' },
    { observation: { ...fit, replayed: undefined }, condition: 'behind' },
    { observation: { ...fit, inRecovery: false }, condition: 'not-in-recovery' },
    { observation: { ...fit, checkedAt: 6_999 }, condition: 'stale' },
    { observation: undefined, condition: 'unchecked' },
  ])('$condition', ({ observation, condition }) => {
    expect(replicaCondition(observation, limits)).toBe(condition);
    expect(mayReadFrom(observation, limits)).toBe(condition === 'fit');
  });

  it.each([
    { readAfter: undefined, allowed: true },
    { readAfter: 999n, allowed: true },
    { readAfter: 1_000n, allowed: true },
    { readAfter: 1_001n, allowed: false },
    { readAfter: (1n << 64n) - 1n, allowed: false },
  ])('reads after $readAfter from a replica at 1000: $allowed', ({ readAfter, allowed }) => {
    expect(mayReadFrom(fit, limits, readAfter)).toBe(allowed);
  });
});
