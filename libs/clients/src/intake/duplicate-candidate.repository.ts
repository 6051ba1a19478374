import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '#accounts';
import { SqlParams } from '#platform';
import { clientScopeCondition } from '../access/client-scope.js';

export interface DuplicateCandidateRow {
  id: string;
  case_number: string;
  team_id: string;
  residence_card_number: string | null;
  family_name: string;
  given_name: string;
  native_name: string | null;
  katakana_name: string | null;
  aliases: string[];
  /** Whether the caller's scope reaches the file. */
  in_scope: boolean;
}

/** Files, across all teams, that may belong to a person about to be taken in. */
@Injectable()
export class DuplicateCandidateRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Up to 50 files not anonymised with this date of birth or this residence card number (at
   * least one is given), each saying whether it is in the caller's scope.
   */
  async withBirthDateOrCard(
    principal: Principal,
    person: { readonly dateOfBirth?: string | null; readonly residenceCardNumber?: string | null },
    excludeClientId?: string,
  ): Promise<DuplicateCandidateRow[]> {
    const params = new SqlParams();
    const matches: string[] = [];
    if (person.dateOfBirth) matches.push(`c.date_of_birth = ${params.add(person.dateOfBirth)}`);
    if (person.residenceCardNumber) matches.push(`c.residence_card_number = ${params.add(person.residenceCardNumber)}`);
    const scope = clientScopeCondition(principal, 'c', params);
    const exclude = excludeClientId ? `AND c.id <> ${params.add(excludeClientId)}` : '';
    return this.dataSource.query<DuplicateCandidateRow[]>(
      `SELECT c.id, c.case_number, c.team_id, c.residence_card_number, c.family_name, c.given_name,
              c.native_name, c.katakana_name, c.aliases, ${scope} AS in_scope
         FROM client c
        WHERE (${matches.join(' OR ')}) AND c.status <> 'anonymised' ${exclude}
        LIMIT 50`,
      params.values,
    );
  }
}
