import { http } from './http-client';
import type { AppointmentRequest, AppointmentUpdate, AppointmentView } from './types';

const base = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}/appointments`;

/** Interviews, hearings, reporting dates and meetings of a file. */
export const appointmentsApi = {
  list(clientId: string, signal?: AbortSignal): Promise<AppointmentView[]> {
    return http.get<AppointmentView[]>(base(clientId), { signal });
  },

  create(clientId: string, request: AppointmentRequest): Promise<AppointmentView> {
    return http.post<AppointmentView>(base(clientId), { body: request });
  },

  /** Moves it, records that it was held or missed (with the outcome), or cancels it. */
  update(clientId: string, appointmentId: string, change: AppointmentUpdate): Promise<AppointmentView> {
    return http.patch<AppointmentView>(`${base(clientId)}/${encodeURIComponent(appointmentId)}`, { body: change });
  },
};
