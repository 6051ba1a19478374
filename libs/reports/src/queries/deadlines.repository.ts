import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlParams } from '#platform';
import { teamCondition } from './fact-filter.js';

export interface DeadlineOutcomeRow {
  /** YYYY-MM, the month the deadlines fell due. */
  readonly month: string;
  readonly kind: string;
  /** A DeadlineOutcome from libs/domain. */
  readonly outcome: string;
  readonly count: number;
  /** Of `count`, those whose due date a caseworker replaced. */
  readonly overridden: number;
}

export interface ReminderMonthRow {
  /** YYYY-MM */
  readonly month: string;
  readonly sent: number;
  readonly failed: number;
  readonly escalated: number;
}

@Injectable()
export class DeadlinesRepository {
  /** Deadlines due from `firstDay` to `lastDay`, by due month, kind and how they ended. */
  async outcomesByMonth(manager: EntityManager, teamIds: readonly string[] | null, firstDay: string, lastDay: string): Promise<DeadlineOutcomeRow[]> {
    const params = new SqlParams();
    return manager.query<DeadlineOutcomeRow[]>(
      `SELECT to_char(month, 'YYYY-MM') AS month, kind, outcome, count, overridden
         FROM (SELECT date_trunc('month', due_on::timestamp) AS month, kind, outcome, count(*)::int AS count, count(*) FILTER (WHERE overridden)::int AS overridden
                 FROM report_deadline_fact
                WHERE due_on BETWEEN ${params.add(firstDay)}::date AND ${params.add(lastDay)}::date
                  AND ${teamCondition('team_id', teamIds, params)}
                GROUP BY 1, 2, 3) counted`,
      params.values,
    );
  }

  /** Reminders sent, failed and escalated, by month (only months with a row). */
  async remindersByMonth(manager: EntityManager, teamIds: readonly string[] | null, firstDay: string, lastDay: string): Promise<ReminderMonthRow[]> {
    const params = new SqlParams();
    return manager.query<ReminderMonthRow[]>(
      `SELECT to_char(month, 'YYYY-MM') AS month, sum(sent)::int AS sent, sum(failed)::int AS failed, sum(escalated)::int AS escalated
         FROM report_reminder_month
        WHERE month BETWEEN ${params.add(firstDay)}::date AND ${params.add(lastDay)}::date
          AND ${teamCondition('team_id', teamIds, params)}
        GROUP BY 1`,
      params.values,
    );
  }
}
