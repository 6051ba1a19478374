import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlParams } from '#platform';
import { teamCondition } from './fact-filter.js';

export interface LatestRefresh {
  readonly id: string;
  readonly finishedAt: Date;
  readonly asOfDate: string;
}

/** The reporting store itself: which rebuild the figures come from, and how far back they go. */
@Injectable()
export class ReportStoreRepository {
  /** The latest completed rebuild; null before the first. */
  async latestRefresh(manager: EntityManager): Promise<LatestRefresh | null> {
    const rows = await manager.query<{ id: string; finished_at: Date; as_of_date: string }[]>(
      'SELECT id::text AS id, finished_at, as_of_date::text AS as_of_date FROM report_refresh ORDER BY id DESC LIMIT 1',
    );
    return rows.length === 0 ? null : { id: rows[0].id, finishedAt: rows[0].finished_at, asOfDate: rows[0].as_of_date };
  }

  /** The day the earliest file of these teams was opened; null without files. */
  async earliestOpenedOn(manager: EntityManager, teamIds: readonly string[] | null): Promise<string | null> {
    const params = new SqlParams();
    const [row] = await manager.query<{ earliest: string | null }[]>(
      `SELECT min(opened_on)::text AS earliest FROM report_file_fact WHERE ${teamCondition('team_id', teamIds, params)}`,
      params.values,
    );
    return row?.earliest ?? null;
  }
}
