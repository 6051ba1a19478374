import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigurationError, DatabaseMigrator, loadConfig } from '#platform';
import { createApiApp } from './create-api-app.js';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await createApiApp(config);
  app.enableShutdownHooks();
  // Should a shutdown hook hang, leave anyway: the orchestrator is waiting to start a new process.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => setTimeout(() => process.exit(1), config.shutdownTimeoutMs).unref());
  }
  if (config.database.runMigrations) await app.get(DatabaseMigrator).migrate();
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
