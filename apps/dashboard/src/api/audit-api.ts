import { answer, http } from './http-client';
import type { AuditPage, AuditQuery } from './types';

/** The audit trail, newest first, one keyset page at a time (`/api/audit-events`). */
export const auditApi = {
  find(query: AuditQuery, signal?: AbortSignal): Promise<AuditPage> {
    return answer(http.api.GET('/api/audit-events', { params: { query }, signal }));
  },
};
