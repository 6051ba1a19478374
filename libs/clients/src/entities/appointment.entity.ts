import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import { ClientEntity } from './client.entity.js';
import { APPOINTMENT_KINDS, APPOINTMENT_STATUSES, type AppointmentKind, type AppointmentStatus } from '#domain';

/** Defined in libs/domain (shared with the dashboard); exported here for this library's users. */
export { APPOINTMENT_KINDS, APPOINTMENT_STATUSES };
export type { AppointmentKind, AppointmentStatus };

/** An interview, hearing, reporting date, lawyer meeting or court date. */
@Entity('appointment')
@Index('idx_appointment_client', ['clientId', 'startsAt'])
@Index('idx_appointment_upcoming', ['startsAt'], { where: `"status" = 'scheduled'` })
@Check('ck_appointment_kind', `"kind" IN ('refugee-inquirer-interview', 'oral-opinion-hearing', 'reporting-date', 'lawyer-meeting', 'court-date', 'other')`)
@Check('ck_appointment_status', `"status" IN ('scheduled', 'held', 'missed', 'cancelled')`)
export class AppointmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'fk_appointment_client' })
  client?: Relation<ClientEntity>;

  @Column({ type: 'uuid', nullable: true })
  applicationId!: string | null;

  @Column({ type: 'text' })
  kind!: AppointmentKind;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endsAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  place!: string | null;

  /** Language of the interpreter to book, if one is needed (ISO 639). */
  @Column({ type: 'text', nullable: true })
  interpreterLanguage!: string | null;

  @Column({ type: 'text', default: 'scheduled' })
  status!: AppointmentStatus;

  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
