import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import { CLIENT_STATUSES, CONSENT_KINDS, CUSTODY_STATUSES, GENDERS, VULNERABILITY_FLAGS, type ClientStatus, type Consent, type ConsentKind, type CustodyStatus, type DeportationState, type Gender, type ProtectionStage, type ResidenceState, type VulnerabilityFlag } from '#domain';
import { TeamRef } from './refs.js';

/** Defined in libs/domain (shared with the dashboard); exported here for this library's users. */
export { CLIENT_STATUSES, CONSENT_KINDS, CUSTODY_STATUSES, GENDERS, VULNERABILITY_FLAGS };
export type { ClientStatus, Consent, ConsentKind, CustodyStatus, Gender, VulnerabilityFlag };

/**
 * A client's file: who they are, how to reach them, their status in Japan and in custody.
 * Protection applications, appointments, deadlines and the timeline hang off it.
 */
@Entity('client')
@Unique('uq_client_case_number', ['caseNumber'])
@Index('idx_client_date_of_birth', ['dateOfBirth'])
@Index('idx_client_residence_card', ['residenceCardNumber'])
@Index('idx_client_sort', ['sortName', 'id'])
@Index('idx_client_nationality', ['nationality'])
@Check('ck_client_status', `"status" IN ('open', 'closed', 'anonymised')`)
@Check('ck_client_custody', `"custody_status" IN ('none', 'detained', 'supervision', 'provisional-release')`)
export class ClientEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Human-readable, unique: `2026-0042`. */
  @Column({ type: 'text' })
  caseNumber!: string;

  /**
   * The team responsible for the file; its supervisors see it. A partial index (migration
   * UnassignedFiles) finds a team's open files without a primary caseworker for the team view.
   */
  @Index('idx_client_unassigned', { synchronize: false })
  @Column({ type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => TeamRef, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'fk_client_team' })
  team?: Relation<TeamRef>;

  @Column({ type: 'text', default: 'open' })
  status!: ClientStatus;

  /** Names in Latin script, as in the passport or as the client writes them. */
  @Column({ type: 'text' })
  familyName!: string;

  @Column({ type: 'text', default: '' })
  givenName!: string;

  /** The name in the client's own script (e.g. Arabic, Burmese, Chinese characters). */
  @Column({ type: 'text', nullable: true })
  nativeName!: string | null;

  /** The katakana reading used by Japanese authorities. */
  @Column({ type: 'text', nullable: true })
  katakanaName!: string | null;

  @Column({ type: 'text', array: true, default: '{}' })
  aliases!: string[];

  @Column({ type: 'date', nullable: true })
  dateOfBirth!: string | null;

  /** Many people only know their year of birth: the date is then 1 January, marked approximate. */
  @Column({ type: 'boolean', default: false })
  dateOfBirthApproximate!: boolean;

  @Column({ type: 'text', nullable: true })
  gender!: Gender | null;

  /** ISO 3166-1 alpha-3; XXA stateless, XXX unknown (ICAO Doc 9303). */
  @Column({ type: 'text', nullable: true })
  nationality!: string | null;

  /** ISO 639 language codes, the one the client is most at ease in first. */
  @Column({ type: 'text', array: true, default: '{}' })
  languages!: string[];

  @Column({ type: 'boolean', default: false })
  interpreterNeeded!: boolean;

  @Column({ type: 'text', nullable: true })
  interpreterLanguage!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  /** The landing date starts the 6-month window (Immigration Control Act Art. 61-2-2(1)(i)). */
  @Column({ type: 'date', nullable: true })
  landingDate!: string | null;

  @Column({ type: 'text', nullable: true })
  landingPort!: string | null;

  @Column({ type: 'text', nullable: true })
  residenceCardNumber!: string | null;

  /** Track R (residence status), as the procedure module models it. */
  @Column({ type: 'jsonb' })
  residence!: ResidenceState;

  /** Indexed copies of the residence state, for filters and expiry sweeps. */
  @Column({ type: 'text' })
  residenceStage!: string;

  @Column({ type: 'date', nullable: true })
  residenceExpiresOn!: string | null;

  /** Track D (deportation procedure and custody). */
  @Column({ type: 'jsonb' })
  deportation!: DeportationState;

  @Column({ type: 'text', default: 'none' })
  custodyStatus!: CustodyStatus;

  @Column({ type: 'text', array: true, default: '{}' })
  vulnerabilityFlags!: VulnerabilityFlag[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  consents!: Consent[];

  /** Every character and character pair of every name form, normalised (see nameGrams). */
  @Index('idx_client_search_grams', { synchronize: false })
  @Column({ type: 'text', array: true, default: '{}' })
  searchGrams!: string[];

  @Column({ type: 'text', default: '' })
  searchText!: string;

  /**
   * Stage of the file's latest protection application, and its primary caseworker: copies kept
   * by database triggers (migration CaseloadSummaries) so the team view and search read them from
   * one covering index instead of a lookup per file. Never written by the application.
   */
  @Column({ type: 'text', nullable: true, insert: false, update: false })
  currentStage!: ProtectionStage | null;

  @Index('idx_client_team_files', { synchronize: false })
  @Column({ type: 'uuid', nullable: true, insert: false, update: false })
  primaryUserId!: string | null;

  /** Normalised Latin name, for a stable alphabetical order in search results. */
  @Column({ type: 'text', default: '' })
  sortName!: string;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  closedReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  anonymisedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
