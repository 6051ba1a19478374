import { answer, ApiError, errorFromBody, http, NETWORK_ERROR, withQuery } from './http-client';
import type {
  NewReferralConsentRequest,
  NewReferralRequest,
  PartnerAnswer,
  PartnerReferralView,
  ReferralAppointmentRequest,
  ReferralConsentView,
  ReferralDraftChange,
  ReferralStepRequest,
  ReferralView,
  WaitingReferralView,
} from './types';

/** A client's referrals to partners, the consents that allow them, and the directory to pick a service from. */
export const referralsApi = {
  list(id: string, signal?: AbortSignal): Promise<ReferralView[]> {
    return answer(http.api.GET('/api/clients/{id}/referrals', { params: { path: { id } }, signal }));
  },

  /** A draft: nothing leaves until it is sent. 409 PARTNER_SERVICE_INACTIVE, CLIENT_CLOSED. */
  create(id: string, request: NewReferralRequest): Promise<ReferralView> {
    return answer(http.api.POST('/api/clients/{id}/referrals', { params: { path: { id } }, body: request }));
  },

  /** Drafts only; 409 STALE_VERSION when it changed since `version` was read. */
  update(id: string, referralId: string, change: ReferralDraftChange): Promise<ReferralView> {
    return answer(http.api.PATCH('/api/clients/{id}/referrals/{referralId}', { params: { path: { id, referralId } }, body: change }));
  },

  /** Where the browser reads the letter (a PDF): a draft's preview from the file as it is now, or what was sent. */
  letterUrl(clientId: string, referralId: string, disposition: 'inline' | 'attachment'): string {
    return withQuery(`/api/clients/${encodeURIComponent(clientId)}/referrals/${encodeURIComponent(referralId)}/letter`, { disposition });
  },

  /** 409 CONSENT_REQUIRED (nothing is sent), PARTNER_SERVICE_INACTIVE, STALE_VERSION. */
  send(id: string, referralId: string, version: number): Promise<ReferralView> {
    return answer(http.api.POST('/api/clients/{id}/referrals/{referralId}/send', { params: { path: { id, referralId } }, body: { version } }));
  },

  /** 409 REFERRAL_TRANSITION_NOT_ALLOWED with `details.allowedNext`; 400 without a decline's reason or a completion's outcome. */
  step(id: string, referralId: string, request: ReferralStepRequest): Promise<ReferralView> {
    return answer(http.api.POST('/api/clients/{id}/referrals/{referralId}/steps', { params: { path: { id, referralId } }, body: request }));
  },

  /** The intake an accepted referral leads to, as one of the file's appointments (with reminders). */
  addAppointment(id: string, referralId: string, request: ReferralAppointmentRequest): Promise<ReferralView> {
    return answer(http.api.POST('/api/clients/{id}/referrals/{referralId}/appointment', { params: { path: { id, referralId } }, body: request }));
  },

  /** A new reply link by e-mail to the partner; the old one stops working. */
  reissueLink(id: string, referralId: string): Promise<ReferralView> {
    return answer(http.api.POST('/api/clients/{id}/referrals/{referralId}/link', { params: { path: { id, referralId } } }));
  },

  revokeLink(id: string, referralId: string): Promise<ReferralView> {
    return answer(http.api.DELETE('/api/clients/{id}/referrals/{referralId}/link', { params: { path: { id, referralId } } }));
  },

  consents(id: string, signal?: AbortSignal): Promise<ReferralConsentView[]> {
    return answer(http.api.GET('/api/clients/{id}/referral-consents', { params: { path: { id } }, signal }));
  },

  recordConsent(id: string, request: NewReferralConsentRequest): Promise<ReferralConsentView> {
    return answer(http.api.POST('/api/clients/{id}/referral-consents', { params: { path: { id } }, body: request }));
  },

  /** Cancels the drafts it alone covered and closes their reply links. */
  withdrawConsent(id: string, consentId: string, version: number, withdrawnOn?: string): Promise<ReferralConsentView> {
    return answer(http.api.POST('/api/clients/{id}/referral-consents/{consentId}/withdrawal', { params: { path: { id, consentId } }, body: { version, withdrawnOn } }));
  },

  /** My referrals waiting for the partner's answer, the follow-up due first. */
  waiting(signal?: AbortSignal): Promise<WaitingReferralView[]> {
    return answer(http.api.GET('/api/referrals/waiting', { signal }));
  },
};

/**
 * The partner's side, without an account: the token from their e-mail, sent in the body (never
 * in a URL), opens one referral. 404 REPLY_LINK_INVALID, 410 REPLY_LINK_EXPIRED.
 */
export const partnerRepliesApi = {
  open(referralId: string, token: string, signal?: AbortSignal): Promise<PartnerReferralView> {
    return answer(http.anonymous.POST('/api/partner-replies/{referralId}', { params: { path: { referralId } }, body: { token }, signal }));
  },

  answer(referralId: string, token: string, reply: PartnerAnswer): Promise<PartnerReferralView> {
    return answer(http.anonymous.POST('/api/partner-replies/{referralId}/answer', { params: { path: { referralId } }, body: { token, ...reply } }));
  },

  /** The letter as sent, as bytes: it is a POST (the token stays out of URLs), so no plain link can fetch it. */
  async letter(referralId: string, token: string): Promise<Blob> {
    let response: Response;
    try {
      response = await fetch(`/api/partner-replies/${encodeURIComponent(referralId)}/letter`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { Accept: 'application/pdf, application/json', 'Content-Type': 'application/json' },
        body: JSON.stringify({ token }),
        cache: 'no-store',
      });
    } catch {
      throw new ApiError(0, NETWORK_ERROR, 'The server could not be reached.', undefined, undefined);
    }
    if (response.ok) return response.blob();
    const body = (await response.json().catch(() => undefined)) as unknown;
    throw errorFromBody(response.status, '', body, response.headers.get('X-Correlation-Id') ?? undefined);
  },
};
