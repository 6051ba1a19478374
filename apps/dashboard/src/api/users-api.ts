import { http } from './http-client';
import type { InvitedUser, InviteUserRequest, UpdateUserRequest, UserListFilter, UserView } from './types';

const path = (id: string) => `/api/users/${encodeURIComponent(id)}`;

/** Account administration (`/api/users`, administrators only). */
export const usersApi = {
  list(filter: UserListFilter, signal?: AbortSignal): Promise<UserView[]> {
    return http.get<UserView[]>('/api/users', { query: { ...filter }, signal });
  },

  get(id: string, signal?: AbortSignal): Promise<UserView> {
    return http.get<UserView>(path(id), { signal });
  },

  invite(request: InviteUserRequest): Promise<InvitedUser> {
    return http.post<InvitedUser>('/api/users', { body: request });
  },

  /** 409 STALE_VERSION when someone changed the account since `request.version` was read. */
  update(id: string, request: UpdateUserRequest): Promise<UserView> {
    return http.patch<UserView>(path(id), { body: request });
  },

  deactivate(id: string): Promise<UserView> {
    return http.post<UserView>(`${path(id)}/deactivate`);
  },

  reactivate(id: string): Promise<UserView> {
    return http.post<UserView>(`${path(id)}/reactivate`);
  },

  resendInvitation(id: string): Promise<InvitedUser> {
    return http.post<InvitedUser>(`${path(id)}/invitation`);
  },

  resetSecondFactor(id: string): Promise<UserView> {
    return http.post<UserView>(`${path(id)}/second-factor/reset`);
  },
};
