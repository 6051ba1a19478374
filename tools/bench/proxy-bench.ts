import type { ChildProcess } from 'node:child_process';
import os from 'node:os';
import { DEFAULT_NGINX, nginxAvailable, startNginx } from '../scale/nginx.js';
import { atWorkingPace, atWorkingPaceAcross, CONNECTIONS, DURATION_S, freePort, PACED_PER_USER, saturate, stopProcess, warmUp, type Measured, type Target } from './bench-http.js';
import { cpuShares, cpuSnapshot, type CpuShares } from './cpu-shares.js';

/** An api process of the bench (`node dist/apps/api/src/main.js`) and the port it listens on. */
export interface ApiProcess {
  readonly child: ChildProcess;
  readonly port: number;
}

export interface ProxyBenchOptions {
  /** The bench's api, already started: measured straight, then as nginx's only upstream. */
  readonly api: ApiProcess;
  /** Its pool of database connections (DATABASE_POOL_SIZE). */
  readonly poolSize: number;
  /** Starts one more api process, the same build with the same settings but this pool size. */
  readonly startApi: (poolSize: number) => Promise<ApiProcess>;
  /** "My caseload" for each of the users. */
  readonly target: Target;
  /** The benchmark database's name: PostgreSQL's CPU is counted for its connections only. */
  readonly database: string;
}

export type Route = 'direct' | 'nginx-one' | 'nginx-two' | 'nginx-two-shared-connections';

export interface RouteMeasured {
  readonly route: Route;
  /** The api processes that answered, and the database pool of each. */
  readonly apis: number;
  readonly poolSize: number;
  readonly paced: Measured;
  readonly saturated: Measured;
  /** Where the cores went during the saturation run. */
  readonly cpu: CpuShares;
}

/** Seconds of unmeasured load sent straight to each api process before its first measurement. */
const WARM_UP_S = 10;

const ROUTE_NAMES: Record<Route, string> = {
  direct: 'Straight to the api (no proxy)',
  'nginx-one': 'nginx → 1 api process',
  'nginx-two': 'nginx → 2 api processes',
  'nginx-two-shared-connections': 'nginx → 2 api processes, half the pool each',
};

/**
 * The caseload straight to the api; through nginx with that api behind it; through nginx with a
 * second api process beside it; and through nginx with two api processes that share one api's
 * connections (half the pool each), so that a second process and twice the database connections
 * can be told apart. One after another, each at the working pace and then at saturation, except
 * that the first two share their working-pace run (the proxy's cost is their difference). nginx
 * runs the shipped template (deploy/nginx) through tools/scale/nginx.ts, as the scale test does.
 * Every process started here is stopped again; the bench's own api keeps running.
 */
