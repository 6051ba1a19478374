import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { isApiError } from '../../api/http-client';
import type { StepOption } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { TextAreaField, TextField } from '../../components/form-fields';
import { StaleAlert } from '../../components/stale-alert';
import { fieldProblemsOf, problemFor } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/i18n';
import { dateFieldLabel, inLocale } from '../../i18n/labels';

export type StepTrack = 'protection' | 'residence' | 'custody';

/** Dates that end a granted period and so may lie in the future; every other step date has happened. */
const PERIOD_END_FIELDS = new Set(['expiresOn']);

export const optionKey = (option: StepOption) => `${option.to}|${option.outcome ?? ''}`;

interface StepFormProps<Option extends StepOption> {
  readonly options: readonly Option[];
  readonly track: StepTrack;
  readonly busy: boolean;
  readonly error: unknown;
  readonly submitLabel: string;
  /** Fields a step needs besides its dates (work permission, reporting interval). */
  readonly renderExtra?: (option: Option) => ReactNode;
  readonly onSubmit: (option: Option, dates: Readonly<Record<string, string>>, note: string | null) => void;
  /** Someone recorded a step meanwhile: load the current state. */
  readonly onReload: () => void;
  readonly today: string;
}

/**
 * A step of the procedure, built from what the server allows from here: choose the step, give
 * the dates it records (each named), add a note. Problems the server names appear at their field.
 */
export function StepForm<Option extends StepOption>({ options, track, busy, error, submitLabel, renderExtra, onSubmit, onReload, today }: StepFormProps<Option>) {
  const { t, locale } = useI18n();
  const name = useId();
  const [chosen, setChosen] = useState('');
  const [dates, setDates] = useState<Readonly<Record<string, string>>>({});
  const [note, setNote] = useState('');
  const option = options.find((candidate) => optionKey(candidate) === chosen);
  const problems = fieldProblemsOf(error, t, locale);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!option) return;
    const sent: Record<string, string> = {};
    for (const field of option.requiredDates) if (dates[field]) sent[field] = dates[field];
    onSubmit(option, sent, note.trim() === '' ? null : note.trim());
  };

  return (
    <form className="form step-form" onSubmit={submit}>
      {isApiError(error, 'STALE_VERSION') ? <StaleAlert onReload={onReload} /> : <ErrorAlert error={error} fieldLabel={(field) => dateFieldLabel(t, field, track)} />}
      <fieldset className="fieldset">
        <legend>{t('step.which')}</legend>
        <div className="radio-list">
          {options.map((candidate) => (
            <label key={optionKey(candidate)} className="radio">
              <input type="radio" name={name} value={optionKey(candidate)} checked={chosen === optionKey(candidate)} onChange={() => setChosen(optionKey(candidate))} />
              <span>{inLocale(locale, candidate.labelJa, candidate.labelEn)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {option ? (
        <>
          {option.requiredDates.length === 0 ? <p className="field-hint">{t('step.noDates')}</p> : null}
          <div className="field-grid">
            {option.requiredDates.map((field) => (
              <TextField
                key={field}
                label={dateFieldLabel(t, field, track)}
                hint={PERIOD_END_FIELDS.has(field) ? undefined : t('step.dateHint')}
                type="date"
                required
                max={PERIOD_END_FIELDS.has(field) ? undefined : today}
                problem={problemFor(problems, field)}
                value={dates[field] ?? ''}
                onChange={(event) => setDates({ ...dates, [field]: event.target.value })}
              />
            ))}
          </div>
          {renderExtra?.(option)}
          <TextAreaField label={t('step.note')} hint={t('step.noteHint')} rows={2} maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} />
        </>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy || !option}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
