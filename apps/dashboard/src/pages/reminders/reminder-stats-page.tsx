import { QUEUE_BOARD_URL, remindersApi } from '../../api/reminders-api';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { useAsync } from '../../hooks/use-async';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { Link } from '../../router/router';

const STATUS_LABELS: Readonly<Record<string, MessageKey>> = {
  planned: 'reminders.status.planned',
  sending: 'reminders.status.sending',
  sent: 'reminders.status.sent',
  failed: 'reminders.status.failed',
  cancelled: 'reminders.status.cancelled',
};

const QUEUE_LABELS: Readonly<Record<string, MessageKey>> = {
  waiting: 'reminders.queue.waiting',
  delayed: 'reminders.queue.delayed',
  active: 'reminders.queue.active',
  completed: 'reminders.queue.completed',
  failed: 'reminders.queue.failed',
};

/** Whether reminders go out, and on time: counts by status, lateness over the last day, the queue. */
export function ReminderStatsPage() {
  const { t, locale } = useI18n();
  const stats = useAsync((signal) => remindersApi.stats(signal), []);
  const seconds = (value: number | null) => (value === null ? '—' : t('reminders.seconds', { value: value.toLocaleString(locale === 'ja' ? 'ja-JP' : 'en-GB', { maximumFractionDigits: 3 }) }));

  return (
    <Page
      title={t('reminders.statsTitle')}
      intro={t('reminders.statsIntro')}
      actions={
        <>
          <button type="button" className="button button-secondary" onClick={stats.reload} disabled={stats.loading}>
            {t('common.refresh')}
          </button>
          <a className="button button-secondary" href={QUEUE_BOARD_URL}>
            {t('reminders.queueBoard')}
          </a>
        </>
      }
    >
      {stats.error ? <ErrorAlert error={stats.error} onRetry={stats.reload} /> : null}
      {!stats.data && !stats.error ? <Loading /> : null}
      {stats.data ? (
        <>
          <ul className="stat-cards" aria-label={t('reminders.lastDay')}>
            <li className="stat-card">
              <span className="stat-number">{stats.data.sentLast24h}</span> <span className="stat-label">{t('reminders.sentLast24h')}</span>
            </li>
            <li className="stat-card">
              <span className="stat-number">{seconds(stats.data.latenessP50Seconds)}</span> <span className="stat-label">{t('reminders.latenessP50')}</span>
            </li>
            <li className="stat-card">
              <span className="stat-number">{seconds(stats.data.latenessP99Seconds)}</span> <span className="stat-label">{t('reminders.latenessP99')}</span>
            </li>
            <li className={`stat-card${stats.data.overdue > 0 ? ' stat-card-alarm' : ''}`}>
              <span className="stat-number">{stats.data.overdue}</span> <span className="stat-label">{t('reminders.overdue')}</span>
            </li>
          </ul>
          {stats.data.overdue > 0 ? <p className="field-problem">{t('reminders.overdueExplain')}</p> : null}
          <CountTable title={t('reminders.byStatus')} counts={stats.data.counts} labels={STATUS_LABELS} />
          <CountTable title={t('reminders.queueTitle')} counts={stats.data.queue} labels={QUEUE_LABELS} />
          <p className="muted">{t('reminders.queueBoardHint')}</p>
        </>
      ) : null}
      <p className="secondary-links">
        <Link to="/reminders">{t('reminders.backToPolicies')}</Link>
      </p>
    </Page>
  );
}

function CountTable({ title, counts, labels }: { readonly title: string; readonly counts: Readonly<Record<string, number>>; readonly labels: Readonly<Record<string, MessageKey>> }) {
  const { t } = useI18n();
  const entries = Object.entries(counts);
  return (
    <section className="section" aria-label={title}>
      <h2>{title}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t('reminders.noneYet')}</p>
      ) : (
        <table className="table table-narrow">
          <caption className="visually-hidden">{title}</caption>
          <tbody>
            {entries.map(([key, count]) => (
              <tr key={key}>
                <th scope="row">{labels[key] ? t(labels[key]) : key}</th>
                <td className="numeric">{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