export async function measureCaseloadThroughProxy(options: ProxyBenchOptions): Promise<RouteMeasured[]> {
  if (!nginxAvailable()) throw new Error(`nginx not found at ${DEFAULT_NGINX} (apt-get install nginx, or NGINX_PATH)`);
  const results: RouteMeasured[] = [];
  const measure = async (route: Route, base: string, apis: readonly ApiProcess[], poolSize: number, pacedAlready?: Measured) => {
    const paced = pacedAlready ?? (await atWorkingPace(base, options.target));
    const before = cpuSnapshot();
    const saturated = await saturate(base, options.target);
    const after = cpuSnapshot();
    const pids = apis.map((api) => api.child.pid ?? -1);
    const cpu = cpuShares(before, after, { apiPids: pids, database: options.database });
    // Each api's own share, on the console only: both must have worked for the balancer's figure to mean anything.
    const eachApi = pids.map((pid) => Number(cpuShares(before, after, { apiPids: [pid], database: options.database }).api.toFixed(2)));
    console.log(ROUTE_NAMES[route], { paced, saturated, cpu, eachApi });
    results.push({ route, apis: apis.length, poolSize, paced, saturated, cpu });
  };
  const behindNginx = async <T>(apis: readonly ApiProcess[], work: (url: string) => Promise<T>): Promise<T> => {
    const nginx = await startNginx({ port: await freePort(), upstreams: apis.map((api) => `127.0.0.1:${api.port}`) });
    try {
      return await work(nginx.url);
    } finally {
      await nginx.stop();
    }
  };
  const throughNginx = (route: Route, apis: readonly ApiProcess[], poolSize: number) => behindNginx(apis, (url) => measure(route, url, apis, poolSize));
  // Compiled hot paths, and the files' pages in PostgreSQL's cache, for every route alike: even
  // when this phase runs alone on an api that has just started (BENCH_ONLY=proxy).
  const warm = (api: ApiProcess) => warmUp(`http://127.0.0.1:${api.port}`, options.target, WARM_UP_S);
  const running = new Set<ApiProcess>();
  const another = async (poolSize: number) => {
    const api = await options.startApi(poolSize);
    running.add(api);
    await warm(api);
    return api;
  };
  const stop = async (api: ApiProcess) => {
    running.delete(api);
    await stopProcess(api.child);
  };

  await warm(options.api);
  const direct = `http://127.0.0.1:${options.api.port}`;
  try {
    await behindNginx([options.api], async (url) => {
      // The proxy's cost at the working pace: straight and through nginx in the same seconds, to
      // the same api, each user's requests taking one way then the other, so that what else the
      // machine is doing weighs on both alike.
      const [directPaced, proxiedPaced] = await atWorkingPaceAcross([direct, url], options.target, 2 * DURATION_S);
      await measure('direct', direct, [options.api], options.poolSize, directPaced);
      await measure('nginx-one', url, [options.api], options.poolSize, proxiedPaced);
    });
    const second = await another(options.poolSize);
    await throughNginx('nginx-two', [options.api, second], options.poolSize);
    await stop(second);
    const half = Math.max(1, Math.round(options.poolSize / 2));
    const halves = [await another(half), await another(half)];
    await throughNginx('nginx-two-shared-connections', halves, half);
  } finally {
    await Promise.all([...running].map(stop));
  }
  return results;
}

