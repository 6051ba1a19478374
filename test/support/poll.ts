/**
 * Calls `probe` until it returns true or `timeoutMs` passes; resolves with the elapsed time.
 * For waiting on real asynchronous effects (a dependency coming back), never for timing claims.
 */
export async function pollUntil(probe: () => Promise<boolean>, timeoutMs: number, intervalMs = 100): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await probe().catch(() => false)) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
