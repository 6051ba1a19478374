import { describe, expect, it } from '@jest/globals';
import { deadlineOutcome } from './deadline-outcome.js';

describe('deadlineOutcome', () => {
  it.each([
    ['met before the due date', 'met', '2024-05-10', '2024-05-08', 'met-on-time'],
    ['met on the due date: its last day', 'met', '2024-05-10', '2024-05-10', 'met-on-time'],
    ['met the day after', 'met', '2024-05-10', '2024-05-11', 'met-late'],
    ['met, no date recorded', 'met', '2024-05-10', null, 'met-on-time'],
    ['waived', 'waived', '2024-05-10', '2024-05-01', 'waived'],
    ['missed', 'missed', '2024-05-10', '2024-05-11', 'missed'],
    ['open, due before the report day', 'open', '2024-05-31', null, 'overdue'],
    ['open, due on the report day: still time', 'open', '2024-06-01', null, 'open'],
    ['open, due later', 'open', '2024-07-01', null, 'open'],
    ['superseded: its successor is counted', 'superseded', '2024-05-10', null, null],
  ] as const)('%s', (_case, status, dueDate, resolvedOn, expected) => {
    expect(deadlineOutcome({ status, dueDate, resolvedOn, asOfDate: '2024-06-01' })).toBe(expected);
  });

  it('refuses malformed dates', () => {
    expect(() => deadlineOutcome({ status: 'open', dueDate: '2024-02-30', resolvedOn: null, asOfDate: '2024-06-01' })).toThrow(RangeError);
    expect(() => deadlineOutcome({ status: 'met', dueDate: '2024-02-03', resolvedOn: 'yesterday', asOfDate: '2024-06-01' })).toThrow(RangeError);
    expect(() => deadlineOutcome({ status: 'open', dueDate: '2024-02-03', resolvedOn: null, asOfDate: '' })).toThrow(RangeError);
  });
});
