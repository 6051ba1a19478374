import { http } from './http-client';
import type {
  KeysetPage,
  PartnerChange,
  PartnerDetailView,
  PartnerFields,
  PartnerListQuery,
  PartnerOrganisationView,
  PartnerServiceChange,
  PartnerServiceFields,
  PartnerServiceListingView,
  PartnerServiceSearchQuery,
  PartnerServiceView,
  ServiceCapacityChange,
} from './types';

const partnerPath = (partnerId: string) => `/api/partners/${encodeURIComponent(partnerId)}`;
const servicePath = (partnerId: string, serviceId: string) => `${partnerPath(partnerId)}/services/${encodeURIComponent(serviceId)}`;

/**
 * The partner directory: everyone signed in searches and reads it; supervisors and
 * administrators maintain it (a caseworker's change is answered 403).
 */
export const partnersApi = {
  /** Services matching every filter given, by organisation name; inactive ones only when asked. */
  searchServices(query: PartnerServiceSearchQuery, signal?: AbortSignal): Promise<KeysetPage<PartnerServiceListingView>> {
    return http.get<KeysetPage<PartnerServiceListingView>>('/api/partner-services', { query: { ...query }, signal });
  },

  /** Organisations by name, those without a service among them. */
  list(query: PartnerListQuery, signal?: AbortSignal): Promise<KeysetPage<PartnerOrganisationView>> {
    return http.get<KeysetPage<PartnerOrganisationView>>('/api/partners', { query: { ...query }, signal });
  },

  /** The organisation with every service, active or not; 404 RECORD_NOT_FOUND for an unknown id. */
  get(partnerId: string, signal?: AbortSignal): Promise<PartnerDetailView> {
    return http.get<PartnerDetailView>(partnerPath(partnerId), { signal });
  },

  create(fields: PartnerFields): Promise<PartnerDetailView> {
    return http.post<PartnerDetailView>('/api/partners', { body: fields });
  },

  /** 409 STALE_VERSION when someone changed the organisation since `change.version` was read. */
  update(partnerId: string, change: PartnerChange): Promise<PartnerDetailView> {
    return http.patch<PartnerDetailView>(partnerPath(partnerId), { body: change });
  },

  /** Out of searches, and no referral can go to its services; nothing is deleted. */
  deactivate(partnerId: string): Promise<PartnerDetailView> {
    return http.post<PartnerDetailView>(`${partnerPath(partnerId)}/deactivate`);
  },

  reactivate(partnerId: string): Promise<PartnerDetailView> {
    return http.post<PartnerDetailView>(`${partnerPath(partnerId)}/reactivate`);
  },

  addService(partnerId: string, fields: PartnerServiceFields): Promise<PartnerServiceView> {
    return http.post<PartnerServiceView>(`${partnerPath(partnerId)}/services`, { body: fields });
  },

  /** 409 STALE_VERSION when someone changed the service since `change.version` was read. */
  updateService(partnerId: string, serviceId: string, change: PartnerServiceChange): Promise<PartnerServiceView> {
    return http.patch<PartnerServiceView>(servicePath(partnerId, serviceId), { body: change });
  },

  /** 400 VALIDATION_FAILED for a day after today (in Japan); 409 STALE_VERSION as for edits. */
  setCapacity(partnerId: string, serviceId: string, change: ServiceCapacityChange): Promise<PartnerServiceView> {
    return http.put<PartnerServiceView>(`${servicePath(partnerId, serviceId)}/capacity`, { body: change });
  },

  deactivateService(partnerId: string, serviceId: string): Promise<PartnerServiceView> {
    return http.post<PartnerServiceView>(`${servicePath(partnerId, serviceId)}/deactivate`);
  },

  reactivateService(partnerId: string, serviceId: string): Promise<PartnerServiceView> {
    return http.post<PartnerServiceView>(`${servicePath(partnerId, serviceId)}/reactivate`);
  },
};
