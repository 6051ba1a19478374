import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Prefecture, ServiceKind } from '#domain';
import { PartnerOrganisationEntity } from '../entities/partner-organisation.entity.js';
import { PartnerServiceEntity } from '../entities/partner-service.entity.js';

export interface ServiceSearchFilter {
  readonly kind?: ServiceKind;
  /** ISO 639-1 code: services given in this language. */
  readonly language?: string;
  readonly prefecture?: Prefecture;
  /** Part of the organisation's name (either form) or the service's name, folded by normaliseName. */
  readonly text?: string;
  /** Also services that are inactive, or whose organisation is. */
  readonly includeInactive: boolean;
}

export interface OrganisationFilter {
  /** Part of the organisation's name, either form, folded by normaliseName. */
  readonly text?: string;
  readonly includeInactive: boolean;
}

/** A directory search hit: the service and the organisation offering it. */
export interface ServiceListing {
  readonly service: PartnerServiceEntity;
  readonly organisation: PartnerOrganisationEntity;
}

/** Where a page of services starts: after this organisation name and service id. */
export type ServicePosition = readonly [organisationName: string, serviceId: string];
/** Where a page of organisations starts: after this name and id. */
export type OrganisationPosition = readonly [name: string, id: string];

export interface Page<T, P> {
  readonly items: T[];
  /** The position of the last item, when there are more after it. */
  readonly next: P | null;
}

export type NewOrganisation = Pick<PartnerOrganisationEntity, 'name' | 'nameEn' | 'contactPerson' | 'referralEmail' | 'phone' | 'website' | 'notes' | 'searchText'>;
export type NewService = Pick<
  PartnerServiceEntity,
  'organisationId' | 'kind' | 'programme' | 'name' | 'description' | 'eligibilityNotes' | 'languages' | 'prefectures' | 'searchText'
>;

/** The facts a referral needs about the service it goes to. */
export interface ReferralTargetRow {
  readonly serviceId: string;
  readonly partnerId: string;
  readonly kind: ServiceKind;
  readonly programme: PartnerServiceEntity['programme'];
  readonly serviceName: string;
  readonly organisationName: string;
  readonly referralEmail: string;
  readonly serviceActive: boolean;
  readonly organisationActive: boolean;
}

interface OrganisationRow {
  id: string;
  name: string;
  name_en: string | null;
  contact_person: string | null;
  referral_email: string;
  phone: string | null;
  website: string | null;
  notes: string | null;
  search_text: string;
  active: boolean;
  created_at: Date;
  updated_at: Date;
  version: number;
}

interface ListingRow {
  id: string;
  organisation_id: string;
  kind: ServiceKind;
  programme: PartnerServiceEntity['programme'];
  name: string;
  description: string | null;
  eligibility_notes: string | null;
  languages: string[];
  prefectures: Prefecture[];
  capacity_available: number | null;
  capacity_updated_on: string | null;
  search_text: string;
  active: boolean;
  created_at: Date;
  updated_at: Date;
  version: number;
  o_name: string;
  o_name_en: string | null;
  o_contact_person: string | null;
  o_referral_email: string;
  o_phone: string | null;
  o_website: string | null;
  o_notes: string | null;
  o_search_text: string;
  o_active: boolean;
  o_created_at: Date;
  o_updated_at: Date;
  o_version: number;
}

