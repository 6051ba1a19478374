import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { Principal } from '#accounts';
import { nameSimilarity } from '#domain';
import { SqlParams } from '#platform';
import { clientScopeCondition } from '../access/client-scope.js';

/** Names this alike (Dice coefficient of character pairs) with the same birth date are flagged. */
export const SIMILAR_NAME_THRESHOLD = 0.75;

export class DuplicateCandidate {
  @ApiProperty({ example: '2025-0117' })
  caseNumber!: string;

  @ApiProperty()
  teamName!: string;

  @ApiProperty({ enum: ['same-residence-card', 'same-birth-date-similar-name'] })
  reason!: 'same-residence-card' | 'same-birth-date-similar-name';

  @ApiProperty({ description: 'False: the file belongs to another team; ask its supervisor.' })
  inYourScope!: boolean;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Only when in your scope' })
  clientId!: string | null;
}

export interface NameForms {
  readonly familyName: string;
  readonly givenName?: string;
  readonly nativeName?: string | null;
  readonly katakanaName?: string | null;
  readonly aliases?: readonly string[];
}

/** Every way a person's name may be written, as compared for duplicates and search. */
export function nameForms(names: NameForms): string[] {
  const given = names.givenName ?? '';
  return [
    `${names.familyName} ${given}`,
    `${given} ${names.familyName}`,
    names.familyName,
    ...(names.nativeName ? [names.nativeName] : []),
    ...(names.katakanaName ? [names.katakanaName] : []),
    ...(names.aliases ?? []),
  ].filter((form) => form.trim().length > 0);
}

interface CandidateRow {
  id: string;
  case_number: string;
  team_name: string;
  residence_card_number: string | null;
  family_name: string;
  given_name: string;
  native_name: string | null;
  katakana_name: string | null;
  aliases: string[];
  in_scope: boolean;
}

/**
 * Files that may be the same person, across all teams: same residence card number, or same date
 * of birth and a similar name in any script. Files outside the caller's scope are named by case
 * number and team only.
 */
@Injectable()
export class DuplicateFinder {
  constructor(private readonly dataSource: DataSource) {}

  async find(
    principal: Principal,
    person: NameForms & { readonly dateOfBirth?: string | null; readonly residenceCardNumber?: string | null },
    excludeClientId?: string,
  ): Promise<DuplicateCandidate[]> {
    if (!person.dateOfBirth && !person.residenceCardNumber) return [];
    const params = new SqlParams();
    const matches: string[] = [];
    if (person.dateOfBirth) matches.push(`c.date_of_birth = ${params.add(person.dateOfBirth)}`);
    if (person.residenceCardNumber) matches.push(`c.residence_card_number = ${params.add(person.residenceCardNumber.toUpperCase())}`);
    const scope = clientScopeCondition(principal, 'c', params);
    const exclude = excludeClientId ? `AND c.id <> ${params.add(excludeClientId)}` : '';
    const rows = await this.dataSource.query<CandidateRow[]>(
      `SELECT c.id, c.case_number, t.name AS team_name, c.residence_card_number, c.family_name, c.given_name,
              c.native_name, c.katakana_name, c.aliases, ${scope} AS in_scope
         FROM client c JOIN team t ON t.id = c.team_id
        WHERE (${matches.join(' OR ')}) AND c.status <> 'anonymised' ${exclude}
        LIMIT 50`,
      params.values,
    );
    const forms = nameForms(person);
    const card = person.residenceCardNumber?.toUpperCase();
    const candidates: DuplicateCandidate[] = [];
    for (const row of rows) {
      let reason: DuplicateCandidate['reason'] | undefined;
      if (card && row.residence_card_number === card) reason = 'same-residence-card';
      else {
        const theirs = nameForms({
          familyName: row.family_name,
          givenName: row.given_name,
          nativeName: row.native_name,
          katakanaName: row.katakana_name,
          aliases: row.aliases,
        });
        if (forms.some((a) => theirs.some((b) => nameSimilarity(a, b) >= SIMILAR_NAME_THRESHOLD))) reason = 'same-birth-date-similar-name';
      }
      if (reason) {
        candidates.push({ caseNumber: row.case_number, teamName: row.team_name, reason, inYourScope: row.in_scope, clientId: row.in_scope ? row.id : null });
      }
    }
    return candidates;
  }
}
