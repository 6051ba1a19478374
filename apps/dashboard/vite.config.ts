import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig, loadEnv, type ProxyOptions } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The dashboard builds into dist/dashboard, which the api serves. `npm run dev:dashboard` serves
 * it with live reload on :5173 and forwards /api and /health to the api (DASHBOARD_API_URL,
 * by default http://127.0.0.1:3000).
 */
export default defineConfig(({ mode }) => {
  // The same .env the api reads, so the proxy knows the api's PUBLIC_URL.
  const env = loadEnv(mode, repositoryRoot, '');
  const apiUrl = env.DASHBOARD_API_URL || 'http://127.0.0.1:3000';
  const apiOrigin = new URL(env.PUBLIC_URL || 'http://localhost:3000').origin;
  const toApi: ProxyOptions = {
    target: apiUrl,
    configure: (proxy) => {
      // The api refuses sign-in and other public POSTs whose Origin is not its PUBLIC_URL (a CSRF
      // defence). In development the page comes from this server: present the api's own origin.
      proxy.on('proxyReq', (request) => {
        if (request.getHeader('origin') !== undefined) request.setHeader('origin', apiOrigin);
      });
    },
  };

  return {
    root,
    base: '/',
    // `#domain` (package.json imports) resolves to the TypeScript sources of libs/domain: the
    // dashboard shares the API's lists of stages, statuses and kinds instead of copying them.
    resolve: { conditions: ['yorisoi-source', ...defaultClientConditions] },
    build: {
      outDir: fileURLToPath(new URL('../../dist/dashboard', import.meta.url)),
      emptyOutDir: true,
      // No source maps in the build: whatever is in dist/dashboard can be fetched by anyone, and a
      // map hands out the readable source, comments included. `npm run dev:dashboard` has its own.
      sourcemap: false,
      // libs/domain is pure (a lint rule keeps it so): what the dashboard does not use of it, such
      // as the transition tables built at module load, is left out of the bundle.
      rolldownOptions: { treeshake: { moduleSideEffects: (id: string) => !id.includes('/libs/domain/') } },
      // The entry chunk carries React, the router and every message in both languages (switching
      // language never waits for a download): about 520 kB, 150 kB gzipped. Screens load lazily.
      chunkSizeWarningLimit: 600,
    },
    oxc: { jsx: { runtime: 'automatic' } },
    server: {
      port: 5173,
      proxy: { '/api': toApi, '/health': toApi },
    },
  };
});
