import { Injectable } from '@nestjs/common';
import type { Principal } from '#accounts';
import { normaliseName, queryGrams } from '#domain';
import { ReadReplicas, SqlParams } from '#platform';
import { clientScopeCondition } from '../access/client-scope.js';
import type { ClientStatus, CustodyStatus, VulnerabilityFlag } from '../entities/client.entity.js';

export interface ClientSearchFilter {
  /** A name in any form; it must hold at least one letter or character (see queryGrams). */
  readonly q?: string;
  readonly status?: ClientStatus;
  readonly stage?: readonly string[];
  readonly nationality?: string;
  readonly language?: string;
  readonly custody?: CustodyStatus;
  readonly flags?: readonly VulnerabilityFlag[];
  readonly assignedTo?: string;
  /** Keyset: the rows after this (sort name, id). */
  readonly after?: readonly [string, string];
  readonly limit: number;
}

export interface ClientSearchRow {
  id: string;
  case_number: string;
  status: ClientStatus;
  family_name: string;
  given_name: string;
  native_name: string | null;
  katakana_name: string | null;
  nationality: string | null;
  custody_status: CustodyStatus;
  team_id: string;
  sort_name: string;
  stage: string | null;
}

/** LIKE pattern for a normalised query: its characters taken literally. */
function containsPattern(normalised: string): string {
  return `%${normalised.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The search statement, built from the caller's scope and the filters (exported so the
 * benchmark's raw-SQL server runs exactly the same statement). Asks one row more than the page.
 */
export function clientSearchQuery(principal: Principal, search: ClientSearchFilter): { sql: string; params: unknown[] } {
  const params = new SqlParams();
  const where = [clientScopeCondition(principal, 'c', params), `c.status = ${params.add(search.status ?? 'open')}`];
  if (search.q !== undefined) {
    where.push(`c.search_grams @> ${params.add(queryGrams(search.q))}::text[]`);
    where.push(`c.search_text LIKE ${params.add(containsPattern(normaliseName(search.q)))}`);
  }
  if (search.stage?.length) {
    where.push(`c.current_stage = ANY(${params.add(search.stage)}::text[])`);
  }
  if (search.nationality) where.push(`c.nationality = ${params.add(search.nationality)}`);
  if (search.language) where.push(`c.languages @> ARRAY[${params.add(search.language)}]::text[]`);
  if (search.custody) where.push(`c.custody_status = ${params.add(search.custody)}`);
  if (search.flags?.length) where.push(`c.vulnerability_flags @> ${params.add(search.flags)}::text[]`);
  if (search.assignedTo) where.push(`EXISTS (SELECT 1 FROM client_assignment f WHERE f.client_id = c.id AND f.user_id = ${params.add(search.assignedTo)})`);
  if (search.after) {
    const [sortName, id] = search.after;
    where.push(`(c.sort_name, c.id) > (${params.add(sortName)}, ${params.add(id)}::uuid)`);
  }
  return {
    sql: `SELECT c.id, c.case_number, c.status, c.family_name, c.given_name, c.native_name, c.katakana_name, c.nationality,
              c.custody_status, c.team_id, c.sort_name, c.current_stage AS stage
         FROM client c
        WHERE ${where.join(' AND ')}
        ORDER BY c.sort_name, c.id
        LIMIT ${params.add(search.limit + 1)}`,
    params: params.values,
  };
}

/**
 * Finds clients by any name form (the containment test on the indexed array of name grams, then
 * an exact substring check on the normalised names) and filters, within the caller's scope.
 * A routed read (ReadReplicas): a recent enough replica may answer it.
 */
@Injectable()
export class ClientSearchRepository {
  constructor(private readonly replicas: ReadReplicas) {}

  /** Ordered by name, `limit` + 1 rows (one more tells whether a next page exists). */
  async findInScope(principal: Principal, search: ClientSearchFilter): Promise<ClientSearchRow[]> {
    const query = clientSearchQuery(principal, search);
    return this.replicas.read((db) => db.query<ClientSearchRow[]>(query.sql, query.params));
  }
}
