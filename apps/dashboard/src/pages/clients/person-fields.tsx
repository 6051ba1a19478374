import { useId } from 'react';
import { CONSENT_KINDS, GENDERS, VULNERABILITY_FLAGS, type ClientDetails, type ClientView, type ConsentKind, type Gender, type VulnerabilityFlag } from '../../api/types';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/form-fields';
import { todayInTokyo } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { consentLabel, flagLabel, genderLabel } from '../../i18n/labels';

export interface ConsentDraft {
  readonly given: boolean;
  readonly givenOn: string;
  readonly scope: string;
  readonly withdrawnOn: string;
}

/** The personal details of a file as the form holds them (text, as typed). */
export interface PersonDraft {
  readonly familyName: string;
  readonly givenName: string;
  readonly nativeName: string;
  readonly katakanaName: string;
  readonly aliases: string;
  readonly dateOfBirth: string;
  readonly dateOfBirthApproximate: boolean;
  readonly gender: Gender | '';
  readonly nationality: string;
  readonly residenceCardNumber: string;
  readonly languages: string;
  readonly interpreterNeeded: boolean;
  readonly interpreterLanguage: string;
  readonly phone: string;
  readonly email: string;
  readonly address: string;
  readonly landingDate: string;
  readonly landingPort: string;
  readonly flags: readonly VulnerabilityFlag[];
  readonly consents: Readonly<Record<ConsentKind, ConsentDraft>>;
}

export function emptyPersonDraft(): PersonDraft {
  const today = todayInTokyo();
  const consent: ConsentDraft = { given: false, givenOn: today, scope: '', withdrawnOn: '' };
  return {
    familyName: '',
    givenName: '',
    nativeName: '',
    katakanaName: '',
    aliases: '',
    dateOfBirth: '',
    dateOfBirthApproximate: false,
    gender: '',
    nationality: '',
    residenceCardNumber: '',
    languages: '',
    interpreterNeeded: false,
    interpreterLanguage: '',
    phone: '',
    email: '',
    address: '',
    landingDate: '',
    landingPort: '',
    flags: [],
    consents: { 'data-processing': consent, 'email-contact': consent, 'partner-sharing': consent },
  };
}

export function personDraftOf(client: ClientView): PersonDraft {
  const empty = emptyPersonDraft();
  const consents = { ...empty.consents };
  for (const consent of client.consents) {
    consents[consent.kind] = { given: true, givenOn: consent.givenOn, scope: consent.scope, withdrawnOn: consent.withdrawnOn ?? '' };
  }
  return {
    familyName: client.familyName,
    givenName: client.givenName,
    nativeName: client.nativeName ?? '',
    katakanaName: client.katakanaName ?? '',
    aliases: client.aliases.join('\n'),
    dateOfBirth: client.dateOfBirth ?? '',
    dateOfBirthApproximate: client.dateOfBirthApproximate,
    gender: client.gender ?? '',
    nationality: client.nationality ?? '',
    residenceCardNumber: client.residenceCardNumber ?? '',
    languages: client.languages.join(', '),
    interpreterNeeded: client.interpreterNeeded,
    interpreterLanguage: client.interpreterLanguage ?? '',
    phone: client.phone ?? '',
    email: client.email ?? '',
    address: client.address ?? '',
    landingDate: client.landingDate ?? '',
    landingPort: client.landingPort ?? '',
    flags: client.vulnerabilityFlags,
    consents,
  };
}

export const optional = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** "fa, en" or "fa en" → ['fa', 'en']. */
export function languageCodes(value: string): string[] {
  return value
    .split(/[\s,、，]+/)
    .map((code) => code.trim().toLowerCase())
    .filter((code) => code !== '');
}

/** What the API takes: empty fields as null, lists split, codes in their usual case. */
export function personDetails(draft: PersonDraft): ClientDetails & { readonly familyName: string } {
  return {
    familyName: draft.familyName.trim(),
    givenName: draft.givenName.trim(),
    nativeName: optional(draft.nativeName),
    katakanaName: optional(draft.katakanaName),
    aliases: draft.aliases
      .split('\n')
      .map((alias) => alias.trim())
      .filter((alias) => alias !== ''),
    dateOfBirth: optional(draft.dateOfBirth),
    dateOfBirthApproximate: draft.dateOfBirthApproximate,
    gender: draft.gender === '' ? null : draft.gender,
    nationality: optional(draft.nationality.toUpperCase()),
    residenceCardNumber: optional(draft.residenceCardNumber.replace(/\s/g, '')),
    languages: languageCodes(draft.languages),
    interpreterNeeded: draft.interpreterNeeded,
    interpreterLanguage: draft.interpreterNeeded ? optional(draft.interpreterLanguage.toLowerCase()) : null,
    phone: optional(draft.phone),
    email: optional(draft.email),
    address: optional(draft.address),
    landingDate: optional(draft.landingDate),
    landingPort: optional(draft.landingPort),
    vulnerabilityFlags: [...draft.flags],
    consents: CONSENT_KINDS.filter((kind) => draft.consents[kind].given).map((kind) => ({
      kind,
      givenOn: draft.consents[kind].givenOn,
      scope: draft.consents[kind].scope.trim(),
      withdrawnOn: optional(draft.consents[kind].withdrawnOn),
    })),
  };
}

