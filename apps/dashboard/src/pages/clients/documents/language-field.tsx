import { useState } from 'react';
import { SelectField, TextField } from '../../../components/form-fields';
import { useI18n } from '../../../i18n/i18n';
import { languageName } from '../../../i18n/labels';
import { COMMON_LANGUAGES } from './document-parts';

const OTHER = 'other';

/**
 * The document's language decides whether it needs a Japanese translation, so it is picked from
 * named languages; a language not offered is typed as its two-letter code.
 */
export function LanguageField({ value, onChange }: { readonly value: string; readonly onChange: (code: string) => void }) {
  const { t, locale } = useI18n();
  const listed = (COMMON_LANGUAGES as readonly string[]).includes(value);
  const [typing, setTyping] = useState(!listed);
  const options = [...COMMON_LANGUAGES].sort((a, b) => (a === 'ja' ? -1 : b === 'ja' ? 1 : languageName(locale, a).localeCompare(languageName(locale, b), locale)));

  return (
    <>
      <SelectField
        label={t('documents.language')}
        value={typing ? OTHER : value}
        onChange={(event) => {
          if (event.target.value === OTHER) {
            setTyping(true);
            onChange('');
          } else {
            setTyping(false);
            onChange(event.target.value);
          }
        }}
      >
        {options.map((code) => (
          <option key={code} value={code}>
            {languageName(locale, code)} ({code})
          </option>
        ))}
        <option value={OTHER}>{t('documents.languageOther')}</option>
      </SelectField>
      {typing ? (
        <TextField
          label={t('documents.languageCode')}
          hint={t('documents.languageCodeHint')}
          required
          pattern="[a-z]{2}"
          maxLength={2}
          value={value}
          onChange={(event) => onChange(event.target.value.trim().toLowerCase())}
        />
      ) : null}
    </>
  );
}
