import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '#audit';
import { DomainError, isPrefecture, isProgramme, isServiceKind, localDateInTimeZone, normaliseName, searchText, type Prefecture, type Programme, type ServiceKind } from '#domain';
import { AppConfig, Clock, type FieldProblem, KeysetCursor } from '#platform';
import type { PartnerOrganisationEntity } from '../entities/partner-organisation.entity.js';
import type { PartnerServiceEntity } from '../entities/partner-service.entity.js';
import { toDetailView, toListingView, toOrganisationView, toServiceView } from './partner-mapping.js';
import { PartnerRepository, type NewOrganisation, type NewService } from './partner.repository.js';
import type { PartnerDetailView, PartnerOrganisationPageView, PartnerServicePageView, PartnerServiceView } from './partner.views.js';

/** Capacity counts are days in Japan, where the partners are. */
/** ISO 639-1, as everywhere in Yorisoi: two lower-case letters. */
const LANGUAGE_CODE = /^[a-z]{2}$/;

/** The search's keyset: the organisation name and the service id of a page's last hit. */
const SERVICE_CURSOR = new KeysetCursor(['text', 'uuid'] as const);
/** The organisation list's keyset: the name and id of a page's last organisation. */
const ORGANISATION_CURSOR = new KeysetCursor(['text', 'uuid'] as const);

export interface PartnerServiceSearchInput {
  readonly kind?: ServiceKind;
  /** ISO 639-1 code. */
  readonly language?: string;
  readonly prefecture?: Prefecture;
  /** Part of the organisation's name (Japanese or English) or the service's name. */
  readonly q?: string;
  /** Inactive services and organisations are left out unless this is true. */
  readonly includeInactive?: boolean;
  readonly cursor?: string;
  readonly limit: number;
}

export interface PartnerListInput {
  readonly q?: string;
  readonly includeInactive?: boolean;
  readonly cursor?: string;
  readonly limit: number;
}

export interface NewPartnerInput {
  readonly name: string;
  readonly nameEn?: string | null;
  readonly contactPerson?: string | null;
  readonly referralEmail: string;
  readonly phone?: string | null;
  readonly website?: string | null;
  readonly notes?: string | null;
}

/** A correction written against the version the editor read; absent fields stay as they are. */
export interface PartnerUpdateInput extends Partial<NewPartnerInput> {
  readonly version: number;
}

export interface NewPartnerServiceInput {
  readonly kind: ServiceKind;
  readonly programme?: Programme | null;
  readonly name: string;
  readonly description?: string | null;
  readonly eligibilityNotes?: string | null;
  readonly languages: readonly string[];
  readonly prefectures: readonly Prefecture[];
}

export interface PartnerServiceUpdateInput extends Partial<NewPartnerServiceInput> {
  readonly version: number;
}

export interface ServiceCapacityInput {
  readonly version: number;
  /** Places free; null when the partner no longer counts them. */
  readonly available: number | null;
  /** The day the partner gave the count; today (in Japan) when not given. */
  readonly updatedOn?: string | null;
}

/** What the referral service needs to know about the service a referral goes to. */
export interface ReferralTarget {
  readonly serviceId: string;
  readonly partnerId: string;
  readonly kind: ServiceKind;
  readonly programme: Programme | null;
  readonly serviceName: string;
  readonly organisationName: string;
  readonly referralEmail: string;
  /** The service and its organisation are both active: referrals may go to it. */
  readonly active: boolean;
}

const ORGANISATION_FIELDS = ['name', 'nameEn', 'contactPerson', 'referralEmail', 'phone', 'website', 'notes'] as const;
const SERVICE_FIELDS = ['kind', 'programme', 'name', 'description', 'eligibilityNotes', 'languages', 'prefectures'] as const;

/**
 * The partner directory: organisations the NGO refers clients to and the services they offer.
 * Everyone signed in searches it; supervisors and administrators maintain it (the api's access
 * rules say who). Every change is audited with the fields it touched, never their values: a
 * contact person's name is personal data too.
 */
