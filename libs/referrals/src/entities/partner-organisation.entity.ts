import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * An organisation the NGO refers clients to: a shelter, a law office, a Japanese class, a clinic.
 * Its services (PartnerServiceEntity) say what it offers, where and in which languages. Never
 * deleted: a referral keeps pointing at the partner it went to; an organisation that stops
 * working with the NGO is made inactive and drops out of searches.
 */
@Entity('partner_organisation')
@Index('idx_partner_organisation_name', ['name', 'id'])
@Check('ck_partner_organisation_website', `"website" IS NULL OR "website" ~ '^https?://'`)
export class PartnerOrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** As the organisation writes it itself, often in Japanese: the name a letter is addressed to. */
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  nameEn!: string | null;

  /** The partner's staff member who takes referrals; shown in the directory, never logged. */
  @Column({ type: 'text', nullable: true })
  contactPerson!: string | null;

  /** Where referrals are sent (a link, never the client's data: issue 12). */
  @Column({ type: 'text' })
  referralEmail!: string;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  /** For caseworkers: opening hours, how intake works, what to bring. */
  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  /**
   * Both names folded for search (normaliseName: case, width, accents, katakana as hiragana),
   * written with them; the directory search matches it with LIKE, no per-row folding.
   */
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
