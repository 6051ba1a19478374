import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppointmentEntity } from '../entities/appointment.entity.js';

export type NewAppointment = Pick<AppointmentEntity, 'clientId' | 'applicationId' | 'kind' | 'startsAt' | 'endsAt' | 'place' | 'interpreterLanguage' | 'notes' | 'status' | 'createdBy'>;

/** Data access for a file's appointments. Callers have checked the file's scope. */
@Injectable()
export class AppointmentRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The file's appointments, latest first. */
  async listOfClient(clientId: string): Promise<AppointmentEntity[]> {
    return this.dataSource.getRepository(AppointmentEntity).find({ where: { clientId }, order: { startsAt: 'DESC' } });
  }

  async findById(appointmentId: string, manager: EntityManager = this.dataSource.manager): Promise<AppointmentEntity | null> {
    return manager.getRepository(AppointmentEntity).findOneBy({ id: appointmentId });
  }

  /** One appointment of the file, its row locked for the transaction. */
  async lockOfClient(clientId: string, appointmentId: string, manager: EntityManager): Promise<AppointmentEntity | null> {
    return manager
      .getRepository(AppointmentEntity)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.id = :appointmentId AND a.client_id = :clientId', { appointmentId, clientId })
      .getOne();
  }

  async insert(appointment: NewAppointment, manager: EntityManager): Promise<string> {
    const result = await manager.getRepository(AppointmentEntity).insert(appointment);
    return (result.identifiers[0] as { id: string }).id;
  }

  async update(appointmentId: string, columns: Partial<AppointmentEntity>, manager: EntityManager): Promise<void> {
    await manager.getRepository(AppointmentEntity).update({ id: appointmentId }, columns);
  }
}
