import { describe, expect, it } from '@jest/globals';
import { shortStatement, summariseStatements } from './sql-statements-summary.js';

describe('a statement on one line', () => {
  it.each([
    { query: 'SELECT 1', length: 100, expected: 'SELECT 1' },
    { query: '  SELECT a,\n         b\n\tFROM t  \n WHERE id = $1 ', length: 100, expected: 'SELECT a, b FROM t WHERE id = $1' },
    { query: 'SELECT abcdefghij FROM t', length: 10, expected: 'SELECT ab…' },
    { query: 'SELECT abc', length: 10, expected: 'SELECT abc' },
    { query: 'WITH x AS (\n  SELECT 1\n) SELECT * FROM x', length: 20, expected: 'WITH x AS ( SELECT …' },
  ])('$query cut to $length: $expected', ({ query, length, expected }) => {
    const line = shortStatement(query, length);
    expect(line).toBe(expected);
    expect(line.length).toBeLessThanOrEqual(length);
  });
});

describe('the statements of a window, per request', () => {
  const rows = [
    { query: 'INSERT INTO audit_event (a) VALUES ($1)', calls: 1_000, totalMs: 200 },
    { query: 'SELECT * FROM caseload WHERE user_id = $1', calls: 1_000, totalMs: 1_500 },
    { query: 'SELECT * FROM session WHERE id = $1', calls: 1_000, totalMs: 250 },
    { query: 'BEGIN', calls: 1_000, totalMs: 30 },
    { query: 'COMMIT', calls: 1_000, totalMs: 20 },
  ];

  it('lists the most expensive first, with calls per request, mean, total and share of the SQL time', () => {
    const summary = summariseStatements(rows, 1_000, { limit: 10, textLength: 100 });
    expect(summary.lines.map((line) => [line.text, line.callsPerRequest, line.meanMs, line.totalMs, line.share])).toEqual([
      ['SELECT * FROM caseload WHERE user_id = $1', 1, 1.5, 1_500, 0.75],
      ['SELECT * FROM session WHERE id = $1', 1, 0.25, 250, 0.125],
      ['INSERT INTO audit_event (a) VALUES ($1)', 1, 0.2, 200, 0.1],
      ['BEGIN', 1, 0.03, 30, 0.015],
      ['COMMIT', 1, 0.02, 20, 0.01],
    ]);
    expect(summary).toMatchObject({ rest: null, totalMs: 2_000, msPerRequest: 2, callsPerRequest: 5 });
  });

  it('puts the statements beyond the limit together, their share still part of the whole', () => {
    const summary = summariseStatements(rows, 500, { limit: 2, textLength: 100 });
    expect(summary.lines.map((line) => [line.totalMs, line.callsPerRequest])).toEqual([
      [1_500, 2],
      [250, 2],
    ]);
    expect(summary.rest).toEqual({ statements: 3, calls: 3_000, totalMs: 250, share: 0.125 });
    expect(summary).toMatchObject({ totalMs: 2_000, msPerRequest: 4, callsPerRequest: 10 });
  });

  it('gives shares of nothing when no statement took measurable time', () => {
    const summary = summariseStatements([{ query: 'SELECT 1', calls: 0, totalMs: 0 }], 10, { limit: 5, textLength: 100 });
    expect(summary.lines).toEqual([{ text: 'SELECT 1', callsPerRequest: 0, meanMs: 0, totalMs: 0, share: 0 }]);
  });

  it('refuses a window without requests rather than dividing by none', () => {
    expect(() => summariseStatements(rows, 0, { limit: 5, textLength: 100 })).toThrow('0 requests');
  });
});
