import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import type { ChecklistStep, ChecklistTemplateContent } from '#domain';
import { DocumentUserRef } from './refs.js';

/**
 * The documents expected for one procedure step. Templates are versioned: an administrator's edit
 * adds a version, and the newest version of a step is the one applications are checked against.
 * Version 1 of each step is the default seeded from the reference.
 */
@Entity('checklist_template')
@Unique('uq_checklist_template_step_version', ['step', 'version'])
@Check('ck_checklist_template_step', `"step" IN ('first-application', 'subsequent-application', 'review-request', 'revocation-suit', 'provisional-release-extension')`)
export class ChecklistTemplateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  step!: ChecklistStep;

  @Column({ type: 'int' })
  version!: number;

  /** Title, basis and items, validated by `validateChecklistTemplate` before it is stored. */
  @Column({ type: 'jsonb' })
  content!: ChecklistTemplateContent;

  /** Null for the seeded defaults. */
  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => DocumentUserRef, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_checklist_template_created_by' })
  creator?: Relation<DocumentUserRef>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
