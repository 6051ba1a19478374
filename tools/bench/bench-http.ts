import autocannon, { type Result } from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, get } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { BENCH_PASSWORD } from './bench-database.js';

/** The users of every HTTP measurement: 20 at once. */
export const CONNECTIONS = 20;
export const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 15);
/** Requests a second per user at working pace: a page and its follow-up call every second. */
export const PACED_PER_USER = 2;
/** Runs of every HTTP measurement: one noisy run on shared cores must not decide a figure or a budget. */
export const RUNS = 3;
/** Seconds of unmeasured load before a measurement: connections opened, pools filled, hot paths compiled. */
const WARM_UP_S = 3;

export interface Measured {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly rps: number;
  readonly errors: number;
}

/** The request a user (`connection`) sends as their `request`-th: a path, and the session's cookie. */
export type Target = (connection: number, request: number) => { path: string; cookie?: string };

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts `node <nodeArgs> <script>` with `env`, resolved once its output has said `ready`. */
export function startProcess(script: string, env: NodeJS.ProcessEnv, ready: string, nodeArgs: readonly string[] = []): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...nodeArgs, script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4_000);
      if (output.includes(ready)) resolve(child);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}): ${output.slice(-500)}`)));
  });
}

/** SIGTERM, and waits until the process has gone (SIGKILL after `graceMs`, its shutdown being the api's own business). */
export async function stopProcess(child: ChildProcess, graceMs = 30_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

export async function signIn(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: BENCH_PASSWORD }) });
  if (!response.ok) throw new Error(`sign-in ${email}: ${response.status}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0];
}

/** `target` from CONNECTIONS connections for `seconds`, each sending its next request as soon as the last is answered. */
function closedLoop(url: string, target: Target, seconds: number): Promise<{ result: Result; latencies: number[] }> {
  return new Promise((resolve, reject) => {
    let connection = 0;
    const latencies: number[] = [];
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: seconds,
        requests: [
          {
            setupRequest: (request, context: { id?: number; n?: number }) => {
              context.id ??= connection++;
              context.n = (context.n ?? 0) + 1;
              const next = target(context.id, context.n);
              return { ...request, path: next.path, headers: { ...(request.headers ?? {}), ...(next.cookie ? { cookie: next.cookie } : {}) } };
            },
          },
        ],
      },
      (error: unknown, result) => (error ? reject(error instanceof Error ? error : new Error('autocannon failed', { cause: error })) : resolve({ result, latencies })),
    );
    instance.on('response', (_client, _status, _bytes, responseTime: number) => latencies.push(responseTime));
  });
}

/**
 * Saturation: `target` from CONNECTIONS connections for DURATION_S seconds after a 3 s warm-up,
 * each connection sending its next request as soon as the last is answered. Percentiles are
 * exact, from every response's latency.
 */
export async function saturate(url: string, target: Target): Promise<Measured> {
  await closedLoop(url, target, WARM_UP_S);
  return saturateWithoutWarmUp(url, target, DURATION_S);
}

/** Saturation for `seconds`, measured from the first request: for a caller that has warmed the process up itself. */
export async function saturateWithoutWarmUp(url: string, target: Target, seconds: number): Promise<Measured> {
  const { result, latencies } = await closedLoop(url, target, seconds);
  return percentiles(latencies, result.errors + result.non2xx, seconds);
}

/** Load that is not measured: a freshly started process compiling its hot paths, say. */
export async function warmUp(url: string, target: Target, seconds: number): Promise<void> {
  await closedLoop(url, target, seconds);
}

function percentiles(latencies: number[], errors: number, seconds: number): Measured {
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), rps: latencies.length / seconds, errors };
}

/**
 * Working pace: CONNECTIONS users, each sending requests at random moments (a Poisson process)
 * averaging PACED_PER_USER a second, whether or not their last answer has arrived (an open
 * loop, so a slow answer cannot hide the queue behind it). 3 s warm-up, then DURATION_S measured.
 */
export async function atWorkingPace(base: string, target: Target): Promise<Measured> {
  const [measured] = await atWorkingPaceAcross([base], target, DURATION_S);
  return measured;
}

/**
 * The working pace RUNS times (or `runs`), `seconds` each (DURATION_S unless given), one run
 * straight after the other after a single 3 s warm-up: the runs follow each other on a warm
 * process, and every one is a measurement of its own. One figure per run, in order.
 */
export async function atWorkingPaceRuns(base: string, target: Target, options: { readonly runs?: number; readonly seconds?: number } = {}): Promise<Measured[]> {
  const runs: Measured[] = [];
  for (let run = 0; run < (options.runs ?? RUNS); run++) {
    const [measured] = await atWorkingPaceAcross([base], target, options.seconds ?? DURATION_S, run === 0 ? WARM_UP_S : 0);
    runs.push(measured);
  }
  return runs;
}

