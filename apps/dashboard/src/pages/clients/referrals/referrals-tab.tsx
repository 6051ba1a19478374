import { useState } from 'react';
import { referralsApi } from '../../../api/referrals-api';
import type { ReferralView } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { useAsync } from '../../../hooks/use-async';
import { useI18n } from '../../../i18n/i18n';
import { useMe } from '../../../session/session-context';
import type { FileContext } from '../file-context';
import { offers } from '../file-access';
import { ConsentsSection } from './consents-section';
import { ReferralCard, type ReferralPermissions } from './referral-card';
import { NewReferralForm } from './referral-form';

/** Open referrals first (drafts, then those waiting for the partner), the newest first within each. */
const ORDER: Readonly<Record<ReferralView['status'], number>> = {
  draft: 0,
  sent: 1,
  acknowledged: 1,
  accepted: 2,
  'in-progress': 2,
  declined: 3,
  completed: 3,
  cancelled: 3,
};

/**
 * Referrals to partners (a shelter bed, RHQ's allowance, a lawyer, a Japanese class, a job) and
 * to the organisation's own services, with the consents that allow sharing. Emergency access
 * offers none of it: giving a client's data to a third party is the file's own team's decision.
 */
export function ReferralsTab({ client, round, onChanged }: FileContext) {
  const { t } = useI18n();
  const me = useMe();
  const referrals = useAsync((signal) => referralsApi.list(client.id, signal), [client.id, round]);
  const [notice, setNotice] = useState<string | null>(null);
  const open = client.status === 'open';
  const can = (action: Parameters<typeof offers>[2]) => open && me.role !== 'admin' && offers(client, me.role, action);
  const permissions: ReferralPermissions = {
    edit: can('referral.update'),
    send: can('referral.send'),
    step: can('referral.step'),
    link: can('referral.link'),
    letter: me.role !== 'admin',
  };

  const changed = (message: string) => {
    setNotice(message);
    onChanged();
  };

  if (referrals.error && !referrals.data) return <ErrorAlert error={referrals.error} onRetry={referrals.reload} />;
  if (!referrals.data) return <Loading />;
  const list = [...referrals.data].sort((a, b) => ORDER[a.status] - ORDER[b.status] || b.createdAt.localeCompare(a.createdAt));

  return (
    <>
      <section className="section section-first" aria-labelledby="referrals-list">
        <h2 id="referrals-list">{t('referrals.title')}</h2>
        {client.access === 'break-glass' ? <p className="muted">{t('referrals.notUnderEmergency')}</p> : null}
        {notice ? <Notice tone="success">{notice}</Notice> : null}
        {list.length === 0 ? (
          <p className="muted">{t('referrals.none')}</p>
        ) : (
          <ul className="card-list">
            {list.map((referral) => (
              <ReferralCard key={`${referral.id}:${referral.version}`} clientId={client.id} referral={referral} can={permissions} onChanged={changed} onReload={referrals.reload} />
            ))}
          </ul>
        )}
      </section>

      {can('referral.create') ? (
        <section className="section" aria-labelledby="referrals-new">
          <h2 id="referrals-new">{t('referrals.newTitle')}</h2>
          <p className="muted">{t('referrals.newExplain')}</p>
          <NewReferralForm clientId={client.id} onReload={referrals.reload} onCreated={(referral) => changed(t('referrals.created', { number: referral.number }))} />
        </section>
      ) : null}

      <ConsentsSection
        clientId={client.id}
        referrals={referrals.data}
        canRecord={can('referral-consent.record')}
        canWithdraw={can('referral-consent.withdraw')}
        round={round}
        onChanged={changed}
      />
    </>
  );
}
