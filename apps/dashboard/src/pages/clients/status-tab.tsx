import { useState } from 'react';
import { clientsApi } from '../../api/clients-api';
import type { CustodyStepRequest, ResidenceStepRequest, StatusHistory, StepOption } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { TextField } from '../../components/form-fields';
import { LocalDate } from '../../components/local-date';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { useAction, useAsync, type AsyncState } from '../../hooks/use-async';
import { todayInTokyo } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { custodyLabel, deportationLabel, inLocale, residenceLabel } from '../../i18n/labels';
import type { FileContext } from './file-context';
import { WorkAllowedRadios } from './person-fields';
import { asksWorkFlag, custodyStartedBy, extendsRelease, reportingIntervalFor } from './status-rules';
import { StepForm } from './step-form';
import { StepHistory } from './step-history';
import { useMe } from '../../session/session-context';
import { offers } from './file-access';

/** Residence status (track R) and deportation procedure and custody (track D): where they stand, and the next step. */
export function StatusTab({ client, round, onClientChanged }: FileContext) {
  const { t, locale } = useI18n();
  const today = todayInTokyo();
  const options = useAsync((signal) => clientsApi.statusOptions(client.id, signal), [client.id, client.version, round]);
  const history = useAsync((signal) => clientsApi.statusHistory(client.id, signal), [client.id, client.version, round]);
  const [notice, setNotice] = useState<string | null>(null);
  const [workAllowed, setWorkAllowed] = useState<'' | 'yes' | 'no'>('');
  const [reportingInterval, setReportingInterval] = useState('');
  const [releaseUntil, setReleaseUntil] = useState('');
  const residence = useAction((request: ResidenceStepRequest) => clientsApi.residenceStep(client.id, request));
  const custody = useAction((request: CustodyStepRequest) => clientsApi.custodyStep(client.id, request));
  const reload = useAction(() => clientsApi.get(client.id));
  const me = useMe();
  const open = client.status === 'open' && offers(client, me.role, 'residence.step') && offers(client, me.role, 'custody.step');

  const loadCurrent = async () => {
    residence.clearError();
    custody.clearError();
    const result = await reload.run();
    if (result.ok) onClientChanged(result.value);
  };

  const recordResidence = async (option: StepOption, dates: Readonly<Record<string, string>>, note: string | null) => {
    setNotice(null);
    const result = await residence.run({
      version: client.version,
      // The server offers this track's steps only (status-options.residence).
      to: option.to as ResidenceStepRequest['to'],
      outcome: option.outcome as ResidenceStepRequest['outcome'],
      dates,
      note,
      ...(asksWorkFlag(option.to) && workAllowed !== '' ? { workAllowed: workAllowed === 'yes' } : {}),
    });
    if (result.ok) {
      setNotice(t('status.residenceRecorded'));
      setWorkAllowed('');
      onClientChanged(result.value);
    }
  };

  const recordCustody = async (option: StepOption, dates: Readonly<Record<string, string>>, note: string | null) => {
    setNotice(null);
    const started = custodyStartedBy(option);
    const need = reportingIntervalFor(started);
    const asksPeriod = started === 'PROVISIONAL_RELEASE' || extendsRelease(option);
    const result = await custody.run({
      version: client.version,
      // The server offers this track's steps only (status-options.custody).
      to: option.to as CustodyStepRequest['to'],
      outcome: option.outcome as CustodyStepRequest['outcome'],
      dates,
      note,
      ...(need !== 'none' && reportingInterval !== '' ? { reportingIntervalMonths: Number(reportingInterval) } : {}),
      ...(asksPeriod && releaseUntil !== '' ? { provisionalReleaseUntil: releaseUntil } : {}),
    });
    if (result.ok) {
      setNotice(t('status.custodyRecorded'));
      setReportingInterval('');
      setReleaseUntil('');
      onClientChanged(result.value);
    }
  };

  return (
    <>
      {notice ? <Notice tone="success">{notice}</Notice> : null}
      <ErrorAlert error={reload.error} />
      <section className="section section-first" aria-labelledby="status-residence">
        <h2 id="status-residence">{t('status.residenceTitle')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('client.residenceStatus')}</dt>
            <dd>
              <strong>{residenceLabel(t, client.residence.stage)}</strong>
            </dd>
          </div>
          <div>
            <dt>{t('client.residenceExpiresOn')}</dt>
            <dd>
              <LocalDate value={client.residence.expiresOn} />
            </dd>
          </div>
          <div>
            <dt>{t('client.triageCategory')}</dt>
            <dd>{client.residence.triageCategory ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('status.work')}</dt>
            <dd>
              <strong>{client.workAllowed.allowed ? t('status.workAllowed') : t('status.workNotAllowed')}</strong>
              <br />
              <span className="small">{inLocale(locale, client.workAllowed.reasonJa, client.workAllowed.reasonEn)}</span>
              <br />
              <span className="small muted">
                {t('deadline.basis')} {client.workAllowed.basis}
              </span>
            </dd>
          </div>
        </dl>
        {open ? (
          options.error ? (
            <ErrorAlert error={options.error} onRetry={options.reload} />
          ) : !options.data ? (
            <Loading />
          ) : options.data.residence.length === 0 ? (
            <p className="muted">{t('status.noSteps')}</p>
          ) : (
            <div className="subsection">
              <h3>{t('status.residenceStep')}</h3>
              <StepForm
                key={`residence-${client.version}`}
                options={options.data.residence}
                track="residence"
                busy={residence.busy}
                error={residence.error}
                today={today}
                submitLabel={t('status.recordSubmit')}
                onReload={() => void loadCurrent()}
                onSubmit={(option, dates, note) => void recordResidence(option, dates, note)}
                renderExtra={(option) => (asksWorkFlag(option.to) ? <WorkAllowedRadios value={workAllowed} onChange={setWorkAllowed} /> : null)}
              />
            </div>
          )
        ) : null}
        <TrackHistory title={t('status.residenceHistory')} history={history} track="residence" />
      </section>

      <section className="section" aria-labelledby="status-custody">
        <h2 id="status-custody">{t('status.custodyTitle')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('client.custody')}</dt>
            <dd>
              <strong>{custodyLabel(t, client.custody.status)}</strong>
            </dd>
          </div>
          <div>
            <dt>{t('client.deportationStage')}</dt>
            <dd>{deportationLabel(t, client.custody.deportationStage)}</dd>
          </div>
          <div>
            <dt>{t('client.reportingIntervalMonths')}</dt>
            <dd>
              {client.custody.reportingIntervalMonths === null
                ? '—'
                : client.custody.reportingIntervalMonths === 1
                  ? t('status.everyMonth')
                  : t('status.everyMonths', { months: client.custody.reportingIntervalMonths })}
            </dd>
          </div>
          {client.custody.status === 'provisional-release' ? (
            <div>
              <dt>{t('status.releaseUntil')}</dt>
              <dd>{client.custody.provisionalReleaseUntil ? <LocalDate value={client.custody.provisionalReleaseUntil} /> : t('status.releaseUntilUnknown')}</dd>
            </div>
          ) : null}
        </dl>
        {open && options.data ? (
          options.data.custody.length === 0 ? (
            <p className="muted">{t('status.noSteps')}</p>
          ) : (
            <div className="subsection">
              <h3>{t('status.custodyStep')}</h3>
              <StepForm
                key={`custody-${client.version}`}
                options={options.data.custody}
                track="custody"
                busy={custody.busy}
                error={custody.error}
                today={today}
                submitLabel={t('status.recordSubmit')}
                onReload={() => void loadCurrent()}
                onSubmit={(option, dates, note) => void recordCustody(option, dates, note)}
                renderExtra={(option) => {
                  const started = custodyStartedBy(option);
                  const need = reportingIntervalFor(started);
                  const extending = extendsRelease(option);
                  return (
                    <>
                      {need === 'none' ? null : (
                        <TextField
                          label={t('client.reportingIntervalMonths')}
                          hint={need === 'required' ? t('client.reportingIntervalRequired') : t('client.reportingIntervalOptional')}
                          type="number"
                          min={1}
                          max={need === 'required' ? 3 : 12}
                          required={need === 'required'}
                          className="field-short"
                          value={reportingInterval}
                          onChange={(event) => setReportingInterval(event.target.value)}
                        />
                      )}
                      {started === 'PROVISIONAL_RELEASE' || extending ? (
                        <TextField
                          label={extending ? t('status.releaseExtendedUntil') : t('status.releaseUntil')}
                          hint={extending ? t('status.releaseUntilHintExtension') : t('status.releaseUntilHint')}
                          type="date"
                          required={extending}
                          className="field-short"
                          value={releaseUntil}
                          onChange={(event) => setReleaseUntil(event.target.value)}
                        />
                      ) : null}
                    </>
                  );
                }}
              />
            </div>
          )
        ) : null}
        <TrackHistory title={t('status.custodyHistory')} history={history} track="custody" />
      </section>
    </>
  );
}

function TrackHistory({ title, history, track }: { readonly title: string; readonly history: AsyncState<StatusHistory>; readonly track: keyof StatusHistory }) {
  return (
    <div className="subsection">
      <h3>{title}</h3>
      {history.error ? <ErrorAlert error={history.error} onRetry={history.reload} /> : history.data ? <StepHistory entries={history.data[track]} caption={title} track={track} /> : <Loading />}
    </div>
  );
}
