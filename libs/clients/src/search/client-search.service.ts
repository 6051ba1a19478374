import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { Principal } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import { DomainError, normaliseName, queryGrams } from '#domain';
import { SqlParams } from '#platform';
import { clientScopeCondition } from '../access/client-scope.js';
import { ClientSummaryView } from '../client.views.js';
import type { ClientStatus, CustodyStatus, VulnerabilityFlag } from '../entities/client.entity.js';

export interface ClientSearch {
  readonly q?: string;
  readonly status?: ClientStatus;
  readonly stage?: readonly string[];
  readonly nationality?: string;
  readonly language?: string;
  readonly custody?: CustodyStatus;
  readonly flags?: readonly VulnerabilityFlag[];
  readonly assignedTo?: string;
  readonly cursor?: string;
  readonly limit: number;
}

export class ClientSearchPage {
  @ApiProperty({ type: [ClientSummaryView] })
  items!: ClientSummaryView[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;
}

interface Row {
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
export function clientSearchQuery(principal: Principal, search: ClientSearch): { sql: string; params: unknown[] } {
  const params = new SqlParams();
  const where = [clientScopeCondition(principal, 'c', params), `c.status = ${params.add(search.status ?? 'open')}`];
  if (search.q !== undefined) {
    const grams = queryGrams(search.q);
    if (grams.length === 0) throw new DomainError('VALIDATION_FAILED', 'Search for at least one letter or character.', { fields: [{ field: 'q', problems: ['nothing to search for'] }] });
    where.push(`c.search_grams @> ${params.add(grams)}::text[]`);
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
  if (search.cursor) {
    const [sortName, id] = decodeCursor(search.cursor);
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
 * Finds clients by any name form (Latin, native script, katakana reading, aliases), partial,
 * ignoring case, width and hiragana/katakana, plus filters. The name condition is a containment
 * test on the indexed array of name grams (works for one- and two-character names such as 李 or
 * 山田), then an exact substring check on the normalised names. One query, within the caller's
 * scope, ordered by name with keyset pages.
 */
@Injectable()
export class ClientSearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async search(principal: Principal, search: ClientSearch): Promise<ClientSearchPage> {
    const query = clientSearchQuery(principal, search);
    const rows = await this.dataSource.query<Row[]>(query.sql, query.params);
    const page = rows.slice(0, search.limit);
    if (page.length > 0) {
      await this.audit.record({ action: AuditAction.ClientListed, recordIds: page.map((r) => r.id), details: { results: page.length, searched: search.q !== undefined } });
    }
    const last = page.at(-1);
    return {
      items: page.map((r) => ({
        id: r.id,
        caseNumber: r.case_number,
        status: r.status,
        familyName: r.family_name,
        givenName: r.given_name,
        nativeName: r.native_name,
        katakanaName: r.katakana_name,
        nationality: r.nationality,
        custodyStatus: r.custody_status,
        stage: r.stage,
        teamId: r.team_id,
      })),
      nextCursor: rows.length > search.limit && last ? Buffer.from(JSON.stringify([last.sort_name, last.id])).toString('base64url') : null,
    };
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function decodeCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    // Exactly what encodeCursor writes: a hyphens-only "uuid" or a NUL in the name reached
    // PostgreSQL as an invalid value (500, found by the fuzz test).
    if (Array.isArray(value) && typeof value[0] === 'string' && !value[0].includes('\u0000') && typeof value[1] === 'string' && UUID.test(value[1])) {
      return [value[0], value[1]];
    }
  } catch {
    // fall through
  }
  throw new DomainError('VALIDATION_FAILED', 'The cursor is not valid.', { fields: [{ field: 'cursor', problems: ['unreadable'] }] });
}
