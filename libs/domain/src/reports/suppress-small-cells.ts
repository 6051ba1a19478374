import { boundsOf } from './linear-bounds.js';

/**
 * Small-cell suppression for published counts, as UNHCR publishes statistics: a count from 1 to
 * `threshold - 1` would point at a handful of people, so it is shown as "< threshold"; and as a
 * count hidden in a row, a column or a total could be worked out from the others (the total
 * minus the cells shown), other counts are withheld too, until every sum a reader can see has at
 * least two unknowns in it or none. Zeros are shown: an empty cell names nobody.
 */

/** A count as published. */
export type PublishedCount =
  | { readonly kind: 'count'; readonly value: number }
  /** Between 1 and threshold − 1: shown as "< 5". */
  | { readonly kind: 'below'; readonly threshold: number }
  /** Withheld so that a "below" count cannot be recovered by subtraction: shown as "–". */
  | { readonly kind: 'withheld' };

/** Counts by row and column (e.g. outcomes by nationality), before publication. */
export interface CountTable<R extends string = string, C extends string = string> {
  readonly rows: readonly R[];
  readonly columns: readonly C[];
  /** cells[row][column], non-negative integers. */
  readonly cells: readonly (readonly number[])[];
}

export interface PublishedTable<R extends string = string, C extends string = string> {
  readonly rows: readonly R[];
  readonly columns: readonly C[];
  readonly cells: readonly (readonly PublishedCount[])[];
  readonly rowTotals: readonly PublishedCount[];
  readonly columnTotals: readonly PublishedCount[];
  readonly total: PublishedCount;
}

/** The threshold UNHCR and most statistical offices use: counts of 1 to 4 are not shown. */
export const SMALL_CELL_THRESHOLD = 5;

/** One published sum: its members add up to its total. */
interface Equation {
  readonly parts: readonly number[];
  readonly total: number;
}

/**
 * Publishes a table with its row, column and grand totals so that no count from 1 to
 * threshold − 1 appears, nor can be derived from what does appear through any row, column or
 * total. Withholds as little as it can: where a sum gives a hidden count away, it hides the
 * smallest other non-zero count of that sum (an inner cell rather than a total where it can).
 */
export function suppressSmallCells<R extends string, C extends string>(table: CountTable<R, C>, threshold = SMALL_CELL_THRESHOLD): PublishedTable<R, C> {
  const rowCount = table.rows.length;
  const columnCount = table.columns.length;
  if (table.cells.length !== rowCount || table.cells.some((row) => row.length !== columnCount)) {
    throw new RangeError('cells must have one row per row label and one count per column label');
  }
  for (const row of table.cells) {
    for (const count of row) if (!Number.isInteger(count) || count < 0) throw new RangeError(`counts are non-negative integers, got ${count}`);
  }

  // Every count of the published table in one list: the cells row by row, then the row totals,
  // the column totals and the grand total. The equations name counts by their index here.
  const values: number[] = table.cells.flat();
  const cell = (row: number, column: number) => row * columnCount + column;
  const rowTotal = (row: number) => rowCount * columnCount + row;
  const columnTotal = (column: number) => rowCount * columnCount + rowCount + column;
  const grandTotal = rowCount * columnCount + rowCount + columnCount;
  for (let row = 0; row < rowCount; row++) values.push(sum(table.cells[row]));
  for (let column = 0; column < columnCount; column++) values.push(sum(table.cells.map((row) => row[column])));
  values.push(sum(table.cells.flat()));

  const equations: Equation[] = [];
  for (let row = 0; row < rowCount; row++) equations.push({ parts: table.columns.map((_, column) => cell(row, column)), total: rowTotal(row) });
  for (let column = 0; column < columnCount; column++) equations.push({ parts: table.rows.map((_, row) => cell(row, column)), total: columnTotal(column) });
  equations.push({ parts: table.rows.map((_, row) => rowTotal(row)), total: grandTotal });
  equations.push({ parts: table.columns.map((_, column) => columnTotal(column)), total: grandTotal });

  const below = values.map((value) => value > 0 && value < threshold);
  const hidden = [...below];
  for (;;) {
    for (let changed = true; changed; ) {
      changed = false;
      for (const equation of equations) {
        if (!exposes(equation, values, hidden, below, threshold)) continue;
        const complement = pickComplement(equation.parts, equation.total, values, hidden);
        if (complement === undefined) continue;
        hidden[complement] = true;
        changed = true;
      }
    }
    // Sums taken together can still pin a count ("< 5" says 1 to 4: a row of 9 with a "< 5"
    // leaves its other hidden count 5 to 8, which its column may then pin): withhold one more
    // count beside any small one a reader could work out.
    const pinned = values.findIndex((_, index) => below[index] && givenAway(index, equations, values, hidden, below, threshold));
    if (pinned === -1) break;
    const around = equations.filter((equation) => equation.total === pinned || equation.parts.includes(pinned));
    const candidates = around.flatMap((equation) => [...equation.parts, equation.total]);
    const complement = pickComplement(candidates, undefined, values, hidden) ?? pickComplement(values.map((_, index) => index), undefined, values, hidden);
    if (complement !== undefined) hidden[complement] = true;
    // Everything is withheld and "< 5" itself still gives it away (four "< 5" cells under a
    // total of "< 5" are each 1): the count is shown as withheld, which says nothing of its size.
    else below[pinned] = false;
  }

  const publish = (index: number): PublishedCount =>
    below[index] ? { kind: 'below', threshold } : hidden[index] ? { kind: 'withheld' } : { kind: 'count', value: values[index] };
  return {
    rows: table.rows,
    columns: table.columns,
    cells: table.rows.map((_, row) => table.columns.map((_, column) => publish(cell(row, column)))),
    rowTotals: table.rows.map((_, row) => publish(rowTotal(row))),
    columnTotals: table.columns.map((_, column) => publish(columnTotal(column))),
    total: publish(grandTotal),
  };
}

