import { ApiError, http, NETWORK_ERROR, withQuery } from './http-client';
import type {
  NewReferralConsentRequest,
  NewReferralRequest,
  PartnerAnswerAction,
  PartnerReferralView,
  ReferralConsentView,
  ReferralDraftChange,
  ReferralAppointmentRequest,
  ReferralStepRequest,
  ReferralView,
  WaitingReferralView,
} from './types';

const clientPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}`;
const referralsPath = (clientId: string) => `${clientPath(clientId)}/referrals`;
const referralPath = (clientId: string, referralId: string) => `${referralsPath(clientId)}/${encodeURIComponent(referralId)}`;
const consentsPath = (clientId: string) => `${clientPath(clientId)}/referral-consents`;
const replyPath = (referralId: string) => `/api/partner-replies/${encodeURIComponent(referralId)}`;

/** A client's referrals to partners, the consents that allow them, and the directory to pick a service from. */
export const referralsApi = {
  list(clientId: string, signal?: AbortSignal): Promise<ReferralView[]> {
    return http.get<ReferralView[]>(referralsPath(clientId), { signal });
  },

  /** A draft: nothing leaves until it is sent. 409 PARTNER_SERVICE_INACTIVE, CLIENT_CLOSED. */
  create(clientId: string, request: NewReferralRequest): Promise<ReferralView> {
    return http.post<ReferralView>(referralsPath(clientId), { body: request });
  },

  /** Drafts only; 409 STALE_VERSION when it changed since `version` was read. */
  update(clientId: string, referralId: string, change: ReferralDraftChange): Promise<ReferralView> {
    return http.patch<ReferralView>(referralPath(clientId, referralId), { body: change });
  },

  /** Where the browser reads the letter (a PDF): a draft's preview from the file as it is now, or what was sent. */
  letterUrl(clientId: string, referralId: string, disposition: 'inline' | 'attachment'): string {
    return withQuery(`${referralPath(clientId, referralId)}/letter`, { disposition });
  },

  /** 409 CONSENT_REQUIRED (nothing is sent), PARTNER_SERVICE_INACTIVE, STALE_VERSION. */
  send(clientId: string, referralId: string, version: number): Promise<ReferralView> {
    return http.post<ReferralView>(`${referralPath(clientId, referralId)}/send`, { body: { version } });
  },

  /** 409 REFERRAL_TRANSITION_NOT_ALLOWED with `details.allowedNext`; 400 without a decline's reason or a completion's outcome. */
  step(clientId: string, referralId: string, request: ReferralStepRequest): Promise<ReferralView> {
    return http.post<ReferralView>(`${referralPath(clientId, referralId)}/steps`, { body: request });
  },

  /** The intake an accepted referral leads to, as one of the file's appointments (with reminders). */
  addAppointment(clientId: string, referralId: string, request: ReferralAppointmentRequest): Promise<ReferralView> {
    return http.post<ReferralView>(`${referralPath(clientId, referralId)}/appointment`, { body: request });
  },

  /** A new reply link by e-mail to the partner; the old one stops working. */
  reissueLink(clientId: string, referralId: string): Promise<ReferralView> {
    return http.post<ReferralView>(`${referralPath(clientId, referralId)}/link`);
  },

  revokeLink(clientId: string, referralId: string): Promise<ReferralView> {
    return http.delete<ReferralView>(`${referralPath(clientId, referralId)}/link`);
  },

  consents(clientId: string, signal?: AbortSignal): Promise<ReferralConsentView[]> {
    return http.get<ReferralConsentView[]>(consentsPath(clientId), { signal });
  },

  recordConsent(clientId: string, request: NewReferralConsentRequest): Promise<ReferralConsentView> {
    return http.post<ReferralConsentView>(consentsPath(clientId), { body: request });
  },

  /** Cancels the drafts it alone covered and closes their reply links. */
  withdrawConsent(clientId: string, consentId: string, version: number, withdrawnOn?: string): Promise<ReferralConsentView> {
    return http.post<ReferralConsentView>(`${consentsPath(clientId)}/${encodeURIComponent(consentId)}/withdrawal`, { body: { version, withdrawnOn } });
  },

  /** My referrals waiting for the partner's answer, the follow-up due first. */
  waiting(signal?: AbortSignal): Promise<WaitingReferralView[]> {
    return http.get<WaitingReferralView[]>('/api/referrals/waiting', { signal });
  },
};

/**
 * The partner's side, without an account: the token from their e-mail, sent in the body (never
 * in a URL), opens one referral. 404 REPLY_LINK_INVALID, 410 REPLY_LINK_EXPIRED.
 */
export const partnerRepliesApi = {
  open(referralId: string, token: string, signal?: AbortSignal): Promise<PartnerReferralView> {
    return http.post<PartnerReferralView>(replyPath(referralId), { body: { token }, signal, anonymous: true });
  },

  answer(referralId: string, token: string, answer: { readonly action: PartnerAnswerAction; readonly reason?: string; readonly note?: string }): Promise<PartnerReferralView> {
    return http.post<PartnerReferralView>(`${replyPath(referralId)}/answer`, { body: { token, ...answer }, anonymous: true });
  },

  /** The letter as sent, as bytes: it is a POST (the token stays out of URLs), so no plain link can fetch it. */
  async letter(referralId: string, token: string): Promise<Blob> {
    let response: Response;
    try {
      response = await fetch(`${replyPath(referralId)}/letter`, {
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
    const body = (await response.json().catch(() => undefined)) as { code?: unknown; message?: unknown } | undefined;
    const code = typeof body?.code === 'string' ? body.code : response.status >= 500 ? 'INTERNAL' : 'MALFORMED_REQUEST';
    const message = typeof body?.message === 'string' ? body.message : `HTTP ${response.status}`;
    throw new ApiError(response.status, code, message, undefined, response.headers.get('X-Correlation-Id') ?? undefined);
  },
};
