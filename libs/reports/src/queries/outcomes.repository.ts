import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlParams } from '#platform';
import { teamCondition } from './fact-filter.js';

export interface EventCountRow {
  /** '2024' or '2024-Q1'. */
  readonly bucket: string;
  readonly kind: string;
  readonly count: number;
}

/** The bucket's first day (date_trunc) and how it is written, as periodBucket in libs/domain writes it. */
const BUCKETS = { year: { unit: 'year', format: 'YYYY' }, quarter: { unit: 'quarter', format: 'YYYY-"Q"Q' } } as const;

@Injectable()
export class OutcomesRepository {
  /** Procedure steps by year or quarter and kind, dated from `firstDay` to `lastDay` included. */
  async countsByBucket(
    manager: EntityManager,
    teamIds: readonly string[] | null,
    firstDay: string,
    lastDay: string,
    granularity: keyof typeof BUCKETS,
  ): Promise<EventCountRow[]> {
    const params = new SqlParams();
    // Counted per bucket first and written after: to_char on every row costs more than the count.
    return manager.query<EventCountRow[]>(
      `SELECT to_char(bucket, ${params.add(BUCKETS[granularity].format)}) AS bucket, kind, count
         FROM (SELECT date_trunc(${params.add(BUCKETS[granularity].unit)}::text, event_on::timestamp) AS bucket, kind, count(*)::int AS count
                 FROM report_event_fact
                WHERE event_on BETWEEN ${params.add(firstDay)}::date AND ${params.add(lastDay)}::date
                  AND ${teamCondition('team_id', teamIds, params)}
                GROUP BY 1, 2) counted`,
      params.values,
    );
  }
}
