import { answer, http } from './http-client';
import type { AppointmentRequest, AppointmentUpdate, AppointmentView } from './types';

/** Interviews, hearings, reporting dates and meetings of a file. */
export const appointmentsApi = {
  list(clientId: string, signal?: AbortSignal): Promise<AppointmentView[]> {
    return answer(http.api.GET('/api/clients/{clientId}/appointments', { params: { path: { clientId } }, signal }));
  },

  create(clientId: string, request: AppointmentRequest): Promise<AppointmentView> {
    return answer(http.api.POST('/api/clients/{clientId}/appointments', { params: { path: { clientId } }, body: request }));
  },

  /** Moves it, records that it was held or missed (with the outcome), or cancels it. */
  update(clientId: string, appointmentId: string, change: AppointmentUpdate): Promise<AppointmentView> {
    return answer(http.api.PATCH('/api/clients/{clientId}/appointments/{appointmentId}', { params: { path: { clientId, appointmentId } }, body: change }));
  },
};
