import { http } from './http-client';
import type { AuditPage, AuditQuery } from './types';

/** The audit trail, newest first, one keyset page at a time (`/api/audit-events`). */
export const auditApi = {
  find(query: AuditQuery, signal?: AbortSignal): Promise<AuditPage> {
    return http.get<AuditPage>('/api/audit-events', { query: { ...query }, signal });
  },
};
