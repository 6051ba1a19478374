import { Injectable } from '@nestjs/common';
import { AGE_BANDS, GENDERS, SMALL_CELL_THRESHOLD, suppressLinkedTables, type CountTable, type PublishedCount, type ReportEventKind } from '#domain';
import type { ReportContext } from '../scope/report-context.js';
import {
  DISAGGREGATION_COLUMNS,
  DISAGGREGATION_DIMENSIONS,
  type DisaggregationColumn,
  type DisaggregationDimension,
  type DisaggregationReportView,
  type DisaggregationTableView,
  type PublishedCountView,
} from '../views/disaggregation.views.js';
import { DisaggregationRepository, type CharacteristicsCountRow } from './disaggregation.repository.js';

/** The steps each column counts (the files column counts files, not steps). */
const COLUMN_OF_KIND: ReadonlyMap<ReportEventKind, DisaggregationColumn> = new Map([
  ['filed-first', 'filed'],
  ['filed-subsequent', 'filed'],
  ['recognised', 'recognised'],
  ['complementary-protection', 'complementaryProtection'],
  ['refused', 'refused'],
] as const);

const UNKNOWN = 'unknown';

/** A row's key in each table, from the characteristics of the file. */
const KEY: Readonly<Record<DisaggregationDimension, (row: CharacteristicsCountRow) => string>> = {
  nationality: (row) => row.nationality ?? UNKNOWN,
  sex: (row) => row.gender ?? UNKNOWN,
  ageBand: (row) => row.ageBand,
  vulnerability: (row) => (row.vulnerable ? 'vulnerable' : 'not-vulnerable'),
};

/**
 * The rows each table always shows, in order (zeros name nobody); other keys found follow in
 * alphabetical order. Nationalities are only those found, alphabetically, "unknown" last.
 */
const FIXED_KEYS: Readonly<Record<DisaggregationDimension, readonly string[]>> = {
  nationality: [],
  sex: [...GENDERS, UNKNOWN],
  ageBand: AGE_BANDS,
  vulnerability: ['vulnerable', 'not-vulnerable'],
};

function published(count: PublishedCount): PublishedCountView {
  return count.kind === 'count' ? { kind: 'count', value: count.value } : { kind: count.kind, value: null };
}

@Injectable()
export class DisaggregationReport {
  constructor(private readonly disaggregation: DisaggregationRepository) {}

  /**
   * The year's tables by nationality, sex, age band and vulnerability, suppressed together:
   * they split the same files and steps, so they share their column totals and a count hidden
   * in one must not be recoverable from another.
   */
  async build(context: ReportContext, year: number): Promise<DisaggregationReportView> {
    const { manager, period, scope } = context;
    const rows = await context.cached('characteristics', () =>
      this.disaggregation.countsByCharacteristics(manager, scope.teamIds, period.firstDay, period.lastDay, [...COLUMN_OF_KIND.keys()]),
    );
    const tables: CountTable<string, DisaggregationColumn>[] = DISAGGREGATION_DIMENSIONS.map((dimension) => {
      const cells = new Map<string, number[]>(FIXED_KEYS[dimension].map((key) => [key, DISAGGREGATION_COLUMNS.map(() => 0)]));
      for (const row of rows) {
        const column = row.measure === 'files' ? 'files' : COLUMN_OF_KIND.get(row.measure as ReportEventKind);
        if (column === undefined) continue;
        const key = KEY[dimension](row);
        const counts = cells.get(key) ?? DISAGGREGATION_COLUMNS.map(() => 0);
        counts[DISAGGREGATION_COLUMNS.indexOf(column)] += row.count;
        cells.set(key, counts);
      }
      const fixed = FIXED_KEYS[dimension];
      const keys = [...cells.keys()].sort((a, b) => {
        const rank = (key: string) => (fixed.includes(key) ? fixed.indexOf(key) : key === UNKNOWN ? Number.MAX_SAFE_INTEGER : fixed.length);
        return rank(a) - rank(b) || a.localeCompare(b);
      });
      return { rows: keys, columns: DISAGGREGATION_COLUMNS, cells: keys.map((key) => cells.get(key)!) };
    });
    const suppressed = suppressLinkedTables(tables, SMALL_CELL_THRESHOLD);
    return {
      meta: context.meta,
      year,
      threshold: SMALL_CELL_THRESHOLD,
      tables: suppressed.map(
        (table, index): DisaggregationTableView => ({
          dimension: DISAGGREGATION_DIMENSIONS[index],
          columns: [...DISAGGREGATION_COLUMNS],
          rows: table.rows.map((key, row) => ({ key, cells: table.cells[row].map(published), total: published(table.rowTotals[row]) })),
          totals: table.columnTotals.map(published),
          total: published(table.total),
        }),
      ),
    };
  }
}