@Injectable()
export class PartnerDirectoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly partners: PartnerRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** Services matching every given filter, by organisation name; the cursor is checked first. */
  async searchServices(input: PartnerServiceSearchInput): Promise<PartnerServicePageView> {
    const after = input.cursor === undefined ? undefined : SERVICE_CURSOR.decode(input.cursor);
    const page = await this.partners.searchServices(
      {
        kind: input.kind,
        language: input.language,
        prefecture: input.prefecture,
        text: searchedText(input.q),
        includeInactive: input.includeInactive ?? false,
      },
      input.limit,
      after,
    );
    return { items: page.items.map(toListingView), nextCursor: page.next ? SERVICE_CURSOR.encode(page.next) : null };
  }

  /** Organisations by name, for the directory's maintenance. */
  async listPartners(input: PartnerListInput): Promise<PartnerOrganisationPageView> {
    const after = input.cursor === undefined ? undefined : ORGANISATION_CURSOR.decode(input.cursor);
    const page = await this.partners.pageOfOrganisations({ text: searchedText(input.q), includeInactive: input.includeInactive ?? false }, input.limit, after);
    return { items: page.items.map(toOrganisationView), nextCursor: page.next ? ORGANISATION_CURSOR.encode(page.next) : null };
  }

  /** The organisation with every service, active or not. */
  async getPartner(partnerId: string): Promise<PartnerDetailView> {
    const organisation = await this.requireOrganisation(partnerId);
    return toDetailView(organisation, await this.partners.servicesOf(partnerId));
  }

  async getService(partnerId: string, serviceId: string): Promise<PartnerServiceView> {
    return toServiceView(await this.requireService(partnerId, serviceId));
  }

  /**
   * The service a referral is about to go to, with where to send it; null for an unknown id.
   * For the referral service, which decides what an inactive target means; `manager` when asked
   * inside a transaction.
   */
  async serviceForReferral(serviceId: string, manager?: EntityManager): Promise<ReferralTarget | null> {
    const row = await this.partners.referralTarget(serviceId, manager);
    if (!row) return null;
    return {
      serviceId: row.serviceId,
      partnerId: row.partnerId,
      kind: row.kind,
      programme: row.programme,
      serviceName: row.serviceName,
      organisationName: row.organisationName,
      referralEmail: row.referralEmail,
      active: row.serviceActive && row.organisationActive,
    };
  }

  async createPartner(input: NewPartnerInput): Promise<PartnerDetailView> {
    const values = organisationValues(input);
    checkOrganisation(values, true);
    const id = await this.dataSource.transaction(async (manager) => {
      const partnerId = await this.partners.insertOrganisation(newOrganisation(values), manager);
      await this.audit.record({ action: AuditAction.PartnerCreated, target: { type: 'partner', id: partnerId } }, manager);
      return partnerId;
    });
    return this.getPartner(id);
  }

  /** Corrects the organisation's details. A stale version answers 409 and changes nothing. */
  async updatePartner(partnerId: string, input: PartnerUpdateInput): Promise<PartnerDetailView> {
    const values = organisationValues(input);
    checkOrganisation(values, false);
    await this.dataSource.transaction(async (manager) => {
      const organisation = await this.lockOrganisation(partnerId, input.version, manager);
      const changed = ORGANISATION_FIELDS.filter((field) => values[field] !== undefined && values[field] !== organisation[field]);
      if (changed.length === 0) return;
      const names = { name: values.name ?? organisation.name, nameEn: values.nameEn === undefined ? organisation.nameEn : values.nameEn };
      await this.partners.updateOrganisation(partnerId, { ...pick(values, changed), searchText: organisationSearchText(names) }, organisation.version, manager);
      // The one value kept: where client letters go from now on. It is the organisation's address,
      // not a person's, and a redirected address must be traceable to whoever changed it.
      const readdressed = changed.includes('referralEmail') ? { referralEmailFrom: organisation.referralEmail, referralEmailTo: values.referralEmail ?? null } : undefined;
      await this.audit.record({ action: AuditAction.PartnerUpdated, target: { type: 'partner', id: partnerId }, changedFields: changed, ...(readdressed ? { details: readdressed } : {}) }, manager);
    });
    return this.getPartner(partnerId);
  }

  /** Out of searches, and serviceForReferral reports its services inactive; nothing is deleted. */
  async deactivatePartner(partnerId: string): Promise<PartnerDetailView> {
    return this.setPartnerActive(partnerId, false);
  }

  async reactivatePartner(partnerId: string): Promise<PartnerDetailView> {
    return this.setPartnerActive(partnerId, true);
  }

  async addService(partnerId: string, input: NewPartnerServiceInput): Promise<PartnerServiceView> {
    const values = serviceValues(input);
    checkService(values, true);
    const id = await this.dataSource.transaction(async (manager) => {
      // Locked so that the organisation cannot change under the new service.
      await this.lockOrganisation(partnerId, undefined, manager);
      const service = newService(partnerId, values);
      const serviceId = await this.partners.insertService(service, manager);
      await this.audit.record(
        { action: AuditAction.PartnerServiceCreated, target: { type: 'partner-service', id: serviceId }, details: { partnerId, kind: service.kind, programme: service.programme } },
        manager,
      );
      return serviceId;
    });
    return this.getService(partnerId, id);
  }

  /** Corrects what the service is; a stale version answers 409 and changes nothing. */
  async updateService(partnerId: string, serviceId: string, input: PartnerServiceUpdateInput): Promise<PartnerServiceView> {
    const values = serviceValues(input);
    checkService(values, false);
    await this.dataSource.transaction(async (manager) => {
      const service = await this.lockService(partnerId, serviceId, input.version, manager);
      const changed = SERVICE_FIELDS.filter((field) => values[field] !== undefined && JSON.stringify(values[field]) !== JSON.stringify(service[field]));
      if (changed.length === 0) return;
      await this.partners.updateService(serviceId, { ...pick(values, changed), searchText: searchText([values.name ?? service.name]) }, service.version, manager);
      await this.audit.record(
        { action: AuditAction.PartnerServiceUpdated, target: { type: 'partner-service', id: serviceId }, changedFields: changed, details: { partnerId } },
        manager,
      );
    });
    return this.getService(partnerId, serviceId);
  }

  /** Records the places the partner says are free, and on which day they said it. */
  async setCapacity(partnerId: string, serviceId: string, input: ServiceCapacityInput): Promise<PartnerServiceView> {
    const today = localDateInTimeZone(this.clock.now(), this.config.timeZone);
    const updatedOn = input.available === null ? null : (input.updatedOn ?? today);
    if (updatedOn !== null && updatedOn > today) {
      throw new DomainError('VALIDATION_FAILED', 'A count cannot be from a day still to come.', { fields: [{ field: 'updatedOn', problems: ['must not be after today'] }] });
    }
    await this.dataSource.transaction(async (manager) => {
      const service = await this.lockService(partnerId, serviceId, input.version, manager);
      if (service.capacityAvailable === input.available && service.capacityUpdatedOn === updatedOn) return;
      await this.partners.updateService(serviceId, { capacityAvailable: input.available, capacityUpdatedOn: updatedOn }, service.version, manager);
      await this.audit.record(
        { action: AuditAction.PartnerCapacitySet, target: { type: 'partner-service', id: serviceId }, details: { partnerId, available: input.available, updatedOn } },
        manager,
      );
    });
    return this.getService(partnerId, serviceId);
  }

  async deactivateService(partnerId: string, serviceId: string): Promise<PartnerServiceView> {
    return this.setServiceActive(partnerId, serviceId, false);
  }

  async reactivateService(partnerId: string, serviceId: string): Promise<PartnerServiceView> {
    return this.setServiceActive(partnerId, serviceId, true);
  }

  /** Whether the directory is still empty (the demo seeds only an empty one). */
  async isEmpty(): Promise<boolean> {
    return !(await this.partners.hasOrganisations());
  }

  /** Idempotent: an organisation already in that state is left as it is, unaudited. */
  private async setPartnerActive(partnerId: string, active: boolean): Promise<PartnerDetailView> {
    await this.dataSource.transaction(async (manager) => {
      const organisation = await this.lockOrganisation(partnerId, undefined, manager);
      if (organisation.active === active) return;
      await this.partners.updateOrganisation(partnerId, { active }, organisation.version, manager);
      await this.audit.record({ action: active ? AuditAction.PartnerReactivated : AuditAction.PartnerDeactivated, target: { type: 'partner', id: partnerId } }, manager);
    });
    return this.getPartner(partnerId);
  }

  private async setServiceActive(partnerId: string, serviceId: string, active: boolean): Promise<PartnerServiceView> {
    await this.dataSource.transaction(async (manager) => {
      const service = await this.lockService(partnerId, serviceId, undefined, manager);
      if (service.active === active) return;
      await this.partners.updateService(serviceId, { active }, service.version, manager);
      await this.audit.record(
        { action: active ? AuditAction.PartnerServiceReactivated : AuditAction.PartnerServiceDeactivated, target: { type: 'partner-service', id: serviceId }, details: { partnerId } },
        manager,
      );
    });
    return this.getService(partnerId, serviceId);
  }

  private async requireOrganisation(partnerId: string, manager?: EntityManager, lock = false): Promise<PartnerOrganisationEntity> {
    const organisation = await this.partners.findOrganisation(partnerId, manager, lock);
    if (!organisation) throw new DomainError('RECORD_NOT_FOUND', 'No such partner organisation.');
    return organisation;
  }

  private async requireService(partnerId: string, serviceId: string, manager?: EntityManager, lock = false): Promise<PartnerServiceEntity> {
    const service = await this.partners.findService(serviceId, manager, lock);
    if (!service || service.organisationId !== partnerId) throw new DomainError('RECORD_NOT_FOUND', 'No such service of this partner organisation.');
    return service;
  }

  /** The organisation's row, locked; with `version`, refused when someone changed it since. */
  private async lockOrganisation(partnerId: string, version: number | undefined, manager: EntityManager): Promise<PartnerOrganisationEntity> {
    const organisation = await this.requireOrganisation(partnerId, manager, true);
    if (version !== undefined && organisation.version !== version) throw stale('partner organisation', organisation.version);
    return organisation;
  }

  private async lockService(partnerId: string, serviceId: string, version: number | undefined, manager: EntityManager): Promise<PartnerServiceEntity> {
    const service = await this.requireService(partnerId, serviceId, manager, true);
    if (version !== undefined && service.version !== version) throw stale('service', service.version);
    return service;
  }
}

