import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import type { DocumentCategory, TranslationStatus } from '#domain';
import { DocumentApplicationRef, DocumentClientRef, DocumentUserRef } from './refs.js';

/**
 * A piece of evidence in a client's file: identity papers, the personal statement, a medical
 * report, an ISA notice … Its bytes live in versions (DocumentVersionEntity); uploading again adds
 * a version and nothing is overwritten. The translation columns describe the Japanese translation
 * of this document, when it is in another language (Enforcement Regulation Art. 62); the
 * translation itself is another document pointing here through `translationOfId`.
 */
@Entity('document')
@Index('idx_document_client', ['clientId', 'createdAt'])
@Index('idx_document_application', ['applicationId'], { where: `"application_id" IS NOT NULL` })
@Index('idx_document_translation_of', ['translationOfId'], { where: `"translation_of_id" IS NOT NULL` })
@Check('ck_document_category', `"category" IN ('identity', 'personal-statement', 'persecution-evidence', 'medical', 'country-information', 'isa-notice', 'court-document', 'support-letter', 'photograph', 'other')`)
@Check('ck_document_language', `"language" ~ '^[a-z]{2}$'`)
@Check('ck_document_translation_status', `"translation_status" IN ('not-needed', 'needed', 'requested', 'draft', 'checked', 'signed')`)
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => DocumentClientRef, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'fk_document_client' })
  client?: Relation<DocumentClientRef>;

  /** The protection application it belongs to, if any (else the file as a whole: identity papers). */
  @Column({ type: 'uuid', nullable: true })
  applicationId!: string | null;

  @ManyToOne(() => DocumentApplicationRef, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'fk_document_application' })
  application?: Relation<DocumentApplicationRef>;

  @Column({ type: 'text' })
  category!: DocumentCategory;

  @Column({ type: 'text' })
  title!: string;

  /** ISO 639-1 code of the document's language; `ja` is Japanese. */
  @Column({ type: 'text' })
  language!: string;

  /** The date written on the document (issued, signed), not the upload date. */
  @Column({ type: 'date', nullable: true })
  documentDate!: string | null;

  /**
   * Medical or trauma evidence and the like: only the assigned caseworkers and the team's
   * supervisors see it, never under emergency access.
   */
  @Column({ type: 'boolean', default: false })
  sensitive!: boolean;

  /** To be submitted (to ISA, the review or a court): then a foreign language needs a signed translation. */
  @Column({ type: 'boolean', default: false })
  forSubmission!: boolean;

  /** The checklist item it fills, when the caseworker chose one; else its category decides. */
  @Column({ type: 'text', nullable: true })
  checklistItemKey!: string | null;

  /** Set on a Japanese translation: the document it translates. */
  @Column({ type: 'uuid', nullable: true })
  translationOfId!: string | null;

  @ManyToOne(() => DocumentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'translation_of_id', foreignKeyConstraintName: 'fk_document_translation_of' })
  translationOf?: Relation<DocumentEntity>;

  @Column({ type: 'text', default: 'not-needed' })
  translationStatus!: TranslationStatus;

  @Column({ type: 'text', nullable: true })
  translatorName!: string | null;

  /** When the translator promised it: a `translation-due` deadline with reminders. */
  @Column({ type: 'date', nullable: true })
  translationDueDate!: string | null;

  /** The date the translator signed the translation. */
  @Column({ type: 'date', nullable: true })
  translationSignedOn!: string | null;

  /** Versions uploaded so far (the latest is the current one). */
  @Column({ type: 'int', default: 0 })
  versionCount!: number;

  /** Deleted documents keep their row for the timeline and audit; their bytes are unreadable. */
  @Column({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => DocumentUserRef, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_document_created_by' })
  creator?: Relation<DocumentUserRef>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
