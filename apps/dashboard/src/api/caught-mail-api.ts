import { http } from './http-client';
import type { CaughtMail, CaughtMailSummary } from './types';

/** Mail kept by the embedded catcher of a demo installation (`/api/admin/caught-mail`). */
export const caughtMailApi = {
  list(signal?: AbortSignal): Promise<CaughtMailSummary[]> {
    return http.get<CaughtMailSummary[]>('/api/admin/caught-mail', { signal });
  },

  get(id: string, signal?: AbortSignal): Promise<CaughtMail> {
    return http.get<CaughtMail>(`/api/admin/caught-mail/${encodeURIComponent(id)}`, { signal });
  },
};
