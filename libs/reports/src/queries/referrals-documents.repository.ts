import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlParams } from '#platform';
import { teamCondition } from './fact-filter.js';

export interface ReferralStatusRow {
  readonly serviceKind: string;
  readonly status: string;
  readonly count: number;
}

export interface ReferralAnswerRow {
  readonly serviceKind: string;
  /** Referrals with an answer. */
  readonly answered: number;
  /** Median days from sending to the first answer; null without an answer. */
  readonly medianDays: number | null;
}

export interface DocumentsRow {
  readonly openFiles: number;
  readonly withMissingDocuments: number;
  readonly withUntranslatedDocuments: number;
  readonly missingItems: number;
  readonly untranslatedDocuments: number;
}

@Injectable()
export class ReferralsDocumentsRepository {
  /** Referrals sent from `firstDay` to `lastDay`, by service kind and status now. */
  async referralsByStatus(manager: EntityManager, teamIds: readonly string[] | null, firstDay: string, lastDay: string): Promise<ReferralStatusRow[]> {
    const params = new SqlParams();
    return manager.query<ReferralStatusRow[]>(
      `SELECT service_kind AS "serviceKind", status, count(*)::int AS count
         FROM report_referral_fact
        WHERE sent_on BETWEEN ${params.add(firstDay)}::date AND ${params.add(lastDay)}::date
          AND ${teamCondition('team_id', teamIds, params)}
        GROUP BY 1, 2`,
      params.values,
    );
  }

  /** Of the same referrals, per service kind: those answered, and the median days to the answer. */
  async answersByKind(manager: EntityManager, teamIds: readonly string[] | null, firstDay: string, lastDay: string): Promise<ReferralAnswerRow[]> {
    const params = new SqlParams();
    return manager.query<ReferralAnswerRow[]>(
      `SELECT service_kind AS "serviceKind", count(*)::int AS answered,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY answered_on - sent_on) AS "medianDays"
         FROM report_referral_fact
        WHERE sent_on BETWEEN ${params.add(firstDay)}::date AND ${params.add(lastDay)}::date
          AND answered_on IS NOT NULL
          AND ${teamCondition('team_id', teamIds, params)}
        GROUP BY 1`,
      params.values,
    );
  }

  /** The open files now (as of the rebuild) and their missing and untranslated documents. */
  async documents(manager: EntityManager, teamIds: readonly string[] | null): Promise<DocumentsRow> {
    const params = new SqlParams();
    const [row] = await manager.query<DocumentsRow[]>(
      `SELECT count(*)::int AS "openFiles",
              count(*) FILTER (WHERE missing_documents > 0)::int AS "withMissingDocuments",
              count(*) FILTER (WHERE untranslated_documents > 0)::int AS "withUntranslatedDocuments",
              coalesce(sum(missing_documents), 0)::int AS "missingItems",
              coalesce(sum(untranslated_documents), 0)::int AS "untranslatedDocuments"
         FROM report_file_fact
        WHERE closed_on IS NULL AND ${teamCondition('team_id', teamIds, params)}`,
      params.values,
    );
    return row;
  }
}
