import { http } from './http-client';
import type { TeamDetailView, TeamView } from './types';

const path = (id: string) => `/api/teams/${encodeURIComponent(id)}`;

/** Teams: administrators see all; others the teams they belong to or supervise. */
export const teamsApi = {
  list(signal?: AbortSignal): Promise<TeamView[]> {
    return http.get<TeamView[]>('/api/teams', { signal });
  },

  get(id: string, signal?: AbortSignal): Promise<TeamDetailView> {
    return http.get<TeamDetailView>(path(id), { signal });
  },

  create(name: string): Promise<TeamView> {
    return http.post<TeamView>('/api/teams', { body: { name } });
  },

  rename(id: string, name: string): Promise<TeamDetailView> {
    return http.patch<TeamDetailView>(path(id), { body: { name } });
  },
};
