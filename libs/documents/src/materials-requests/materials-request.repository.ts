import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { MaterialsRequestEntity } from '../entities/materials-request.entity.js';

export type NewMaterialsRequest = Pick<MaterialsRequestEntity, 'clientId' | 'applicationId' | 'receivedOn' | 'dueDate' | 'description' | 'status' | 'resolvedOn' | 'createdBy'>;
export type MaterialsRequestChanges = Partial<Pick<MaterialsRequestEntity, 'status' | 'resolvedOn' | 'dueDate' | 'description'>>;

/** The deadline source of one request for materials. */
export function materialsRequestSource(requestId: string): string {
  return `materials-request:${requestId}`;
}

/** Data access for ISA's requests for further materials. Callers have checked the file's scope. */
@Injectable()
export class MaterialsRequestRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The file's requests, the one due first on top. */
  async listOfClient(clientId: string): Promise<MaterialsRequestEntity[]> {
    return this.dataSource.getRepository(MaterialsRequestEntity).find({ where: { clientId }, order: { dueDate: 'ASC', createdAt: 'ASC' } });
  }

  async findOfClient(clientId: string, requestId: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<MaterialsRequestEntity | null> {
    const query = manager.getRepository(MaterialsRequestEntity).createQueryBuilder('r').where('r.id = :requestId AND r.client_id = :clientId', { requestId, clientId });
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  async insert(request: NewMaterialsRequest, manager: EntityManager): Promise<string> {
    const result = await manager.getRepository(MaterialsRequestEntity).insert(request);
    return (result.identifiers[0] as { id: string }).id;
  }

  async update(requestId: string, changes: MaterialsRequestChanges, currentVersion: number, manager: EntityManager): Promise<void> {
    await manager.getRepository(MaterialsRequestEntity).update({ id: requestId }, { ...changes, version: currentVersion + 1 });
  }
}
