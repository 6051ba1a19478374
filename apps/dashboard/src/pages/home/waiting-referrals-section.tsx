import { referralsApi } from '../../api/referrals-api';
import type { WaitingReferralView } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { LocalDate } from '../../components/local-date';
import { Loading } from '../../components/loading';
import { useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n/i18n';
import { serviceKindLabel } from '../../i18n/labels';
import { Link } from '../../router/router';
import { ReferralStatusBadge, UrgencyBadge } from '../clients/referrals/referral-parts';

/** Follow-ups that have come first, then the nearest follow-up, then the oldest sent. */
function byFollowUp(a: WaitingReferralView, b: WaitingReferralView): number {
  if (a.followUpDue !== b.followUpDue) return a.followUpDue ? -1 : 1;
  const dayA = a.followUpOn ?? '9999-12-31';
  const dayB = b.followUpOn ?? '9999-12-31';
  return dayA.localeCompare(dayB) || a.sentOn.localeCompare(b.sentOn);
}

/** The referrals I sent that still wait for the partner's answer: whom to call today. */
export function WaitingReferralsSection() {
  const { t } = useI18n();
  const waiting = useAsync((signal) => referralsApi.waiting(signal), []);
  const due = waiting.data?.filter((referral) => referral.followUpDue).length ?? 0;

  return (
    <section className="section" aria-labelledby="home-referrals">
      <h2 id="home-referrals">{t('referrals.waiting.title')}</h2>
      <p className="muted">{t('referrals.waiting.intro')}</p>
      {waiting.error ? <ErrorAlert error={waiting.error} onRetry={waiting.reload} /> : null}
      {!waiting.data && !waiting.error ? <Loading /> : null}
      {waiting.data && waiting.data.length === 0 ? <p>{t('referrals.waiting.none')}</p> : null}
      {waiting.data && waiting.data.length > 0 ? (
        <>
          <p className="result-count">{due > 0 ? t('referrals.waiting.countDue', { count: waiting.data.length, due }) : t('referrals.waiting.count', { count: waiting.data.length })}</p>
          <div className="table-scroll">
            <table className="table table-wide table-stack waiting-referrals">
              <caption className="visually-hidden">{t('referrals.waiting.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('client.caseNumber')}</th>
                  <th scope="col">{t('referrals.waiting.client')}</th>
                  <th scope="col">{t('referrals.waiting.to')}</th>
                  <th scope="col">{t('referrals.urgency')}</th>
                  <th scope="col">{t('referrals.sentOn')}</th>
                  <th scope="col">{t('referrals.followUpOn')}</th>
                </tr>
              </thead>
              <tbody>
                {[...waiting.data].sort(byFollowUp).map((referral) => (
                  <WaitingRow key={referral.id} referral={referral} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}

function WaitingRow({ referral }: { readonly referral: WaitingReferralView }) {
  const { t, locale } = useI18n();
  return (
    <tr className={referral.followUpDue ? 'row-overdue' : undefined}>
      <th scope="row" className="nowrap">
        <Link to={`/clients/${encodeURIComponent(referral.clientId)}?tab=referrals`}>{referral.caseNumber}</Link>
        <br />
        <span className="small muted">{t('referrals.number', { number: referral.number })}</span>
      </th>
      <td data-label={t('referrals.waiting.client')}>{referral.clientName}</td>
      <td data-label={t('referrals.waiting.to')}>
        {referral.organisationName ?? '—'}
        <br />
        <span className="small muted">{serviceKindLabel(locale, referral.serviceKind)}</span> <ReferralStatusBadge status={referral.status} />
      </td>
      <td data-label={t('referrals.urgency')}>
        <UrgencyBadge urgency={referral.urgency} />
      </td>
      <td className="nowrap" data-label={t('referrals.sentOn')}>
        <LocalDate value={referral.sentOn} />
      </td>
      <td className="nowrap" data-label={t('referrals.followUpOn')}>
        <LocalDate value={referral.followUpOn} />
        {referral.followUpDue ? (
          <>
            {' '}
            <span className="badge badge-deadline-missed">{t('referrals.followUpDue')}</span>
          </>
        ) : null}
      </td>
    </tr>
  );
}
