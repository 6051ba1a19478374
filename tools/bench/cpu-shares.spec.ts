import { describe, expect, it } from '@jest/globals';
import { cpuShares, cpuSnapshot, type CpuSnapshot } from './cpu-shares.js';

const snapshot = (at: number, machineBusyMs: number, processes: [number, string, number, string?][]): CpuSnapshot => ({
  at,
  machineBusyMs,
  processes: new Map(processes.map(([pid, command, ms, title]) => [pid, { command, ms, ...(title ? { title } : {}) }])),
});
const backend = (database: string) => `postgres: 15/main: postgres ${database} 127.0.0.1(41234) idle`;

describe('where the cores went during a measurement', () => {
  it("shares the busy time between the api processes, PostgreSQL's connections to the database, nginx, Redis, the load generator and the rest, in cores", () => {
    const before = snapshot(0, 10_000, [
      [101, 'node', 1_000],
      [102, 'node', 500],
      [200, 'postgres', 300, backend('yorisoi_bench')],
      [201, 'postgres', 300, backend('yorisoi_bench')],
      [210, 'postgres', 100, backend('yorisoi_test_aa57')],
      [220, 'postgres', 100, 'postgres: 15/main: walwriter '],
      [300, 'nginx', 50],
      [400, 'redis-server', 10],
      [process.pid, 'node', 2_000],
      [999, 'jest', 0],
    ]);
    // Ten seconds later, on two cores: 19 s of CPU. A backend started in between (202); another
    // database's backend and the WAL writer are someone else's work (other, with the jest process).
    const after = snapshot(10_000, 29_000, [
      [101, 'node', 7_000],
      [102, 'node', 4_500],
      [200, 'postgres', 2_300, backend('yorisoi_bench')],
      [201, 'postgres', 1_300, backend('yorisoi_bench')],
      [202, 'postgres', 1_000, backend('yorisoi_bench')],
      [210, 'postgres', 800, backend('yorisoi_test_aa57')],
      [220, 'postgres', 400, 'postgres: 15/main: walwriter '],
      [300, 'nginx', 1_050],
      [400, 'redis-server', 510],
      [process.pid, 'node', 3_000],
      [999, 'jest', 500],
    ]);
    expect(cpuShares(before, after, { apiPids: [101, 102], database: 'yorisoi_bench' })).toEqual({
      busy: 1.9,
      api: 1,
      postgres: 0.4,
      nginx: 0.1,
      redis: 0.05,
      loadGenerator: 0.1,
      other: expect.closeTo(0.25, 10),
    });
  });

  it('counts only the api processes it is given', () => {
    const before = snapshot(0, 0, [[101, 'node', 0], [102, 'node', 0]]);
    const after = snapshot(1_000, 2_000, [[101, 'node', 600], [102, 'node', 900]]);
    expect(cpuShares(before, after, { apiPids: [101], database: 'yorisoi_bench' }).api).toBeCloseTo(0.6);
    expect(cpuShares(before, after, { apiPids: [101], database: 'yorisoi_bench' }).other).toBeCloseTo(1.4);
  });

  it("reads this machine's processes, this one among them", () => {
    const now = cpuSnapshot();
    expect(now.processes.get(process.pid)?.command).toEqual(expect.any(String));
    expect(now.processes.get(process.pid)?.ms).toBeGreaterThan(0);
    expect(now.machineBusyMs).toBeGreaterThan(0);
  });
});
