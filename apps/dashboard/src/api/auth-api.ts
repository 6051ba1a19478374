import { answer, http } from './http-client';
import type { EnrolmentStart, Me, RecoveryCodes, Schema, SecondFactor, SessionInfo } from './types';

/** Sign-in, second factor, own profile, own sessions and passwords (`/api/auth`). */
export const authApi = {
  /** Who is signed in; 401 when nobody is. Keeps the CSRF token for later requests. */
  async me(signal?: AbortSignal): Promise<Me> {
    const me = await answer(http.anonymous.GET('/api/auth/me', { signal }));
    http.setCsrfToken(me.csrfToken);
    return me;
  },

  async signIn(email: string, password: string): Promise<Me> {
    const me = await answer(http.anonymous.POST('/api/auth/login', { body: { email, password } }));
    http.setCsrfToken(me.csrfToken);
    return me;
  },

  async signOut(): Promise<void> {
    try {
      await http.anonymous.POST('/api/auth/logout');
    } finally {
      http.setCsrfToken(null);
    }
  },

  updateProfile(changes: Schema['ProfileUpdateRequest']): Promise<Me> {
    return answer(http.api.PATCH('/api/auth/me', { body: changes }));
  },

  sessions(signal?: AbortSignal): Promise<SessionInfo[]> {
    return answer(http.api.GET('/api/auth/sessions', { signal }));
  },

  async endSession(id: string): Promise<void> {
    await http.api.DELETE('/api/auth/sessions/{id}', { params: { path: { id } } });
  },

  /** Ends every session but this one; answers how many ended. */
  endOtherSessions(): Promise<Schema['SessionsEndedResponse']> {
    return answer(http.api.DELETE('/api/auth/sessions'));
  },

  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    await http.api.POST('/api/auth/password', { body: { currentPassword, newPassword } });
  },

  async requestPasswordReset(email: string): Promise<void> {
    await http.anonymous.POST('/api/auth/password-reset', { body: { email } });
  },

  async completePasswordReset(token: string, newPassword: string): Promise<void> {
    await http.anonymous.POST('/api/auth/password-reset/complete', { body: { token, newPassword } });
  },

  async acceptInvitation(token: string, newPassword: string): Promise<void> {
    await http.anonymous.POST('/api/auth/invitation/accept', { body: { token, newPassword } });
  },

  /**
   * From the account page the password is asked again (PASSWORD_CONFIRMATION_FAILED when wrong);
   * during the sign-in that requires set-up it is not.
   */
  startEnrolment(currentPassword?: string): Promise<EnrolmentStart> {
    return answer(http.api.POST('/api/auth/mfa/enrolment', { body: currentPassword === undefined ? {} : { currentPassword } }));
  },

  /** When this completes a sign-in, the session gets a new cookie and CSRF token. */
  async confirmEnrolment(code: string): Promise<RecoveryCodes> {
    const result = await answer(http.api.POST('/api/auth/mfa/enrolment/confirm', { body: { code } }));
    if (result.csrfToken) http.setCsrfToken(result.csrfToken);
    return result;
  },

  async verifySecondFactor(factor: SecondFactor): Promise<void> {
    const result = await answer(http.api.POST('/api/auth/mfa/verify', { body: factor }));
    http.setCsrfToken(result.csrfToken);
  },

  /** Asks for the password again: new codes are a way into the account. */
  regenerateRecoveryCodes(currentPassword: string): Promise<RecoveryCodes> {
    return answer(http.api.POST('/api/auth/mfa/recovery-codes', { body: { currentPassword } }));
  },
};
