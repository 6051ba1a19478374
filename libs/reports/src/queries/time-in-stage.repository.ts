import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlParams } from '#platform';
import { teamCondition } from './fact-filter.js';

export interface IntervalStatisticsRow {
  readonly year: number;
  readonly interval: string;
  readonly count: number;
  readonly median: number;
  readonly p90: number;
}

@Injectable()
export class TimeInStageRepository {
  /**
   * Per year the interval ended and kind of interval: how many, and the median and 90th
   * percentile of their days (interpolated, as percentileCont in libs/domain).
   */
  async statistics(manager: EntityManager, teamIds: readonly string[] | null, firstDay: string, lastDay: string): Promise<IntervalStatisticsRow[]> {
    const params = new SqlParams();
    return manager.query<IntervalStatisticsRow[]>(
      `SELECT extract(year FROM ends_on)::int AS year, "interval", count(*)::int AS count,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY days) AS p90
         FROM report_interval_fact
        WHERE ends_on BETWEEN ${params.add(firstDay)}::date AND ${params.add(lastDay)}::date
          AND ${teamCondition('team_id', teamIds, params)}
        GROUP BY 1, 2`,
      params.values,
    );
  }
}