/**
 * The search text, folded as the stored names are; undefined when no text was given. A text of
 * nothing but spaces and punctuation would match everything: refused.
 */
function searchedText(q: string | undefined): string | undefined {
  if (q === undefined) return undefined;
  const folded = normaliseName(q);
  if (folded === '') throw new DomainError('VALIDATION_FAILED', 'Search for at least one letter or character.', { fields: [{ field: 'q', problems: ['nothing to search for'] }] });
  return folded;
}

function organisationSearchText(names: { readonly name: string; readonly nameEn: string | null }): string {
  return searchText(names.nameEn ? [names.name, names.nameEn] : [names.name]);
}

type OrganisationValues = { -readonly [K in (typeof ORGANISATION_FIELDS)[number]]?: NewOrganisation[K] };
type ServiceValues = { -readonly [K in (typeof SERVICE_FIELDS)[number]]?: NewService[K] };

/** Text trimmed; an optional text left blank is no text (null); absent stays absent. */
function organisationValues(input: Partial<NewPartnerInput>): OrganisationValues {
  return {
    name: input.name?.trim(),
    nameEn: optionalText(input.nameEn),
    contactPerson: optionalText(input.contactPerson),
    referralEmail: input.referralEmail?.trim(),
    phone: optionalText(input.phone),
    website: optionalText(input.website),
    notes: optionalText(input.notes),
  };
}