interface PersonFieldsProps {
  readonly draft: PersonDraft;
  readonly onChange: (draft: PersonDraft) => void;
  /** The problem the server named for a field, if any. */
  readonly problem: (field: string) => string | undefined;
}

/** Names in every script, identity, languages and interpreter, contact, and arrival in Japan. */
export function PersonFields({ draft, onChange, problem }: PersonFieldsProps) {
  const { t } = useI18n();
  const set = <K extends keyof PersonDraft>(key: K, value: PersonDraft[K]) => onChange({ ...draft, [key]: value });
  return (
    <>
      <fieldset className="fieldset">
        <legend>{t('intake.section.names')}</legend>
        <p className="field-hint">{t('intake.namesHint')}</p>
        <div className="field-grid">
          <TextField label={t('client.familyName')} required maxLength={200} autoComplete="off" problem={problem('familyName')} value={draft.familyName} onChange={(event) => set('familyName', event.target.value)} />
          <TextField label={t('client.givenName')} maxLength={200} autoComplete="off" problem={problem('givenName')} value={draft.givenName} onChange={(event) => set('givenName', event.target.value)} />
          <TextField
            label={t('client.nativeName')}
            hint={t('client.nativeNameHint')}
            maxLength={200}
            autoComplete="off"
            dir="auto"
            problem={problem('nativeName')}
            value={draft.nativeName}
            onChange={(event) => set('nativeName', event.target.value)}
          />
          <TextField
            label={t('client.katakanaName')}
            hint={t('client.katakanaNameHint')}
            maxLength={200}
            autoComplete="off"
            lang="ja"
            problem={problem('katakanaName')}
            value={draft.katakanaName}
            onChange={(event) => set('katakanaName', event.target.value)}
          />
        </div>
        <TextAreaField label={t('client.aliases')} hint={t('client.aliasesHint')} rows={2} problem={problem('aliases')} value={draft.aliases} onChange={(event) => set('aliases', event.target.value)} />
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('intake.section.identity')}</legend>
        <div className="field-grid">
          <TextField label={t('client.dateOfBirth')} type="date" problem={problem('dateOfBirth')} value={draft.dateOfBirth} onChange={(event) => set('dateOfBirth', event.target.value)} />
          <SelectField label={t('client.gender')} value={draft.gender} onChange={(event) => set('gender', event.target.value as Gender | '')}>
            <option value="">{t('common.notRecorded')}</option>
            {GENDERS.map((gender) => (
              <option key={gender} value={gender}>
                {genderLabel(t, gender)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('client.nationality')}
            hint={t('client.nationalityHint')}
            maxLength={3}
            autoComplete="off"
            problem={problem('nationality')}
            value={draft.nationality}
            onChange={(event) => set('nationality', event.target.value.toUpperCase())}
          />
          <TextField
            label={t('client.residenceCardNumber')}
            maxLength={20}
            autoComplete="off"
            problem={problem('residenceCardNumber')}
            value={draft.residenceCardNumber}
            onChange={(event) => set('residenceCardNumber', event.target.value)}
          />
        </div>
        <CheckboxField label={t('client.dateOfBirthApproximate')} checked={draft.dateOfBirthApproximate} onChange={(event) => set('dateOfBirthApproximate', event.target.checked)} />
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('intake.section.languages')}</legend>
        <TextField label={t('client.languages')} hint={t('client.languagesHint')} autoComplete="off" problem={problem('languages')} value={draft.languages} onChange={(event) => set('languages', event.target.value)} />
        <CheckboxField label={t('client.interpreterNeeded')} checked={draft.interpreterNeeded} onChange={(event) => set('interpreterNeeded', event.target.checked)} />
        {draft.interpreterNeeded ? (
          <TextField
            label={t('client.interpreterLanguage')}
            hint={t('client.languageCodeHint')}
            maxLength={3}
            className="field-short"
            problem={problem('interpreterLanguage')}
            value={draft.interpreterLanguage}
            onChange={(event) => set('interpreterLanguage', event.target.value)}
          />
        ) : null}
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('intake.section.contact')}</legend>
        <div className="field-grid">
          <TextField label={t('client.phone')} type="tel" maxLength={30} autoComplete="off" problem={problem('phone')} value={draft.phone} onChange={(event) => set('phone', event.target.value)} />
          <TextField label={t('client.email')} type="email" maxLength={320} autoComplete="off" problem={problem('email')} value={draft.email} onChange={(event) => set('email', event.target.value)} />
        </div>
        <TextAreaField label={t('client.address')} rows={2} maxLength={500} problem={problem('address')} value={draft.address} onChange={(event) => set('address', event.target.value)} />
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('intake.section.arrival')}</legend>
        <div className="field-grid">
          <TextField
            label={t('client.landingDate')}
            hint={t('client.landingDateHint')}
            type="date"
            problem={problem('landingDate')}
            value={draft.landingDate}
            onChange={(event) => set('landingDate', event.target.value)}
          />
          <TextField
            label={t('client.landingPort')}
            hint={t('client.landingPortHint')}
            maxLength={100}
            problem={problem('landingPort')}
            value={draft.landingPort}
            onChange={(event) => set('landingPort', event.target.value)}
          />
        </div>
      </fieldset>
    </>
  );
}

