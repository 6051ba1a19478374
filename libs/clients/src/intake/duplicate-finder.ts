import { Injectable } from '@nestjs/common';
import { TeamDirectory, type Principal } from '#accounts';
import { nameSimilarity } from '#domain';
import type { DuplicateCandidate, DuplicateReason } from './duplicate-candidate.views.js';
import { DuplicateCandidateRepository, type DuplicateCandidateRow } from './duplicate-candidate.repository.js';

/** Names this alike (Dice coefficient of character pairs) with the same birth date are flagged. */
export const SIMILAR_NAME_THRESHOLD = 0.75;

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

/**
 * Files that may be the same person, across all teams: same residence card number, or same date
 * of birth and a similar name in any script. Files outside the caller's scope are reduced to
 * their team and its supervisors (see DuplicateCandidate).
 */
@Injectable()
export class DuplicateFinder {
  constructor(
    private readonly candidates: DuplicateCandidateRepository,
    private readonly teams: TeamDirectory,
  ) {}

  async find(
    principal: Principal,
    person: NameForms & { readonly dateOfBirth?: string | null; readonly residenceCardNumber?: string | null },
    excludeClientId?: string,
  ): Promise<DuplicateMatches> {
    if (!person.dateOfBirth && !person.residenceCardNumber) return { candidates: [], inScopeIds: [], outOfScopeIds: [] };
    const card = person.residenceCardNumber?.toUpperCase();
    const rows = await this.candidates.withBirthDateOrCard(principal, { dateOfBirth: person.dateOfBirth, residenceCardNumber: card }, excludeClientId);
    const forms = nameForms(person);
    const inScope: { row: DuplicateCandidateRow; reason: DuplicateReason }[] = [];
    const inScopeIds: string[] = [];
    const outOfScopeIds: string[] = [];
    const otherTeams = new Set<string>();
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
        inScope.push({ row, reason });
      } else {
        outOfScopeIds.push(row.id);
        otherTeams.add(row.team_id);
      }
    }
    const teamNames = await this.teams.names([...inScope.map(({ row }) => row.team_id), ...otherTeams]);
    const supervisors = await this.teams.activeSupervisorNames([...otherTeams]);
    const named = (teamId: string) => teamNames.get(teamId) ?? '';
    const mine = inScope.map(
      ({ row, reason }): DuplicateCandidate => ({ inYourScope: true, teamName: named(row.team_id), askSupervisors: [], caseNumber: row.case_number, reason, clientId: row.id }),
    );
    const elsewhere = [...otherTeams].map(
      (teamId): DuplicateCandidate => ({ inYourScope: false, teamName: named(teamId), askSupervisors: supervisors.get(teamId) ?? [], caseNumber: null, reason: null, clientId: null }),
    );
    return { candidates: [...mine, ...elsewhere], inScopeIds, outOfScopeIds };
  }
}