function serviceValues(input: Partial<NewPartnerServiceInput>): ServiceValues {
  return {
    kind: input.kind,
    programme: input.programme,
    name: input.name?.trim(),
    description: optionalText(input.description),
    eligibilityNotes: optionalText(input.eligibilityNotes),
    languages: input.languages ? [...input.languages] : undefined,
    prefectures: input.prefectures ? [...input.prefectures] : undefined,
  };
}

/** A new organisation's columns: what was not given is null. */
function newOrganisation(values: OrganisationValues): NewOrganisation {
  const names = { name: values.name ?? '', nameEn: values.nameEn ?? null };
  return {
    ...names,
    searchText: organisationSearchText(names),
    contactPerson: values.contactPerson ?? null,
    referralEmail: values.referralEmail ?? '',
    phone: values.phone ?? null,
    website: values.website ?? null,
    notes: values.notes ?? null,
  };
}

function newService(organisationId: string, values: ServiceValues): NewService {
  return {
    organisationId,
    kind: values.kind as ServiceKind,
    programme: values.programme ?? null,
    name: values.name ?? '',
    description: values.description ?? null,
    eligibilityNotes: values.eligibilityNotes ?? null,
    languages: values.languages ?? [],
    prefectures: values.prefectures ?? [],
    searchText: searchText([values.name ?? '']),
  };
}

