import { useState } from 'react';
import { LOCALES, type Locale } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session-context';
import { ErrorAlert } from './error-alert';

/** Each language named in itself, so a user who cannot read the current one still finds theirs. */
const NATIVE_NAMES: Record<Locale, string> = { ja: '日本語', en: 'English' };

export function LanguageSwitch() {
  const { t, locale } = useI18n();
  const { changeLocale } = useSession();
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  const choose = async (next: Locale) => {
    if (next === locale || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await changeLocale(next);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="language-switch">
      <div role="group" aria-label={t('language.label')} className="segmented">
        {LOCALES.map((option) => (
          <button
            key={option}
            type="button"
            lang={option}
            aria-pressed={option === locale}
            disabled={busy}
            onClick={() => void choose(option)}
          >
            {NATIVE_NAMES[option]}
          </button>
        ))}
      </div>
      {error ? <ErrorAlert error={error} /> : null}
    </div>
  );
}
