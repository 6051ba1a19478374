import { LOCALES, ROLES, type Locale, type Role } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { roleLabel } from '../../i18n/labels';

const LANGUAGE_NAMES: Record<Locale, string> = { ja: '日本語', en: 'English' };

export function RoleRadios({ value, onChange, disabled = false }: { readonly value: Role; readonly onChange: (role: Role) => void; readonly disabled?: boolean }) {
  const { t } = useI18n();
  return (
    <fieldset className="fieldset" disabled={disabled}>
      <legend>{t('user.role')}</legend>
      <div className="radio-list">
        {ROLES.map((role) => (
          <label key={role} className="radio">
            <input type="radio" name="role" value={role} checked={value === role} onChange={() => onChange(role)} />
            <span>
              <strong>{roleLabel(t, role)}</strong>
              <span className="muted"> — {t(`home.roleExplain.${role}` as const)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function LanguageRadios({ value, onChange }: { readonly value: Locale; readonly onChange: (locale: Locale) => void }) {
  const { t } = useI18n();
  return (
    <fieldset className="fieldset">
      <legend>{t('user.language')}</legend>
      <p className="field-hint">{t('user.languageHint')}</p>
      <div className="radio-list radio-list-inline">
        {LOCALES.map((locale) => (
          <label key={locale} className="radio">
            <input type="radio" name="locale" value={locale} checked={value === locale} onChange={() => onChange(locale)} />
            <span lang={locale}>{LANGUAGE_NAMES[locale]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
