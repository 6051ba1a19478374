import { answer, http } from './http-client';
import type { InvitedUser, InviteUserRequest, UpdateUserRequest, UserListFilter, UserView } from './types';

/** Account administration (`/api/users`, administrators only). */
export const usersApi = {
  list(filter: UserListFilter, signal?: AbortSignal): Promise<UserView[]> {
    return answer(http.api.GET('/api/users', { params: { query: filter }, signal }));
  },

  get(id: string, signal?: AbortSignal): Promise<UserView> {
    return answer(http.api.GET('/api/users/{id}', { params: { path: { id } }, signal }));
  },

  invite(request: InviteUserRequest): Promise<InvitedUser> {
    return answer(http.api.POST('/api/users', { body: request }));
  },

  /** 409 STALE_VERSION when someone changed the account since `request.version` was read. */
  update(id: string, request: UpdateUserRequest): Promise<UserView> {
    return answer(http.api.PATCH('/api/users/{id}', { params: { path: { id } }, body: request }));
  },

  deactivate(id: string): Promise<UserView> {
    return answer(http.api.POST('/api/users/{id}/deactivate', { params: { path: { id } } }));
  },

  reactivate(id: string): Promise<UserView> {
    return answer(http.api.POST('/api/users/{id}/reactivate', { params: { path: { id } } }));
  },

  resendInvitation(id: string): Promise<InvitedUser> {
    return answer(http.api.POST('/api/users/{id}/invitation', { params: { path: { id } } }));
  },

  resetSecondFactor(id: string): Promise<UserView> {
    return answer(http.api.POST('/api/users/{id}/second-factor/reset', { params: { path: { id } } }));
  },
};
