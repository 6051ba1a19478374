import { answer, http } from './http-client';
import type { CaseloadPage, TeamOverview } from './types';

/** My files by what is due next, and the supervisor's view of their teams. */
export const caseloadApi = {
  mine(cursor: string | undefined, limit: number, signal?: AbortSignal): Promise<CaseloadPage> {
    return answer(http.api.GET('/api/caseload', { params: { query: { cursor, limit } }, signal }));
  },

  team(teamId: string | undefined, signal?: AbortSignal): Promise<TeamOverview> {
    return answer(http.api.GET('/api/caseload/team', { params: { query: { teamId } }, signal }));
  },
};
