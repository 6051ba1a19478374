import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import { DocumentApplicationRef, DocumentClientRef, DocumentUserRef } from './refs.js';

export const MATERIALS_REQUEST_STATUSES = ['open', 'answered', 'withdrawn'] as const;
export type MaterialsRequestStatus = (typeof MATERIALS_REQUEST_STATUSES)[number];

/**
 * ISA asked for further materials by a date (a letter during the examination). Its due date is a
 * `materials-request` deadline with reminders, met when the request is answered.
 */
@Entity('materials_request')
@Index('idx_materials_request_client', ['clientId', 'dueDate'])
@Check('ck_materials_request_status', `"status" IN ('open', 'answered', 'withdrawn')`)
export class MaterialsRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => DocumentClientRef, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'fk_materials_request_client' })
  client?: Relation<DocumentClientRef>;

  @Column({ type: 'uuid', nullable: true })
  applicationId!: string | null;

  @ManyToOne(() => DocumentApplicationRef, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'fk_materials_request_application' })
  application?: Relation<DocumentApplicationRef>;

  /** The date of ISA's letter (or when it reached the client). */
  @Column({ type: 'date' })
  receivedOn!: string;

  @Column({ type: 'date' })
  dueDate!: string;

  /** What ISA asked for, as the caseworker wrote it down. */
  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text', default: 'open' })
  status!: MaterialsRequestStatus;

  /** When it was answered or withdrawn. */
  @Column({ type: 'date', nullable: true })
  resolvedOn!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => DocumentUserRef, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_materials_request_created_by' })
  creator?: Relation<DocumentUserRef>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
