/**
 * The smallest and largest value one variable can take under linear equalities and bounds:
 * `A x = b`, `low ≤ x ≤ high` (high may be Infinity), solved as two linear programmes by the
 * two-phase simplex method with Bland's rule (no cycling). Small dense problems only: the
 * published tables of a report (tens of rows, tens of hidden counts).
 */

export interface BoundedSystem {
  /** One row per equation, one coefficient per variable. */
  readonly a: readonly (readonly number[])[];
  readonly b: readonly number[];
  readonly low: readonly number[];
  readonly high: readonly number[];
}

const EPSILON = 1e-9;

/** [min, max] of variable `k`; undefined when the system has no solution. */
export function boundsOf(system: BoundedSystem, k: number): { min: number; max: number } | undefined {
  return boundsSolver(system)?.(k);
}

/**
 * A function answering [min, max] of any variable of the system, or undefined when the system has
 * no solution. The feasible starting point (phase 1) is found once and each question only runs
 * phase 2 from it: asking about many variables of one system costs little more than asking once.
 */
export function boundsSolver(system: BoundedSystem): ((k: number) => { min: number; max: number }) | undefined {
  const feasible = phaseOne(system);
  if (feasible === undefined) return undefined;
  const n = system.low.length;
  const objective = (k: number, sign: number) => Array.from({ length: n }, (_, j) => (j === k ? sign : 0));
  return (k) => ({ min: phaseTwo(feasible, system, objective(k, 1)), max: -phaseTwo(feasible, system, objective(k, -1)) });
}

/** min c·x subject to the system; undefined when infeasible, −Infinity when unbounded below. */
export function minimise(system: BoundedSystem, c: readonly number[]): number | undefined {
  const feasible = phaseOne(system);
  return feasible === undefined ? undefined : phaseTwo(feasible, system, c);
}

/** A tableau whose basis is a feasible solution, with the shape of the problem it came from. */
interface Feasible {
  readonly tableau: readonly (readonly number[])[];
  readonly basis: readonly number[];
  /** Columns of the structural variables: the system's own, then one slack per finite upper bound. */
  readonly structural: number;
  /** Phase 1 ended unbounded (cannot happen for a sum of non-negative artificials; kept as a guard). */
  readonly unbounded: boolean;
}

function phaseOne(system: BoundedSystem): Feasible | undefined {
  const n = system.low.length;
  // x = low + y, y ≥ 0; each finite upper bound becomes a row y_j + s_j = high_j − low_j.
  const bounded = Array.from({ length: n }, (_, j) => j).filter((j) => Number.isFinite(system.high[j]));
  const rows: number[][] = [];
  const rhs: number[] = [];
  system.a.forEach((row, i) => {
    rows.push([...row, ...bounded.map(() => 0)]);
    rhs.push(system.b[i] - row.reduce((total, coefficient, j) => total + coefficient * system.low[j], 0));
  });
  bounded.forEach((j, s) => {
    const row = Array<number>(n + bounded.length).fill(0);
    row[j] = 1;
    row[n + s] = 1;
    rows.push(row);
    rhs.push(system.high[j] - system.low[j]);
  });
  const m = rows.length;
  const structural = n + bounded.length;
  const width = structural + m + 1;
  // The tableau: m constraint rows (each with its own artificial variable), then the objective row.
  const tableau = rows.map((row, i) => {
    const sign = rhs[i] < 0 ? -1 : 1;
    const line = Array<number>(width).fill(0);
    row.forEach((value, j) => (line[j] = sign * value));
    line[structural + i] = 1;
    line[width - 1] = sign * rhs[i];
    return line;
  });
  const basis = Array.from({ length: m }, (_, i) => structural + i);

  // Phase 1: minimise the sum of the artificial variables.
  const phaseOneRow = Array<number>(width).fill(0);
  for (const line of tableau) for (let j = 0; j < width; j++) if (j < structural || j === width - 1) phaseOneRow[j] -= line[j];
  tableau.push(phaseOneRow);
  if (!pivotToOptimum(tableau, basis, structural + m)) return { tableau, basis, structural, unbounded: true };
  if (-tableau[m][width - 1] > 1e-7) return undefined;
  for (let i = 0; i < m; i++) {
    if (basis[i] < structural) continue;
    const entering = tableau[i].findIndex((value, j) => j < structural && Math.abs(value) > EPSILON);
    if (entering !== -1) pivot(tableau, basis, i, entering);
  }
  return { tableau, basis, structural, unbounded: false };
}

/** Phase 2 from a copy of the feasible tableau: min c·x, −Infinity when unbounded below. */
function phaseTwo(feasible: Feasible, system: BoundedSystem, c: readonly number[]): number {
  if (feasible.unbounded) return Number.NEGATIVE_INFINITY;
  const n = system.low.length;
  const tableau = feasible.tableau.map((line) => [...line]);
  const basis = [...feasible.basis];
  const m = basis.length;
  const width = tableau[0].length;
  // The objective, written in terms of the variables outside the basis.
  const objective = Array<number>(width).fill(0);
  c.forEach((value, j) => (objective[j] = value));
  basis.forEach((column, i) => {
    const cost = column < n ? c[column] : 0;
    if (cost !== 0) for (let j = 0; j < width; j++) objective[j] -= cost * tableau[i][j];
  });
  tableau[m] = objective;
  if (!pivotToOptimum(tableau, basis, feasible.structural)) return Number.NEGATIVE_INFINITY;
  const constant = c.reduce((total, value, j) => total + value * system.low[j], 0);
  return -tableau[m][width - 1] + constant;
}

/** Pivots until no column before `columns` improves the objective; false when unbounded. */
function pivotToOptimum(tableau: number[][], basis: number[], columns: number): boolean {
  const m = basis.length;
  const last = tableau[0].length - 1;
  for (;;) {
    const entering = tableau[m].findIndex((value, j) => j < columns && value < -EPSILON);
    if (entering === -1) return true;
    let leaving = -1;
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < m; i++) {
      const coefficient = tableau[i][entering];
      if (coefficient <= EPSILON) continue;
      const ratio = tableau[i][last] / coefficient;
      if (ratio < best - EPSILON || (Math.abs(ratio - best) <= EPSILON && basis[i] < basis[leaving])) {
        best = ratio;
        leaving = i;
      }
    }
    if (leaving === -1) return false;
    pivot(tableau, basis, leaving, entering);
  }
}

function pivot(tableau: number[][], basis: number[], row: number, column: number): void {
  const pivotRow = tableau[row];
  const factor = pivotRow[column];
  for (let j = 0; j < pivotRow.length; j++) pivotRow[j] /= factor;
  for (let i = 0; i < tableau.length; i++) {
    if (i === row) continue;
    const line = tableau[i];
    const multiple = line[column];
    if (Math.abs(multiple) <= EPSILON) continue;
    for (let j = 0; j < line.length; j++) line[j] -= multiple * pivotRow[j];
  }
  basis[row] = column;
}
