import { useState, type FormEvent } from 'react';
import { referralsApi } from '../../../api/referrals-api';
import {
  LOCALES,
  REFERRAL_URGENCIES,
  SERVICE_KINDS,
  SHAREABLE_FIELDS,
  type Locale,
  type PartnerServiceListingView,
  type ReferralUrgency,
  type ReferralView,
  type ServiceKind,
  type ShareableField,
} from '../../../api/types';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../components/form-fields';
import { useAction } from '../../../hooks/use-async';
import { useI18n } from '../../../i18n/i18n';
import { serviceKindLabel, shareableFieldLabel, urgencyLabel } from '../../../i18n/labels';
import { PartnerServicePicker, ServiceSummary } from './partner-service-picker';
import { ReferralErrorAlert } from './referral-parts';

const LETTER_LANGUAGES: Readonly<Record<Locale, string>> = { ja: '日本語', en: 'English' };

interface Details {
  readonly reason: string;
  readonly urgency: ReferralUrgency;
  readonly sharedFields: readonly ShareableField[];
  readonly letterLocale: Locale;
}

interface DetailsFieldsProps {
  readonly value: Details;
  readonly onChange: (value: Details) => void;
  /** A partner receives a letter; the organisation's own service gets nothing to share. */
  readonly toPartner: boolean;
  readonly reasonProblem?: string;
}

/** What the referral says, and what it shares: none ticked until the caseworker chooses. */
function DetailsFields({ value, onChange, toPartner, reasonProblem }: DetailsFieldsProps) {
  const { t, locale } = useI18n();
  const set = <K extends keyof Details>(key: K, next: Details[K]) => onChange({ ...value, [key]: next });
  const toggle = (field: ShareableField, on: boolean) =>
    // Kept in the list's order, as the letter prints them.
    set('sharedFields', SHAREABLE_FIELDS.filter((candidate) => (candidate === field ? on : value.sharedFields.includes(candidate))));

  return (
    <>
      <TextAreaField
        label={t('referrals.reason')}
        hint={toPartner ? t('referrals.reasonHint') : undefined}
        rows={4}
        required
        maxLength={4000}
        problem={reasonProblem}
        value={value.reason}
        onChange={(event) => set('reason', event.target.value)}
      />
      <div className="field-grid">
        <SelectField label={t('referrals.urgency')} value={value.urgency} onChange={(event) => set('urgency', event.target.value as ReferralUrgency)}>
          {REFERRAL_URGENCIES.map((urgency) => (
            <option key={urgency} value={urgency}>
              {urgencyLabel(locale, urgency)}
            </option>
          ))}
        </SelectField>
        {toPartner ? (
          <SelectField label={t('referrals.letterLocale')} value={value.letterLocale} onChange={(event) => set('letterLocale', event.target.value as Locale)}>
            {LOCALES.map((option) => (
              <option key={option} value={option} lang={option}>
                {LETTER_LANGUAGES[option]}
              </option>
            ))}
          </SelectField>
        ) : null}
      </div>
      {toPartner ? (
        <fieldset className="fieldset">
          <legend>{t('referrals.sharedFields')}</legend>
          <p className="field-hint">{t('referrals.sharedFieldsHint')}</p>
          <div className="checkbox-grid">
            {SHAREABLE_FIELDS.map((field) => (
              <CheckboxField key={field} label={shareableFieldLabel(locale, field)} checked={value.sharedFields.includes(field)} onChange={(event) => toggle(field, event.target.checked)} />
            ))}
          </div>
          {value.sharedFields.length === 0 ? <p className="small muted">{t('referrals.sharedNone')}</p> : null}
        </fieldset>
      ) : null}
    </>
  );
}

type Target = 'partner' | 'internal';

