import { AppRoutes } from './app-routes';
import { I18nProvider } from './i18n/i18n';
import { RouterProvider } from './router/router';
import { SessionProvider } from './session/session-context';

export function App() {
  return (
    <I18nProvider>
      <RouterProvider>
        <SessionProvider>
          <AppRoutes />
        </SessionProvider>
      </RouterProvider>
    </I18nProvider>
  );
}
