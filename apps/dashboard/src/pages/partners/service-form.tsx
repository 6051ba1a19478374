import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { isApiError } from '../../api/http-client';
import {
  PREFECTURES,
  PROGRAMMES,
  SERVICE_KINDS,
  type PartnerServiceChange,
  type PartnerServiceFields,
  type PartnerServiceView,
  type Prefecture,
  type Programme,
  type ServiceKind,
} from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/form-fields';
import { StaleAlert } from '../../components/stale-alert';
import { fieldProblemsOf, problemFor } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/i18n';
import { languageName, prefectureLabel, programmeLabel, serviceKindLabel } from '../../i18n/labels';
import { commonLanguages } from './partner-parts';

const LANGUAGE_CODE = /^[a-z]{2}$/;
/** The API takes at most this many languages for one service. */
const MAX_LANGUAGES = 30;

interface Draft {
  readonly kind: ServiceKind;
  readonly programme: Programme | '';
  readonly name: string;
  readonly description: string;
  readonly eligibilityNotes: string;
  /** Ticked among the common languages. */
  readonly languages: readonly string[];
  /** Any other ISO 639-1 codes, typed. */
  readonly otherLanguages: string;
  readonly prefectures: readonly Prefecture[];
}

function draftOf(service: PartnerServiceView | undefined, common: readonly string[]): Draft {
  const languages = service?.languages ?? [];
  return {
    kind: service?.kind ?? 'housing',
    programme: service?.programme ?? '',
    name: service?.name ?? '',
    description: service?.description ?? '',
    eligibilityNotes: service?.eligibilityNotes ?? '',
    languages: languages.filter((code) => common.includes(code)),
    otherLanguages: languages.filter((code) => !common.includes(code)).join(', '),
    prefectures: service?.prefectures ?? [],
  };
}

function typedCodes(text: string): string[] {
  return text
    .split(/[\s,、]+/)
    .map((code) => code.trim().toLowerCase())
    .filter((code) => code !== '');
}

/** Only what differs from the service as read, with its version; null when nothing does. */
export function serviceChangesOf(service: PartnerServiceView, fields: PartnerServiceFields): PartnerServiceChange | null {
  const change: Record<string, unknown> = { version: service.version };
  let changed = false;
  for (const key of Object.keys(fields) as (keyof PartnerServiceFields)[]) {
    if (JSON.stringify(fields[key]) !== JSON.stringify(service[key])) {
      change[key] = fields[key];
      changed = true;
    }
  }
  return changed ? (change as PartnerServiceChange) : null;
}

interface ServiceFormProps {
  /** The service as read, when correcting it; nothing for a new one. */
  readonly service?: PartnerServiceView;
  readonly submitLabel: string;
  readonly busy: boolean;
  readonly error: unknown;
  readonly onSubmit: (fields: PartnerServiceFields) => void;
  readonly onReload?: () => void;
  readonly onCancel: () => void;
}

interface Problems {
  readonly languages?: string;
  readonly prefectures?: string;
}