/** A new referral, saved as a draft: nothing leaves Yorisoi until it is sent. */
export function NewReferralForm({ clientId, onCreated, onReload }: { readonly clientId: string; readonly onCreated: (referral: ReferralView) => void; readonly onReload: () => void }) {
  const { t, locale } = useI18n();
  const [target, setTarget] = useState<Target>('partner');
  const [service, setService] = useState<PartnerServiceListingView | null>(null);
  const [internalService, setInternalService] = useState('');
  const [internalKind, setInternalKind] = useState<ServiceKind>('housing');
  const [details, setDetails] = useState<Details>({ reason: '', urgency: 'this-week', sharedFields: [], letterLocale: 'ja' });
  const [problems, setProblems] = useState<{ service?: string; internal?: string; reason?: string }>({});
  const [round, setRound] = useState(0);
  const create = useAction(() =>
    referralsApi.create(
      clientId,
      target === 'partner' && service
        ? { serviceId: service.id, reason: details.reason.trim(), urgency: details.urgency, sharedFields: [...details.sharedFields], letterLocale: details.letterLocale }
        : { internalService: internalService.trim(), serviceKind: internalKind, reason: details.reason.trim(), urgency: details.urgency, sharedFields: [], letterLocale: details.letterLocale },
    ),
  );

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = {
      service: target === 'partner' && !service ? t('referrals.chooseServiceProblem') : undefined,
      internal: target === 'internal' && internalService.trim() === '' ? t('common.required') : undefined,
      reason: details.reason.trim() === '' ? t('common.required') : undefined,
    };
    setProblems(found);
    if (found.service || found.internal || found.reason) return;
    const result = await create.run();
    if (!result.ok) return;
    setService(null);
    setInternalService('');
    setDetails({ reason: '', urgency: 'this-week', sharedFields: [], letterLocale: 'ja' });
    setRound((n) => n + 1);
    onCreated(result.value);
  };

  return (
    <form className="form form-wide" onSubmit={(event) => void submit(event)} aria-labelledby="referrals-new" noValidate>
      <ReferralErrorAlert error={create.error} onReload={onReload} />
      <fieldset className="fieldset">
        <legend>{t('referrals.target')}</legend>
        <div className="radio-list radio-list-inline">
          <label className="radio">
            <input type="radio" name="referral-target" checked={target === 'partner'} onChange={() => setTarget('partner')} />
            <span>{t('referrals.targetPartner')}</span>
          </label>
          <label className="radio">
            <input type="radio" name="referral-target" checked={target === 'internal'} onChange={() => setTarget('internal')} />
            <span>{t('referrals.targetInternal')}</span>
          </label>
        </div>
      </fieldset>

      {target === 'partner' ? (
        <fieldset className="fieldset">
          <legend>{t('referrals.findService')}</legend>
          <PartnerServicePicker key={round} selected={service} onSelect={setService} />
          {service ? (
            <p className="chosen-service" role="status">
              {t('referrals.chosenService')} <ServiceSummary service={service} />
            </p>
          ) : null}
          {problems.service ? <p className="field-problem">{problems.service}</p> : null}
        </fieldset>
      ) : (
        <div className="field-grid">
          <TextField
            label={t('referrals.internalService')}
            hint={t('referrals.internalServiceHint')}
            required
            maxLength={200}
            problem={problems.internal}
            value={internalService}
            onChange={(event) => setInternalService(event.target.value)}
          />
          <SelectField label={t('referrals.serviceKind')} value={internalKind} onChange={(event) => setInternalKind(event.target.value as ServiceKind)}>
            {SERVICE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {serviceKindLabel(locale, kind)}
              </option>
            ))}
          </SelectField>
        </div>
      )}

      <DetailsFields value={details} onChange={setDetails} toPartner={target === 'partner'} reasonProblem={problems.reason} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={create.busy}>
          {create.busy ? t('common.saving') : t('referrals.saveDraft')}
        </button>
      </div>
    </form>
  );
}

/** A draft's reason, urgency, fields to share and letter language; its service stays as chosen. */
export function EditDraftForm({ clientId, referral, onSaved, onReload }: { readonly clientId: string; readonly referral: ReferralView; readonly onSaved: (referral: ReferralView) => void; readonly onReload: () => void }) {
  const { t } = useI18n();
  const [details, setDetails] = useState<Details>({ reason: referral.reason, urgency: referral.urgency, sharedFields: referral.sharedFields, letterLocale: referral.letterLocale });
  const [reasonProblem, setReasonProblem] = useState<string | undefined>(undefined);
  const toPartner = referral.target.partnerId !== null;
  const save = useAction(() =>
    referralsApi.update(clientId, referral.id, {
      version: referral.version,
      reason: details.reason.trim(),
      urgency: details.urgency,
      ...(toPartner ? { sharedFields: [...details.sharedFields], letterLocale: details.letterLocale } : {}),
    }),
  );

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (details.reason.trim() === '') {
      setReasonProblem(t('common.required'));
      return;
    }
    setReasonProblem(undefined);
    const result = await save.run();
    if (result.ok) onSaved(result.value);
  };

  return (
    <form className="form form-wide subsection" onSubmit={(event) => void submit(event)} noValidate>
      <ReferralErrorAlert error={save.error} onReload={onReload} />
      <DetailsFields value={details} onChange={setDetails} toPartner={toPartner} reasonProblem={reasonProblem} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={save.busy}>
          {save.busy ? t('common.saving') : t('referrals.saveChanges')}
        </button>
      </div>
    </form>
  );
}