/**
 * The working pace, each user's requests going to `bases` in turn (a user starting at their own
 * place in the list): every base is measured over the same `seconds`, on the same moments of a
 * shared machine, at its share of the pace, after `warmUpS` unmeasured. One figure per base, in
 * their order.
 */
export async function atWorkingPaceAcross(bases: readonly string[], target: Target, seconds: number, warmUpS = WARM_UP_S): Promise<Measured[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS * 4 });
  const send = (url: string, cookie?: string) =>
    new Promise<{ ms: number; ok: boolean }>((resolve) => {
      const started = performance.now();
      const request = get(url, { agent, headers: cookie ? { cookie } : {} }, (response) => {
        response.resume();
        response.on('end', () => resolve({ ms: performance.now() - started, ok: response.statusCode === 200 }));
      });
      request.on('error', () => resolve({ ms: performance.now() - started, ok: false }));
    });
  const latencies = bases.map((): number[] => []);
  const errors = bases.map(() => 0);
  const warmUpEnds = performance.now() + warmUpS * 1_000;
  const ends = warmUpEnds + seconds * 1_000;
  const user = async (connection: number) => {
    const inFlight: Promise<void>[] = [];
    for (let n = 1; ; n++) {
      const waitMs = (-Math.log(1 - Math.random()) * 1_000) / PACED_PER_USER;
      // A request that would leave after the end is not sent: stop now rather than wait for it.
      if (performance.now() + waitMs >= ends) break;
      await new Promise((resolve) => setTimeout(resolve, waitMs));
      const sentAt = performance.now();
      if (sentAt >= ends) break;
      const next = target(connection, n);
      const to = (connection + n) % bases.length;
      inFlight.push(
        send(`${bases[to]}${next.path}`, next.cookie).then(({ ms, ok }) => {
          if (sentAt < warmUpEnds) return;
          latencies[to].push(ms);
          if (!ok) errors[to]++;
        }),
      );
    }
    await Promise.all(inFlight);
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, (_, c) => user(c)));
  agent.destroy();
  return bases.map((_, index) => percentiles(latencies[index], errors[index], seconds));
}

/**
 * Each of `measurements` `runs` times, taking turns (a, b, a, b, …), so that whatever else a
 * shared machine is doing weighs on each of them alike. The runs of each, in their order.
 */
export async function inTurn<T>(runs: number, measurements: readonly (() => Promise<T>)[]): Promise<T[][]> {
  const results = measurements.map((): T[] => []);
  for (let run = 0; run < runs; run++) {
    for (const [index, measure] of measurements.entries()) results[index].push(await measure());
  }
  return results;
}

/** The middle value; for an even count, the mean of the two middle ones. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The median, and the range of the runs in brackets: `20 (18–24)`, each to `digits` decimals. */
export function medianAndRange(values: readonly number[], digits = 0): string {
  const [lowest, highest] = [Math.min(...values), Math.max(...values)];
  return `${median(values).toFixed(digits)} (${lowest.toFixed(digits)}–${highest.toFixed(digits)})`;
}

/** One figure (p50, p95, p99 or req/s) of several runs, as `medianAndRange` writes it. */
export function figureOfRuns(runs: readonly Measured[], figure: 'p50' | 'p95' | 'p99' | 'rps', digits = 0): string {
  return medianAndRange(
    runs.map((run) => run[figure]),
    digits,
  );
}

/** Errors and non-2xx answers, over every run. */
export function errorsOfRuns(runs: readonly Measured[]): number {
  return runs.reduce((sum, run) => sum + run.errors, 0);
}

/**
 * A latency budget, judged on several runs: the median of their p95s within `p95Ms`, and not one
 * error in any run (a run that failed requests has not met the budget, however fast it was).
 */
export function withinP95Budget(runs: readonly Measured[], p95Ms: number): boolean {
  return runs.length > 0 && median(runs.map((run) => run.p95)) <= p95Ms && errorsOfRuns(runs) === 0;
}

/**
 * The throughput ratio of runs taken in pairs (the api's first run with the raw server's first,
 * and so on: each pair measured on the same moments of the machine), one ratio per pair.
 */
export function pairedRatios(numerators: readonly Measured[], denominators: readonly Measured[]): number[] {
  if (numerators.length !== denominators.length) throw new Error(`paired ratios: ${numerators.length} runs against ${denominators.length}`);
  return numerators.map((run, index) => run.rps / denominators[index].rps);
}
