import { useState } from 'react';
import { caughtMailApi } from '../../api/caught-mail-api';
import { isApiError } from '../../api/http-client';
import { DateTime } from '../../components/date-time';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router/router';

/**
 * One caught message: its text body as plain text. A message sent to someone else (only an
 * administrator opens those) comes with its sign-in links and codes redacted, and says so. The
 * HTML version is shown only on request, inside an iframe sandboxed with no permissions at all
 * (no scripts, no forms, no navigation, its own opaque origin), so a message can never act as
 * the dashboard.
 */
export function CaughtMailMessagePage({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const message = useAsync((signal) => caughtMailApi.get(id, signal), [id]);
  const [showHtml, setShowHtml] = useState(false);
  const back = (
    <p className="secondary-links">
      <Link to="/caught-mail">{t('caughtMail.backToList')}</Link>
    </p>
  );

  if (message.error) {
    return (
      <Page title={t('caughtMail.message')}>
        <ErrorAlert error={message.error} onRetry={isApiError(message.error, 'RECORD_NOT_FOUND') ? undefined : message.reload} />
        {back}
      </Page>
    );
  }
  if (!message.data) {
    return (
      <Page title={t('caughtMail.message')}>
        <Loading />
      </Page>
    );
  }
  const mail = message.data;
  return (
    <Page title={mail.subject || t('caughtMail.noSubject')} intro={<Link to="/caught-mail">{t('caughtMail.backToList')}</Link>}>
      <dl className="facts">
        <div>
          <dt>{t('caughtMail.receivedAt')}</dt>
          <dd>
            <DateTime iso={mail.receivedAt} />
          </dd>
        </div>
        <div>
          <dt>{t('caughtMail.from')}</dt>
          <dd className="break">{mail.from}</dd>
        </div>
        <div>
          <dt>{t('caughtMail.to')}</dt>
          <dd className="break">{mail.to.join(', ')}</dd>
        </div>
        {mail.messageId ? (
          <div>
            <dt>{t('caughtMail.messageId')}</dt>
            <dd className="break">
              <code>{mail.messageId}</code>
            </dd>
          </div>
        ) : null}
      </dl>
      {mail.redacted ? (
        <div className="alert alert-info">
          <p className="alert-message">{t('caughtMail.redactedNotice')}</p>
        </div>
      ) : null}
      {mail.html !== null ? (
        <div className="segmented" role="group" aria-label={t('caughtMail.view')}>
          <button type="button" aria-pressed={!showHtml} onClick={() => setShowHtml(false)}>
            {t('caughtMail.viewText')}
          </button>
          <button type="button" aria-pressed={showHtml} onClick={() => setShowHtml(true)}>
            {t('caughtMail.viewHtml')}
          </button>
        </div>
      ) : null}
      {showHtml && mail.html !== null ? (
        <>
          <p className="field-hint">{t('caughtMail.htmlHint')}</p>
          <iframe className="mail-html" title={t('caughtMail.htmlFrame')} sandbox="" srcDoc={mail.html} referrerPolicy="no-referrer" />
        </>
      ) : (
        <pre className="mail-text" aria-label={t('caughtMail.textBody')} tabIndex={0}>
          {mail.text}
        </pre>
      )}
    </Page>
  );
}