/** Vulnerability flags and the consents given (each with its date and scope). */
export function CareFields({ draft, onChange, problem }: PersonFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <fieldset className="fieldset">
        <legend>{t('intake.section.vulnerability')}</legend>
        <p className="field-hint">{t('intake.vulnerabilityHint')}</p>
        <div className="checkbox-grid">
          {VULNERABILITY_FLAGS.map((flag) => (
            <CheckboxField
              key={flag}
              label={flagLabel(t, flag)}
              checked={draft.flags.includes(flag)}
              onChange={(event) => onChange({ ...draft, flags: event.target.checked ? [...draft.flags, flag] : draft.flags.filter((f) => f !== flag) })}
            />
          ))}
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('intake.section.consents')}</legend>
        <p className="field-hint">{t('intake.consentsHint')}</p>
        {problem('consents') ? <p className="field-problem">{problem('consents')}</p> : null}
        {CONSENT_KINDS.map((kind) => (
          <ConsentFields key={kind} kind={kind} value={draft.consents[kind]} onChange={(value) => onChange({ ...draft, consents: { ...draft.consents, [kind]: value } })} />
        ))}
      </fieldset>
    </>
  );
}

function ConsentFields({ kind, value, onChange }: { readonly kind: ConsentKind; readonly value: ConsentDraft; readonly onChange: (value: ConsentDraft) => void }) {
  const { t } = useI18n();
  return (
    <div className="consent">
      <CheckboxField
        label={t('consent.given', { kind: consentLabel(t, kind) })}
        checked={value.given}
        onChange={(event) => onChange({ ...value, given: event.target.checked, scope: value.scope || t(`consent.defaultScope.${kind}` as const) })}
      />
      {value.given ? (
        <div className="field-grid">
          <TextField label={t('consent.givenOn')} type="date" required value={value.givenOn} onChange={(event) => onChange({ ...value, givenOn: event.target.value })} />
          <TextField label={t('consent.scope')} required maxLength={500} value={value.scope} onChange={(event) => onChange({ ...value, scope: event.target.value })} />
          <TextField label={t('consent.withdrawnOn')} hint={t('consent.withdrawnOnHint')} type="date" value={value.withdrawnOn} onChange={(event) => onChange({ ...value, withdrawnOn: event.target.value })} />
        </div>
      ) : null}
    </div>
  );
}

/** "Yes / No" for work permitted by the designation document (指定書). */
export function WorkAllowedRadios({ value, problem, onChange }: { readonly value: '' | 'yes' | 'no'; readonly problem?: string; readonly onChange: (value: 'yes' | 'no') => void }) {
  const { t } = useI18n();
  const name = useId();
  return (
    <fieldset className="fieldset fieldset-plain">
      <legend>{t('client.workAllowed')}</legend>
      <p className="field-hint">{t('client.workAllowedHint')}</p>
      <div className="radio-list radio-list-inline">
        <label className="radio">
          <input type="radio" name={name} checked={value === 'yes'} onChange={() => onChange('yes')} />
          <span>{t('client.workYes')}</span>
        </label>
        <label className="radio">
          <input type="radio" name={name} checked={value === 'no'} onChange={() => onChange('no')} />
          <span>{t('client.workNo')}</span>
        </label>
      </div>
      {problem ? <p className="field-problem">{problem}</p> : null}
    </fieldset>
  );
}