/** The "Scale-out" section of docs/benchmarks.md, from the four measurements. */
export function scaleOutSection(results: readonly RouteMeasured[]): string[] {
  const of = (route: Route) => {
    const found = results.find((r) => r.route === route);
    if (!found) throw new Error(`scale-out section: no measurement for ${route}`);
    return found;
  };
  const routes = [of('direct'), of('nginx-one'), of('nginx-two'), of('nginx-two-shared-connections')];
  const [direct, one, two, shared] = routes;
  const cores = os.cpus().length;
  const ms = (value: number) => value.toFixed(0);
  const difference = (value: number) => `${value < 0 ? '−' : '+'}${Math.abs(value).toFixed(1)} ms`;
  const percent = (ratio: number) => `${(ratio * 100).toFixed(0)} %`;
  const rps = (m: RouteMeasured) => m.saturated.rps.toFixed(0);
  const connections = (m: RouteMeasured) => (m.apis === 1 ? String(m.poolSize) : `${m.apis * m.poolSize} (${m.apis} × ${m.poolSize})`);
  /** The change in throughput from one api behind nginx, signed. */
  const change = (to: RouteMeasured) => {
    const difference = Math.round((to.saturated.rps / one.saturated.rps - 1) * 100);
    return `${difference < 0 ? '−' : '+'}${Math.abs(difference)} %`;
  };
  /** CPU milliseconds per request answered at saturation. */
  const perRequest = (cores: number, m: RouteMeasured) => ((cores * 1_000) / m.saturated.rps).toFixed(1);
  return [
    '## Scale-out: the caseload through nginx',
    '',
    `"My caseload" as above (the same ${CONNECTIONS} caseworkers, a page of 50), measured four ways: straight to the bench's api; through nginx (the shipped \`deploy/nginx/yorisoi.conf.template\`, run as the scale test runs it: one nginx worker process, keep-alive connections to the upstream, least connections) with that same api as its only upstream; through nginx with a second api process beside it (the same build and settings, a pool of its own); and through nginx with two fresh api processes sharing one api's database connections (half the pool each). Every api process first gets ${WARM_UP_S} s of unmeasured load straight, so that no route pays for a process compiling its hot paths. Each route at the working pace (${CONNECTIONS * PACED_PER_USER} req/s in all), then at saturation, ${DURATION_S} s after a 3 s warm-up, one route after another; except that the first two are measured at the working pace together, over ${2 * DURATION_S} s, each user's requests going straight and through nginx in turn, so that whatever else the machine is doing weighs on both alike and their difference is the proxy's.`,
    '',
    '| Route | database connections | pace p50 ms | pace p95 ms | pace p99 ms | errors | saturation p50 ms | saturation p95 ms | req/s | errors |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...routes.map(
      (m) =>
        `| ${ROUTE_NAMES[m.route]} | ${connections(m)} | ${ms(m.paced.p50)} | ${ms(m.paced.p95)} | ${ms(m.paced.p99)} | ${m.paced.errors} | ${ms(m.saturated.p50)} | ${ms(m.saturated.p95)} | ${rps(m)} | ${m.saturated.errors} |`,
    ),
    '',
    `The proxy's cost: ${difference(one.paced.p50 - direct.paced.p50)} at p50 and ${difference(one.paced.p95 - direct.paced.p95)} at p95 at the working pace; at saturation, nginx with one api behind it serves ${percent(one.saturated.rps / direct.saturated.rps)} of the direct throughput. At saturation through nginx, a second api process: ${rps(one)} → ${rps(two)} req/s (${change(two)}); two processes sharing one api's connections instead: ${rps(shared)} req/s (${change(shared)}).`,
    '',
    `Where the ${cores} cores went during each saturation run, in cores (PostgreSQL: its connections to the benchmark database; other: everything else on the machine, PostgreSQL's work for other databases included), and the CPU time each request answered cost the api and PostgreSQL:`,
    '',
    '| Route | busy | api process(es) | PostgreSQL | nginx | Redis | load generator | other | api ms / request | PostgreSQL ms / request |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...routes.map(
      (m) =>
        `| ${ROUTE_NAMES[m.route]} | ${m.cpu.busy.toFixed(2)} | ${m.cpu.api.toFixed(2)} | ${m.cpu.postgres.toFixed(2)} | ${m.cpu.nginx.toFixed(2)} | ${m.cpu.redis.toFixed(2)} | ${m.cpu.loadGenerator.toFixed(2)} | ${m.cpu.other.toFixed(2)} | ${perRequest(m.cpu.api, m)} | ${perRequest(m.cpu.postgres, m)} |`,
    ),
    '',
    `${errorsSentence(results)} On this machine every process shares the same ${cores} cores: a second api process brings no core of its own, and what it computes it takes from PostgreSQL, nginx, Redis, the first api and the load generator. With a pool of its own it also lets PostgreSQL run twice as many statements at once (${two.apis * two.poolSize} connections instead of ${one.poolSize}) on the same cores; the last row keeps the connections at ${shared.apis * shared.poolSize} to tell the two apart (compare PostgreSQL's CPU per request). A second process pays off where it gets cores the first cannot use, on a larger machine or another one (docs/deploy.md), up to what PostgreSQL can serve.`,
    '',
  ];
}

function errorsSentence(results: readonly RouteMeasured[]): string {
  const failed = results.filter((r) => r.route !== 'direct').reduce((sum, r) => sum + r.paced.errors + r.saturated.errors, 0);
  return failed === 0 ? 'No request failed through nginx.' : `**${failed} requests failed through nginx** (errors or non-2xx answers).`;
}
