import { useState, type FormEvent } from 'react';
import { referralsApi } from '../../../api/referrals-api';
import { SERVICE_KINDS, type PartnerServiceListingView, type ReferralConsentView, type ReferralView, type ServiceKind } from '../../../api/types';
import { ConfirmButton } from '../../../components/confirm-button';
import { ErrorAlert } from '../../../components/error-alert';
import { SelectField, TextAreaField, TextField } from '../../../components/form-fields';
import { LocalDate } from '../../../components/local-date';
import { Loading } from '../../../components/loading';
import { StaleAlert } from '../../../components/stale-alert';
import { isApiError } from '../../../api/http-client';
import { useAction, useAsync } from '../../../hooks/use-async';
import { todayInTokyo } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { serviceKindLabel } from '../../../i18n/labels';
import { PartnerServicePicker } from './partner-service-picker';
import { CONSENTS_HEADING_ID } from './referral-parts';

interface ConsentsSectionProps {
  readonly clientId: string;
  /** The file's referrals: their partners are offered first when recording a consent. */
  readonly referrals: readonly ReferralView[];
  readonly canRecord: boolean;
  readonly canWithdraw: boolean;
  readonly round: number;
  readonly onChanged: (message: string) => void;
}

/**
 * The client's consents to share their information with partners (APPI Art. 27: special-care
 * data, no opt-out): nothing is sent to a partner without one in force.
 */
export function ConsentsSection({ clientId, referrals, canRecord, canWithdraw, round, onChanged }: ConsentsSectionProps) {
  const { t } = useI18n();
  const consents = useAsync((signal) => referralsApi.consents(clientId, signal), [clientId, round]);

  return (
    <section className="section" aria-labelledby={CONSENTS_HEADING_ID}>
      <h2 id={CONSENTS_HEADING_ID} tabIndex={-1}>
        {t('referrals.consents.title')}
      </h2>
      <p className="muted">{t('referrals.consents.explain')}</p>
      {consents.error ? <ErrorAlert error={consents.error} onRetry={consents.reload} /> : null}
      {!consents.data && !consents.error ? <Loading /> : null}
      {consents.data && consents.data.length === 0 ? <p className="muted">{t('referrals.consents.none')}</p> : null}
      {consents.data && consents.data.length > 0 ? (
        <ConsentTable clientId={clientId} consents={consents.data} canWithdraw={canWithdraw} onChanged={onChanged} onReload={consents.reload} />
      ) : null}
      {canRecord ? (
        <div className="subsection">
          <h3 id="referral-consent-record">{t('referrals.consents.recordTitle')}</h3>
          <RecordConsentForm
            // The partners of the file's referrals are offered first: a new referral starts the form again.
            key={partnersOf(referrals)
              .map((choice) => choice.id)
              .join(',')}
            clientId={clientId}
            referrals={referrals}
            onRecorded={() => onChanged(t('referrals.consents.recorded'))}
          />
        </div>
      ) : null}
    </section>
  );
}

