import { Suspense, type ReactNode } from 'react';
import { AppLayout, type NavItem } from './components/app-layout';
import { ErrorAlert } from './components/error-alert';
import { Loading } from './components/loading';
import { PublicLayout } from './components/public-layout';
import type { Me } from './api/types';
import { useI18n } from './i18n/i18n';
import { ForbiddenPage } from './pages/forbidden-page';
import { NotFoundPage } from './pages/not-found-page';
import { matchPath, Redirect, safeLocalPath, useLocation } from './router/router';
import { landingPath, stepPath } from './paths';
import { ROUTES, type AppRoute, type RouteParams } from './routes';
import { useSession } from './session/session-context';

function findRoute(pathname: string): { route: AppRoute; params: RouteParams } | null {
  for (const route of ROUTES) {
    const params = matchPath(route.path, pathname);
    if (params) return { route, params };
  }
  return null;
}

function navFor(me: Me): NavItem[] {
  return ROUTES.flatMap((route) =>
    route.nav && route.access.kind === 'signed-in' && route.access.roles.includes(me.role) ? [{ path: route.path, label: route.nav }] : [],
  );
}

/** `next` only when it names a screen this user may open; otherwise their landing page. */
function destinationAfterSignIn(me: Me, next: string | null): string {
  const path = safeLocalPath(next, window.location.origin);
  if (path) {
    const found = findRoute(new URL(path, window.location.origin).pathname);
    if (found && found.route.access.kind === 'signed-in' && found.route.access.roles.includes(me.role)) return path;
  }
  return landingPath(me.role);
}

function withNext(path: string, next: string | null): string {
  return next ? `${path}?next=${encodeURIComponent(next)}` : path;
}

/** Picks the screen for the URL and applies its access rule. */
export function AppRoutes() {
  const { t } = useI18n();
  const location = useLocation();
  const session = useSession();
  const { status } = session;

  if (status.kind === 'loading') {
    return (
      <PublicLayout>
        <Loading />
      </PublicLayout>
    );
  }
  if (status.kind === 'unavailable') {
    return (
      <PublicLayout>
        <h1>{t('app.unavailableTitle')}</h1>
        <ErrorAlert error={status.error} onRetry={() => void session.refresh()} />
      </PublicLayout>
    );
  }

  const me = status.kind === 'signed-in' ? status.me : null;
  const next = new URLSearchParams(location.search).get('next');
  const active = me?.sessionState === 'active' ? me : null;
  const inApp = (content: ReactNode, signedIn: Me) => (
    <AppLayout nav={navFor(signedIn)} home={landingPath(signedIn.role)}>
      <Suspense fallback={<Loading />}>{content}</Suspense>
    </AppLayout>
  );

  const found = findRoute(location.pathname);
  if (!found) {
    if (active) return inApp(<NotFoundPage />, active);
    return (
      <PublicLayout>
        <NotFoundPage />
      </PublicLayout>
    );
  }
  const { route, params } = found;
  const access = route.access;

  switch (access.kind) {
    case 'public':
      return <PublicLayout>{route.render(params)}</PublicLayout>;
    case 'signed-out':
      if (!me) return <PublicLayout>{route.render(params)}</PublicLayout>;
      return me.sessionState === 'active' ? (
        <Redirect to={destinationAfterSignIn(me, next)} />
      ) : (
        <Redirect to={withNext(stepPath(me.sessionState), next)} />
      );
    case 'sign-in-step':
      if (!me) return <Redirect to={withNext('/sign-in', next)} />;
      if (me.sessionState === 'active') return <Redirect to={destinationAfterSignIn(me, next)} />;
      if (me.sessionState !== access.state) return <Redirect to={withNext(stepPath(me.sessionState), next)} />;
      return <PublicLayout>{route.render(params)}</PublicLayout>;
    case 'signed-in': {
      const here = `${location.pathname}${location.search}`;
      if (!me) {
        const comeBack = status.kind === 'signed-out' && status.reason === 'signed-out' ? null : here === '/' ? null : here;
        return <Redirect to={withNext('/sign-in', comeBack)} />;
      }
      if (me.sessionState !== 'active') return <Redirect to={withNext(stepPath(me.sessionState), here === '/' ? null : here)} />;
      if (!access.roles.includes(me.role)) {
        return route.path === '/' ? <Redirect to={landingPath(me.role)} /> : inApp(<ForbiddenPage />, me);
      }
      return inApp(route.render(params), me);
    }
  }
}
