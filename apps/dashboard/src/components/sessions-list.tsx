import { useState } from 'react';
import { authApi } from '../api/auth-api';
import type { SessionInfo } from '../api/types';
import { useAction, useAsync } from '../hooks/use-async';
import { useI18n } from '../i18n/i18n';
import { ConfirmButton } from './confirm-button';
import { DateTime } from './date-time';
import { ErrorAlert } from './error-alert';
import { Loading } from './loading';
import { Notice } from './notice';

/** "Chrome on Windows" from a user-agent string, enough to recognise one's own devices. */
export function describeUserAgent(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : null;
  const system = /Windows/.test(userAgent)
    ? 'Windows'
    : /Android/.test(userAgent)
      ? 'Android'
      : /iPhone|iPad/.test(userAgent)
        ? 'iOS'
        : /Mac OS X/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : null;
  if (browser && system) return `${browser} / ${system}`;
  return browser ?? system ?? userAgent.slice(0, 60);
}

/** The user's open sessions, with a way to end any other one (a lost phone, a shared computer). */
export function SessionsList({ refreshKey = 0 }: { readonly refreshKey?: number }) {
  const { t } = useI18n();
  const sessions = useAsync((signal) => authApi.sessions(signal), [refreshKey]);
  const [ended, setEnded] = useState<number | null>(null);
  const end = useAction((id: string) => authApi.endSession(id));
  const endOthers = useAction(() => authApi.endOtherSessions());

  const endSession = async (session: SessionInfo) => {
    setEnded(null);
    const result = await end.run(session.id);
    if (result.ok) {
      setEnded(1);
      sessions.reload();
    }
  };

  const endOtherSessions = async () => {
    setEnded(null);
    const result = await endOthers.run();
    if (result.ok) {
      setEnded(result.value.ended);
      sessions.reload();
    }
  };

  if (sessions.error) return <ErrorAlert error={sessions.error} onRetry={sessions.reload} />;
  if (!sessions.data) return <Loading />;
  const ordered = [...sessions.data].sort((a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt));
  return (
    <div>
      {ended === 1 ? <Notice tone="success">{t('sessions.ended')}</Notice> : null}
      {ended !== null && ended !== 1 ? <Notice tone="success">{t('sessions.endedMany', { count: ended })}</Notice> : null}
      <ErrorAlert error={end.error ?? endOthers.error} />
      <ul className="session-list">
        {ordered.map((session) => (
          <li key={session.id} className={session.current ? 'session session-current' : 'session'}>
            <div className="session-device">
              <strong>{describeUserAgent(session.userAgent) ?? t('sessions.unknownDevice')}</strong>
              {session.current ? <span className="badge badge-current">{t('sessions.current')}</span> : null}
            </div>
            <dl className="session-facts">
              <div>
                <dt>{t('sessions.signedInAt')}</dt>
                <dd>
                  <DateTime iso={session.createdAt} />
                </dd>
              </div>
              <div>
                <dt>{t('sessions.lastSeenAt')}</dt>
                <dd>
                  <DateTime iso={session.lastSeenAt} />
                </dd>
              </div>
              <div>
                <dt>{t('sessions.ip')}</dt>
                <dd>{session.ip ?? '—'}</dd>
              </div>
            </dl>
            {session.current ? null : (
              <button type="button" className="button button-secondary button-small" disabled={end.busy} onClick={() => void endSession(session)}>
                {t('sessions.end')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {ordered.some((session) => !session.current) ? (
        <div className="button-row">
          <ConfirmButton
            label={t('sessions.endOthers')}
            question={t('sessions.endOthersQuestion')}
            confirmLabel={t('sessions.endOthersConfirm')}
            busy={endOthers.busy}
            danger
            onConfirm={() => void endOtherSessions()}
          />
        </div>
      ) : null}
    </div>
  );
}
