import { boundsSolver } from './linear-bounds.js';

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
  return suppressLinkedTables([table], threshold)[0];
}

/**
 * Publishes tables that split one population by different characteristics (outcomes by
 * nationality, by sex, by age band …): the same columns, so the same column totals and grand
 * total. A reader sees them all at once, so they are suppressed as one system: each shared total
 * is one count, published identically in every table (withheld in one, withheld in all), and no
 * small count of any table can be worked out from everything the tables show together — a total
 * pinned down by one table and then used in another included.
 */
export function suppressLinkedTables<R extends string, C extends string>(tables: readonly CountTable<R, C>[], threshold = SMALL_CELL_THRESHOLD): PublishedTable<R, C>[] {
  if (!Number.isInteger(threshold) || threshold < 2) throw new RangeError('threshold must be a whole number from 2');
  if (tables.length === 0) return [];
  for (const table of tables) checkTable(table);
  const columns = tables[0].columns;
  const columnCount = columns.length;
  const columnSums = (table: CountTable) => columns.map((_, column) => sum(table.cells.map((row) => row[column])));
  const shared = columnSums(tables[0]);
  for (const table of tables.slice(1)) {
    if (table.columns.length !== columnCount || table.columns.some((label, column) => label !== columns[column])) {
      throw new RangeError('linked tables must have the same columns in the same order');
    }
    if (columnSums(table).some((value, column) => value !== shared[column])) {
      throw new RangeError('linked tables must have the same column totals: they split one population');
    }
  }

  // Every count the tables publish in one list: for each table its cells row by row and its row
  // totals; then the column totals and the grand total, which the tables share. The equations
  // name counts by their index here.
  const values: number[] = [];
  const layout = tables.map((table) => {
    const cellsAt = values.length;
    values.push(...table.cells.flat());
    const rowTotalsAt = values.length;
    values.push(...table.cells.map((row) => sum(row)));
    return { table, cellsAt, rowTotalsAt };
  });
  const columnTotalsAt = values.length;
  values.push(...shared);
  const grandTotal = values.length;
  values.push(sum(shared));
  const columnTotal = (column: number) => columnTotalsAt + column;

  const equations: Equation[] = [];
  const cellOf = (at: { cellsAt: number }, row: number, column: number) => at.cellsAt + row * columnCount + column;
  for (const at of layout) {
    at.table.rows.forEach((_, row) => equations.push({ parts: columns.map((_, column) => cellOf(at, row, column)), total: at.rowTotalsAt + row }));
  }
  for (const at of layout) {
    columns.forEach((_, column) => equations.push({ parts: at.table.rows.map((_, row) => cellOf(at, row, column)), total: columnTotal(column) }));
  }
  for (const at of layout) equations.push({ parts: at.table.rows.map((_, row) => at.rowTotalsAt + row), total: grandTotal });
  equations.push({ parts: columns.map((_, column) => columnTotal(column)), total: grandTotal });

  const { hidden, below } = suppress(values, equations, threshold);
  const publish = (index: number): PublishedCount =>
    below[index] ? { kind: 'below', threshold } : hidden[index] ? { kind: 'withheld' } : { kind: 'count', value: values[index] };
  const columnTotals = columns.map((_, column) => publish(columnTotal(column)));
  const total = publish(grandTotal);
  return layout.map((at) => ({
    rows: at.table.rows,
    columns: at.table.columns,
    cells: at.table.rows.map((_, row) => columns.map((_, column) => publish(cellOf(at, row, column)))),
    rowTotals: at.table.rows.map((_, row) => publish(at.rowTotalsAt + row)),
    columnTotals,
    total,
  }));
}

function checkTable(table: CountTable): void {
  if (table.cells.length !== table.rows.length || table.cells.some((row) => row.length !== table.columns.length)) {
    throw new RangeError('cells must have one row per row label and one count per column label');
  }
  for (const row of table.cells) {
    for (const count of row) if (!Number.isInteger(count) || count < 0) throw new RangeError(`counts are non-negative integers, got ${count}`);
  }
}

/** Which counts to show as "< threshold" and which to withhold, for counts tied by the equations. */
function suppress(values: readonly number[], equations: readonly Equation[], threshold: number): { hidden: boolean[]; below: boolean[] } {
  const below = values.map((value) => value > 0 && value < threshold);
  const hidden = [...below];
  // Withholding more only widens what a reader must allow for, so a count found safe stays safe:
  // it is not checked again (the linear programmes are the cost of this function).
  const safe = new Set<number>();
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
    const pinned = firstGivenAway(equations, values, hidden, below, threshold, safe);
    if (pinned === -1) break;
    const around = equations.filter((equation) => equation.total === pinned || equation.parts.includes(pinned));
    const candidates = around.flatMap((equation) => [...equation.parts, equation.total]);
    const complement = pickComplement(candidates, undefined, values, hidden) ?? pickComplement(values.map((_, index) => index), undefined, values, hidden);
    if (complement !== undefined) hidden[complement] = true;
    // Everything is withheld and "< 5" itself still gives it away (four "< 5" cells under a
    // total of "< 5" are each 1): the count is shown as withheld, which says nothing of its size.
    else below[pinned] = false;
  }
  return { hidden, below };
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
 * The first small count a reader could work out exactly, or −1: for each, its smallest and
 * largest possible values under every sum shown, "< threshold" meaning 1 to threshold − 1 and
 * "–" any count, as linear programmes; given away when only one whole number lies between them.
 * Counts found safe are added to `safe`.
 */
function firstGivenAway(equations: readonly Equation[], values: readonly number[], hidden: readonly boolean[], below: readonly boolean[], threshold: number, safe: Set<number>): number {
  const candidates = values.map((_, index) => index).filter((index) => below[index] && !safe.has(index));
  if (candidates.length === 0) return -1;
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
  const solve = boundsSolver({
    a,
    b,
    low: unknowns.map((i) => (below[i] ? 1 : 0)),
    high: unknowns.map((i) => (below[i] ? threshold - 1 : Number.POSITIVE_INFINITY)),
  });
  for (const index of candidates) {
    // No solution cannot happen (the true counts are one); it would give nothing away.
    const bounds = solve?.(position.get(index)!);
    if (bounds !== undefined && Math.ceil(bounds.min - 1e-6) >= Math.floor(bounds.max + 1e-6)) return index;
    safe.add(index);
  }
  return -1;
}

function sum(counts: readonly number[]): number {
  return counts.reduce((total, count) => total + count, 0);
}