function ConsentTable({
  clientId,
  consents,
  canWithdraw,
  onChanged,
  onReload,
}: {
  readonly clientId: string;
  readonly consents: readonly ReferralConsentView[];
  readonly canWithdraw: boolean;
  readonly onChanged: (message: string) => void;
  readonly onReload: () => void;
}) {
  const { t, locale } = useI18n();
  return (
    <div className="table-scroll">
      <table className="table table-wide consents-table">
        <caption className="visually-hidden">{t('referrals.consents.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('referrals.consents.who')}</th>
            <th scope="col">{t('referrals.consents.givenOn')}</th>
            <th scope="col">{t('referrals.consents.scope')}</th>
            <th scope="col">{t('referrals.consents.state')}</th>
            {canWithdraw ? <th scope="col">{t('common.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {consents.map((consent) => (
            <tr key={consent.id}>
              <th scope="row">
                {consent.partnerId
                  ? (consent.partnerName ?? '—')
                  : consent.serviceKind
                    ? t('referrals.consents.everyPartnerOf', { kind: serviceKindLabel(locale, consent.serviceKind) })
                    : '—'}
              </th>
              <td className="nowrap">
                <LocalDate value={consent.givenOn} />
              </td>
              <td className="pre-line">{consent.scope}</td>
              <td>
                {consent.inForce ? (
                  <span className="badge badge-status-active">{t('referrals.consents.inForce')}</span>
                ) : consent.withdrawnOn ? (
                  <span className="badge badge-withdrawn">
                    {t('referrals.consents.withdrawnOn')} <LocalDate value={consent.withdrawnOn} />
                  </span>
                ) : (
                  <span className="badge badge-soft">{t('referrals.consents.notInForce')}</span>
                )}
              </td>
              {canWithdraw ? (
                <td>{consent.withdrawnOn === null ? <WithdrawConsent key={consent.version} clientId={clientId} consent={consent} onChanged={onChanged} onReload={onReload} /> : null}</td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The client takes their consent back: drafts it alone covered are cancelled, and partners' reply links close. */
function WithdrawConsent({ clientId, consent, onChanged, onReload }: { readonly clientId: string; readonly consent: ReferralConsentView; readonly onChanged: (message: string) => void; readonly onReload: () => void }) {
  const { t } = useI18n();
  const today = todayInTokyo();
  const [withdrawnOn, setWithdrawnOn] = useState(today);
  const withdraw = useAction(() => referralsApi.withdrawConsent(clientId, consent.id, consent.version, withdrawnOn || undefined));
  return (
    <details className="withdraw-consent">
      <summary>{t('referrals.consents.withdraw')}</summary>
      {isApiError(withdraw.error, 'STALE_VERSION') ? <StaleAlert onReload={onReload} /> : <ErrorAlert error={withdraw.error} />}
      <TextField label={t('referrals.consents.withdrawnOnField')} type="date" max={today} value={withdrawnOn} onChange={(event) => setWithdrawnOn(event.target.value)} />
      <ConfirmButton
        label={t('referrals.consents.withdraw')}
        question={t('referrals.consents.withdrawQuestion')}
        confirmLabel={t('referrals.consents.withdrawConfirm')}
        busy={withdraw.busy}
        danger
        small
        onConfirm={() =>
          void withdraw.run().then((result) => {
            if (result.ok) onChanged(t('referrals.consents.withdrawn'));
          })
        }
      />
    </details>
  );
}

interface PartnerChoice {
  readonly id: string;
  readonly name: string;
}

/** The partners this file's referrals go to, each once: the usual reason to record a consent. */
function partnersOf(referrals: readonly ReferralView[]): PartnerChoice[] {
  const seen = new Map<string, string>();
  for (const referral of referrals) {
    const { partnerId, organisationName } = referral.target;
    if (partnerId && !seen.has(partnerId)) seen.set(partnerId, organisationName ?? partnerId);
  }
  return [...seen].map(([id, name]) => ({ id, name }));
}

type Scope = 'partner' | 'kind';

function RecordConsentForm({ clientId, referrals, onRecorded }: { readonly clientId: string; readonly referrals: readonly ReferralView[]; readonly onRecorded: () => void }) {
  const { t, locale } = useI18n();
  const today = todayInTokyo();
  const known = partnersOf(referrals);
  const [scopeKind, setScopeKind] = useState<Scope>('partner');
  const [partner, setPartner] = useState<PartnerChoice | null>(known.length === 1 ? known[0] : null);
  const [searching, setSearching] = useState(known.length === 0);
  const [found, setFound] = useState<PartnerServiceListingView | null>(null);
  const [serviceKind, setServiceKind] = useState<ServiceKind>('housing');
  const [givenOn, setGivenOn] = useState(today);
  const [scope, setScope] = useState('');
  const [problems, setProblems] = useState<{ partner?: string; givenOn?: string; scope?: string }>({});
  const record = useAction(() =>
    referralsApi.recordConsent(clientId, scopeKind === 'partner' && partner ? { partnerId: partner.id, givenOn, scope: scope.trim() } : { serviceKind, givenOn, scope: scope.trim() }),
  );

  const pickFound = (service: PartnerServiceListingView) => {
    setFound(service);
    setPartner({ id: service.partnerId, name: service.partner.name });
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = {
      partner: scopeKind === 'partner' && !partner ? t('referrals.consents.choosePartner') : undefined,
      givenOn: givenOn === '' ? t('common.required') : givenOn > today ? t('referrals.consents.notInFuture') : undefined,
      scope: scope.trim() === '' ? t('common.required') : undefined,
    };
    setProblems(next);
    if (next.partner || next.givenOn || next.scope) return;
    const result = await record.run();
    if (!result.ok) return;
    setScope('');
    setFound(null);
    onRecorded();
  };

  return (
    <form className="form form-wide" onSubmit={(event) => void submit(event)} aria-labelledby="referral-consent-record" noValidate>
      <ErrorAlert error={record.error} messages={{ RECORD_NOT_FOUND: 'referrals.consents.partnerNotFound' }} />
      <fieldset className="fieldset">
        <legend>{t('referrals.consents.coverage')}</legend>
        <div className="radio-list radio-list-inline">
          <label className="radio">
            <input type="radio" name="consent-scope" checked={scopeKind === 'partner'} onChange={() => setScopeKind('partner')} />
            <span>{t('referrals.consents.onePartner')}</span>
          </label>
          <label className="radio">
            <input type="radio" name="consent-scope" checked={scopeKind === 'kind'} onChange={() => setScopeKind('kind')} />
            <span>{t('referrals.consents.everyPartnerOfKind')}</span>
          </label>
        </div>
      </fieldset>

      {scopeKind === 'partner' ? (
        <fieldset className="fieldset">
          <legend>{t('referrals.consents.partner')}</legend>
          {known.length > 0 ? (
            <div className="radio-list">
              {known.map((choice) => (
                <label key={choice.id} className="radio">
                  <input
                    type="radio"
                    name="consent-partner"
                    checked={partner?.id === choice.id && found === null}
                    onChange={() => {
                      setFound(null);
                      setPartner(choice);
                    }}
                  />
                  <span>
                    {choice.name} <span className="muted small">{t('referrals.consents.fromReferrals')}</span>
                  </span>
                </label>
              ))}
            </div>
          ) : null}
          {searching ? (
            <PartnerServicePicker selected={found} onSelect={pickFound} />
          ) : (
            <button type="button" className="button button-link" onClick={() => setSearching(true)}>
              {t('referrals.consents.findOther')}
            </button>
          )}
          {partner ? (
            <p role="status">
              {t('referrals.consents.chosenPartner')} <strong>{partner.name}</strong>
            </p>
          ) : null}
          {problems.partner ? <p className="field-problem">{problems.partner}</p> : null}
        </fieldset>
      ) : (
        <SelectField label={t('referrals.serviceKind')} hint={t('referrals.consents.kindHint')} value={serviceKind} onChange={(event) => setServiceKind(event.target.value as ServiceKind)}>
          {SERVICE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {serviceKindLabel(locale, kind)}
            </option>
          ))}
        </SelectField>
      )}

      <TextField label={t('referrals.consents.givenOn')} type="date" required max={today} problem={problems.givenOn} value={givenOn} onChange={(event) => setGivenOn(event.target.value)} />
      <TextAreaField
        label={t('referrals.consents.scope')}
        hint={t('referrals.consents.scopeHint')}
        rows={2}
        required
        maxLength={2000}
        problem={problems.scope}
        value={scope}
        onChange={(event) => setScope(event.target.value)}
      />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={record.busy}>
          {t('referrals.consents.recordSubmit')}
        </button>
      </div>
    </form>
  );
}
