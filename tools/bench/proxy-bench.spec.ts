import { describe, expect, it } from '@jest/globals';
import { scaleOutSection, type Route, type RouteMeasured } from './proxy-bench.js';

const cpu = { busy: 1.9, api: 0.8, postgres: 0.7, nginx: 0.1, redis: 0.05, loadGenerator: 0.2, other: 0.05 };
const measured = (
  route: Route,
  paced: { p50: number; p95: number; errors?: number },
  saturated: { rps: number; errors?: number },
  pool: { apis: number; poolSize: number } = { apis: 1, poolSize: 10 },
): RouteMeasured => ({
  route,
  ...pool,
  paced: { p50: paced.p50, p95: paced.p95, p99: paced.p95 + 5, rps: 40, errors: paced.errors ?? 0 },
  saturated: { p50: 20_000 / saturated.rps, p95: 30_000 / saturated.rps, p99: 40_000 / saturated.rps, rps: saturated.rps, errors: saturated.errors ?? 0 },
  cpu,
});
const section = (results: RouteMeasured[]) => scaleOutSection(results).join('\n');

describe('the scale-out section of docs/benchmarks.md', () => {
  const direct = measured('direct', { p50: 10, p95: 20 }, { rps: 250 });
  const one = measured('nginx-one', { p50: 12, p95: 23 }, { rps: 200 });
  const two = (rps: number, errors = 0) => measured('nginx-two', { p50: 13, p95: 25, errors }, { rps, errors }, { apis: 2, poolSize: 10 });
  const shared = measured('nginx-two-shared-connections', { p50: 14, p95: 26 }, { rps: 190 }, { apis: 2, poolSize: 5 });

  it('puts the routes side by side with their database connections, at the working pace and at saturation', () => {
    const text = section([direct, one, two(210), shared]);
    expect(text).toContain('## Scale-out: the caseload through nginx');
    expect(text).toContain('| Straight to the api (no proxy) | 10 | 10 | 20 | 25 | 0 | 80 | 120 | 250 | 0 |');
    expect(text).toContain('| nginx → 1 api process | 10 | 12 | 23 | 28 | 0 | 100 | 150 | 200 | 0 |');
    expect(text).toContain('| nginx → 2 api processes | 20 (2 × 10) | 13 | 25 | 30 | 0 | 95 | 143 | 210 | 0 |');
    expect(text).toContain('| nginx → 2 api processes, half the pool each | 10 (2 × 5) | 14 | 26 | 31 | 0 | 105 | 158 | 190 | 0 |');
  });

  it('shows where the cores went, and the CPU each request cost the api and PostgreSQL', () => {
    // 0.8 cores of api and 0.7 of PostgreSQL for 200 requests a second: 4 ms and 3.5 ms a request.
    expect(section([direct, one, two(210), shared])).toContain('| nginx → 1 api process | 1.90 | 0.80 | 0.70 | 0.10 | 0.05 | 0.20 | 0.05 | 4.0 | 3.5 |');
  });

  it("states the proxy's cost against the direct route", () => {
    expect(section([direct, one, two(210), shared])).toContain(
      "The proxy's cost: +2.0 ms at p50 and +3.0 ms at p95 at the working pace; at saturation, nginx with one api behind it serves 80 % of the direct throughput.",
    );
  });

  it.each([
    [300, '200 → 300 req/s (+50 %)'],
    [180, '200 → 180 req/s (−10 %)'],
  ])('says what a second api process did to the throughput (%d req/s), and two sharing the connections', (rps, figures) => {
    const text = section([direct, one, two(rps), shared]);
    expect(text).toContain(`At saturation through nginx, a second api process: ${figures}; two processes sharing one api's connections instead: 190 req/s (−5 %).`);
    expect(text).toContain('(20 connections instead of 10)');
    expect(text).toContain('keeps the connections at 10');
  });

  it('counts the requests that failed through nginx, not those of the direct route', () => {
    const failingDirect = measured('direct', { p50: 10, p95: 20, errors: 4 }, { rps: 250 });
    expect(section([failingDirect, one, two(210), shared])).toContain('No request failed through nginx.');
    expect(section([direct, one, two(210, 3), shared])).toContain('**6 requests failed through nginx**');
  });

  it('refuses to write the section without every measurement', () => {
    expect(() => scaleOutSection([direct, one, two(210)])).toThrow('no measurement for nginx-two-shared-connections');
  });
});
