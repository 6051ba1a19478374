import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { StageTransitionEntity } from '../entities/stage-transition.entity.js';

export type NewStatusStep = Omit<StageTransitionEntity, 'id' | 'client' | 'application' | 'track' | 'applicationId'> & { readonly track: 'residence' | 'deportation' };

/** A file's residence-status and custody steps (stage transitions without an application): appended, never changed. */
@Injectable()
export class StatusStepRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every residence and custody step of the file, in the order they happened. */
  historyOf(clientId: string): Promise<StageTransitionEntity[]> {
    return this.dataSource
      .getRepository(StageTransitionEntity)
      .createQueryBuilder('t')
      .where('t.client_id = :clientId', { clientId })
      .andWhere(`t.track IN ('residence', 'deportation')`)
      .orderBy('t.event_on', 'ASC')
      .addOrderBy('t.recorded_at', 'ASC')
      .getMany();
  }

  async record(manager: EntityManager, step: NewStatusStep): Promise<void> {
    await manager.getRepository(StageTransitionEntity).insert({ ...step, applicationId: null });
  }
}
