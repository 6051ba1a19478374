import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { LanguageSwitch } from './language-switch';

/** The frame of the screens before sign-in: the name, the language, one task at a time. */
export function PublicLayout({ children }: { readonly children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="public">
      <header className="public-header">
        <p className="brand">
          Yorisoi <span lang="ja">寄り添い</span>
        </p>
        <LanguageSwitch />
      </header>
      <main id="main" className="public-main" tabIndex={-1}>
        <div className="card">{children}</div>
      </main>
      <footer className="app-footer">
        <p>{t('layout.publicFooter')}</p>
      </footer>
    </div>
  );
}
