import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import { PREFECTURES, PROGRAMMES, SERVICE_KINDS, type Prefecture, type Programme, type ServiceKind } from '#domain';
import { PartnerOrganisationEntity } from './partner-organisation.entity.js';
import { sqlList } from './sql-list.js';


/**
 * One thing a partner offers: a kind of help (reference §5.1), possibly a named public programme
 * with its own eligibility rules, the languages it is given in and the prefectures it serves,
 * and, where places are counted (shelter beds, class seats), how many were free on which day.
 * Referrals point at a service. The GIN indexes on the two lists are in the migration
 * (TypeORM cannot declare them).
 */
@Entity('partner_service')
@Index('idx_partner_service_organisation', ['organisationId'])
@Index('idx_partner_service_kind', ['kind'])
@Check('ck_partner_service_kind', `"kind" IN (${sqlList(SERVICE_KINDS)})`)
@Check('ck_partner_service_programme', `"programme" IS NULL OR "programme" IN (${sqlList(PROGRAMMES)})`)
@Check('ck_partner_service_languages', `cardinality("languages") >= 1 AND array_to_string("languages", ',') ~ '^[a-z]{2}(,[a-z]{2})*$'`)
@Check('ck_partner_service_prefectures', `cardinality("prefectures") >= 1 AND "prefectures" <@ ARRAY[${sqlList(PREFECTURES)}]::text[]`)
@Check('ck_partner_service_capacity', `"capacity_available" IS NULL OR "capacity_available" >= 0`)
export class PartnerServiceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => PartnerOrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_partner_service_organisation' })
  organisation?: Relation<PartnerOrganisationEntity>;

  @Column({ type: 'text' })
  kind!: ServiceKind;

  /** The public programme this service is, when Yorisoi knows its eligibility rules. */
  @Column({ type: 'text', nullable: true })
  programme!: Programme | null;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** Who the partner takes, in its own words (the rules Yorisoi checks are in libs/domain). */
  @Column({ type: 'text', nullable: true })
  eligibilityNotes!: string | null;

  /** ISO 639-1 codes of the languages the service is given in, without an interpreter. */
  @Index('idx_partner_service_languages', { synchronize: false })
  @Column({ type: 'text', array: true })
  languages!: string[];

  /** Where it is offered; a nationwide service lists every prefecture. */
  @Index('idx_partner_service_prefectures', { synchronize: false })
  @Column({ type: 'text', array: true })
  prefectures!: Prefecture[];

  /** Places free (beds, seats) as the partner last said; null when not counted or not known. */
  @Column({ type: 'int', nullable: true })
  capacityAvailable!: number | null;

  /** The day the partner gave that count: a count from last month says little about tonight. */
  @Column({ type: 'date', nullable: true })
  capacityUpdatedOn!: string | null;

  /** The service's name folded for search, as the organisation's names are. */
  @Column({ type: 'text', default: '' })
  searchText!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
