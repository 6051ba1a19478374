import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Bilingual, DeadlineHardness } from '#domain';
import { ReadReplicas } from '#platform';
import { DeadlineEntity, type DeadlineStatus } from './deadline.entity.js';

/** A deadline as computed, before anyone has decided anything about it. */
export type NewDeadline = Omit<
  DeadlineEntity,
  'id' | 'client' | 'owner' | 'supersededById' | 'resolvedAt' | 'resolvedBy' | 'resolution' | 'resolvedOn' | 'overrideReason' | 'createdAt' | 'updatedAt' | 'version'
>;

/** Who ended a deadline, when, and why (the reason given, or the act that met it). */
export interface DeadlineClosing {
  /** When it was recorded. */
  readonly resolvedAt: Date;
  readonly resolvedBy: string | null;
  readonly resolution: string;
  /** The day it was met or missed in the world (see DeadlineEntity.resolvedOn); null when waived or superseded. */
  readonly resolvedOn: string | null;
}

/** The status a deadline ends with, other than giving way to a new one (see `supersede`). */
export type ClosingStatus = Exclude<DeadlineStatus, 'open'>;

/** Which overdue deadlines to list: due before `before` (today), of a kind, due in a range. */
export interface OverdueFilter {
  readonly before: string;
  readonly kind?: string;
  readonly dueFrom?: string;
  readonly dueTo?: string;
}

/** Where a page of deadlines ordered by due date ended. */
export interface DueDateCursor {
  readonly dueDate: string;
  readonly id: string;
}

