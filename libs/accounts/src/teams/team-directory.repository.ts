import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * What other libraries may know about teams: their names and whom to ask in them. Published here
 * so no other library reads `team` or `team_membership`.
 */
@Injectable()
export class TeamDirectory {
  constructor(private readonly dataSource: DataSource) {}

  /** Whether the team exists, read in the caller's transaction. */
  async exists(manager: EntityManager, teamId: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>('SELECT 1 FROM team WHERE id = $1', [teamId]);
    return rows.length > 0;
  }

  /** The teams someone belongs to, as a member or supervisor, read in the caller's transaction. */
  async teamIdsOf(manager: EntityManager, userId: string): Promise<string[]> {
    const rows = await manager.query<{ team_id: string }[]>('SELECT team_id FROM team_membership WHERE user_id = $1', [userId]);
    return rows.map((row) => row.team_id);
  }

  async names(teamIds: readonly string[]): Promise<Map<string, string>> {
    const ids = [...new Set(teamIds)];
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.query<{ id: string; name: string }[]>('SELECT id, name FROM team WHERE id = ANY($1::uuid[])', [ids]);
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** The users who belong to any of these teams, as members or supervisors. */
  async memberIds(teamIds: readonly string[]): Promise<string[]> {
    if (teamIds.length === 0) return [];
    const rows = await this.dataSource.query<{ user_id: string }[]>(
      'SELECT DISTINCT user_id FROM team_membership WHERE team_id = ANY($1::uuid[])',
      [teamIds],
    );
    return rows.map((row) => row.user_id);
  }

  /** The display names of each team's active supervisors, by name. */
  async activeSupervisorNames(teamIds: readonly string[]): Promise<Map<string, string[]>> {
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
