import { answer, http } from './http-client';
import type { TeamDetailView, TeamView } from './types';

/** Teams: administrators see all; others the teams they belong to or supervise. */
export const teamsApi = {
  list(signal?: AbortSignal): Promise<TeamView[]> {
    return answer(http.api.GET('/api/teams', { signal }));
  },

  get(id: string, signal?: AbortSignal): Promise<TeamDetailView> {
    return answer(http.api.GET('/api/teams/{id}', { params: { path: { id } }, signal }));
  },

  create(name: string): Promise<TeamView> {
    return answer(http.api.POST('/api/teams', { body: { name } }));
  },

  rename(id: string, name: string): Promise<TeamDetailView> {
    return answer(http.api.PATCH('/api/teams/{id}', { params: { path: { id } }, body: { name } }));
  },
};
