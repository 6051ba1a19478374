import { useState, type FormEvent } from 'react';
import { isApiError } from '../../api/http-client';
import type { PartnerChange, PartnerFields, PartnerOrganisationView } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { TextAreaField, TextField } from '../../components/form-fields';
import { StaleAlert } from '../../components/stale-alert';
import { fieldProblemsOf, problemFor } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/i18n';

type Draft = { -readonly [K in keyof PartnerFields]-?: string };

function draftOf(organisation: PartnerOrganisationView | undefined): Draft {
  return {
    name: organisation?.name ?? '',
    nameEn: organisation?.nameEn ?? '',
    contactPerson: organisation?.contactPerson ?? '',
    referralEmail: organisation?.referralEmail ?? '',
    phone: organisation?.phone ?? '',
    website: organisation?.website ?? '',
    notes: organisation?.notes ?? '',
  };
}

/** Trimmed; an optional field left blank is sent as null (cleared). */
function fieldsOf(draft: Draft): PartnerFields {
  const optional = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    name: draft.name.trim(),
    nameEn: optional(draft.nameEn),
    contactPerson: optional(draft.contactPerson),
    referralEmail: draft.referralEmail.trim(),
    phone: optional(draft.phone),
    website: optional(draft.website),
    notes: optional(draft.notes),
  };
}

/** Only what differs from the organisation as read, with its version; null when nothing does. */
export function changesOf(organisation: PartnerOrganisationView, fields: PartnerFields): PartnerChange | null {
  const changed = (Object.keys(fields) as (keyof PartnerFields)[]).filter((key) => fields[key] !== organisation[key]);
  if (changed.length === 0) return null;
  const change: Record<string, unknown> = { version: organisation.version };
  for (const key of changed) change[key] = fields[key];
  return change as PartnerChange;
}

interface OrganisationFormProps {
  /** The organisation as read, when correcting it; nothing for a new one. */
  readonly organisation?: PartnerOrganisationView;
  readonly submitLabel: string;
  readonly busy: boolean;
  readonly error: unknown;
  readonly onSubmit: (fields: PartnerFields) => void;
  /** Someone saved first: load their version. */
  readonly onReload?: () => void;
  readonly onCancel?: () => void;
}

/** The organisation's name in its own words and in English, and where referrals go. */
export function OrganisationForm({ organisation, submitLabel, busy, error, onSubmit, onReload, onCancel }: OrganisationFormProps) {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState<Draft>(() => draftOf(organisation));
  const problems = fieldProblemsOf(error, t, locale);
  const set = (field: keyof Draft) => (event: { target: { value: string } }) => setDraft({ ...draft, [field]: event.target.value });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(fieldsOf(draft));
  };

  return (
    <form className="form form-wide" onSubmit={submit}>
      {isApiError(error, 'STALE_VERSION') && onReload ? <StaleAlert onReload={onReload} /> : <ErrorAlert error={error} />}
      <div className="field-grid">
        <TextField
          label={t('partners.name')}
          hint={t('partners.nameHint')}
          required
          maxLength={200}
          autoComplete="off"
          problem={problemFor(problems, 'name')}
          value={draft.name}
          onChange={set('name')}
        />
        <TextField
          label={t('partners.nameEn')}
          maxLength={200}
          autoComplete="off"
          lang="en"
          problem={problemFor(problems, 'nameEn')}
          value={draft.nameEn}
          onChange={set('nameEn')}
        />
        <TextField
          label={t('partners.contactPerson')}
          maxLength={200}
          autoComplete="off"
          problem={problemFor(problems, 'contactPerson')}
          value={draft.contactPerson}
          onChange={set('contactPerson')}
        />
        <TextField
          label={t('partners.referralEmail')}
          hint={t('partners.referralEmailHint')}
          type="email"
          required
          maxLength={254}
          autoComplete="off"
          problem={problemFor(problems, 'referralEmail')}
          value={draft.referralEmail}
          onChange={set('referralEmail')}
        />
        <TextField
          label={t('partners.phone')}
          type="tel"
          maxLength={40}
          autoComplete="off"
          problem={problemFor(problems, 'phone')}
          value={draft.phone}
          onChange={set('phone')}
        />
        <TextField
          label={t('partners.website')}
          hint={t('partners.websiteHint')}
          type="url"
          maxLength={500}
          autoComplete="off"
          problem={problemFor(problems, 'website')}
          value={draft.website}
          onChange={set('website')}
        />
      </div>
      <TextAreaField
        label={t('partners.notes')}
        hint={t('partners.notesHint')}
        rows={3}
        maxLength={4000}
        problem={problemFor(problems, 'notes')}
        value={draft.notes}
        onChange={set('notes')}
      />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.saving') : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
