import { http } from './http-client';
import type { EmergencyAccess, KeysetPage } from './types';

/** Uses of emergency access, newest first, and ending one early (`/api/emergency-access`). */
export const emergencyAccessApi = {
  list(cursor: string | undefined, limit: number, signal?: AbortSignal): Promise<KeysetPage<EmergencyAccess>> {
    return http.get<KeysetPage<EmergencyAccess>>('/api/emergency-access', { query: { cursor, limit }, signal });
  },

  end(id: string): Promise<EmergencyAccess> {
    return http.post<EmergencyAccess>(`/api/emergency-access/${encodeURIComponent(id)}/end`);
  },
};
