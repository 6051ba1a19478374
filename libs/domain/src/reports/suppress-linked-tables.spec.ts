import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { suppressLinkedTables, suppressSmallCells, type CountTable, type PublishedCount, type PublishedTable } from './suppress-small-cells.js';

const table = (cells: number[][], columns = (cells[0] ?? []).map((_, column) => `c${column}`)): CountTable => ({ rows: cells.map((_, row) => `r${row}`), columns, cells });

/** The table as a reader sees it: numbers, "<5" and "–"; cells row by row, then |, the row totals, the column totals and the total. */
function shown(published: PublishedTable): string {
  const text = (count: PublishedCount) => (count.kind === 'count' ? String(count.value) : count.kind === 'below' ? `<${count.threshold}` : '–');
  return [published.cells.map((row) => row.map(text).join(' ')).join(' / '), published.rowTotals.map(text).join(' '), published.columnTotals.map(text).join(' '), text(published.total)].join(' | ');
}

describe('suppressLinkedTables', () => {
  it.each([
    ['nothing small: both shown whole', [[10, 20], [30, 40]], [[15, 25], [25, 35]], ['10 20 / 30 40 | 30 70 | 40 60 | 100', '15 25 / 25 35 | 40 60 | 40 60 | 100']],
    [
      // Alone, the second table shows 8: with it, the first table's "< 5" + "< 5" = 8 gives 4 and 4 away.
      'a total one table withholds is withheld in the other, with the cells that equal it',
      [[4, 20], [4, 20]],
      [[8, 40]],
      ['<5 – / <5 – | 24 24 | – – | 48', '– – | 48 | – – | 48'],
    ],
    [
      // The second table's 5 goes with its column total of 20, then its 15 (the 0 beside it hides
      // nothing), then its row totals: else 20 − 15 would give the 5 back and 8 − 5 the 3.
      'a small column total is "< 5" in every table, and what would give the other total away goes',
      [[1, 10], [2, 10]],
      [[3, 5], [0, 15]],
      ['<5 – / <5 – | 11 12 | <5 – | 23', '<5 – / 0 – | – – | <5 – | 23'],
    ],
  ])('%s', (_case, first, second, expected) => {
    expect(suppressLinkedTables([table(first), table(second)]).map(shown)).toEqual(expected);
  });

  it('publishes one table as suppressSmallCells does', () => {
    const cells = [[5, 4], [1, 5]];
    expect(suppressLinkedTables([table(cells)]).map(shown)).toEqual([shown(suppressSmallCells(table(cells)))]);
  });

  it('answers nothing for no tables', () => {
    expect(suppressLinkedTables([])).toEqual([]);
  });

  it('refuses tables that do not split the same population', () => {
    expect(() => suppressLinkedTables([table([[1, 2]]), table([[1, 3]])])).toThrow(RangeError);
    expect(() => suppressLinkedTables([table([[1, 2]]), table([[1, 2]], ['a', 'b'])])).toThrow(RangeError);
    expect(() => suppressLinkedTables([table([[1, 2]]), table([[3]])])).toThrow(RangeError);
    expect(() => suppressLinkedTables([table([[1, -2]]), table([[1, -2]])])).toThrow(RangeError);
  });

  // A reader who sees both tables and knows how they were built: every "< 5" is 1 to 4, every
  // "–" any count, every row, column and total adds up, and the column totals and the total are
  // the same counts in both. For every pair of tables they could be looking at, each small count
  // must still have at least two possible values.
  it('never lets a small count be worked out from both tables together (every consistent pair, exhaustively)', () => {
    fc.assert(
      fc.property(linkedPair(), ([first, second]) => {
        const published = suppressLinkedTables([table(first), table(second)]);
        expect(shown(published[0]).split(' | ').slice(2)).toEqual(shown(published[1]).split(' | ').slice(2));
        for (const [label, values] of possibleValuesOfSmallCounts(published[0], published[1])) {
          if (values.size < 2) throw new Error(`${label} of ${JSON.stringify([first, second])} is recoverable from ${published.map(shown).join(' ; ')}`);
        }
      }),
      { numRuns: 300, seed: 20261214 },
    );
  });
});

