import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { atWorkingPaceAcross, atWorkingPaceRuns, errorsOfRuns, figureOfRuns, inTurn, median, medianAndRange, pairedRatios, withinP95Budget, type Measured } from './bench-http.js';

describe('the working pace across several routes at once', () => {
  const seen: { server: string; path: string; cookie: string | undefined }[] = [];
  const servers: Server[] = [];
  const bases: string[] = [];

  beforeAll(async () => {
    // One route answers every request, the other refuses every one: the figures must keep them apart.
    for (const [name, status] of [['ok', 200], ['refusing', 503]] as const) {
      const server = createServer((request, response) => {
        seen.push({ server: name, path: request.url ?? '', cookie: request.headers.cookie });
        response.writeHead(status).end('{}');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      servers.push(server);
      bases.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    }
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });

  it("sends every user's requests to each route in turn, and gives each route its own figures", async () => {
    const [ok, refusing] = await atWorkingPaceAcross(bases, (connection, n) => ({ path: `/caseload?user=${connection}&n=${n}`, cookie: `session=${connection}` }), 2);

    expect(ok.errors).toBe(0);
    expect(refusing.errors).toBeGreaterThan(0);
    // Every answer measured from the refusing route is an error; none from the other.
    expect(refusing.errors).toBe(refusing.rps * 2);
    expect(ok.rps).toBeGreaterThan(0);
    for (const request of seen) {
      const query = new URL(request.path, 'http://x').searchParams;
      expect(request.cookie).toBe(`session=${query.get('user')}`);
      // User u's n-th request goes to route (u + n) mod 2.
      expect(request.server).toBe((Number(query.get('user')) + Number(query.get('n'))) % 2 === 0 ? 'ok' : 'refusing');
    }
  });

  it('measures the working pace as several runs one after another, warming up only before the first', async () => {
    const started = performance.now();
    const runs = await atWorkingPaceRuns(bases[0], (connection) => ({ path: `/caseload?user=${connection}` }), { runs: 2, seconds: 1 });
    const elapsedS = (performance.now() - started) / 1_000;

    expect(runs).toHaveLength(2);
    for (const measured of runs) {
      expect(measured.errors).toBe(0);
      expect(measured.rps).toBeGreaterThan(0);
    }
    // A 3 s warm-up and two 1 s runs, about 5 s: a warm-up before the second run would make it 8 s.
    expect(elapsedS).toBeGreaterThan(4.5);
    expect(elapsedS).toBeLessThan(6.5);
  });
});

/** A run with these figures; the rest irrelevant to the case. */
const run = (figures: Partial<Measured>): Measured => ({ p50: 10, p95: 20, p99: 30, rps: 100, errors: 0, ...figures });

describe('the median of several runs', () => {
  it.each([
    { values: [7], expected: 7 },
    { values: [24, 18, 20], expected: 20 },
    { values: [18, 18, 40], expected: 18 },
    { values: [3, 1, 4, 2], expected: 2.5 },
    { values: [10, 30], expected: 20 },
    { values: [-1, 5, 0, 2, 100], expected: 2 },
  ])('of $values is $expected', ({ values, expected }) => {
    expect(median(values)).toBe(expected);
  });

  it('leaves the runs in their order', () => {
    const values = [24, 18, 20];
    median(values);
    expect(values).toEqual([24, 18, 20]);
  });

  it('refuses no runs at all rather than inventing a figure', () => {
    expect(() => median([])).toThrow('median of no values');
  });
});

describe('a figure of several runs, as the report writes it', () => {
  it.each([
    { values: [24, 18, 20], digits: 0, expected: '20 (18–24)' },
    { values: [20.4, 19.6, 20.2], digits: 0, expected: '20 (20–20)' },
    { values: [1.25, 0.5, 2], digits: 1, expected: '1.3 (0.5–2.0)' },
    { values: [5], digits: 0, expected: '5 (5–5)' },
    { values: [100, 300], digits: 0, expected: '200 (100–300)' },
  ])('$values to $digits decimals: $expected', ({ values, digits, expected }) => {
    expect(medianAndRange(values, digits)).toBe(expected);
  });

  it.each([
    { figure: 'p50', expected: '9 (8–11)' },
    { figure: 'p95', expected: '20 (18–24)' },
    { figure: 'p99', expected: '41 (35–60)' },
    { figure: 'rps', expected: '412 (390–430)' },
  ] as const)('reads $figure of each run', ({ figure, expected }) => {
    const runs = [run({ p50: 11, p95: 24, p99: 60, rps: 390 }), run({ p50: 8, p95: 18, p99: 35, rps: 430 }), run({ p50: 9, p95: 20, p99: 41, rps: 412 })];
    expect(figureOfRuns(runs, figure)).toBe(expected);
  });

  it('counts the errors of every run', () => {
    expect(errorsOfRuns([run({ errors: 0 }), run({ errors: 2 }), run({ errors: 5 })])).toBe(7);
  });
});

describe('a latency budget judged on three runs', () => {
  it.each([
    { name: 'every p95 within', p95s: [20, 22, 24], errors: [0, 0, 0], expected: true },
    { name: 'one noisy run over, the median within', p95s: [20, 65, 22], errors: [0, 0, 0], expected: true },
    { name: 'the median exactly at the budget', p95s: [25, 30, 18], errors: [0, 0, 0], expected: true },
    { name: 'two runs over', p95s: [26, 30, 18], errors: [0, 0, 0], expected: false },
    { name: 'fast, but one run failed a request', p95s: [10, 10, 10], errors: [0, 1, 0], expected: false },
  ])('$name: $expected', ({ p95s, errors, expected }) => {
    const runs = p95s.map((p95, index) => run({ p95, errors: errors[index] }));
    expect(withinP95Budget(runs, 25)).toBe(expected);
  });

  it('is not met by no runs at all', () => {
    expect(withinP95Budget([], 25)).toBe(false);
  });
});

describe('throughput ratios of runs taken in pairs', () => {
  it.each([
    { name: 'each api run against the raw run beside it', api: [300, 200, 250], raw: [400, 400, 250], expected: [0.75, 0.5, 1] },
    { name: 'a slow moment slowing both alike leaves the ratio', api: [300, 150], raw: [600, 300], expected: [0.5, 0.5] },
  ])('$name', ({ api, raw, expected }) => {
    expect(
      pairedRatios(
        api.map((rps) => run({ rps })),
        raw.map((rps) => run({ rps })),
      ),
    ).toEqual(expected);
  });

  it('refuses runs that do not pair up', () => {
    expect(() => pairedRatios([run({}), run({})], [run({})])).toThrow('paired ratios: 2 runs against 1');
  });
});

describe('measurements taking turns', () => {
  it('runs each in turn, as many times as asked, and gives each its own results in order', async () => {
    const order: string[] = [];
    const measure = (name: string) => {
      let n = 0;
      return () => {
        order.push(name);
        return Promise.resolve(`${name}${++n}`);
      };
    };
    const [api, raw] = await inTurn(3, [measure('api'), measure('raw')]);
    expect(order).toEqual(['api', 'raw', 'api', 'raw', 'api', 'raw']);
    expect(api).toEqual(['api1', 'api2', 'api3']);
    expect(raw).toEqual(['raw1', 'raw2', 'raw3']);
  });

  it('starts a measurement only once the one before has ended', async () => {
    let running = 0;
    let most = 0;
    const measure = async () => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
    };
    await inTurn(2, [measure, measure]);
    expect(most).toBe(1);
  });
});
