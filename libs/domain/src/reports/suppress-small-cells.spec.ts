import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { suppressSmallCells, type PublishedCount, type PublishedTable } from './suppress-small-cells.js';

/** The table as a reader sees it: numbers, "<5" and "–"; cells row by row, then |, the row totals, the column totals and the total. */
function shown(table: PublishedTable): string {
  const text = (count: PublishedCount) => (count.kind === 'count' ? String(count.value) : count.kind === 'below' ? `<${count.threshold}` : '–');
  return [table.cells.map((row) => row.map(text).join(' ')).join(' / '), table.rowTotals.map(text).join(' '), table.columnTotals.map(text).join(' '), text(table.total)].join(' | ');
}

const publish = (cells: number[][]) =>
  suppressSmallCells({
    rows: cells.map((_, row) => `r${row}`),
    columns: (cells[0] ?? []).map((_, column) => `c${column}`),
    cells,
  });

describe('suppressSmallCells', () => {
  it.each([
    ['nothing small: everything shown', [[10, 20], [30, 40]], '10 20 / 30 40 | 30 70 | 40 60 | 100'],
    ['zeros are shown: an empty cell names nobody', [[0, 20], [30, 0]], '0 20 / 30 0 | 20 30 | 30 20 | 50'],
    [
      'one small cell: its row and column each lose one more count, and the cell across from it goes too',
      [[1, 10], [10, 10]],
      '<5 – / – – | 11 20 | 11 20 | 31',
    ],
    [
      'a small row total is "< 5" too, and the row beneath is withheld so that neither column gives its cells away',
      [[1, 2], [30, 40]],
      '<5 <5 / – – | <5 – | 31 42 | 73',
    ],
    [
      'two small counts that could only be 4 and 4 under a shown 8: their column total is withheld too',
      [[4, 20], [4, 20]],
      '<5 – / <5 – | 24 24 | – – | 48',
    ],
    ['a single column: the smallest other count is withheld, with its row total', [[3], [12], [9]], '<5 / 12 / – | <5 12 – | 24 | 24'],
  ])('%s', (_case, cells, expected) => {
    expect(shown(publish(cells))).toBe(expected);
  });

  it('labels a small count "< 5" and a withheld one "–", never the other way round', () => {
    const table = publish([[2, 9], [9, 9]]);
    expect(table.cells[0][0]).toEqual({ kind: 'below', threshold: 5 });
    expect(table.cells[0][1]).toEqual({ kind: 'withheld' });
  });

  it('takes another threshold', () => {
    expect(shown(suppressSmallCells({ rows: ['a', 'b'], columns: ['x'], cells: [[7], [20]] }, 10))).toBe('<10 / – | <10 – | 27 | 27');
  });

  it('refuses negative or fractional counts and ragged rows', () => {
    expect(() => publish([[1, -1]])).toThrow(RangeError);
    expect(() => publish([[1.5, 2]])).toThrow(RangeError);
    expect(() => suppressSmallCells({ rows: ['a', 'b'], columns: ['x', 'y'], cells: [[1, 2], [3]] })).toThrow(RangeError);
  });

  it.each([
    ['a chain through a row and a column: 9 − "< 5" leaves 5 to 8, and its column of 6 then pins the other', [[5, 4], [1, 5]]],
    ['a combination of sums: one count is 3 more than another hidden one, and at most 4', [[0, 2, 0], [0, 1, 1], [1, 4, 2]]],
    ['four "< 5" cells under a total of "< 5": each would be 1', [[1, 1, 1], [1, 0, 0]]],
    ['a single person in the whole table', [[0, 0], [1, 0]]],
  ])('keeps a small count hidden when %s', (_case, cells) => {
    const table = publish(cells);
    for (const [label, values] of possibleValuesOfSmallCounts(table)) expect([label, values.size >= 2]).toEqual([label, true]);
  });

  // A reader who knows how the table was built: every "< 5" is 1 to 4, every "–" any count, and
  // every row, column and total adds up. For every table they could be looking at, each small
  // count must still have at least two possible values: none is ever recovered, even via totals.
  it('never lets a small count be worked out from the totals (every consistent table, exhaustively)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }).chain((rows) =>
          fc.integer({ min: 1, max: 3 }).chain((columns) =>
            fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 9 })), { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
          ),
        ),
        (cells) => {
          const table = publish(cells);
          for (const [label, values] of possibleValuesOfSmallCounts(table)) {
            if (values.size < 2) throw new Error(`${label} of ${JSON.stringify(cells)} is recoverable from ${shown(table)}`);
          }
        },
      ),
      { numRuns: 500, seed: 20261206 },
    );
  });
});

