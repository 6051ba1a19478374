import { answer, http } from './http-client';
import type { EmergencyAccess, EmergencyAccessPage } from './types';

/** Uses of emergency access, newest first, and ending one early (`/api/emergency-access`). */
export const emergencyAccessApi = {
  list(cursor: string | undefined, limit: number, signal?: AbortSignal): Promise<EmergencyAccessPage> {
    return answer(http.api.GET('/api/emergency-access', { params: { query: { cursor, limit } }, signal }));
  },

  end(grantId: string): Promise<EmergencyAccess> {
    return answer(http.api.POST('/api/emergency-access/{grantId}/end', { params: { path: { grantId } } }));
  },
};