/** `%text%` for LIKE on a search_text column, the folded text's `%`, `_` and `\` taken literally. */
function containsPattern(folded: string): string {
  return `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function toOrganisation(row: OrganisationRow): PartnerOrganisationEntity {
  return {
    id: row.id,
    name: row.name,
    nameEn: row.name_en,
    contactPerson: row.contact_person,
    referralEmail: row.referral_email,
    phone: row.phone,
    website: row.website,
    notes: row.notes,
    searchText: row.search_text,
    active: row.active,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

function toListing(row: ListingRow): ServiceListing {
  return {
    service: {
      id: row.id,
      organisationId: row.organisation_id,
      kind: row.kind,
      programme: row.programme,
      name: row.name,
      description: row.description,
      eligibilityNotes: row.eligibility_notes,
      languages: row.languages,
      prefectures: row.prefectures,
      capacityAvailable: row.capacity_available,
      capacityUpdatedOn: row.capacity_updated_on,
      searchText: row.search_text,
      active: row.active,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      version: row.version,
    },
    organisation: {
      id: row.organisation_id,
      name: row.o_name,
      nameEn: row.o_name_en,
      contactPerson: row.o_contact_person,
      referralEmail: row.o_referral_email,
      phone: row.o_phone,
      website: row.o_website,
      notes: row.o_notes,
      searchText: row.o_search_text,
      active: row.o_active,
      createdAt: row.o_created_at,
      updatedAt: row.o_updated_at,
      version: row.o_version,
    },
  };
}

/** Data access for the partner directory: organisations and their services. */
@Injectable()
export class PartnerRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One page of services matching every given filter, by organisation name then service id.
   * The kind, language and prefecture filters use their indexes; the name match compares the
   * folded search_text columns of the rows those leave (a directory holds a few thousand services).
   */
  async searchServices(filter: ServiceSearchFilter, limit: number, after?: ServicePosition): Promise<Page<ServiceListing, ServicePosition>> {
    const params: unknown[] = [];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    const where: string[] = [];
    if (!filter.includeInactive) where.push('s.active AND o.active');
    if (filter.kind !== undefined) where.push(`s.kind = ${param(filter.kind)}`);
    if (filter.language !== undefined) where.push(`s.languages @> ARRAY[${param(filter.language)}]::text[]`);
    if (filter.prefecture !== undefined) where.push(`s.prefectures @> ARRAY[${param(filter.prefecture)}]::text[]`);
    if (filter.text !== undefined) {
      const pattern = param(containsPattern(filter.text));
      where.push(`(o.search_text LIKE ${pattern} ESCAPE '\\' OR s.search_text LIKE ${pattern} ESCAPE '\\')`);
    }
    if (after) where.push(`(o.name, s.id) > (${param(after[0])}, ${param(after[1])}::uuid)`);
    const rows = await this.dataSource.query<ListingRow[]>(
      `SELECT s.id, s.organisation_id, s.kind, s.programme, s.name, s.description, s.eligibility_notes, s.languages, s.prefectures,
              s.capacity_available, s.capacity_updated_on::text AS capacity_updated_on, s.search_text, s.active, s.created_at, s.updated_at, s.version,
              o.name AS o_name, o.name_en AS o_name_en, o.contact_person AS o_contact_person, o.referral_email AS o_referral_email,
              o.phone AS o_phone, o.website AS o_website, o.notes AS o_notes, o.search_text AS o_search_text, o.active AS o_active,
              o.created_at AS o_created_at, o.updated_at AS o_updated_at, o.version AS o_version
         FROM partner_service s
         JOIN partner_organisation o ON o.id = s.organisation_id
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY o.name, s.id
        LIMIT ${limit + 1}`,
      params,
    );
    const items = rows.slice(0, limit).map(toListing);
    const last = items.at(-1);
    return { items, next: rows.length > limit && last ? [last.organisation.name, last.service.id] : null };
  }

  /** One page of organisations, by name. */
  async pageOfOrganisations(filter: OrganisationFilter, limit: number, after?: OrganisationPosition): Promise<Page<PartnerOrganisationEntity, OrganisationPosition>> {
    const params: unknown[] = [];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    const where: string[] = [];
    if (!filter.includeInactive) where.push('o.active');
    if (filter.text !== undefined) {
      const pattern = param(containsPattern(filter.text));
      where.push(`o.search_text LIKE ${pattern} ESCAPE '\\'`);
    }
    if (after) where.push(`(o.name, o.id) > (${param(after[0])}, ${param(after[1])}::uuid)`);
    const rows = await this.dataSource.query<OrganisationRow[]>(
      `SELECT o.id, o.name, o.name_en, o.contact_person, o.referral_email, o.phone, o.website, o.notes, o.search_text, o.active, o.created_at, o.updated_at, o.version
         FROM partner_organisation o
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY o.name, o.id
        LIMIT ${limit + 1}`,
      params,
    );
    const items = rows.slice(0, limit).map(toOrganisation);
    const last = items.at(-1);
    return { items, next: rows.length > limit && last ? [last.name, last.id] : null };
  }

  /** The organisation, or null; with `lock`, its row stays locked until the transaction ends. */
  async findOrganisation(id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<PartnerOrganisationEntity | null> {
    return manager.getRepository(PartnerOrganisationEntity).findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  /** Every service of the organisation, active or not, by name. */
  async servicesOf(organisationId: string, manager: EntityManager = this.dataSource.manager): Promise<PartnerServiceEntity[]> {
    return manager.getRepository(PartnerServiceEntity).find({ where: { organisationId }, order: { name: 'ASC', id: 'ASC' } });
  }

  /** The service, or null; with `lock`, its row stays locked until the transaction ends. */
  async findService(id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<PartnerServiceEntity | null> {
    return manager.getRepository(PartnerServiceEntity).findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  async insertOrganisation(organisation: NewOrganisation, manager: EntityManager): Promise<string> {
    const result = await manager.getRepository(PartnerOrganisationEntity).insert({ ...organisation, active: true });
    return (result.identifiers[0] as { id: string }).id;
  }

  /** The caller holds the row lock and has checked `currentVersion`. */
  async updateOrganisation(id: string, changes: Partial<PartnerOrganisationEntity>, currentVersion: number, manager: EntityManager): Promise<void> {
    await manager.getRepository(PartnerOrganisationEntity).update({ id }, { ...changes, version: currentVersion + 1 });
  }

  async insertService(service: NewService, manager: EntityManager): Promise<string> {
    const result = await manager.getRepository(PartnerServiceEntity).insert({ ...service, capacityAvailable: null, capacityUpdatedOn: null, active: true });
    return (result.identifiers[0] as { id: string }).id;
  }

  /** The caller holds the row lock and has checked `currentVersion`. */
  async updateService(id: string, changes: Partial<PartnerServiceEntity>, currentVersion: number, manager: EntityManager): Promise<void> {
    await manager.getRepository(PartnerServiceEntity).update({ id }, { ...changes, version: currentVersion + 1 });
  }

  /** The service with its organisation's name and referral address, in one query. */
  async referralTarget(serviceId: string, manager: EntityManager = this.dataSource.manager): Promise<ReferralTargetRow | null> {
    const [row] = await manager.query<ReferralTargetRow[]>(
      `SELECT s.id AS "serviceId", o.id AS "partnerId", s.kind, s.programme, s.name AS "serviceName", o.name AS "organisationName",
              o.referral_email AS "referralEmail", s.active AS "serviceActive", o.active AS "organisationActive"
         FROM partner_service s
         JOIN partner_organisation o ON o.id = s.organisation_id
        WHERE s.id = $1`,
      [serviceId],
    );
    return row ?? null;
  }

  /** Whether the directory holds any organisation at all (the demo seeds an empty one only). */
  async hasOrganisations(): Promise<boolean> {
    const [row] = await this.dataSource.query<{ found: boolean }[]>('SELECT EXISTS (SELECT 1 FROM partner_organisation) AS found');
    return row?.found ?? false;
  }
}
