import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { EmergencyAccessGrants, PrincipalChanges } from '#accounts';
import { fromKeysetMicros, keysetMicros, SqlParams } from '#platform';
import { BreakGlassGrantEntity } from '../entities/break-glass-grant.entity.js';

export interface GrantRow {
  readonly id: string;
  readonly client_id: string;
  readonly case_number: string;
  readonly team_id: string;
  readonly user_id: string;
  readonly reason: string;
  readonly granted_at: Date;
  readonly expires_at: Date;
  readonly ended_at: Date | null;
  readonly ended_by: string | null;
}

/** A grant as listed, with its keyset: when it was granted, in microseconds (see KeysetCursor). */
export interface ListedGrantRow extends GrantRow {
  readonly granted_micros: string;
}

/** Which grants a listing shows: all of them, or those on the teams' files and the caller's own. */
export type GrantVisibility = { readonly kind: 'all' } | { readonly kind: 'teams'; readonly teamIds: readonly string[]; readonly userId: string };

const GRANT_COLUMNS = `g.id, g.client_id, c.case_number, c.team_id, g.user_id, g.reason, g.granted_at, g.expires_at, g.ended_at, g.ended_by`;
const GRANT_JOINS = `JOIN client c ON c.id = g.client_id`;

/** Data access for emergency access grants; answers accounts' EmergencyAccessGrants for every request's caller. */
@Injectable()
export class BreakGlassGrantRepository implements EmergencyAccessGrants {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principalChanges: PrincipalChanges,
  ) {}

  /**
   * Serialises opening emergency access to one file, so two requests at once cannot both find
   * no live grant and open two (ending one would leave the other open).
   */
  async lockFile(clientId: string, manager: EntityManager): Promise<void> {
    await manager.query('SELECT 1 FROM client WHERE id = $1 FOR NO KEY UPDATE', [clientId]);
  }

  /** The caller's latest grant on the file that has not expired yet (live, or ended early). */
  async latestUnexpired(userId: string, clientId: string, now: Date, manager: EntityManager): Promise<BreakGlassGrantEntity | null> {
    return manager
      .getRepository(BreakGlassGrantEntity)
      .createQueryBuilder('g')
      .where('g.user_id = :userId AND g.client_id = :clientId AND g.expires_at > :now', { userId, clientId, now })
      .orderBy('g.granted_at', 'DESC')
      .getOne();
  }

  async insert(values: Pick<BreakGlassGrantEntity, 'userId' | 'clientId' | 'reason' | 'grantedAt' | 'expiresAt'>, manager: EntityManager): Promise<string> {
    const result = await manager.getRepository(BreakGlassGrantEntity).insert({ ...values, endedAt: null, endedBy: null });
    await this.principalChanges.announce([values.userId], manager);
    return (result.identifiers[0] as { id: string }).id;
  }

  async findForUpdate(id: string, manager: EntityManager): Promise<GrantRow | undefined> {
    const rows = await manager.query<GrantRow[]>(`SELECT ${GRANT_COLUMNS} FROM break_glass_grant g ${GRANT_JOINS} WHERE g.id = $1 FOR UPDATE OF g`, [id]);
    return rows[0];
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<GrantRow | undefined> {
    const rows = await manager.query<GrantRow[]>(`SELECT ${GRANT_COLUMNS} FROM break_glass_grant g ${GRANT_JOINS} WHERE g.id = $1`, [id]);
    return rows[0];
  }

  async end(id: string, by: string, at: Date, manager: EntityManager): Promise<void> {
    const [rows] = await manager.query<[{ user_id: string }[], number]>('UPDATE break_glass_grant SET ended_at = $2, ended_by = $3 WHERE id = $1 RETURNING user_id', [id, at, by]);
    await this.principalChanges.announce(
      rows.map((row) => row.user_id),
      manager,
    );
  }

  /** Someone's live grants (not ended, not expired). */
  async liveOf(userId: string, now: Date, manager: EntityManager): Promise<{ id: string; client_id: string }[]> {
    return manager.query(`SELECT id, client_id FROM break_glass_grant WHERE user_id = $1 AND ended_at IS NULL AND expires_at > $2`, [userId, now]);
  }

  /** Read with the session on every request, so ending a grant takes effect at the holder's next request. */
  liveClientIdsExpression(userIdColumn: string, nowParameter: string): string {
    return `(SELECT coalesce(array_agg(g.client_id), '{}') FROM break_glass_grant g WHERE g.user_id = ${userIdColumn} AND g.expires_at > ${nowParameter} AND g.ended_at IS NULL)`;
  }

  firstExpiryExpression(userIdColumn: string, nowParameter: string): string {
    return `(SELECT min(g.expires_at) FROM break_glass_grant g WHERE g.user_id = ${userIdColumn} AND g.expires_at > ${nowParameter} AND g.ended_at IS NULL)`;
  }

  /** Ends someone's live grants; returns those it ended. */
  async endLiveOf(userId: string, by: string, at: Date, manager: EntityManager): Promise<{ id: string; client_id: string }[]> {
    // An UPDATE … RETURNING answers [rows, count] through this driver.
    const [rows] = await manager.query<[{ id: string; client_id: string }[], number]>(
      `UPDATE break_glass_grant SET ended_at = $3, ended_by = $2
        WHERE user_id = $1 AND ended_at IS NULL AND expires_at > $3
        RETURNING id, client_id`,
      [userId, by, at],
    );
    if (rows.length > 0) await this.principalChanges.announce([userId], manager);
    return rows;
  }

  /** Newest first, one row more than the page; `after` is the last row of the previous page. */
  async list(visibility: GrantVisibility, limit: number, after?: readonly [grantedMicros: string, id: string]): Promise<ListedGrantRow[]> {
    const params = new SqlParams();
    const where: string[] = [];
    if (visibility.kind === 'teams') {
      where.push(`(c.team_id = ANY(${params.add(visibility.teamIds)}::uuid[]) OR g.user_id = ${params.add(visibility.userId)}::uuid)`);
    }
    if (after) where.push(`(g.granted_at, g.id) < (${fromKeysetMicros(params.add(after[0]))}, ${params.add(after[1])}::uuid)`);
    return this.dataSource.query<ListedGrantRow[]>(
      `SELECT ${GRANT_COLUMNS}, ${keysetMicros('g.granted_at')} AS granted_micros FROM break_glass_grant g ${GRANT_JOINS}
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY g.granted_at DESC, g.id DESC LIMIT ${params.add(limit + 1)}`,
      params.values,
    );
  }
}
