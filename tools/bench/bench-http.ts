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

/** Starts `node <script>` with `env`, resolved once its output has said `ready`. */
export function startProcess(script: string, env: NodeJS.ProcessEnv, ready: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
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
  await closedLoop(url, target, 3);
  const { result, latencies } = await closedLoop(url, target, DURATION_S);
  return percentiles(latencies, result.errors + result.non2xx, DURATION_S);
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
 * The working pace, each user's requests going to `bases` in turn (a user starting at their own
 * place in the list): every base is measured over the same `seconds`, on the same moments of a
 * shared machine, at its share of the pace. One figure per base, in their order.
 */
export async function atWorkingPaceAcross(bases: readonly string[], target: Target, seconds: number): Promise<Measured[]> {
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
  const warmUpEnds = performance.now() + 3_000;
  const ends = warmUpEnds + seconds * 1_000;
  const user = async (connection: number) => {
    const inFlight: Promise<void>[] = [];
    for (let n = 1; ; n++) {
      await new Promise((resolve) => setTimeout(resolve, (-Math.log(1 - Math.random()) * 1_000) / PACED_PER_USER));
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
