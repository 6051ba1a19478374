import { answer, http } from './http-client';
import type {
  PartnerChange,
  PartnerDetailView,
  PartnerFields,
  PartnerListQuery,
  PartnerOrganisationPage,
  PartnerServiceChange,
  PartnerServiceFields,
  PartnerServicePage,
  PartnerServiceSearchQuery,
  PartnerServiceView,
  ServiceCapacityChange,
} from './types';

/**
 * The partner directory: everyone signed in searches and reads it; supervisors and
 * administrators maintain it (a caseworker's change is answered 403).
 */
export const partnersApi = {
  /** Services matching every filter given, by organisation name; inactive ones only when asked. */
  searchServices(query: PartnerServiceSearchQuery, signal?: AbortSignal): Promise<PartnerServicePage> {
    return answer(http.api.GET('/api/partner-services', { params: { query }, signal }));
  },

  /** Organisations by name, those without a service among them. */
  list(query: PartnerListQuery, signal?: AbortSignal): Promise<PartnerOrganisationPage> {
    return answer(http.api.GET('/api/partners', { params: { query }, signal }));
  },

  /** The organisation with every service, active or not; 404 RECORD_NOT_FOUND for an unknown id. */
  get(partnerId: string, signal?: AbortSignal): Promise<PartnerDetailView> {
    return answer(http.api.GET('/api/partners/{partnerId}', { params: { path: { partnerId } }, signal }));
  },

  create(fields: PartnerFields): Promise<PartnerDetailView> {
    return answer(http.api.POST('/api/partners', { body: fields }));
  },

  /** 409 STALE_VERSION when someone changed the organisation since `change.version` was read. */
  update(partnerId: string, change: PartnerChange): Promise<PartnerDetailView> {
    return answer(http.api.PATCH('/api/partners/{partnerId}', { params: { path: { partnerId } }, body: change }));
  },

  /** Out of searches, and no referral can go to its services; nothing is deleted. */
  deactivate(partnerId: string): Promise<PartnerDetailView> {
    return answer(http.api.POST('/api/partners/{partnerId}/deactivate', { params: { path: { partnerId } } }));
  },

  reactivate(partnerId: string): Promise<PartnerDetailView> {
    return answer(http.api.POST('/api/partners/{partnerId}/reactivate', { params: { path: { partnerId } } }));
  },

  addService(partnerId: string, fields: PartnerServiceFields): Promise<PartnerServiceView> {
    return answer(http.api.POST('/api/partners/{partnerId}/services', { params: { path: { partnerId } }, body: fields }));
  },

  /** 409 STALE_VERSION when someone changed the service since `change.version` was read. */
  updateService(partnerId: string, serviceId: string, change: PartnerServiceChange): Promise<PartnerServiceView> {
    return answer(http.api.PATCH('/api/partners/{partnerId}/services/{serviceId}', { params: { path: { partnerId, serviceId } }, body: change }));
  },

  /** 400 VALIDATION_FAILED for a day after today (in Japan); 409 STALE_VERSION as for edits. */
  setCapacity(partnerId: string, serviceId: string, change: ServiceCapacityChange): Promise<PartnerServiceView> {
    return answer(http.api.PUT('/api/partners/{partnerId}/services/{serviceId}/capacity', { params: { path: { partnerId, serviceId } }, body: change }));
  },

  deactivateService(partnerId: string, serviceId: string): Promise<PartnerServiceView> {
    return answer(http.api.POST('/api/partners/{partnerId}/services/{serviceId}/deactivate', { params: { path: { partnerId, serviceId } } }));
  },

  reactivateService(partnerId: string, serviceId: string): Promise<PartnerServiceView> {
    return answer(http.api.POST('/api/partners/{partnerId}/services/{serviceId}/reactivate', { params: { path: { partnerId, serviceId } } }));
  },
};
