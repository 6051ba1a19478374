import { http } from './http-client';
import type { CaseloadItem, KeysetPage, TeamOverview } from './types';

/** My files by what is due next, and the supervisor's view of their teams. */
export const caseloadApi = {
  mine(cursor: string | undefined, limit: number, signal?: AbortSignal): Promise<KeysetPage<CaseloadItem>> {
    return http.get<KeysetPage<CaseloadItem>>('/api/caseload', { query: { cursor, limit }, signal });
  },

  team(teamId: string | undefined, signal?: AbortSignal): Promise<TeamOverview> {
    return http.get<TeamOverview>('/api/caseload/team', { query: { teamId }, signal });
  },
};
