import { http } from './http-client';
import type { ApplicationView, ProtectionKind, StepRequest } from './types';

const base = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}/applications`;
const path = (clientId: string, applicationId: string) => `${base(clientId)}/${encodeURIComponent(applicationId)}`;

/** Protection applications of a file (1st, 2nd, 3rd …) and the steps of the procedure. */
export const applicationsApi = {
  list(clientId: string, signal?: AbortSignal): Promise<ApplicationView[]> {
    return http.get<ApplicationView[]>(base(clientId), { signal });
  },

  /** 409 NEW_APPLICATION_NOT_ALLOWED while an earlier application is still with the authority. */
  open(clientId: string, kind: ProtectionKind, regionalBureau: string | null): Promise<ApplicationView> {
    return http.post<ApplicationView>(base(clientId), { body: { kind, regionalBureau } });
  },

  update(clientId: string, applicationId: string, change: { readonly version: number; readonly regionalBureau?: string | null; readonly reasonableGroundsSubmittedOn?: string | null }): Promise<ApplicationView> {
    return http.patch<ApplicationView>(path(clientId, applicationId), { body: change });
  },

  /**
   * 409 STAGE_TRANSITION_NOT_ALLOWED (`details.allowed`) for a step not possible from here; 400
   * STAGE_TRANSITION_INVALID (`details.fields`: field, code) for missing or impossible dates.
   */
  step(clientId: string, applicationId: string, request: StepRequest): Promise<ApplicationView> {
    return http.post<ApplicationView>(`${path(clientId, applicationId)}/steps`, { body: request });
  },

  /** Corrects the dates of the last step; its deadlines are computed again. */
  correctLastStep(clientId: string, applicationId: string, request: { readonly version: number; readonly dates: Readonly<Record<string, string>>; readonly note: string | null }): Promise<ApplicationView> {
    return http.post<ApplicationView>(`${path(clientId, applicationId)}/steps/correction`, { body: request });
  },
};