/**
 * Whether a sum gives a hidden count away: it has exactly one hidden member (the total minus the
 * others), or its hidden members are all "below" counts whose known sum can only be reached one
 * way (k of them adding up to k, all ones, or to k × (threshold − 1), all at the limit).
 */
function exposes(equation: Equation, values: readonly number[], hidden: readonly boolean[], below: readonly boolean[], threshold: number): boolean {
  const members = [...equation.parts, equation.total];
  const hiddenMembers = members.filter((index) => hidden[index]);
  if (hiddenMembers.length === 0) return false;
  if (hiddenMembers.length === 1) return true;
  if (hidden[equation.total] || hiddenMembers.some((index) => !below[index])) return false;
  const hiddenSum = sum(hiddenMembers.map((index) => values[index]));
  return hiddenSum === hiddenMembers.length || hiddenSum === hiddenMembers.length * (threshold - 1);
}

/**
 * The count to withhold beside a hidden one: the smallest non-zero shown count among `members`,
 * else the sum's total when it is shown and not zero, else a shown zero. Undefined when nothing
 * is left to hide.
 */
function pickComplement(members: readonly number[], total: number | undefined, values: readonly number[], hidden: readonly boolean[]): number | undefined {
  const shown = [...new Set(members)].filter((index) => !hidden[index]);
  const nonZero = shown.filter((index) => values[index] > 0).sort((a, b) => values[a] - values[b] || a - b);
  if (nonZero.length > 0) return nonZero[0];
  if (total !== undefined && !hidden[total] && values[total] > 0) return total;
  return shown[0] ?? (total !== undefined && !hidden[total] ? total : undefined);
}

/**
 * Whether a reader could work out a small count exactly: its smallest and largest possible
 * values, under every sum shown, "< threshold" meaning 1 to threshold − 1 and "–" any count, as
 * linear programmes; given away when only one whole number lies between them.
 */
function givenAway(index: number, equations: readonly Equation[], values: readonly number[], hidden: readonly boolean[], below: readonly boolean[], threshold: number): boolean {
  const unknowns = values.map((_, i) => i).filter((i) => hidden[i]);
  const position = new Map(unknowns.map((i, at) => [i, at]));
  const a: number[][] = [];
  const b: number[] = [];
  for (const equation of equations) {
    const row = Array<number>(unknowns.length).fill(0);
    let constant = 0;
    for (const part of equation.parts) {
      if (hidden[part]) row[position.get(part)!] += 1;
      else constant -= values[part];
    }
    if (hidden[equation.total]) row[position.get(equation.total)!] -= 1;
    else constant += values[equation.total];
    if (row.some((coefficient) => coefficient !== 0)) {
      a.push(row);
      b.push(constant);
    }
  }
  const bounds = boundsOf(
    {
      a,
      b,
      low: unknowns.map((i) => (below[i] ? 1 : 0)),
      high: unknowns.map((i) => (below[i] ? threshold - 1 : Number.POSITIVE_INFINITY)),
    },
    position.get(index)!,
  );
  return bounds !== undefined && Math.ceil(bounds.min - 1e-6) >= Math.floor(bounds.max + 1e-6);
}

function sum(counts: readonly number[]): number {
  return counts.reduce((total, count) => total + count, 0);
}