/** Data access for the `deadline` table, which only this library reads or writes. */
@Injectable()
export class DeadlineRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly replicas: ReadReplicas,
  ) {}

  /** The open deadlines one source produced for a file, locked for the rest of the transaction. */
  lockOpenFromSource(manager: EntityManager, clientId: string, source: string): Promise<DeadlineEntity[]> {
    return manager
      .getRepository(DeadlineEntity)
      .createQueryBuilder('d')
      .setLock('pessimistic_write')
      .where('d.client_id = :clientId AND d.source = :source AND d.status = :status', { clientId, source, status: 'open' })
      .getMany();
  }

  /** One of the file's deadlines, locked for the rest of the transaction; null when not this file's. */
  lockOfClient(manager: EntityManager, clientId: string, deadlineId: string): Promise<DeadlineEntity | null> {
    return manager
      .getRepository(DeadlineEntity)
      .createQueryBuilder('d')
      .setLock('pessimistic_write')
      .where('d.id = :deadlineId AND d.client_id = :clientId', { deadlineId, clientId })
      .getOne();
  }

  async insert(manager: EntityManager, deadline: NewDeadline): Promise<string> {
    const result = await manager.getRepository(DeadlineEntity).insert(deadline);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** A caseworker's date replaces the computed one, with their reason. */
  async override(manager: EntityManager, deadlineId: string, dueDate: string, reason: string): Promise<void> {
    await manager.getRepository(DeadlineEntity).update({ id: deadlineId }, { dueDate, overrideReason: reason });
  }

  /** The deadline ends: met, missed, waived, or no longer called for. */
  async resolve(manager: EntityManager, deadlineId: string, status: ClosingStatus, closing: DeadlineClosing): Promise<void> {
    await manager.getRepository(DeadlineEntity).update({ id: deadlineId }, { status, ...closing });
  }

  /** The deadline gives way to a new one computed from changed facts or a newer rule. */
  async supersede(manager: EntityManager, deadlineId: string, replacementId: string, closing: DeadlineClosing): Promise<void> {
    await manager.getRepository(DeadlineEntity).update({ id: deadlineId }, { status: 'superseded', supersededById: replacementId, ...closing });
  }

  /** Ends every open deadline of a file, returning what was ended. */
  async supersedeAllOpenOfClient(manager: EntityManager, clientId: string, closing: DeadlineClosing): Promise<{ id: string; kind: string; dueDate: string }[]> {
    const rows = await manager.query<[{ id: string; kind: string; due_date: string }[], number]>(
      `UPDATE deadline SET status = 'superseded', resolved_at = $2, resolved_by = $3, resolution = $4, resolved_on = $5, version = version + 1, updated_at = now()
        WHERE client_id = $1 AND status = 'open' RETURNING id, kind, due_date`,
      [clientId, closing.resolvedAt, closing.resolvedBy, closing.resolution, closing.resolvedOn],
    );
    return rows[0].map((row) => ({ id: row.id, kind: row.kind, dueDate: row.due_date }));
  }

  /** Gives the file's open deadlines to another owner (or none); returns their ids. */
  async reassignOpenOfClient(manager: EntityManager, clientId: string, ownerId: string | null): Promise<string[]> {
    const rows = await manager.query<[{ id: string }[], number]>(
      `UPDATE deadline SET owner_id = $2, version = version + 1, updated_at = now() WHERE client_id = $1 AND status = 'open' RETURNING id`,
      [clientId, ownerId],
    );
    return rows[0].map((row) => row.id);
  }

  findById(deadlineId: string): Promise<DeadlineEntity | null> {
    return this.dataSource.getRepository(DeadlineEntity).findOneBy({ id: deadlineId });
  }

  /** A file's deadlines, the one due first on top; only the open ones unless `includeClosed`. */
  listOfClient(clientId: string, options: { readonly applicationId?: string; readonly includeClosed: boolean }): Promise<DeadlineEntity[]> {
    const query = this.dataSource.getRepository(DeadlineEntity).createQueryBuilder('d').where('d.client_id = :clientId', { clientId });
    if (options.applicationId) query.andWhere('d.application_id = :applicationId', { applicationId: options.applicationId });
    if (!options.includeClosed) query.andWhere(`d.status = 'open'`);
    return query.orderBy('d.due_date', 'ASC').addOrderBy('d.created_at', 'ASC').getMany();
  }

  /** A page of the deadlines someone owns, by due date, after `after` when given. */
  ownedBy(
    ownerId: string,
    filter: { readonly status: DeadlineStatus; readonly from?: string; readonly to?: string },
    after: DueDateCursor | null,
    limit: number,
  ): Promise<DeadlineEntity[]> {
    const query = this.dataSource
      .getRepository(DeadlineEntity)
      .createQueryBuilder('d')
      .where('d.owner_id = :ownerId AND d.status = :status', { ownerId, status: filter.status });
    if (filter.from) query.andWhere('d.due_date >= :from', { from: filter.from });
    if (filter.to) query.andWhere('d.due_date <= :to', { to: filter.to });
    if (after) query.andWhere('(d.due_date, d.id) > (:afterDueDate::date, :afterId::uuid)', { afterDueDate: after.dueDate, afterId: after.id });
    return query.orderBy('d.due_date', 'ASC').addOrderBy('d.id', 'ASC').limit(limit).getMany();
  }

  /** Hard deadlines of these files, open and due by `horizon` (overdue ones included), by due date. */
  hardOpenDueBy(clientIds: readonly string[], horizon: string, limit: number): Promise<DeadlineEntity[]> {
    return this.dataSource
      .getRepository(DeadlineEntity)
      .createQueryBuilder('d')
      .where(`d.status = 'open' AND d.hardness = 'hard' AND d.due_date <= :horizon AND d.client_id = ANY(:clientIds::uuid[])`, { horizon, clientIds })
      .orderBy('d.due_date', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /**
   * Open deadlines of these files due before `before` (overdue), optionally of one kind and due in
   * a range, by due date, then in the order the files are given (the caller's order, e.g. by case
   * number), at most `limit`. A routed read (ReadReplicas): the supervisors' drill-down, read
   * from a recent enough replica when there is one.
   */
  overdue(clientIds: readonly string[], filter: OverdueFilter, limit: number): Promise<DeadlineEntity[]> {
    return this.replicas.read((db) => {
      const query = db
        .getRepository(DeadlineEntity)
        .createQueryBuilder('d')
        .where(`d.status = 'open' AND d.due_date < :before AND d.client_id = ANY(:clientIds::uuid[])`, { before: filter.before, clientIds });
      if (filter.kind) query.andWhere('d.kind = :kind', { kind: filter.kind });
      if (filter.dueFrom) query.andWhere('d.due_date >= :dueFrom', { dueFrom: filter.dueFrom });
      if (filter.dueTo) query.andWhere('d.due_date <= :dueTo', { dueTo: filter.dueTo });
      return query
        .orderBy('d.due_date', 'ASC')
        .addOrderBy('array_position(:clientIds::uuid[], d.client_id)', 'ASC')
        .addOrderBy('d.id', 'ASC')
        .limit(limit)
        .getMany();
    });
  }

  /** The open deadline each of these sources made for the file, by source. */
  async openIdsBySource(clientId: string, sources: readonly string[]): Promise<Map<string, string>> {
    if (sources.length === 0) return new Map();
    const rows = await this.dataSource.query<{ source: string; id: string }[]>(
      `SELECT source, id FROM deadline WHERE client_id = $1 AND source = ANY($2::text[]) AND status = 'open'`,
      [clientId, sources],
    );
    return new Map(rows.map((row) => [row.source, row.id]));
  }

  /** The deadline each of these sources made for the file (the open one, else the latest), by source. */
  async latestIdsBySource(clientId: string, sources: readonly string[]): Promise<Map<string, string>> {
    if (sources.length === 0) return new Map();
    const rows = await this.dataSource.query<{ source: string; id: string }[]>(
      `SELECT DISTINCT ON (source) source, id FROM deadline
        WHERE client_id = $1 AND source = ANY($2::text[])
        ORDER BY source, (status = 'open') DESC, created_at DESC, id`,
      [clientId, sources],
    );
    return new Map(rows.map((row) => [row.source, row.id]));
  }

  /** Anonymisation: the reasons caseworkers wrote go; the dates and statuses stay for the statistics. */
  async eraseNotesOfClients(manager: EntityManager, clientIds: readonly string[]): Promise<void> {
    await manager.query(
      `UPDATE deadline SET resolution = NULL, override_reason = NULL
        WHERE client_id = ANY($1::uuid[]) AND (resolution IS NOT NULL OR override_reason IS NOT NULL)`,
      [clientIds],
    );
  }

  /** Reminders: the open deadlines among these, with what planning their reminders needs, in the caller's transaction. */
  async openForReminders(manager: EntityManager, deadlineIds: readonly string[]): Promise<DeadlineToRemind[]> {
    const rows = await manager.query<{ id: string; client_id: string; kind: string; due_date: string; hardness: DeadlineHardness; owner_id: string | null; appointment_id: string | null }[]>(
      `SELECT d.id, d.client_id, d.kind, d.due_date::text AS due_date, d.hardness, d.owner_id, d.appointment_id
         FROM deadline d
        WHERE d.id = ANY($1::uuid[]) AND d.status = 'open'`,
      [deadlineIds],
    );
    return rows.map((row) => ({
      id: row.id,
      clientId: row.client_id,
      kind: row.kind,
      dueDate: row.due_date,
      hardness: row.hardness,
      ownerId: row.owner_id,
      appointmentId: row.appointment_id,
    }));
  }

  /** Reminders: a page of up to 2000 open deadlines of a kind, by id after `afterId`. */
  async pageOfOpenOfKind(kind: string, afterId: string): Promise<{ id: string; appointmentId: string | null }[]> {
    const rows = await this.dataSource.query<{ id: string; appointment_id: string | null }[]>(
      `SELECT d.id, d.appointment_id FROM deadline d WHERE d.status = 'open' AND d.kind = $1 AND d.id > $2 ORDER BY d.id LIMIT 2000`,
      [kind, afterId],
    );
    return rows.map((row) => ({ id: row.id, appointmentId: row.appointment_id }));
  }

  /** Reminders: what a reminder's email says about its deadline, and whether it is still open. */
  async findForReminder(deadlineId: string): Promise<DeadlineReminded | null> {
    const [row] = await this.dataSource.query<{ status: DeadlineStatus; kind: string; due_date: string; explanation: Bilingual; owner_id: string | null }[]>(
      'SELECT d.status, d.kind, d.due_date::text AS due_date, d.explanation, d.owner_id FROM deadline d WHERE d.id = $1',
      [deadlineId],
    );
    return row ? { status: row.status, kind: row.kind, dueDate: row.due_date, explanation: row.explanation, ownerId: row.owner_id } : null;
  }

  /** Reminders (the supervisors' digest): every open deadline due by `horizon`, overdue ones included. */
  async openDueBy(horizon: string): Promise<OpenDeadlineDue[]> {
    const rows = await this.dataSource.query<{ client_id: string; due_date: string; hardness: DeadlineHardness; owner_id: string | null }[]>(
      `SELECT d.client_id, d.due_date::text AS due_date, d.hardness, d.owner_id FROM deadline d WHERE d.status = 'open' AND d.due_date <= $1`,
      [horizon],
    );
    return rows.map((row) => ({ clientId: row.client_id, dueDate: row.due_date, hardness: row.hardness, ownerId: row.owner_id }));
  }
}

/** An open deadline as reminders are planned from it. */
export interface DeadlineToRemind {
  readonly id: string;
  readonly clientId: string;
  readonly kind: string;
  readonly dueDate: string;
  readonly hardness: DeadlineHardness;
  readonly ownerId: string | null;
  readonly appointmentId: string | null;
}

/** What a reminder's email says about its deadline. */
export interface DeadlineReminded {
  readonly status: DeadlineStatus;
  readonly kind: string;
  readonly dueDate: string;
  readonly explanation: Bilingual;
  readonly ownerId: string | null;
}

export interface OpenDeadlineDue {
  readonly clientId: string;
  readonly dueDate: string;
  readonly hardness: DeadlineHardness;
  readonly ownerId: string | null;
}
