import { useState } from 'react';
import { isApiError } from '../../api/http-client';
import { partnersApi } from '../../api/partners-api';
import type { PartnerDetailView, PartnerFields, PartnerServiceFields, PartnerServiceView } from '../../api/types';
import { ConfirmButton } from '../../components/confirm-button';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { useAction, useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n/i18n';
import { Link, useSearchParams } from '../../router/router';
import { useMe } from '../../session/session-context';
import { changesOf, OrganisationForm } from './organisation-form';
import { ContactFacts, editsDirectory } from './partner-parts';
import { ServiceCard } from './service-card';
import { ServiceForm } from './service-form';

/** An organisation and every service it offers; supervisors and administrators maintain them here. */
export function PartnerPage({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const me = useMe();
  const editable = editsDirectory(me.role);
  const [params] = useSearchParams();
  const loaded = useAsync((signal) => partnersApi.get(id, signal), [id]);
  const [notice, setNotice] = useState<string | null>(null);

  const back = (
    <p className="secondary-links">
      <Link to="/partners">{t('partners.backToDirectory')}</Link>
    </p>
  );
  if (loaded.error && !loaded.data) {
    return (
      <Page title={t('partners.organisation')}>
        <ErrorAlert error={loaded.error} onRetry={isApiError(loaded.error, 'RECORD_NOT_FOUND') ? undefined : loaded.reload} messages={{ RECORD_NOT_FOUND: 'partners.notFound' }} />
        {back}
      </Page>
    );
  }
  if (!loaded.data) {
    return (
      <Page title={t('partners.organisation')}>
        <Loading />
      </Page>
    );
  }
  const partner = loaded.data;

  const changed = (updated: PartnerDetailView, message: string) => {
    loaded.setData(updated);
    setNotice(message);
  };
  const serviceChanged = (service: PartnerServiceView, message: string) => {
    const known = partner.services.some((s) => s.id === service.id);
    loaded.setData({ ...partner, services: known ? partner.services.map((s) => (s.id === service.id ? service : s)) : [...partner.services, service] });
    setNotice(message);
  };
  const reload = () => {
    setNotice(null);
    loaded.reload();
  };
  const services = [...partner.services].sort((a, b) => Number(b.active) - Number(a.active));

  return (
    <Page title={partner.name} intro={partner.nameEn ?? undefined}>
      {back}
      {notice ? <Notice tone="success">{notice}</Notice> : params.get('created') === '1' ? <Notice tone="success">{t('partners.created')}</Notice> : null}
      {partner.active ? null : <Notice tone="info">{t('partners.organisationInactiveExplain')}</Notice>}
      <OrganisationSection key={`${partner.id}:${partner.version}:${String(partner.active)}`} partner={partner} editable={editable} onChanged={changed} onReload={reload} />

      <section className="section" aria-labelledby="partner-services">
        <div className="section-header">
          <h2 id="partner-services">{t('partners.services')}</h2>
        </div>
        {services.length === 0 ? (
          <p className="muted">{t('partners.noServices')}</p>
        ) : (
          <ul className="card-list">
            {services.map((service) => (
              <ServiceCard
                key={`${service.id}:${service.version}:${String(service.active)}`}
                partnerId={partner.id}
                service={service}
                organisationActive={partner.active}
                editable={editable}
                onChanged={serviceChanged}
                onReload={reload}
              />
            ))}
          </ul>
        )}
        {editable ? <AddService partnerId={partner.id} onAdded={(service) => serviceChanged(service, t('partners.serviceAdded', { name: service.name }))} /> : null}
      </section>
    </Page>
  );
}

interface OrganisationSectionProps {
  readonly partner: PartnerDetailView;
  readonly editable: boolean;
  readonly onChanged: (partner: PartnerDetailView, message: string) => void;
  readonly onReload: () => void;
}

function OrganisationSection({ partner, editable, onChanged, onReload }: OrganisationSectionProps) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [unchanged, setUnchanged] = useState(false);
  const save = useAction((change: Parameters<typeof partnersApi.update>[1]) => partnersApi.update(partner.id, change));
  const toggle = useAction((active: boolean) => (active ? partnersApi.reactivate(partner.id) : partnersApi.deactivate(partner.id)));

  const submit = async (fields: PartnerFields) => {
    const change = changesOf(partner, fields);
    if (!change) {
      setUnchanged(true);
      return;
    }
    setUnchanged(false);
    const result = await save.run(change);
    if (result.ok) onChanged(result.value, t('common.saved'));
  };

  const setActive = async (active: boolean) => {
    const result = await toggle.run(active);
    if (result.ok) onChanged(result.value, active ? t('partners.reactivated', { name: partner.name }) : t('partners.deactivated', { name: partner.name }));
  };

  return (
    <section className="section section-first" aria-labelledby="partner-organisation">
      <h2 id="partner-organisation">{t('partners.organisation')}</h2>
      {editing ? (
        <>
          {unchanged ? <Notice tone="info">{t('partners.nothingChanged')}</Notice> : null}
          <OrganisationForm
            organisation={partner}
            submitLabel={t('common.saveChanges')}
            busy={save.busy}
            error={save.error}
            onSubmit={(fields) => void submit(fields)}
            onReload={onReload}
            onCancel={() => {
              save.clearError();
              setUnchanged(false);
              setEditing(false);
            }}
          />
        </>
      ) : (
        <>
          <dl className="facts">
            <div>
              <dt>{t('partners.name')}</dt>
              <dd>{partner.name}</dd>
            </div>
            <div>
              <dt>{t('partners.nameEn')}</dt>
              <dd lang="en">{partner.nameEn ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('partners.status')}</dt>
              <dd>
                {partner.active ? (
                  <span className="badge badge-status-active">{t('partners.active')}</span>
                ) : (
                  <span className="badge badge-status-deactivated">{t('partners.inactive')}</span>
                )}
              </dd>
            </div>
          </dl>
          <ContactFacts contact={partner} />
          {partner.notes ? (
            <dl className="facts">
              <div className="facts-wide">
                <dt>{t('partners.notes')}</dt>
                <dd className="pre-line">{partner.notes}</dd>
              </div>
            </dl>
          ) : null}
          {editable ? (
            <>
              <ErrorAlert error={toggle.error} />
              <div className="button-row">
                <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
                  {t('partners.editOrganisation')}
                </button>
                {partner.active ? (
                  <ConfirmButton
                    danger
                    label={t('partners.deactivate')}
                    question={t('partners.deactivateQuestion', { name: partner.name })}
                    confirmLabel={t('partners.deactivateConfirm')}
                    busy={toggle.busy}
                    onConfirm={() => void setActive(false)}
                  />
                ) : (
                  <ConfirmButton
                    label={t('partners.reactivate')}
                    question={t('partners.reactivateQuestion', { name: partner.name })}
                    confirmLabel={t('partners.reactivateConfirm')}
                    busy={toggle.busy}
                    onConfirm={() => void setActive(true)}
                  />
                )}
              </div>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}

function AddService({ partnerId, onAdded }: { readonly partnerId: string; readonly onAdded: (service: PartnerServiceView) => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [round, setRound] = useState(0);
  const add = useAction((fields: PartnerServiceFields) => partnersApi.addService(partnerId, fields));

  const submit = async (fields: PartnerServiceFields) => {
    const result = await add.run(fields);
    if (result.ok) {
      setOpen(false);
      setRound((n) => n + 1);
      onAdded(result.value);
    }
  };

  if (!open) {
    return (
      <div className="button-row subsection">
        <button type="button" className="button button-primary" onClick={() => setOpen(true)}>
          {t('partners.addService')}
        </button>
      </div>
    );
  }
  return (
    <section className="subsection" aria-labelledby="partner-add-service">
      <h3 id="partner-add-service">{t('partners.addService')}</h3>
      <ServiceForm
        key={round}
        submitLabel={t('partners.addServiceSubmit')}
        busy={add.busy}
        error={add.error}
        onSubmit={(fields) => void submit(fields)}
        onCancel={() => {
          add.clearError();
          setOpen(false);
        }}
      />
    </section>
  );
}
