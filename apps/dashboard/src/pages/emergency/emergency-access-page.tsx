import { useState } from 'react';
import { emergencyAccessApi } from '../../api/emergency-access-api';
import type { EmergencyAccess } from '../../api/types';
import { ConfirmButton } from '../../components/confirm-button';
import { DateTime } from '../../components/date-time';
import { ErrorAlert } from '../../components/error-alert';
import { KeysetList } from '../../components/keyset-list';
import { Page } from '../../components/page';
import { useAction } from '../../hooks/use-async';
import { useKeysetPages } from '../../hooks/use-keyset-pages';
import { useI18n } from '../../i18n/i18n';
import { Link, useNavigate } from '../../router/router';
import { useMe } from '../../session/session-context';
import { BreakGlassForm } from './break-glass-form';

const PAGE_SIZE = 50;

/**
 * Supervisors and administrators: open a file outside their scope by its client ID (search
 * reaches only files in scope, so an emergency starts from the ID the caller was given), and see
 * each use of emergency access, ending one that is no longer needed.
 */
export function EmergencyAccessPage() {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  return (
    <Page title={t('emergency.title')} intro={t('emergency.intro')}>
      <BreakGlassForm onOpened={(client) => navigate(`/clients/${client.id}`)} />
      <section className="section" aria-labelledby="emergency-uses">
        <h2 id="emergency-uses">{t('emergency.usesTitle')}</h2>
        <p className="muted">{me.role === 'admin' ? t('emergency.usesIntroAdmin') : t('emergency.usesIntroSupervisor')}</p>
        <EmergencyUses />
      </section>
    </Page>
  );
}

function EmergencyUses() {
  const { t } = useI18n();
  const list = useKeysetPages((cursor, signal) => emergencyAccessApi.list(cursor, PAGE_SIZE, signal), []);
  // Ended here: shown as the server answered, without reloading the pages already read.
  const [ended, setEnded] = useState<Readonly<Record<string, EmergencyAccess>>>({});
  const end = useAction((id: string) => emergencyAccessApi.end(id));

  const submitEnd = async (id: string) => {
    const result = await end.run(id);
    if (result.ok) setEnded((known) => ({ ...known, [id]: result.value }));
  };

  return (
    <KeysetList list={list} empty={<p>{t('emergency.usesNone')}</p>} moreLabel={t('emergency.usesMore')}>
      {(items) => (
        <>
          <ErrorAlert error={end.error} />
          <div className="table-scroll">
            <table className="table table-wide">
              <caption className="visually-hidden">{t('emergency.usesTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('emergency.file')}</th>
                  <th scope="col">{t('emergency.openedBy')}</th>
                  <th scope="col">{t('emergency.openedAt')}</th>
                  <th scope="col">{t('emergency.reason')}</th>
                  <th scope="col">{t('emergency.state')}</th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((listed) => {
                  const use = ended[listed.id] ?? listed;
                  return (
                    <tr key={use.id} data-grant={use.id}>
                      <th scope="row" className="nowrap">
                        <Link to={`/clients/${use.clientId}`}>{use.caseNumber}</Link> <span className="muted">({use.teamName})</span>
                      </th>
                      <td>{use.openedByName}</td>
                      <td className="nowrap">
                        <DateTime iso={use.grantedAt} />
                      </td>
                      <td>{use.reason}</td>
                      <td>
                        <UseState use={use} />
                      </td>
                      <td>
                        {use.canEnd ? (
                          <ConfirmButton
                            label={t('emergency.end')}
                            question={t('emergency.endQuestion')}
                            confirmLabel={t('emergency.endConfirm')}
                            danger
                            small
                            busy={end.busy}
                            onConfirm={() => void submitEnd(use.id)}
                          />
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </KeysetList>
  );
}

function UseState({ use }: { readonly use: EmergencyAccess }) {
  const { t, dateTime } = useI18n();
  if (use.state === 'ended') {
    return (
      <>
        {t('emergency.state.ended', { name: use.endedByName ?? '—' })} <DateTime iso={use.endedAt} />
      </>
    );
  }
  if (use.state === 'expired') return <>{t('emergency.state.expired')}</>;
  return <strong>{t('emergency.state.active', { time: dateTime(use.expiresAt) })}</strong>;
}
