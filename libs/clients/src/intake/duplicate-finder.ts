import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { Principal } from '#accounts';
import { nameSimilarity } from '#domain';
import { SqlParams } from '#platform';
import { clientScopeCondition } from '../access/client-scope.js';

/** Names this alike (Dice coefficient of character pairs) with the same birth date are flagged. */
export const SIMILAR_NAME_THRESHOLD = 0.75;

export const DUPLICATE_REASONS = ['same-residence-card', 'same-birth-date-similar-name'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

/**
 * A file that may belong to the same person. In the caller's scope it is named (case number,
 * link, why it matched); outside it, only the team to ask is named, once per team, so the answer
 * says that the person may be known there and nothing about the person or the file.
 */
export class DuplicateCandidate {
  @ApiProperty({ description: 'False: a possible match in a file you may not see; only its team and whom to ask are given.' })
  inYourScope!: boolean;

  @ApiProperty({ description: 'The file’s team; outside your scope, the team to ask' })
  teamName!: string;

  @ApiProperty({ type: [String], description: 'Outside your scope: the display names of that team’s supervisors, to ask. Empty in your scope.' })
  askSupervisors!: string[];

  @ApiProperty({ type: String, nullable: true, example: '2025-0117', description: 'Only in your scope' })
  caseNumber!: string | null;

  @ApiProperty({ enum: DUPLICATE_REASONS, nullable: true, description: 'Only in your scope' })
  reason!: DuplicateReason | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Only in your scope' })
  clientId!: string | null;
}

/** The candidates to show, and every file that matched (ids, for the audit trail only). */
export interface DuplicateMatches {
  readonly candidates: DuplicateCandidate[];
  readonly inScopeIds: string[];
  readonly outOfScopeIds: string[];
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
  team_id: string;
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
 * of birth and a similar name in any script. Files outside the caller's scope are reduced to
 * their team and its supervisors (see DuplicateCandidate).
 */
@Injectable()
export class DuplicateFinder {
  constructor(private readonly dataSource: DataSource) {}

  async find(
    principal: Principal,
    person: NameForms & { readonly dateOfBirth?: string | null; readonly residenceCardNumber?: string | null },
    excludeClientId?: string,
  ): Promise<DuplicateMatches> {
    if (!person.dateOfBirth && !person.residenceCardNumber) return { candidates: [], inScopeIds: [], outOfScopeIds: [] };
    const params = new SqlParams();
    const matches: string[] = [];
    if (person.dateOfBirth) matches.push(`c.date_of_birth = ${params.add(person.dateOfBirth)}`);
    if (person.residenceCardNumber) matches.push(`c.residence_card_number = ${params.add(person.residenceCardNumber.toUpperCase())}`);
    const scope = clientScopeCondition(principal, 'c', params);
    const exclude = excludeClientId ? `AND c.id <> ${params.add(excludeClientId)}` : '';
    const rows = await this.dataSource.query<CandidateRow[]>(
      `SELECT c.id, c.case_number, c.team_id, t.name AS team_name, c.residence_card_number, c.family_name, c.given_name,
              c.native_name, c.katakana_name, c.aliases, ${scope} AS in_scope
         FROM client c JOIN team t ON t.id = c.team_id
        WHERE (${matches.join(' OR ')}) AND c.status <> 'anonymised' ${exclude}
        LIMIT 50`,
      params.values,
    );
    const forms = nameForms(person);
    const card = person.residenceCardNumber?.toUpperCase();
    const inScope: DuplicateCandidate[] = [];
    const inScopeIds: string[] = [];
    const outOfScopeIds: string[] = [];
    const otherTeams = new Map<string, string>();
    for (const row of rows) {
      let reason: DuplicateReason | undefined;
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
      if (!reason) continue;
      if (row.in_scope) {
        inScopeIds.push(row.id);
        inScope.push({ inYourScope: true, teamName: row.team_name, askSupervisors: [], caseNumber: row.case_number, reason, clientId: row.id });
      } else {
        outOfScopeIds.push(row.id);
        otherTeams.set(row.team_id, row.team_name);
      }
    }
    const supervisors = await this.supervisorNames([...otherTeams.keys()]);
    const elsewhere = [...otherTeams].map(
      ([teamId, teamName]): DuplicateCandidate => ({ inYourScope: false, teamName, askSupervisors: supervisors.get(teamId) ?? [], caseNumber: null, reason: null, clientId: null }),
    );
    return { candidates: [...inScope, ...elsewhere], inScopeIds, outOfScopeIds };
  }

  private async supervisorNames(teamIds: readonly string[]): Promise<Map<string, string[]>> {
    const names = new Map<string, string[]>();
    if (teamIds.length === 0) return names;
    const rows = await this.dataSource.query<{ team_id: string; display_name: string }[]>(
      `SELECT m.team_id, u.display_name FROM team_membership m JOIN user_account u ON u.id = m.user_id
        WHERE m.team_id = ANY($1::uuid[]) AND m.kind = 'supervisor' AND u.active
        ORDER BY u.display_name`,
      [teamIds],
    );
    for (const row of rows) names.set(row.team_id, [...(names.get(row.team_id) ?? []), row.display_name]);
    return names;
  }
}
