import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { closeOnSignals, ConfigurationError, DatabaseMigrator, loadConfig, ShutdownState } from '#platform';
import { createApiApp } from './create-api-app.js';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  // The demo's code is loaded only when asked for: production's module graph never contains it.
  const demo = config.demoSeed ? await import('./demo/index.js') : undefined;
  const app = await createApiApp(config, { modules: demo ? [demo.DemoModule] : [] });
  // SIGTERM: readiness answers 503 for SHUTDOWN_DRAIN_MS while requests are still served (the
  // proxy takes this process out of rotation), then stop accepting connections, let running
  // requests finish, close pools, exit 0.
  closeOnSignals(app, config.shutdownTimeoutMs + 5_000, (error) => new Logger('Api').error(error), {
    state: app.get(ShutdownState),
    ms: config.shutdownDrainMs,
  });
  if (config.database.runMigrations) await app.get(DatabaseMigrator).migrate();
  if (demo) await app.get(demo.DemoSeeder).seedIfEmpty();
  if (config.auth.secretIsDevelopmentDefault) {
    new Logger('Api').warn('AUTH_SECRET is not set: using a development-only key. Set it before real use.');
  }
  await app.listen(config.http.port, config.http.host);
  new Logger('Api').log(`api listening on http://${config.http.host}:${config.http.port} (public URL ${config.http.publicUrl})`);
}

bootstrap().catch((error: unknown) => {
  const reason = error instanceof ConfigurationError ? error.message : `api failed to start: ${describe(error)}`;
  process.stderr.write(`${reason}\n`);
  process.exit(1);
});

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