/** What the service is, in which languages it is given, and where. */
export function ServiceForm({ service, submitLabel, busy, error, onSubmit, onReload, onCancel }: ServiceFormProps) {
  const { t, locale } = useI18n();
  const common = commonLanguages(locale);
  const [draft, setDraft] = useState<Draft>(() => draftOf(service, common));
  const [problems, setProblems] = useState<Problems>({});
  const server = fieldProblemsOf(error, t, locale);
  const set = <K extends keyof Draft>(field: K, value: Draft[K]) => setDraft({ ...draft, [field]: value });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const typed = typedCodes(draft.otherLanguages);
    const languages = [...new Set([...common.filter((code) => draft.languages.includes(code)), ...typed])];
    const found: { -readonly [K in keyof Problems]: Problems[K] } = {};
    if (typed.some((code) => !LANGUAGE_CODE.test(code))) found.languages = t('partners.problem.languageCodes');
    else if (languages.length === 0) found.languages = t('partners.problem.languages');
    else if (languages.length > MAX_LANGUAGES) found.languages = t('partners.problem.tooManyLanguages', { max: MAX_LANGUAGES });
    if (draft.prefectures.length === 0) found.prefectures = t('partners.problem.prefectures');
    setProblems(found);
    if (found.languages || found.prefectures) return;
    const optional = (value: string) => (value.trim() === '' ? null : value.trim());
    onSubmit({
      kind: draft.kind,
      programme: draft.programme === '' ? null : draft.programme,
      name: draft.name.trim(),
      description: optional(draft.description),
      eligibilityNotes: optional(draft.eligibilityNotes),
      languages,
      prefectures: PREFECTURES.filter((prefecture) => draft.prefectures.includes(prefecture)),
    });
  };

  const toggle = <T extends string>(list: readonly T[], value: T, on: boolean): T[] => (on ? [...list.filter((item) => item !== value), value] : list.filter((item) => item !== value));

  return (
    <form className="form form-wide" onSubmit={submit}>
      {isApiError(error, 'STALE_VERSION') && onReload ? <StaleAlert onReload={onReload} /> : <ErrorAlert error={error} />}
      <div className="field-grid">
        <SelectField label={t('partners.kind')} value={draft.kind} onChange={(event) => set('kind', event.target.value as ServiceKind)}>
          {SERVICE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {serviceKindLabel(locale, kind)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('partners.serviceName')}
          hint={t('partners.serviceNameHint')}
          required
          maxLength={200}
          autoComplete="off"
          problem={problemFor(server, 'name')}
          value={draft.name}
          onChange={(event) => set('name', event.target.value)}
        />
        <SelectField
          label={t('partners.programme')}
          hint={t('partners.programmeHint')}
          value={draft.programme}
          onChange={(event) => set('programme', event.target.value as Programme | '')}
        >
          <option value="">{t('partners.programmeNone')}</option>
          {PROGRAMMES.map((programme) => (
            <option key={programme} value={programme}>
              {programmeLabel(t, programme)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField
        label={t('partners.description')}
        rows={2}
        maxLength={4000}
        problem={problemFor(server, 'description')}
        value={draft.description}
        onChange={(event) => set('description', event.target.value)}
      />
      <TextAreaField
        label={t('partners.eligibilityNotes')}
        hint={t('partners.eligibilityNotesHint')}
        rows={3}
        maxLength={4000}
        problem={problemFor(server, 'eligibilityNotes')}
        value={draft.eligibilityNotes}
        onChange={(event) => set('eligibilityNotes', event.target.value)}
      />
      <ChoiceGroup legend={t('partners.languagesSpoken')} problem={problems.languages ?? problemFor(server, 'languages')}>
        <div className="checkbox-grid">
          {common.map((code) => (
            <CheckboxField
              key={code}
              label={`${languageName(locale, code)} (${code})`}
              checked={draft.languages.includes(code)}
              onChange={(event) => set('languages', toggle(draft.languages, code, event.target.checked))}
            />
          ))}
        </div>
        <TextField
          label={t('partners.otherLanguages')}
          hint={t('partners.otherLanguagesHint')}
          maxLength={120}
          autoComplete="off"
          value={draft.otherLanguages}
          onChange={(event) => set('otherLanguages', event.target.value)}
        />
      </ChoiceGroup>
      <ChoiceGroup legend={t('partners.prefecturesServed')} problem={problems.prefectures ?? problemFor(server, 'prefectures')}>
        <div className="button-row">
          <button type="button" className="button button-secondary button-small" onClick={() => set('prefectures', [...PREFECTURES])}>
            {t('partners.allPrefectures')}
          </button>
          <button type="button" className="button button-secondary button-small" onClick={() => set('prefectures', [])}>
            {t('partners.noPrefectures')}
          </button>
        </div>
        <div className="checkbox-grid">
          {PREFECTURES.map((prefecture) => (
            <CheckboxField
              key={prefecture}
              label={prefectureLabel(locale, prefecture)}
              checked={draft.prefectures.includes(prefecture)}
              onChange={(event) => set('prefectures', toggle(draft.prefectures, prefecture, event.target.checked))}
            />
          ))}
        </div>
      </ChoiceGroup>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.saving') : submitLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** A fieldset of choices with its problem read with it. */
function ChoiceGroup({ legend, problem, children }: { readonly legend: string; readonly problem: string | undefined; readonly children: ReactNode }) {
  const id = useId();
  return (
    <fieldset className="fieldset" aria-describedby={problem ? id : undefined}>
      <legend>{legend}</legend>
      {problem ? (
        <p className="field-problem" id={id}>
          {problem}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}
