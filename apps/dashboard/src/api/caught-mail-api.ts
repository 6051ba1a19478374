import { answer, http } from './http-client';
import type { CaughtMail, CaughtMailSummary } from './types';

/**
 * Mail kept by the embedded catcher of a demo installation (`/api/caught-mail`): the caller's own
 * in full; for an administrator also everyone else's, with sign-in links and codes redacted.
 */
export const caughtMailApi = {
  list(signal?: AbortSignal): Promise<CaughtMailSummary[]> {
    return answer(http.api.GET('/api/caught-mail', { signal }));
  },

  get(id: string, signal?: AbortSignal): Promise<CaughtMail> {
    return answer(http.api.GET('/api/caught-mail/{id}', { params: { path: { id } }, signal }));
  },
};
