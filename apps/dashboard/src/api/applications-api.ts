import { answer, http } from './http-client';
import type { ApplicationView, ProtectionKind, Schema, StepRequest } from './types';

/** Protection applications of a file (1st, 2nd, 3rd …) and the steps of the procedure. */
export const applicationsApi = {
  list(clientId: string, signal?: AbortSignal): Promise<ApplicationView[]> {
    return answer(http.api.GET('/api/clients/{clientId}/applications', { params: { path: { clientId } }, signal }));
  },

  /** 409 NEW_APPLICATION_NOT_ALLOWED while an earlier application is still with the authority. */
  open(clientId: string, kind: ProtectionKind, regionalBureau: string | null): Promise<ApplicationView> {
    return answer(http.api.POST('/api/clients/{clientId}/applications', { params: { path: { clientId } }, body: { kind, regionalBureau } }));
  },

  update(clientId: string, applicationId: string, change: Schema['UpdateApplicationRequest']): Promise<ApplicationView> {
    return answer(http.api.PATCH('/api/clients/{clientId}/applications/{applicationId}', { params: { path: { clientId, applicationId } }, body: change }));
  },

  /**
   * 409 STAGE_TRANSITION_NOT_ALLOWED (`details.allowed`) for a step not possible from here; 400
   * STAGE_TRANSITION_INVALID (`details.fields`: field, code) for missing or impossible dates.
   */
  step(clientId: string, applicationId: string, request: StepRequest): Promise<ApplicationView> {
    return answer(http.api.POST('/api/clients/{clientId}/applications/{applicationId}/steps', { params: { path: { clientId, applicationId } }, body: request }));
  },

  /** Corrects the dates of the last step; its deadlines are computed again. */
  correctLastStep(clientId: string, applicationId: string, request: Schema['StepCorrectionRequest']): Promise<ApplicationView> {
    return answer(http.api.POST('/api/clients/{clientId}/applications/{applicationId}/steps/correction', { params: { path: { clientId, applicationId } }, body: request }));
  },
};
