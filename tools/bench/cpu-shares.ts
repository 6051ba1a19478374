import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

/** Linux's USER_HZ: the unit of the CPU times in /proc/<pid>/stat. */
const TICKS_PER_SECOND = 100;

/** CPU time of the machine and of each of its processes at one moment (Linux /proc). */
export interface CpuSnapshot {
  readonly at: number;
  readonly machineBusyMs: number;
  /** Per pid: the command's name, its CPU time so far (all its threads) in ms, and for PostgreSQL the title it shows. */
  readonly processes: ReadonlyMap<number, SampledProcess>;
}

export interface SampledProcess {
  readonly command: string;
  readonly ms: number;
  /** A PostgreSQL backend's title: "postgres: 15/main: <user> <database> <address> <state>". */
  readonly title?: string;
}

/** Where the cores went between two snapshots, in cores (CPU seconds per second). */
export interface CpuShares {
  readonly busy: number;
  readonly api: number;
  /** PostgreSQL's connections to the measured database; its other connections (other databases, other test runs) are in `other`. */
  readonly postgres: number;
  readonly nginx: number;
  readonly redis: number;
  readonly loadGenerator: number;
  /** The rest of the busy time: other programs on the machine (other test runs on a shared one). */
  readonly other: number;
}

export function cpuSnapshot(): CpuSnapshot {
  const machineBusyMs = os.cpus().reduce((sum, cpu) => sum + cpu.times.user + cpu.times.nice + cpu.times.sys + cpu.times.irq, 0);
  const processes = new Map<number, SampledProcess>();
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    // No /proc (not Linux): the machine's total only.
  }
  for (const pid of pids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // The process ended between the listing and the read.
    }
    // "pid (command) state ppid …": the command may hold spaces and parentheses, so split after its last ")".
    const close = stat.lastIndexOf(')');
    const fields = stat.slice(close + 2).split(' ');
    // utime and stime: fields 14 and 15 of the line, 11 and 12 after the command.
    const ticks = Number(fields[11]) + Number(fields[12]);
    const command = stat.slice(stat.indexOf('(') + 1, close);
    processes.set(Number(pid), { command, ms: (ticks * 1_000) / TICKS_PER_SECOND, ...(command === 'postgres' ? { title: processTitle(pid) } : {}) });
  }
  return { at: performance.now(), machineBusyMs, processes };
}

function processTitle(pid: string): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/**
 * Shares of the cores between `before` and `after`: the api processes (`apiPids`), PostgreSQL's
 * connections to `database`, nginx's processes (every one on the machine), Redis, this process
 * (the load generator) and the rest. A process that started in between counts from zero; one
 * that ended is in `other`.
 */
export function cpuShares(before: CpuSnapshot, after: CpuSnapshot, measured: { readonly apiPids: readonly number[]; readonly database: string }): CpuShares {
  const seconds = (after.at - before.at) / 1_000;
  const cores = (ms: number) => ms / 1_000 / seconds;
  const used = (matches: (pid: number, sampled: SampledProcess) => boolean) => {
    let ms = 0;
    for (const [pid, sampled] of after.processes) {
      if (matches(pid, sampled)) ms += sampled.ms - (before.processes.get(pid)?.ms ?? 0);
    }
    return cores(ms);
  };
  const busy = cores(after.machineBusyMs - before.machineBusyMs);
  const api = used((pid) => measured.apiPids.includes(pid));
  const postgres = used((_pid, { command, title }) => command === 'postgres' && (title ?? '').includes(` ${measured.database} `));
  const nginx = used((_pid, { command }) => command === 'nginx');
  const redis = used((_pid, { command }) => command === 'redis-server');
  const loadGenerator = used((pid) => pid === process.pid);
  return { busy, api, postgres, nginx, redis, loadGenerator, other: Math.max(0, busy - api - postgres - nginx - redis - loadGenerator) };
}
