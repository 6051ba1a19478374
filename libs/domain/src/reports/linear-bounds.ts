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

/** [min, max] of variable `k`; undefined when the system has no solution. */
export function boundsOf(system: BoundedSystem, k: number): { min: number; max: number } | undefined {
  const n = system.low.length;
  const objective = (sign: number) => Array.from({ length: n }, (_, j) => (j === k ? sign : 0));
  const min = minimise(system, objective(1));
  if (min === undefined) return undefined;
  const negatedMax = minimise(system, objective(-1));
  if (negatedMax === undefined) return undefined;
  return { min, max: -negatedMax };
}

const EPSILON = 1e-9;

/** min c·x subject to the system; undefined when infeasible, −Infinity when unbounded below. */
export function minimise(system: BoundedSystem, c: readonly number[]): number | undefined {
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
  const phaseOne = Array<number>(width).fill(0);
  for (const line of tableau) for (let j = 0; j < width; j++) if (j < structural || j === width - 1) phaseOne[j] -= line[j];
  tableau.push(phaseOne);
  if (!pivotToOptimum(tableau, basis, structural + m)) return Number.NEGATIVE_INFINITY;
  if (-tableau[m][width - 1] > 1e-7) return undefined;
  for (let i = 0; i < m; i++) {
    if (basis[i] < structural) continue;
    const entering = tableau[i].findIndex((value, j) => j < structural && Math.abs(value) > EPSILON);
    if (entering !== -1) pivot(tableau, basis, i, entering);
  }

  // Phase 2: the objective, written in terms of the variables outside the basis.
  const objective = Array<number>(width).fill(0);
  c.forEach((value, j) => (objective[j] = value));
  basis.forEach((column, i) => {
    const cost = column < n ? c[column] : 0;
    if (cost !== 0) for (let j = 0; j < width; j++) objective[j] -= cost * tableau[i][j];
  });
  tableau[m] = objective;
  if (!pivotToOptimum(tableau, basis, structural)) return Number.NEGATIVE_INFINITY;
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
