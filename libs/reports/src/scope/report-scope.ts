import { Injectable } from '@nestjs/common';
import { TeamDirectory, TeamsService, type Principal } from '#accounts';
import { DomainError } from '#domain';

export interface ReportTeam {
  readonly id: string;
  readonly name: string;
}

/**
 * Whose figures a report shows. Supervisors see the teams they supervise, administrators the
 * whole organisation in aggregate only; caseworkers have their caseload instead of reports.
 */
export interface ReportScope {
  /** The teams the figures cover: null for the whole organisation (an administrator, no team filter). */
  readonly teamIds: readonly string[] | null;
  /** The team filter, when one was asked for. */
  readonly team: ReportTeam | null;
  /** The teams the viewer may filter by, by name (with a filter: that team alone in `covered`). */
  readonly teams: readonly ReportTeam[];
  /** The teams the figures cover, by name: the filter's team, or every team of `teams`. */
  readonly covered: readonly ReportTeam[];
  /** No per-caseworker figure and no caseworker name: administrators. */
  readonly aggregateOnly: boolean;
}

@Injectable()
export class ReportScopes {
  constructor(
    private readonly teamDirectory: TeamDirectory,
    private readonly teamsService: TeamsService,
  ) {}

  /**
   * The viewer's scope, narrowed to `teamId` when given: a supervisor may only name a team they
   * supervise (403, they know it is not theirs), an administrator any team that exists (404).
   */
  async of(principal: Principal, teamId?: string): Promise<ReportScope> {
    const teams = await this.teamsOf(principal);
    const aggregateOnly = principal.role === 'admin';
    if (teamId === undefined) return { teamIds: aggregateOnly ? null : teams.map((team) => team.id), team: null, teams, covered: teams, aggregateOnly };
    const team = teams.find((candidate) => candidate.id === teamId);
    if (team === undefined) {
      if (aggregateOnly) throw new DomainError('TEAM_NOT_FOUND', 'No such team.');
      throw new DomainError('FORBIDDEN', 'Reports show only the teams you supervise.');
    }
    return { teamIds: [team.id], team, teams, covered: [team], aggregateOnly };
  }

  private async teamsOf(principal: Principal): Promise<ReportTeam[]> {
    switch (principal.role) {
      case 'admin':
        return (await this.teamsService.list(principal)).map((team) => ({ id: team.id, name: team.name })).sort(byName);
      case 'supervisor': {
        const names = await this.teamDirectory.names(principal.supervisedTeamIds);
        return [...names].map(([id, name]) => ({ id, name })).sort(byName);
      }
      default:
        // The routes admit supervisors and administrators only; this keeps a caller that forgets from reading anything.
        throw new DomainError('FORBIDDEN', 'Reports are for supervisors and administrators.');
    }
  }
}

function byName(a: ReportTeam, b: ReportTeam): number {
  return a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}
