import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '#accounts';
import { Clock, queryBuilderParams, updateReturning } from '#platform';
import { clientScopeCondition } from './access/client-scope.js';
import { ClientAssignmentEntity, type AssignmentRole } from './entities/client-assignment.entity.js';
import { ClientEntity } from './entities/client.entity.js';

export interface ScopedClient {
  readonly client: ClientEntity;
  readonly access: 'scope' | 'break-glass';
  /** With break-glass access: when the caller's grant ends. */
  readonly accessExpiresAt: Date | null;
}

/** Data access for client files. Every read by a user goes through the caller's scope. */
@Injectable()
export class ClientRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The next case number of the year, atomically (concurrent intakes never share one). */
  async nextCaseSequence(year: number, manager: EntityManager): Promise<number> {
    const [row] = await manager.query<[{ last: number }]>(
      `INSERT INTO case_number_counter (year, last) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last = case_number_counter.last + 1
       RETURNING last`,
      [year],
    );
    return row.last;
  }

  async insert(values: Partial<ClientEntity>, manager: EntityManager): Promise<string> {
    const result = await manager.getRepository(ClientEntity).insert(values);
    return (result.identifiers[0] as { id: string }).id;
  }

  /**
   * The file if the caller may reach it, else null (never "exists but forbidden"). With
   * `forUpdate`, the row stays locked for the rest of the transaction, and access through
   * emergency access is checked against the grant itself rather than the list the session read
   * when the request began: a grant ended since (by a supervisor, or with the holder's role)
   * no longer lets a change through.
   */
  async findInScope(id: string, principal: Principal, manager?: EntityManager, forUpdate = false): Promise<ScopedClient | null> {
    const query = (manager ?? this.dataSource.manager).getRepository(ClientEntity).createQueryBuilder('c').where('c.id = :id', { id });
    const inScope = clientScopeCondition(principal, 'c', queryBuilderParams(query));
    const regular = clientScopeCondition({ ...principal, breakGlassClientIds: [] }, 'c', queryBuilderParams(query));
    query.andWhere(inScope).addSelect(`CASE WHEN ${regular} THEN 'scope' ELSE 'break-glass' END`, 'access');
    if (principal.breakGlassClientIds.length > 0) {
      // The caller's live grant is their latest one for this file (the session lists live ones only).
      query.addSelect('(SELECT max(g.expires_at) FROM break_glass_grant g WHERE g.client_id = c.id AND g.user_id = :grantUser AND g.ended_at IS NULL)', 'access_expires_at');
      query.setParameter('grantUser', principal.userId);
    }
    if (forUpdate) query.setLock('pessimistic_write', undefined, ['c']);
    const { entities, raw } = await query.getRawAndEntities<{ access: 'scope' | 'break-glass'; access_expires_at?: Date | null }>();
    const client = entities[0];
    if (!client) return null;
    const access = raw[0]?.access ?? 'scope';
    if (forUpdate && access === 'break-glass') {
      const expiresAt = await this.liveGrantExpiry(id, principal.userId, manager ?? this.dataSource.manager);
      return expiresAt ? { client, access, accessExpiresAt: expiresAt } : null;
    }
    return { client, access, accessExpiresAt: access === 'break-glass' ? (raw[0]?.access_expires_at ?? null) : null };
  }

  /**
   * When the caller's live grant on the file ends, if they hold one. Asked once the file's row is
   * locked, in a statement of its own: under READ COMMITTED it then sees every grant ended before
   * the lock was taken (ending one locks the file's row too, BreakGlassService.end), where a
   * condition inside the locking query would judge the grant as it stood before waiting for the
   * lock.
   */
  private async liveGrantExpiry(clientId: string, userId: string, manager: EntityManager): Promise<Date | null> {
    const [row] = await manager.query<{ expires_at: Date }[]>(
      `SELECT max(g.expires_at) AS expires_at FROM break_glass_grant g
        WHERE g.client_id = $1 AND g.user_id = $2 AND g.ended_at IS NULL AND g.expires_at > $3`,
      [clientId, userId, this.clock.now()],
    );
    return row?.expires_at ?? null;
  }

  /** Whether a file with this id exists, regardless of scope: to tell a refused ask from a wrong id. */
  async existsById(id: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>('SELECT 1 FROM client WHERE id = $1', [id]);
    return rows.length > 0;
  }

  /**
   * Writes changes to a file whose row the caller has locked (an edit, close, reopen, reassign)
   * and returns the row as written, for the answer to the change: from the update's RETURNING,
   * not through the caller's scope again.
   */
  async update(manager: EntityManager, id: string, changes: Partial<ClientEntity>): Promise<ClientEntity> {
    const written = await updateReturning(manager, ClientEntity, id, changes);
    if (!written) throw new Error(`client ${id} vanished under its lock`);
    return written;
  }

  /** A file's status by id, regardless of scope (null: no such file). */
  async statusById(id: string): Promise<ClientEntity['status'] | null> {
    const rows = await this.dataSource.query<{ status: ClientEntity['status'] }[]>('SELECT status FROM client WHERE id = $1', [id]);
    return rows[0]?.status ?? null;
  }

  /** Locks a file's row by id, regardless of scope, and tells whether it is open (null: no such file). */
  async lockStatusById(id: string, manager: EntityManager): Promise<ClientEntity['status'] | null> {
    const rows = await manager.query<{ status: ClientEntity['status'] }[]>('SELECT status FROM client WHERE id = $1 FOR UPDATE', [id]);
    return rows[0]?.status ?? null;
  }

  /** Any file by id, regardless of scope: for break-glass and system jobs only. */
  findAnyById(id: string, manager?: EntityManager): Promise<ClientEntity | null> {
    return (manager ?? this.dataSource.manager).getRepository(ClientEntity).findOneBy({ id });
  }

  /** Who works the file and in which role, in no particular order. */
  async assignmentsOf(clientId: string, manager?: EntityManager): Promise<{ userId: string; role: AssignmentRole }[]> {
    const rows = await (manager ?? this.dataSource.manager).query<{ user_id: string; role: AssignmentRole }[]>(
      'SELECT a.user_id, a.role FROM client_assignment a WHERE a.client_id = $1',
      [clientId],
    );
    return rows.map((row) => ({ userId: row.user_id, role: row.role }));
  }

  async replaceAssignments(clientId: string, primary: string, others: readonly string[], manager: EntityManager): Promise<void> {
    const repo = manager.getRepository(ClientAssignmentEntity);
    await repo.delete({ clientId });
    await repo.insert([
      { clientId, userId: primary, role: 'primary' },
      ...others.filter((id) => id !== primary).map((userId) => ({ clientId, userId, role: 'other' as const })),
    ]);
  }

  /**
   * Ends a worker's assignments to files of teams other than `keptTeamIds` (none kept: every
   * assignment). Returns what was removed.
   */
  async releaseAssignmentsOf(userId: string, keptTeamIds: readonly string[], manager: EntityManager): Promise<{ clientId: string; role: AssignmentRole }[]> {
    // A DELETE … RETURNING answers [rows, count] through this driver.
    const [removed] = await manager.query<[{ client_id: string; role: AssignmentRole }[], number]>(
      `DELETE FROM client_assignment a USING client c
        WHERE a.client_id = c.id AND a.user_id = $1 AND NOT (c.team_id = ANY($2::uuid[]))
        RETURNING a.client_id, a.role`,
      [userId, keptTeamIds],
    );
    return removed.map((row) => ({ clientId: row.client_id, role: row.role }));
  }
}
