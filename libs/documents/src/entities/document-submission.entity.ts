import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { SubmissionTarget } from '#domain';
import { DocumentEntity } from './document.entity.js';
import { DocumentVersionEntity } from './document-version.entity.js';
import { DocumentApplicationRef, DocumentUserRef } from './refs.js';

/** A version of a document handed in: to ISA (first instance), to the review, or to a court, on a date. */
@Entity('document_submission')
@Index('idx_document_submission_document', ['documentId', 'submittedOn'])
@Index('idx_document_submission_client', ['clientId'])
@Check('ck_document_submission_target', `"submitted_to" IN ('isa', 'review', 'court')`)
export class DocumentSubmissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  documentId!: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'fk_document_submission_document' })
  document?: Relation<DocumentEntity>;

  @Column({ type: 'uuid' })
  versionId!: string;

  @ManyToOne(() => DocumentVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'fk_document_submission_version' })
  documentVersion?: Relation<DocumentVersionEntity>;

  @Column({ type: 'uuid' })
  clientId!: string;

  @Column({ type: 'uuid', nullable: true })
  applicationId!: string | null;

  @ManyToOne(() => DocumentApplicationRef, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'fk_document_submission_application' })
  application?: Relation<DocumentApplicationRef>;

  @Column({ type: 'text' })
  submittedTo!: SubmissionTarget;

  @Column({ type: 'date' })
  submittedOn!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @ManyToOne(() => DocumentUserRef, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by', foreignKeyConstraintName: 'fk_document_submission_recorded_by' })
  recorder?: Relation<DocumentUserRef>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
