import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import type { ProtectionApplicationState, ProtectionKind, ProtectionStage } from '#domain';
import { ClientEntity } from './client.entity.js';

/**
 * One application for refugee recognition and/or complementary protection (track P). The full
 * state of the procedure module is kept as is; stage and number are columns for queries.
 */
@Entity('protection_application')
@Unique('uq_protection_application_number', ['clientId', 'applicationNo'])
@Index('idx_protection_application_stage', ['stage'])
@Check('ck_protection_application_kind', `"kind" IN ('REFUGEE_AND_CP', 'CP_ONLY')`)
export class ProtectionApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'fk_protection_application_client' })
  client?: Relation<ClientEntity>;

  /** 1st, 2nd, 3rd … application of this client. */
  @Column({ type: 'int' })
  applicationNo!: number;

  @Column({ type: 'text' })
  kind!: ProtectionKind;

  @Column({ type: 'text' })
  stage!: ProtectionStage;

  @Column({ type: 'jsonb' })
  state!: ProtectionApplicationState;

  /** The regional immigration bureau handling it (e.g. 東京出入国在留管理局). */
  @Column({ type: 'text', nullable: true })
  regionalBureau!: string | null;

  /**
   * For a 3rd or later application: whether material showing reasonable grounds was submitted
   * (Art. 61-2-9(4)), without which removal is not suspended.
   */
  @Column({ type: 'boolean', default: false })
  reasonableGroundsSubmitted!: boolean;

  @Column({ type: 'date', nullable: true })
  reasonableGroundsSubmittedOn!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
