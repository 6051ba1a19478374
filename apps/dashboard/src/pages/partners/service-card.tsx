import { useState, type FormEvent } from 'react';
import { isApiError } from '../../api/http-client';
import { partnersApi } from '../../api/partners-api';
import type { PartnerServiceFields, PartnerServiceView, ServiceCapacityChange } from '../../api/types';
import { ConfirmButton } from '../../components/confirm-button';
import { ErrorAlert } from '../../components/error-alert';
import { TextField } from '../../components/form-fields';
import { Notice } from '../../components/notice';
import { StaleAlert } from '../../components/stale-alert';
import { useAction } from '../../hooks/use-async';
import { fieldProblemsOf, problemFor } from '../../i18n/describe-error';
import { todayInTokyo } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { ServiceBadges, ServiceFacts } from './partner-parts';
import { serviceChangesOf, ServiceForm } from './service-form';

/** The largest count the API takes: beyond it is a typing error. */
const MAX_CAPACITY = 100_000;

type Mode = 'idle' | 'edit' | 'capacity';

interface ServiceCardProps {
  readonly partnerId: string;
  readonly service: PartnerServiceView;
  readonly organisationActive: boolean;
  /** Supervisors and administrators: edit, count places, deactivate. */
  readonly editable: boolean;
  readonly onChanged: (service: PartnerServiceView, message: string) => void;
  /** Someone else changed it: load the organisation again. */
  readonly onReload: () => void;
}

/** One service of the organisation, with its maintenance for those who keep the directory. */
export function ServiceCard({ partnerId, service, organisationActive, editable, onChanged, onReload }: ServiceCardProps) {
  const { t } = useI18n();
  const [mode, setMode] = useState<Mode>('idle');
  const [unchanged, setUnchanged] = useState(false);
  const update = useAction((change: Parameters<typeof partnersApi.updateService>[2]) => partnersApi.updateService(partnerId, service.id, change));
  const toggle = useAction((active: boolean) => (active ? partnersApi.reactivateService(partnerId, service.id) : partnersApi.deactivateService(partnerId, service.id)));
  const headingId = `service-${service.id}`;

  const saveEdit = async (fields: PartnerServiceFields) => {
    const change = serviceChangesOf(service, fields);
    if (!change) {
      setUnchanged(true);
      return;
    }
    setUnchanged(false);
    const result = await update.run(change);
    if (result.ok) onChanged(result.value, t('partners.serviceSaved', { name: result.value.name }));
  };

  const setActive = async (active: boolean) => {
    const result = await toggle.run(active);
    if (result.ok) onChanged(result.value, active ? t('partners.serviceReactivated', { name: service.name }) : t('partners.serviceDeactivated', { name: service.name }));
  };

  return (
    <li className={`card partner-card${service.active && organisationActive ? '' : ' partner-card-inactive'}`} aria-labelledby={headingId}>
      <h3 className="card-title" id={headingId}>
        {service.name}
      </h3>
      <p className="partner-service-line">
        <ServiceBadges service={service} organisationActive={organisationActive} />
      </p>
      <ServiceFacts service={service} />
      {editable && mode === 'idle' ? (
        <>
          <ErrorAlert error={toggle.error} />
          <div className="button-row">
            <button type="button" className="button button-secondary button-small" onClick={() => setMode('capacity')}>
              {t('partners.updateCapacity')}
            </button>
            <button type="button" className="button button-secondary button-small" onClick={() => setMode('edit')}>
              {t('partners.editService')}
            </button>
            {service.active ? (
              <ConfirmButton
                small
                danger
                label={t('partners.deactivateService')}
                question={t('partners.deactivateServiceQuestion', { name: service.name })}
                confirmLabel={t('partners.deactivateServiceConfirm')}
                busy={toggle.busy}
                onConfirm={() => void setActive(false)}
              />
            ) : (
              <ConfirmButton
                small
                label={t('partners.reactivateService')}
                question={t('partners.reactivateServiceQuestion', { name: service.name })}
                confirmLabel={t('partners.reactivateServiceConfirm')}
                busy={toggle.busy}
                onConfirm={() => void setActive(true)}
              />
            )}
          </div>
        </>
      ) : null}
      {editable && mode === 'edit' ? (
        <section className="subsection" aria-label={t('partners.editServiceNamed', { name: service.name })}>
          {unchanged ? <Notice tone="info">{t('partners.nothingChanged')}</Notice> : null}
          <ServiceForm
            service={service}
            submitLabel={t('common.saveChanges')}
            busy={update.busy}
            error={update.error}
            onSubmit={(fields) => void saveEdit(fields)}
            onReload={onReload}
            onCancel={() => {
              update.clearError();
              setUnchanged(false);
              setMode('idle');
            }}
          />
        </section>
      ) : null}
      {editable && mode === 'capacity' ? (
        <CapacityForm
          partnerId={partnerId}
          service={service}
          onSaved={(saved) => onChanged(saved, t('partners.capacitySaved', { name: saved.name }))}
          onReload={onReload}
          onCancel={() => setMode('idle')}
        />
      ) : null}
    </li>
  );
}

interface CapacityFormProps {
  readonly partnerId: string;
  readonly service: PartnerServiceView;
  readonly onSaved: (service: PartnerServiceView) => void;
  readonly onReload: () => void;
  readonly onCancel: () => void;
}

/** The places the partner says are free, and the day it said so (today unless told otherwise). */
function CapacityForm({ partnerId, service, onSaved, onReload, onCancel }: CapacityFormProps) {
  const { t, locale } = useI18n();
  const today = todayInTokyo();
  const [available, setAvailable] = useState(service.capacityAvailable === null ? '' : String(service.capacityAvailable));
  const [on, setOn] = useState(today);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const save = useAction((change: ServiceCapacityChange) => partnersApi.setCapacity(partnerId, service.id, change));
  const server = fieldProblemsOf(save.error, t, locale);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = available.trim();
    const count = text === '' ? null : Number(text);
    if (count !== null && (!Number.isInteger(count) || count < 0 || count > MAX_CAPACITY)) {
      setProblem(t('partners.problem.capacity', { max: MAX_CAPACITY }));
      return;
    }
    setProblem(undefined);
    const result = await save.run(count === null ? { version: service.version, available: null } : { version: service.version, available: count, updatedOn: on || null });
    if (result.ok) onSaved(result.value);
  };

  return (
    <form className="form subsection" aria-label={t('partners.capacityFormNamed', { name: service.name })} onSubmit={(event) => void submit(event)}>
      {isApiError(save.error, 'STALE_VERSION') ? <StaleAlert onReload={onReload} /> : <ErrorAlert error={save.error} />}
      <div className="field-grid">
        <TextField
          label={t('partners.placesFree')}
          hint={t('partners.placesFreeHint')}
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_CAPACITY}
          step={1}
          problem={problem ?? problemFor(server, 'available')}
          value={available}
          onChange={(event) => setAvailable(event.target.value)}
        />
        <TextField
          label={t('partners.countedOn')}
          hint={t('partners.countedOnHint')}
          type="date"
          max={today}
          required={available.trim() !== ''}
          disabled={available.trim() === ''}
          problem={problemFor(server, 'updatedOn')}
          value={on}
          onChange={(event) => setOn(event.target.value)}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={save.busy}>
          {save.busy ? t('common.saving') : t('partners.saveCapacity')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
