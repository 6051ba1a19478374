import { Injectable } from '@nestjs/common';
import { AuditActors } from '#audit';
import { TeamDirectory } from '../teams/team-directory.repository.js';
import { UserDirectory } from './user-directory.repository.js';

/** The audit trail's questions about people, answered from the accounts' own directories. */
@Injectable()
export class AccountAuditActors extends AuditActors {
  constructor(
    private readonly users: UserDirectory,
    private readonly teams: TeamDirectory,
  ) {
    super();
  }

  membersOfTeams(teamIds: readonly string[]): Promise<string[]> {
    return this.teams.memberIds(teamIds);
  }

  displayNames(userIds: readonly (string | null)[]): Promise<Map<string, string>> {
    return this.users.displayNames(userIds);
  }
}
