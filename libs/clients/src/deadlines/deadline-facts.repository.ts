import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '#accounts';
import { SqlParams } from '#platform';
import { clientScopeCondition } from '../access/client-scope.js';

/** What a file's records say that its deadlines are computed from. */
export interface FileDeadlineFacts {
  /** When its first protection application was filed. */
  readonly firstFiledOn: string | null;
  /** The local date of the last report made under supervision measures. */
  readonly lastReportOn: string | null;
  /** The primary caseworker, who owns the file's deadlines. */
  readonly ownerId: string | null;
}

/** Reads of this library's tables that the file's deadlines are computed, owned and listed by. */
@Injectable()
export class DeadlineFactsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async factsOf(manager: EntityManager, clientId: string, timeZone: string): Promise<FileDeadlineFacts> {
    const [facts] = await manager.query<[{ first_filed_on: string | null; last_report_on: string | null; owner_id: string | null }]>(
      `SELECT (SELECT min((a.state->>'filedOn')) FROM protection_application a WHERE a.client_id = $1) AS first_filed_on,
              (SELECT max(p.starts_at AT TIME ZONE $2)::date::text FROM appointment p
                WHERE p.client_id = $1 AND p.kind = 'reporting-date' AND p.status = 'held') AS last_report_on,
              (SELECT user_id FROM client_assignment WHERE client_id = $1 AND role = 'primary') AS owner_id`,
      [clientId, timeZone],
    );
    return { firstFiledOn: facts.first_filed_on, lastReportOn: facts.last_report_on, ownerId: facts.owner_id };
  }

  async primaryWorkerOf(manager: EntityManager, clientId: string): Promise<string | null> {
    const rows = await manager.query<{ user_id: string }[]>(`SELECT user_id FROM client_assignment WHERE client_id = $1 AND role = 'primary'`, [clientId]);
    return rows[0]?.user_id ?? null;
  }

  /** The names (Latin script) of these files, by file; the caller has checked its scope on them. */
  async namesOf(clientIds: readonly string[]): Promise<Map<string, { readonly familyName: string; readonly givenName: string }>> {
    if (clientIds.length === 0) return new Map();
    const rows = await this.dataSource.query<{ id: string; family_name: string; given_name: string }[]>(
      'SELECT c.id, c.family_name, c.given_name FROM client c WHERE c.id = ANY($1::uuid[])',
      [[...new Set(clientIds)]],
    );
    return new Map(rows.map((row) => [row.id, { familyName: row.family_name, givenName: row.given_name }]));
  }

  /** The case numbers of those of these files the caller may reach, by file. */
  async caseNumbersInScope(principal: Principal, clientIds: readonly string[]): Promise<Map<string, string>> {
    if (clientIds.length === 0) return new Map();
    const params = new SqlParams();
    const rows = await this.dataSource.query<{ id: string; case_number: string }[]>(
      `SELECT c.id, c.case_number FROM client c WHERE c.id = ANY(${params.add([...new Set(clientIds)])}::uuid[]) AND ${clientScopeCondition(principal, 'c', params)}`,
      params.values,
    );
    return new Map(rows.map((row) => [row.id, row.case_number]));
  }
}
