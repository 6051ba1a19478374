import type { PartnerOrganisationEntity } from '../entities/partner-organisation.entity.js';
import type { PartnerServiceEntity } from '../entities/partner-service.entity.js';
import type { ServiceListing } from './partner.repository.js';
import type { PartnerDetailView, PartnerOrganisationView, PartnerServiceListingView, PartnerServiceView, PartnerSummaryView } from './partner.views.js';

export function toOrganisationView(organisation: PartnerOrganisationEntity): PartnerOrganisationView {
  return {
    id: organisation.id,
    name: organisation.name,
    nameEn: organisation.nameEn,
    contactPerson: organisation.contactPerson,
    referralEmail: organisation.referralEmail,
    phone: organisation.phone,
    website: organisation.website,
    notes: organisation.notes,
    active: organisation.active,
    createdAt: organisation.createdAt.toISOString(),
    updatedAt: organisation.updatedAt.toISOString(),
    version: organisation.version,
  };
}

export function toServiceView(service: PartnerServiceEntity): PartnerServiceView {
  return {
    id: service.id,
    partnerId: service.organisationId,
    kind: service.kind,
    programme: service.programme,
    name: service.name,
    description: service.description,
    eligibilityNotes: service.eligibilityNotes,
    languages: [...service.languages],
    prefectures: [...service.prefectures],
    capacityAvailable: service.capacityAvailable,
    capacityUpdatedOn: service.capacityUpdatedOn,
    active: service.active,
    createdAt: service.createdAt.toISOString(),
    updatedAt: service.updatedAt.toISOString(),
    version: service.version,
  };
}

export function toDetailView(organisation: PartnerOrganisationEntity, services: readonly PartnerServiceEntity[]): PartnerDetailView {
  return { ...toOrganisationView(organisation), services: services.map(toServiceView) };
}

function toSummaryView(organisation: PartnerOrganisationEntity): PartnerSummaryView {
  return {
    id: organisation.id,
    name: organisation.name,
    nameEn: organisation.nameEn,
    contactPerson: organisation.contactPerson,
    phone: organisation.phone,
    website: organisation.website,
    active: organisation.active,
  };
}

export function toListingView(listing: ServiceListing): PartnerServiceListingView {
  return { ...toServiceView(listing.service), partner: toSummaryView(listing.organisation) };
}