/** Two tables of one population: the second re-splits each column of the first among its own rows. */
function linkedPair(): fc.Arbitrary<[number[][], number[][]]> {
  const count = fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 9 }));
  return fc.integer({ min: 1, max: 2 }).chain((columns) =>
    fc
      .tuple(
        fc.integer({ min: 1, max: 3 }).chain((rows) => fc.array(fc.array(count, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows })),
        fc.integer({ min: 1, max: 3 }).chain((rows) => fc.array(fc.array(count, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows })),
      )
      .map(([first, draws]): [number[][], number[][]] => {
        const second = draws.map((row) => [...row]);
        for (let column = 0; column < columns; column++) {
          let left = first.reduce((sum, row) => sum + row[column], 0);
          second.forEach((row, index) => {
            row[column] = index === second.length - 1 ? left : Math.min(row[column], left);
            left -= row[column];
          });
        }
        return [first, second];
      }),
  );
}

/** Every small count of the two tables, with the values it can take in any pair consistent with what is shown. */
function possibleValuesOfSmallCounts(first: PublishedTable, second: PublishedTable): Map<string, Set<number>> {
  const known = (count: PublishedCount) => (count.kind === 'count' ? count.value : undefined);
  // A withheld count is at most the total; when that is withheld too, at most what the first
  // table can hold (3 rows × 2 columns × 9).
  const ceiling = known(first.total) ?? 54;
  const found = new Map<string, Set<number>>();
  const note = (label: string, count: PublishedCount, value: number) => {
    if (count.kind !== 'below') return;
    const values = found.get(label) ?? new Set<number>();
    values.add(value);
    found.set(label, values);
  };
  const firstGrids = new Map<string, number[][][]>();
  for (const grid of consistentGrids(first, ceiling)) {
    const key = columnSums(grid).join(',');
    firstGrids.set(key, [...(firstGrids.get(key) ?? []), grid]);
  }
  for (const grid of consistentGrids(second, ceiling)) {
    const sums = columnSums(grid);
    for (const match of firstGrids.get(sums.join(',')) ?? []) {
      for (const [name, published, cells] of [['first', first, match], ['second', second, grid]] as const) {
        cells.forEach((row, r) => {
          row.forEach((value, c) => note(`${name} cell ${r},${c}`, published.cells[r][c], value));
          note(`${name} row total ${r}`, published.rowTotals[r], row.reduce((a, b) => a + b, 0));
        });
      }
      sums.forEach((value, c) => note(`column total ${c}`, first.columnTotals[c], value));
      note('total', first.total, sums.reduce((a, b) => a + b, 0));
    }
  }
  return found;
}

function columnSums(grid: readonly (readonly number[])[]): number[] {
  return (grid[0] ?? []).map((_, column) => grid.reduce((sum, row) => sum + row[column], 0));
}

/** Every grid of counts that fits one published table on its own: its cells, row totals, column totals and total. */
function consistentGrids(published: PublishedTable, ceiling: number): number[][][] {
  const rows = published.cells.length;
  const columns = published.cells[0]?.length ?? 0;
  const known = (count: PublishedCount) => (count.kind === 'count' ? count.value : undefined);
  const fits = (count: PublishedCount, value: number) =>
    count.kind === 'count' ? value === count.value : count.kind === 'below' ? value >= 1 && value < count.threshold : value >= 0 && value <= ceiling;
  const candidates = published.cells.map((row) =>
    row.map((count) => (count.kind === 'count' ? [count.value] : range(count.kind === 'below' ? 1 : 0, count.kind === 'below' ? count.threshold - 1 : ceiling))),
  );
  const grids: number[][][] = [];
  const grid: number[][] = Array.from({ length: rows }, () => Array<number>(columns).fill(0));
  const search = (index: number): void => {
    if (index === rows * columns) {
      const all = grid.flat().reduce((a, b) => a + b, 0);
      if (fits(published.total, all)) grids.push(grid.map((row) => [...row]));
      return;
    }
    const row = Math.floor(index / columns);
    const column = index % columns;
    const rowSoFar = grid[row].slice(0, column).reduce((a, b) => a + b, 0);
    const columnSoFar = grid.slice(0, row).reduce((a, line) => a + line[column], 0);
    const allSoFar = grid.flat().slice(0, index).reduce((a, b) => a + b, 0);
    for (const value of candidates[row][column]) {
      // Partial sums only grow: stop as soon as one passes a total that is shown.
      if (rowSoFar + value > (known(published.rowTotals[row]) ?? ceiling) || columnSoFar + value > (known(published.columnTotals[column]) ?? ceiling) || allSoFar + value > ceiling) break;
      grid[row][column] = value;
      if (column === columns - 1 && !fits(published.rowTotals[row], rowSoFar + value)) continue;
      if (row === rows - 1 && !fits(published.columnTotals[column], columnSoFar + value)) continue;
      search(index + 1);
    }
    grid[row][column] = 0;
  };
  search(0);
  return grids;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
