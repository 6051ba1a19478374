/**
 * How far behind a replica is, in time, measured against the primary rather than the replica's
 * own clock or its last replayed commit: each health check notes where the primary's log was
 * (its flushed position, which is as far as a replica can get), and a replica that has not
 * replayed up to a position the primary had reached at time t is at least `now - t` behind.
 * An idle primary therefore never makes a replica look late, and a replica that stopped
 * receiving (cut off from the primary) does not look current.
 */
export class PrimaryPositionHistory {
  /** Each position the primary was first seen at, oldest first: positions and times both ascend. */
  private readonly samples: { readonly at: number; readonly position: bigint }[] = [];

  constructor(private readonly capacity = 1_024) {}

  /** The primary's position at time `at` (milliseconds). */
  record(at: number, position: bigint): void {
    const last = this.samples.at(-1);
    if (last !== undefined && position <= last.position) return;
    this.samples.push({ at, position });
    if (this.samples.length > this.capacity) this.samples.shift();
  }

  /**
   * Milliseconds since the primary first held something the replica has not replayed: 0 when it
   * has replayed everything seen so far. When it is behind even the oldest position kept, the
   * answer is the age of that position (a lower bound, already far beyond any sensible limit).
   */
  lagOf(replayed: bigint, now: number): number | undefined {
    if (this.samples.length === 0) return undefined;
    // The first sample the replica has not reached; the samples ascend, so search by halves.
    let low = 0;
    let high = this.samples.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.samples[middle].position <= replayed) low = middle + 1;
      else high = middle;
    }
    if (low === this.samples.length) return 0;
    return Math.max(0, now - this.samples[low].at);
  }
}

/** What the last health check of a replica found. */
export interface ReplicaObservation {
  /** When the check answered (milliseconds). */
  readonly checkedAt: number;
  /** False for a server that is not (or no longer) a standby: a promoted replica is not read from. */
  readonly inRecovery: boolean;
  /** The last position replayed; undefined before the replica has replayed anything. */
  readonly replayed: bigint | undefined;
  /** See PrimaryPositionHistory.lagOf; undefined before the primary's position is known. */
  readonly lagMs: number | undefined;
}

export interface ReplicaLimits {
  readonly now: number;
  readonly maxLagMs: number;
  /** An observation older than this is not trusted (the checks stopped answering or stalled). */
  readonly staleAfterMs: number;
}

export type ReplicaCondition = 'fit' | 'unchecked' | 'stale' | 'not-in-recovery' | 'behind';

/** Whether reads may go to the replica at all, from its last health check (undefined: it failed). */
export function replicaCondition(observation: ReplicaObservation | undefined, limits: ReplicaLimits): ReplicaCondition {
  if (observation === undefined) return 'unchecked';
  if (limits.now - observation.checkedAt > limits.staleAfterMs) return 'stale';
  if (!observation.inRecovery) return 'not-in-recovery';
  if (observation.replayed === undefined || observation.lagMs === undefined || observation.lagMs > limits.maxLagMs) return 'behind';
  return 'fit';
}

/**
 * Whether this read may go to the replica: it is fit and, when the caller wrote something
 * (`readAfter`, the primary's position after its last write), it has replayed that far.
 */
export function mayReadFrom(observation: ReplicaObservation | undefined, limits: ReplicaLimits, readAfter?: bigint): boolean {
  if (replicaCondition(observation, limits) !== 'fit') return false;
  return readAfter === undefined || (observation?.replayed !== undefined && observation.replayed >= readAfter);
}
