import { describe, expect, it } from '@jest/globals';
import { boundsOf, boundsSolver, minimise, type BoundedSystem } from './linear-bounds.js';

const INF = Number.POSITIVE_INFINITY;

describe('boundsSolver', () => {
  it.each<[string, BoundedSystem, [number, number][]]>([
    // x + y = 9, x in 1..4, y ≥ 0: y is 5..8.
    ['a row of 9 with a "< 5"', { a: [[1, 1]], b: [9], low: [1, 0], high: [4, INF] }, [[1, 4], [5, 8]]],
    // x + y = 9, y + z = 6, x in 1..4, z in 0..∞: y ≤ 6 so x ≥ 3.
    ['a chain through a column', { a: [[1, 1, 0], [0, 1, 1]], b: [9, 6], low: [1, 0, 0], high: [4, INF, INF] }, [[3, 4], [5, 6], [0, 1]]],
    // x − y = 3, both 1..4: x is 4, y is 1.
    ['a difference that pins both', { a: [[1, -1]], b: [3], low: [1, 1], high: [4, 4] }, [[4, 4], [1, 1]]],
    ['no equation: the bounds themselves', { a: [], b: [], low: [1, 0], high: [4, 7] }, [[1, 4], [0, 7]]],
  ])('%s', (_case, system, expected) => {
    const solve = boundsSolver(system)!;
    expected.forEach(([min, max], k) => {
      const bounds = solve(k);
      expect([bounds.min, bounds.max].map((value) => Math.round(value * 1e9) / 1e9)).toEqual([min, max]);
      expect(boundsOf(system, k)).toEqual(bounds);
    });
  });

  it('says when the system has no solution', () => {
    const system = { a: [[1, 1]], b: [20], low: [1, 1], high: [4, 4] };
    expect(boundsSolver(system)).toBeUndefined();
    expect(boundsOf(system, 0)).toBeUndefined();
    expect(minimise(system, [1, 0])).toBeUndefined();
  });

  it('answers Infinity for a variable nothing bounds above', () => {
    expect(boundsSolver({ a: [[1, -1]], b: [0], low: [0, 0], high: [INF, INF] })!(0)).toEqual({ min: 0, max: INF });
  });
});
