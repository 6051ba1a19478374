import { http } from './http-client';
import type { EnrolmentStart, Locale, Me, RecoveryCodes, SecondFactor, SessionInfo } from './types';

/** Sign-in, second factor, own profile, own sessions and passwords (`/api/auth`). */
export const authApi = {
  /** Who is signed in; 401 when nobody is. Keeps the CSRF token for later requests. */
  async me(signal?: AbortSignal): Promise<Me> {
    const me = await http.get<Me>('/api/auth/me', { signal, anonymous: true });
    http.setCsrfToken(me.csrfToken);
    return me;
  },

  async signIn(email: string, password: string): Promise<Me> {
    const me = await http.post<Me>('/api/auth/login', { body: { email, password }, anonymous: true });
    http.setCsrfToken(me.csrfToken);
    return me;
  },

  async signOut(): Promise<void> {
    try {
      await http.post<void>('/api/auth/logout', { anonymous: true });
    } finally {
      http.setCsrfToken(null);
    }
  },

  async updateProfile(changes: { readonly displayName?: string; readonly locale?: Locale }): Promise<Me> {
    return http.patch<Me>('/api/auth/me', { body: changes });
  },

  sessions(signal?: AbortSignal): Promise<SessionInfo[]> {
    return http.get<SessionInfo[]>('/api/auth/sessions', { signal });
  },

  endSession(id: string): Promise<void> {
    return http.delete<void>(`/api/auth/sessions/${encodeURIComponent(id)}`);
  },

  /** Ends every session but this one; answers how many ended. */
  endOtherSessions(): Promise<{ readonly ended: number }> {
    return http.delete<{ readonly ended: number }>('/api/auth/sessions');
  },

  changePassword(currentPassword: string, newPassword: string): Promise<void> {
    return http.post<void>('/api/auth/password', { body: { currentPassword, newPassword } });
  },

  async requestPasswordReset(email: string): Promise<void> {
    await http.post<unknown>('/api/auth/password-reset', { body: { email }, anonymous: true });
  },

  completePasswordReset(token: string, newPassword: string): Promise<void> {
    return http.post<void>('/api/auth/password-reset/complete', { body: { token, newPassword }, anonymous: true });
  },

  acceptInvitation(token: string, newPassword: string): Promise<void> {
    return http.post<void>('/api/auth/invitation/accept', { body: { token, newPassword }, anonymous: true });
  },

  /**
   * From the account page the password is asked again (PASSWORD_CONFIRMATION_FAILED when wrong);
   * during the sign-in that requires set-up it is not.
   */
  startEnrolment(currentPassword?: string): Promise<EnrolmentStart> {
    return http.post<EnrolmentStart>('/api/auth/mfa/enrolment', { body: currentPassword === undefined ? {} : { currentPassword } });
  },

  /** When this completes a sign-in, the session gets a new cookie and CSRF token. */
  async confirmEnrolment(code: string): Promise<RecoveryCodes> {
    const result = await http.post<RecoveryCodes>('/api/auth/mfa/enrolment/confirm', { body: { code } });
    if (result.csrfToken) http.setCsrfToken(result.csrfToken);
    return result;
  },

  async verifySecondFactor(factor: SecondFactor): Promise<void> {
    const result = await http.post<{ csrfToken: string }>('/api/auth/mfa/verify', { body: factor });
    http.setCsrfToken(result.csrfToken);
  },

  /** Asks for the password again: new codes are a way into the account. */
  regenerateRecoveryCodes(currentPassword: string): Promise<RecoveryCodes> {
    return http.post<RecoveryCodes>('/api/auth/mfa/recovery-codes', { body: { currentPassword } });
  },
};
