import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlParams } from '#platform';
import { teamCondition } from './fact-filter.js';

/** Counts of one combination of characteristics: files active in the year, or one kind of step. */
export interface CharacteristicsCountRow {
  readonly nationality: string | null;
  readonly gender: string | null;
  readonly ageBand: string;
  readonly vulnerable: boolean;
  /** 'files', or the ReportEventKind counted. */
  readonly measure: string;
  readonly count: number;
}

@Injectable()
export class DisaggregationRepository {
  /**
   * For each combination of nationality, sex, age band and vulnerability: the files active from
   * `firstDay` to `lastDay` (opened by its end, not closed before its start), and the steps of
   * `kinds` dated in it, by the characteristics of the file they belong to.
   */
  async countsByCharacteristics(
    manager: EntityManager,
    teamIds: readonly string[] | null,
    firstDay: string,
    lastDay: string,
    kinds: readonly string[],
  ): Promise<CharacteristicsCountRow[]> {
    const params = new SqlParams();
    const first = params.add(firstDay);
    const last = params.add(lastDay);
    return manager.query<CharacteristicsCountRow[]>(
      `SELECT nationality, gender, age_band AS "ageBand", vulnerable, 'files' AS measure, count(*)::int AS count
         FROM report_file_fact
        WHERE opened_on <= ${last}::date AND (closed_on IS NULL OR closed_on >= ${first}::date)
          AND ${teamCondition('team_id', teamIds, params)}
        GROUP BY 1, 2, 3, 4
       UNION ALL
       SELECT f.nationality, f.gender, f.age_band, f.vulnerable, e.kind, count(*)::int
         FROM report_event_fact e
         JOIN report_file_fact f ON f.client_id = e.client_id
        WHERE e.event_on BETWEEN ${first}::date AND ${last}::date AND e.kind = ANY(${params.add(kinds)}::text[])
          AND ${teamCondition('e.team_id', teamIds, params)}
        GROUP BY 1, 2, 3, 4, 5`,
      params.values,
    );
  }
}