function optionalText(value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * The api's DTOs check the same and more (lengths, addresses); these checks hold for every
 * caller (the demo seeder, the referral service), before the database's own constraints.
 */
function checkOrganisation(values: OrganisationValues, creating: boolean): void {
  const problems: FieldProblem[] = [];
  if (values.name === '' || (creating && values.name === undefined)) problems.push({ field: 'name', problems: ['must not be blank'] });
  if (values.referralEmail === '' || (creating && values.referralEmail === undefined)) problems.push({ field: 'referralEmail', problems: ['must not be blank'] });
  if (values.website && !/^https?:\/\//i.test(values.website)) problems.push({ field: 'website', problems: ['must be an http or https address'] });
  refuse(problems, 'The partner organisation is not valid.');
}

function checkService(values: ServiceValues, creating: boolean): void {
  const problems: FieldProblem[] = [];
  if (creating) {
    for (const field of ['kind', 'name', 'languages', 'prefectures'] as const) {
      if (values[field] === undefined) problems.push({ field, problems: ['is required'] });
    }
  }
  if (values.kind !== undefined && !isServiceKind(values.kind)) problems.push({ field: 'kind', problems: ['is not a service kind'] });
  if (values.programme !== undefined && values.programme !== null && !isProgramme(values.programme)) problems.push({ field: 'programme', problems: ['is not a known programme'] });
  if (values.name === '') problems.push({ field: 'name', problems: ['must not be blank'] });
  if (values.languages !== undefined && (values.languages.length === 0 || !values.languages.every((code) => LANGUAGE_CODE.test(code)) || new Set(values.languages).size !== values.languages.length)) {
    problems.push({ field: 'languages', problems: ['must list at least one ISO 639-1 code, each once'] });
  }
  if (values.prefectures !== undefined && (values.prefectures.length === 0 || !values.prefectures.every(isPrefecture) || new Set(values.prefectures).size !== values.prefectures.length)) {
    problems.push({ field: 'prefectures', problems: ['must list at least one prefecture, each once'] });
  }
  refuse(problems, 'The service is not valid.');
}

function refuse(problems: readonly FieldProblem[], message: string): void {
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', message, { fields: problems });
}

function pick<T extends object, K extends keyof T>(values: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, values[key]])) as Pick<T, K>;
}

function stale(what: string, currentVersion: number): DomainError {
  return new DomainError('STALE_VERSION', `Someone changed this ${what} meanwhile. Reload it.`, { currentVersion });
}
