import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { updateReturning } from '#platform';
import { ProtectionApplicationEntity } from '../entities/protection-application.entity.js';
import { StageTransitionEntity } from '../entities/stage-transition.entity.js';

export type NewProtectionApplication = Pick<
  ProtectionApplicationEntity,
  'clientId' | 'applicationNo' | 'kind' | 'stage' | 'state' | 'regionalBureau' | 'reasonableGroundsSubmitted' | 'reasonableGroundsSubmittedOn'
>;

export type NewStageTransition = Omit<StageTransitionEntity, 'id' | 'client' | 'application'>;

/** Data access for protection applications. Callers have checked the file's scope. */
@Injectable()
export class ProtectionApplicationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A file's applications, first to last. */
  listOfClient(clientId: string, manager: EntityManager = this.dataSource.manager): Promise<ProtectionApplicationEntity[]> {
    return manager.getRepository(ProtectionApplicationEntity).find({ where: { clientId }, order: { applicationNo: 'ASC' } });
  }

  findOfClient(clientId: string, applicationId: string, manager: EntityManager = this.dataSource.manager): Promise<ProtectionApplicationEntity | null> {
    return manager.getRepository(ProtectionApplicationEntity).findOneBy({ id: applicationId, clientId });
  }

  /** The application, its row locked for the rest of the transaction; null when not this file's. */
  lockOfClient(clientId: string, applicationId: string, manager: EntityManager): Promise<ProtectionApplicationEntity | null> {
    return manager
      .getRepository(ProtectionApplicationEntity)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.id = :applicationId AND a.client_id = :clientId', { applicationId, clientId })
      .getOne();
  }

  async insert(application: NewProtectionApplication, manager: EntityManager): Promise<string> {
    const result = await manager.getRepository(ProtectionApplicationEntity).insert(application);
    return (result.identifiers[0] as { id: string }).id;
  }

  /**
   * Writes changes to an application whose row the caller has locked and returns the row as
   * written (the update's RETURNING).
   */
  async update(applicationId: string, changes: Partial<ProtectionApplicationEntity>, manager: EntityManager): Promise<ProtectionApplicationEntity> {
    const written = await updateReturning(manager, ProtectionApplicationEntity, applicationId, changes);
    if (!written) throw new Error(`application ${applicationId} vanished under its lock`);
    return written;
  }
}

/** The history of each application's steps: appended, never changed (a correction is a new entry). */
@Injectable()
export class StageHistoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  async record(entry: NewStageTransition, manager: EntityManager): Promise<void> {
    await manager.getRepository(StageTransitionEntity).insert(entry);
  }

  /** The step recorded last on an application (the one a correction corrects). */
  lastOf(applicationId: string, manager: EntityManager): Promise<StageTransitionEntity | null> {
    return manager.getRepository(StageTransitionEntity).createQueryBuilder('t').where('t.application_id = :applicationId', { applicationId }).orderBy('t.recorded_at', 'DESC').getOne();
  }

  /** The steps of these applications, each in the order they happened. */
  async ofApplications(applicationIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, StageTransitionEntity[]>> {
    const result = new Map<string, StageTransitionEntity[]>();
    if (applicationIds.length === 0) return result;
    const rows = await manager
      .getRepository(StageTransitionEntity)
      .createQueryBuilder('t')
      .where('t.application_id = ANY(:ids)', { ids: applicationIds })
      .orderBy('t.event_on', 'ASC')
      .addOrderBy('t.recorded_at', 'ASC')
      .getMany();
    for (const row of rows) result.set(row.applicationId as string, [...(result.get(row.applicationId as string) ?? []), row]);
    return result;
  }
}
