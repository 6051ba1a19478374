import { caughtMailApi } from '../../api/caught-mail-api';
import { DateTime } from '../../components/date-time';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router/router';
import { useMe } from '../../session/session-context';

/**
 * The latest mail the embedded catcher kept (a demo installation without a mail server): the
 * mail sent to the signed-in user; for an administrator every message, the others' redacted.
 */
export function CaughtMailPage() {
  const { t } = useI18n();
  const me = useMe();
  const mail = useAsync((signal) => caughtMailApi.list(signal), []);
  return (
    <Page
      title={t('caughtMail.title')}
      intro={t(me.role === 'admin' ? 'caughtMail.introAdmin' : 'caughtMail.intro')}
      actions={
        <button type="button" className="button button-secondary" onClick={mail.reload} disabled={mail.loading}>
          {t('common.refresh')}
        </button>
      }
    >
      {mail.error ? <ErrorAlert error={mail.error} onRetry={mail.reload} /> : null}
      {!mail.data && !mail.error ? <Loading /> : null}
      {mail.data && mail.data.length === 0 ? <p>{t('caughtMail.none')}</p> : null}
      {mail.data && mail.data.length > 0 ? (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('caughtMail.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('caughtMail.receivedAt')}</th>
                <th scope="col">{t('caughtMail.to')}</th>
                <th scope="col">{t('caughtMail.subject')}</th>
              </tr>
            </thead>
            <tbody>
              {mail.data.map((message) => (
                <tr key={message.id}>
                  <td className="nowrap">
                    <DateTime iso={message.receivedAt} />
                  </td>
                  <td className="break">{message.to.join(', ')}</td>
                  <th scope="row">
                    <Link to={`/caught-mail/${message.id}`}>{message.subject || t('caughtMail.noSubject')}</Link>
                  </th>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Page>
  );
}
