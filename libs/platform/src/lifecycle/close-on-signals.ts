import { Logger, type INestApplicationContext } from '@nestjs/common';
import type { ShutdownState } from './shutdown-state.js';

/** The api's drain before closing: readiness answers 503 for `ms` while requests are still served. */
export interface DrainOnSignal {
  readonly state: ShutdownState;
  readonly ms: number;
}

/**
 * On SIGTERM or SIGINT: close the application (Nest's shutdown hooks: stop taking requests or
 * jobs, finish the running ones, close pools), then exit 0. Should closing hang, exit 1 after
 * `timeoutMs` (plus the drain) so an orchestrator is not kept waiting.
 *
 * With `drain`, SIGTERM (what a deployment sends) first marks the process draining and closes only
 * `drain.ms` later: the proxy's readiness checks see 503 and stop sending new requests before the
 * server stops accepting connections, so a rollout loses none. SIGINT (Ctrl-C) closes at once,
 * also in the middle of a drain.
 */
export function closeOnSignals(
  app: INestApplicationContext,
  timeoutMs: number,
  onError: (error: unknown) => void,
  drain?: DrainOnSignal,
): void {
  let closing = false;
  let hardExit: NodeJS.Timeout | undefined;
  let drainTimer: NodeJS.Timeout | undefined;
  const armHardExit = () => {
    hardExit ??= setTimeout(() => process.exit(1), timeoutMs + (drain?.ms ?? 0)).unref();
  };
  const close = () => {
    if (closing) return;
    closing = true;
    clearTimeout(drainTimer);
    armHardExit();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        onError(error);
        process.exit(1);
      },
    );
  };
  const terminate = () => {
    if (closing || drainTimer !== undefined) return;
    if (drain === undefined || drain.ms === 0) {
      close();
      return;
    }
    drain.state.startDraining();
    armHardExit();
    new Logger('Shutdown').log(`draining for ${drain.ms} ms: readiness answers 503, requests are still served`);
    drainTimer = setTimeout(close, drain.ms);
  };
  // A repeated SIGTERM changes nothing (the drain or the close goes on); a second Ctrl-C, with
  // the handler gone, ends the process at once, as a developer expects.
  process.on('SIGTERM', terminate);
  process.once('SIGINT', close);
}
