import { Injectable } from '@nestjs/common';
import type { Principal } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import { DomainError, queryGrams } from '#domain';
import { KeysetCursor } from '#platform';
import { ClientSearchRepository, type ClientSearchFilter } from './client-search.repository.js';
import type { ClientSearchPage } from './client-search.views.js';

export interface ClientSearch extends Omit<ClientSearchFilter, 'after'> {
  readonly cursor?: string;
}

/** The last row's sort name and id. */
const PAGE_CURSOR = new KeysetCursor(['text', 'uuid'] as const);

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
    private readonly clients: ClientSearchRepository,
    private readonly audit: AuditService,
  ) {}

  async search(principal: Principal, search: ClientSearch): Promise<ClientSearchPage> {
    if (search.q !== undefined && queryGrams(search.q).length === 0) {
      throw new DomainError('VALIDATION_FAILED', 'Search for at least one letter or character.', { fields: [{ field: 'q', problems: ['nothing to search for'] }] });
    }
    const { cursor, ...filter } = search;
    const rows = await this.clients.findInScope(principal, { ...filter, after: cursor ? PAGE_CURSOR.decode(cursor) : undefined });
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
      nextCursor: rows.length > search.limit && last ? PAGE_CURSOR.encode([last.sort_name, last.id]) : null,
    };
  }
}
