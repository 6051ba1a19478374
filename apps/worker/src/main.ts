import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { closeOnSignals, ConfigurationError, loadConfig } from '#platform';
import { createWorkerApp } from './create-worker-app.js';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await createWorkerApp(config);
  // SIGTERM: stop taking jobs, finish the running ones (bounded by SHUTDOWN_TIMEOUT_MS), exit.
  closeOnSignals(app, config.shutdownTimeoutMs + 5_000, (error) => new Logger('Worker').error(error));
  await app.init();
}

bootstrap().catch((error: unknown) => {
  const reason =
    error instanceof ConfigurationError
      ? error.message
      : `worker failed to start: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`${reason}\n`);
  process.exit(1);
});
