import type { MouseEvent, ReactNode } from 'react';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { Link, NavLink, useNavigate } from '../router/router';
import { useMe, useSession } from '../session/session-context';
import { RoleBadge } from './badges';
import { LanguageSwitch } from './language-switch';

export interface NavItem {
  readonly path: string;
  readonly label: MessageKey;
}

/** Focus the main region instead of changing the URL's fragment (the router owns the URL). */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

/** The frame of every signed-in screen: who is signed in, where they can go, the language. */
export function AppLayout({ nav, home, children }: { readonly nav: readonly NavItem[]; readonly home: string; readonly children: ReactNode }) {
  const { t } = useI18n();
  const me = useMe();
  const { signOut } = useSession();
  const navigate = useNavigate();

  const onSignOut = async () => {
    await signOut();
    navigate('/sign-in', { replace: true });
  };

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('layout.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <Link to={home} className="brand">
            Yorisoi <span lang="ja">寄り添い</span>
          </Link>
          <nav className="main-nav" aria-label={t('layout.mainNavigation')}>
            <ul>
              {nav.map((item) => (
                <li key={item.path}>
                  <NavLink to={item.path} exact={item.path === '/'}>
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="header-user">
            <p className="user-identity">
              <span className="visually-hidden">{t('layout.signedInAs')} </span>
              <span className="user-name">{me.displayName}</span> <RoleBadge role={me.role} />
            </p>
            <LanguageSwitch />
            <NavLink to="/account" className="header-link">
              {t('nav.account')}
            </NavLink>
            <button type="button" className="button button-secondary button-small" onClick={() => void onSignOut()}>
              {t('layout.signOut')}
            </button>
          </div>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer">
        <p>{t('layout.timesInJapan')}</p>
      </footer>
    </div>
  );
}
