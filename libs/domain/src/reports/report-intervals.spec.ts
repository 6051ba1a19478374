import { describe, expect, it } from '@jest/globals';
import type { ReportEventKind } from './report-events.js';
import { applicationIntervals } from './report-intervals.js';

const at = (...steps: [ReportEventKind, string][]) => steps.map(([kind, eventOn]) => ({ kind, eventOn }));

describe('applicationIntervals', () => {
  it.each([
    ['nothing recorded', at(), []],
    ['filed, not yet decided', at(['filed-first', '2024-01-10']), []],
    ['filed and refused', at(['filed-first', '2023-01-10'], ['refused', '2024-03-01']), [['filed-to-decision', '2024-03-01', 416]]],
    [
      'the whole first round, given out of order',
      at(['review-dismissed', '2025-06-30'], ['refused', '2024-03-01'], ['filed-first', '2023-01-10'], ['review-requested', '2024-03-07']),
      [
        ['filed-to-decision', '2024-03-01', 416],
        ['decision-to-review-request', '2024-03-07', 6],
        ['review-to-decision', '2025-06-30', 480],
      ],
    ],
    ['a subsequent application decided the day it was filed', at(['filed-subsequent', '2024-05-01'], ['refused', '2024-05-01']), [['filed-to-decision', '2024-05-01', 0]]],
    ['CP granted: a decision too', at(['filed-first', '2024-01-01'], ['complementary-protection', '2024-07-01']), [['filed-to-decision', '2024-07-01', 182]]],
    [
      'the first decision counts, not the recognition after an upheld review',
      at(['filed-first', '2022-01-01'], ['refused', '2023-01-01'], ['review-requested', '2023-01-05'], ['review-upheld', '2023-12-01'], ['recognised', '2024-02-01']),
      [
        ['filed-to-decision', '2023-01-01', 365],
        ['decision-to-review-request', '2023-01-05', 4],
        ['review-to-decision', '2023-12-01', 330],
      ],
    ],
    [
      'only the first round: a second review after a won suit is not measured',
      at(
        ['filed-first', '2018-01-01'],
        ['refused', '2019-01-01'],
        ['review-requested', '2019-01-07'],
        ['review-dismissed', '2020-01-07'],
        ['refused', '2022-01-01'],
        ['review-requested', '2022-01-05'],
        ['review-rejected', '2022-06-01'],
      ),
      [
        ['filed-to-decision', '2019-01-01', 365],
        ['decision-to-review-request', '2019-01-07', 6],
        ['review-to-decision', '2020-01-07', 365],
      ],
    ],
    ['a decision dated before the filing is not its decision', at(['filed-first', '2024-02-01'], ['refused', '2024-01-01']), []],
    [
      'no filing on record (the NGO met the client later): the decision still starts the next interval',
      at(['refused', '2024-01-01'], ['review-requested', '2024-01-08'], ['review-dismissed', '2024-09-01']),
      [
        ['decision-to-review-request', '2024-01-08', 7],
        ['review-to-decision', '2024-09-01', 237],
      ],
    ],
    ['no decision on record (the client came mid-review)', at(['review-requested', '2024-01-08'], ['review-dismissed', '2024-09-01']), [['review-to-decision', '2024-09-01', 237]]],
    ['a request before the decision on record is not a request against it', at(['filed-first', '2023-01-01'], ['review-requested', '2023-06-01'], ['refused', '2024-01-01']), [['filed-to-decision', '2024-01-01', 365]]],
    ['a review decision before the request is not its decision', at(['review-dismissed', '2024-01-01'], ['review-requested', '2024-02-01']), []],
    ['steps that start no interval are ignored', at(['filed-first', '2024-01-01'], ['withdrawn', '2024-02-01'], ['detained', '2024-01-15']), []],
    ['across a leap day', at(['filed-first', '2024-02-28'], ['recognised', '2024-03-01']), [['filed-to-decision', '2024-03-01', 2]]],
  ])('%s', (_case, events, expected) => {
    expect(applicationIntervals(events).map(({ interval, endsOn, days }) => [interval, endsOn, days])).toEqual(expected);
  });

  it('refuses a malformed date', () => {
    expect(() => applicationIntervals(at(['filed-first', '2024-02-30']))).toThrow(RangeError);
  });
});
