import type { INestApplicationContext } from '@nestjs/common';

/**
 * On SIGTERM or SIGINT: close the application (Nest's shutdown hooks: stop taking requests or
 * jobs, finish the running ones, close pools), then exit 0. Should closing hang, exit 1 after
 * `timeoutMs` so an orchestrator is not kept waiting.
 */
export function closeOnSignals(app: INestApplicationContext, timeoutMs: number, onError: (error: unknown) => void): void {
  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    setTimeout(() => process.exit(1), timeoutMs).unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        onError(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}
