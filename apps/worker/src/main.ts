import 'reflect-metadata';
import { ConfigurationError, loadConfig } from '#platform';
import { createWorkerApp } from './create-worker-app.js';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await createWorkerApp(config);
  // SIGTERM: stop taking jobs, finish the running ones (bounded by SHUTDOWN_TIMEOUT_MS), exit.
  app.enableShutdownHooks();
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => setTimeout(() => process.exit(1), config.shutdownTimeoutMs + 5_000).unref());
  }
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
