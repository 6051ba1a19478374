import { useState, type FormEvent } from 'react';
import { documentsApi } from '../../../api/documents-api';
import { isApiError } from '../../../api/http-client';
import { TRANSLATION_STATUSES, type DocumentDetailView, type TranslationStatus } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { SelectField, TextField } from '../../../components/form-fields';
import { LocalDate } from '../../../components/local-date';
import { StaleAlert } from '../../../components/stale-alert';
import { useAction } from '../../../hooks/use-async';
import { fieldProblemsOf, problemFor } from '../../../i18n/describe-error';
import { todayInTokyo } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { languageName, translationStatusLabel } from '../../../i18n/labels';
import { Link } from '../../../router/router';
import { TranslationBadge } from './document-parts';

/** Which fields a status carries (libs/domain translation-status.ts decides; the form only asks for them). */
const CARRIES: Readonly<Record<TranslationStatus, { readonly translator: boolean; readonly due: 'required' | 'optional' | 'absent'; readonly signed: boolean }>> = {
  'not-needed': { translator: false, due: 'absent', signed: false },
  needed: { translator: false, due: 'absent', signed: false },
  requested: { translator: true, due: 'required', signed: false },
  draft: { translator: true, due: 'required', signed: false },
  checked: { translator: true, due: 'required', signed: false },
  signed: { translator: true, due: 'optional', signed: true },
};

const order = (status: TranslationStatus) => TRANSLATION_STATUSES.indexOf(status);

interface TranslationSectionProps {
  readonly clientId: string;
  readonly document: DocumentDetailView;
  readonly editable: boolean;
  readonly onChanged: (document: DocumentDetailView) => void;
  readonly onReload: () => void;
}

/** The pair (source ↔ Japanese translation) and where the translation work stands (Enforcement Regulation Art. 62). */
export function TranslationSection({ clientId, document, editable, onChanged, onReload }: TranslationSectionProps) {
  const { t, locale } = useI18n();
  const { translation } = document;
  const choices = translation.status === 'signed' || translation.status === 'not-needed' || translation.status === 'needed' ? translation.allowedNext : [translation.status, ...translation.allowedNext];
  return (
    <section className="section" aria-labelledby="document-translation">
      <h2 id="document-translation">{t('documents.translationTitle2')}</h2>
      {document.translationOf ? (
        <p>
          {t('documents.isTranslationOf')}{' '}
          <Link to={`?tab=documents&document=${encodeURIComponent(document.translationOf.id)}`}>{document.translationOf.title}</Link> ({languageName(locale, document.translationOf.language)})
        </p>
      ) : null}
      {document.translations.length > 0 ? (
        <>
          <h3>{t('documents.translations')}</h3>
          <ul className="plain-list">
            {document.translations.map((linked) => (
              <li key={linked.id}>
                <Link to={`?tab=documents&document=${encodeURIComponent(linked.id)}`}>{linked.title}</Link> ({languageName(locale, linked.language)})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {!document.translationOf && document.language !== 'ja' && document.translations.length === 0 ? <p className="muted">{t('documents.noTranslationYet')}</p> : null}
      <dl className="facts">
        <div>
          <dt>{t('documents.translationStatus')}</dt>
          <dd>
            <TranslationBadge status={translation.status} />
          </dd>
        </div>
        {translation.translatorName ? (
          <div>
            <dt>{t('documents.translator')}</dt>
            <dd>{translation.translatorName}</dd>
          </div>
        ) : null}
        {translation.dueDate ? (
          <div>
            <dt>{t('documents.translationDue')}</dt>
            <dd>
              <LocalDate value={translation.dueDate} />
            </dd>
          </div>
        ) : null}
        {translation.signedOn ? (
          <div>
            <dt>{t('documents.signedOn')}</dt>
            <dd>
              <LocalDate value={translation.signedOn} />
            </dd>
          </div>
        ) : null}
      </dl>
      {editable && choices.length > 0 ? <TranslationForm key={`${document.version}`} clientId={clientId} document={document} choices={choices} onChanged={onChanged} onReload={onReload} /> : null}
    </section>
  );
}

interface TranslationFormProps {
  readonly clientId: string;
  readonly document: DocumentDetailView;
  readonly choices: readonly TranslationStatus[];
  readonly onChanged: (document: DocumentDetailView) => void;
  readonly onReload: () => void;
}

function TranslationForm({ clientId, document, choices, onChanged, onReload }: TranslationFormProps) {
  const { t, locale } = useI18n();
  const current = document.translation;
  const forward = choices.find((status) => order(status) > order(current.status)) ?? choices[0];
  const [status, setStatus] = useState<TranslationStatus>(forward);
  const [translatorName, setTranslatorName] = useState(current.translatorName ?? '');
  const [dueDate, setDueDate] = useState(current.dueDate ?? '');
  const [signedOn, setSignedOn] = useState(current.signedOn ?? '');
  const carries = CARRIES[status];
  const save = useAction(() =>
    documentsApi.setTranslation(clientId, document.id, {
      version: document.version,
      status,
      translatorName: carries.translator ? translatorName.trim() || null : undefined,
      dueDate: carries.due === 'absent' ? undefined : dueDate || null,
      signedOn: carries.signed ? signedOn || null : undefined,
    }),
  );
  const problems = fieldProblemsOf(save.error, t, locale);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await save.run();
    if (result.ok) onChanged(result.value);
  };

  return (
    <form className="form subsection" onSubmit={(event) => void submit(event)}>
      <h3>{t('documents.translationChange')}</h3>
      {isApiError(save.error, 'STALE_VERSION') || isApiError(save.error, 'TRANSLATION_STATUS_NOT_ALLOWED') ? (
        <StaleAlert onReload={onReload} />
      ) : (
        <ErrorAlert error={save.error} />
      )}
      <SelectField label={t('documents.translationStatus')} value={status} onChange={(event) => setStatus(event.target.value as TranslationStatus)}>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choice === current.status ? t('documents.translationKeep', { status: translationStatusLabel(locale, choice) }) : translationStatusLabel(locale, choice)}
          </option>
        ))}
      </SelectField>
      <div className="field-grid">
        {carries.translator ? (
          <TextField label={t('documents.translator')} required maxLength={200} problem={problemFor(problems, 'translatorName')} value={translatorName} onChange={(event) => setTranslatorName(event.target.value)} />
        ) : null}
        {carries.due !== 'absent' ? (
          <TextField
            label={t('documents.translationDue')}
            hint={carries.due === 'required' ? t('documents.translationDueHint') : undefined}
            type="date"
            required={carries.due === 'required'}
            problem={problemFor(problems, 'dueDate')}
            value={dueDate}
            onChange={(event) => setDueDate(event.target.value)}
          />
        ) : null}
        {carries.signed ? (
          <TextField label={t('documents.signedOn')} type="date" required max={todayInTokyo()} problem={problemFor(problems, 'signedOn')} value={signedOn} onChange={(event) => setSignedOn(event.target.value)} />
        ) : null}
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={save.busy}>
          {t('documents.translationSave')}
        </button>
      </div>
    </form>
  );
}
