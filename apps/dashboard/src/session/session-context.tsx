import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { authApi } from '../api/auth-api';
import { http, isAbort, isApiError } from '../api/http-client';
import type { Locale, Me } from '../api/types';
import { useI18n } from '../i18n/i18n';

/** Why nobody is signed in: shown on the sign-in page, and whether to come back afterwards. */
export type SignedOutReason = 'none' | 'signed-out' | 'session-ended';

export type SessionStatus =
  | { readonly kind: 'loading' }
  | { readonly kind: 'unavailable'; readonly error: unknown }
  | { readonly kind: 'signed-out'; readonly reason: SignedOutReason }
  | { readonly kind: 'signed-in'; readonly me: Me };

interface SessionValue {
  readonly status: SessionStatus;
  /** The signed-in user, whatever the session's state; null when signed out. */
  readonly me: Me | null;
  /** After sign-in or a second-factor step: the API's answer about who this is now. */
  readonly signedIn: (me: Me) => void;
  /** Asks the API again who is signed in. */
  readonly refresh: () => Promise<void>;
  readonly signOut: () => Promise<void>;
  /** Changes the language, and saves it on the account when fully signed in. */
  readonly changeLocale: (locale: Locale) => Promise<void>;
  /** Whether the account has a second factor, when the dashboard can know it. */
  readonly secondFactorEnabled: boolean | undefined;
  readonly noteSecondFactor: (enabled: boolean) => void;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const { locale: shownLocale, setLocale } = useI18n();
  const [status, setStatus] = useState<SessionStatus>({ kind: 'loading' });
  const [secondFactorNoted, setSecondFactorNoted] = useState<boolean | undefined>(undefined);
  const generation = useRef(0);

  const adopt = useCallback(
    (me: Me) => {
      setStatus({ kind: 'signed-in', me });
      setLocale(me.locale);
      if (me.sessionState === 'mfa-pending') setSecondFactorNoted(true);
    },
    [setLocale],
  );

  const load = useCallback(
    async (signal?: AbortSignal) => {
      const current = ++generation.current;
      try {
        const me = await authApi.me(signal);
        if (current === generation.current) adopt(me);
      } catch (error) {
        if (isAbort(error) || current !== generation.current) return;
        if (isApiError(error, 'UNAUTHENTICATED')) {
          http.setCsrfToken(null);
          setStatus((previous) => ({ kind: 'signed-out', reason: previous.kind === 'signed-in' ? 'session-ended' : 'none' }));
        } else {
          setStatus({ kind: 'unavailable', error });
        }
      }
    },
    [adopt],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  useEffect(() => {
    http.onAuthProblem((error) => {
      if (error.code === 'UNAUTHENTICATED') {
        generation.current++;
        http.setCsrfToken(null);
        setSecondFactorNoted(undefined);
        setStatus({ kind: 'signed-out', reason: 'session-ended' });
      } else {
        void load();
      }
    });
    return () => http.onAuthProblem(null);
  }, [load]);

  const signOut = useCallback(async () => {
    generation.current++;
    try {
      await authApi.signOut();
    } catch {
      // The session may already be over; the browser forgets it either way.
    }
    setSecondFactorNoted(undefined);
    setStatus({ kind: 'signed-out', reason: 'signed-out' });
  }, []);

  const me = status.kind === 'signed-in' ? status.me : null;

  const changeLocale = useCallback(
    async (locale: Locale) => {
      setLocale(locale);
      if (me?.sessionState !== 'active') return;
      try {
        const updated = await authApi.updateProfile({ locale });
        setStatus({ kind: 'signed-in', me: updated });
      } catch (error) {
        // Not saved: show what the account still says.
        setLocale(shownLocale);
        throw error;
      }
    },
    [me, setLocale, shownLocale],
  );

  const value = useMemo<SessionValue>(
    () => ({
      status,
      me,
      signedIn: (next) => {
        generation.current++;
        adopt(next);
      },
      refresh: () => load(),
      signOut,
      changeLocale,
      secondFactorEnabled: me?.secondFactorEnabled ?? secondFactorNoted,
      noteSecondFactor: setSecondFactorNoted,
    }),
    [status, me, adopt, load, signOut, changeLocale, secondFactorNoted],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user on pages that only render for signed-in users. */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error('useMe on a page rendered without a signed-in user');
  return me;
}