/** Every small ("below") count of the table, with the values it can take in any table consistent with what is shown. */
function possibleValuesOfSmallCounts(table: PublishedTable): Map<string, Set<number>> {
  const rows = table.cells.length;
  const columns = table.cells[0]?.length ?? 0;
  const known = (count: PublishedCount) => (count.kind === 'count' ? count.value : undefined);
  const total = known(table.total);
  // A withheld count is at most the grand total; when that is withheld too, the sum of the shown
  // totals bounds nothing, so the search allows up to what any table here can hold (3 × 3 × 9).
  const ceiling = total ?? 81;
  const fits = (count: PublishedCount, value: number) =>
    count.kind === 'count' ? value === count.value : count.kind === 'below' ? value >= 1 && value < count.threshold : value >= 0 && value <= ceiling;
  const candidates = table.cells.map((row) => row.map((count) => (count.kind === 'count' ? [count.value] : range(count.kind === 'below' ? 1 : 0, count.kind === 'below' ? count.threshold - 1 : ceiling))));

  const found = new Map<string, Set<number>>();
  const note = (label: string, count: PublishedCount, value: number) => {
    if (count.kind !== 'below') return;
    const values = found.get(label) ?? new Set<number>();
    values.add(value);
    found.set(label, values);
  };
  const grid: number[][] = Array.from({ length: rows }, () => Array<number>(columns).fill(0));
  const search = (index: number): void => {
    if (index === rows * columns) {
      const rowSums = grid.map((row) => row.reduce((a, b) => a + b, 0));
      const columnSums = range(0, columns - 1).map((column) => grid.reduce((a, row) => a + row[column], 0));
      const all = rowSums.reduce((a, b) => a + b, 0);
      if (!columnSums.every((value, column) => fits(table.columnTotals[column], value)) || !fits(table.total, all)) return;
      grid.forEach((row, r) => row.forEach((value, c) => note(`cell ${r},${c}`, table.cells[r][c], value)));
      rowSums.forEach((value, r) => note(`row total ${r}`, table.rowTotals[r], value));
      columnSums.forEach((value, c) => note(`column total ${c}`, table.columnTotals[c], value));
      note('total', table.total, all);
      return;
    }
    const row = Math.floor(index / columns);
    const column = index % columns;
    const rowKnown = known(table.rowTotals[row]) ?? ceiling;
    const columnKnown = known(table.columnTotals[column]) ?? ceiling;
    const rowSoFar = grid[row].slice(0, column).reduce((a, b) => a + b, 0);
    const columnSoFar = grid.slice(0, row).reduce((a, line) => a + line[column], 0);
    const allSoFar = grid.flat().slice(0, index).reduce((a, b) => a + b, 0);
    for (const value of candidates[row][column]) {
      // Partial sums only grow: stop as soon as one passes a total that is shown.
      if (rowSoFar + value > rowKnown || columnSoFar + value > columnKnown || allSoFar + value > ceiling) break;
      grid[row][column] = value;
      if (column === columns - 1 && !fits(table.rowTotals[row], rowSoFar + value)) continue;
      if (row === rows - 1 && !fits(table.columnTotals[column], columnSoFar + value)) continue;
      search(index + 1);
    }
    grid[row][column] = 0;
  };
  search(0);
  return found;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
