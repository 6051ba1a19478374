/**
 * Where a process's CPU time went, from the V8 CPU profile `node --cpu-prof` writes: self time by
 * where the code lives (the runtime, each package under node_modules, each of Yorisoi's libraries
 * and apps), and the functions that took the most. Pure: the profile comes in as parsed JSON.
 */

/** The parts of a `.cpuprofile` read here (Chrome DevTools protocol, Profiler.Profile). */
export interface CpuProfile {
  readonly nodes: readonly CpuProfileNode[];
  /** Microseconds, on the machine's monotonic clock (process.hrtime's, in another unit). */
  readonly startTime: number;
  readonly endTime: number;
  /** The node on top of the stack at each sample; absent in profiles that only count hits. */
  readonly samples?: readonly number[];
  /** Microseconds from the previous sample (the first: from startTime). */
  readonly timeDeltas?: readonly number[];
}

export interface CpuProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly hitCount?: number;
  readonly children?: readonly number[];
}

export interface CallFrame {
  readonly functionName: string;
  /** `file:///…` for a module, `node:…` for Node's own code, empty for V8's built-ins and native functions. */
  readonly url: string;
  /** Zero-based; −1 when there is none. */
  readonly lineNumber: number;
}

/** What kind of code a place is: the runtime's, a dependency's, Yorisoi's own, or none of these. */
export type PlaceKind = 'idle' | 'runtime' | 'package' | 'project' | 'other';

export interface Place {
  readonly kind: PlaceKind;
  /** `garbage collector`, `express`, `@nestjs/core`, `libs/clients`, `apps/api`, … */
  readonly name: string;
}

/** The span summarised, in microseconds on the profile's clock: [fromUs, toUs). */
export interface ProfileWindow {
  readonly fromUs: number;
  readonly toUs: number;
}

export interface PlaceTime extends Place {
  /** Self time of the place's own code. */
  readonly us: number;
  /**
   * Its self time, plus that of the Node.js internals and V8 built-ins its code called (a socket
   * write, a file stat, JSON): the runtime's work charged to the code that asked for it. For a
   * runtime place, what is left: the runtime's work that no package or project code asked for.
   */
  readonly withCalledUs: number;
}

export interface FunctionTime {
  readonly name: string;
  /** `pg/lib/client.js:123`, `libs/clients/src/caseload.js:40`, `node:internal/…`, `(native)`. */
  readonly location: string;
  readonly place: Place;
  readonly us: number;
  /**
   * For Node.js's and V8's functions: the nearest package or project function below them on the
   * stack (the one most of their time was for), `name (location)`; none for the rest.
   */
  readonly calledFrom?: string;
}

export interface ProfileSummary {
  /** Length of the span summarised. */
  readonly spanUs: number;
  readonly idleUs: number;
  /** Every sample's time but idle's: what the thread spent working. */
  readonly busyUs: number;
  /** Self time by place, idle left out, most first. */
  readonly places: readonly PlaceTime[];
  /** Self time by function (one function however many stacks it appears in), idle left out, most first. */
  readonly functions: readonly FunctionTime[];
}

const IDLE: Place = { kind: 'idle', name: 'idle' };

/** Where the code of a frame lives. */
export function placeOf(frame: CallFrame): Place {
  switch (frame.functionName) {
    case '(idle)':
      return IDLE;
    case '(garbage collector)':
      return { kind: 'runtime', name: 'garbage collector' };
    case '(program)':
    case '(root)':
      // Samples in V8 and Node's own native code with no JavaScript frame: compiling, the event loop, I/O callbacks.
      return { kind: 'runtime', name: 'V8 and Node native code, outside JavaScript (program)' };
  }
  const { url } = frame;
  if (url === '') return { kind: 'runtime', name: 'V8 built-ins and native functions (JSON, RegExp, bindings)' };
  if (url.startsWith('node:')) return { kind: 'runtime', name: 'Node.js internals (node:*)' };
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const [scopeOrName, name] = url.slice(modules + '/node_modules/'.length).split('/');
    return { kind: 'package', name: scopeOrName.startsWith('@') && name ? `${scopeOrName}/${name}` : scopeOrName };
  }
  const dist = url.indexOf('/dist/');
  if (dist >= 0) {
    const [top, second] = url.slice(dist + '/dist/'.length).split('/');
    return { kind: 'project', name: (top === 'libs' || top === 'apps') && second ? `${top}/${second}` : top };
  }
  return { kind: 'other', name: 'other' };
}

/** A frame's file, short: from the package or from dist/, with its one-based line. */
export function shortLocation(frame: CallFrame): string {
  const { url } = frame;
  const line = frame.lineNumber >= 0 ? `:${frame.lineNumber + 1}` : '';
  if (url === '') return '(native)';
  if (url.startsWith('node:')) return `${url}${line}`;
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) return `${url.slice(modules + '/node_modules/'.length)}${line}`;
  const dist = url.indexOf('/dist/');
  if (dist >= 0) return `${url.slice(dist + '/dist/'.length)}${line}`;
  return `${url.slice(url.lastIndexOf('/') + 1)}${line}`;
}

/**
 * Self time per node, in microseconds. From the samples when the profile has them: each sample
 * owns the time until the next one (the last, until endTime), and with a `window` only the samples
 * taken inside it count, each cut at the window's end. A profile without samples shares its span
 * among the nodes by hit count, and cannot be cut to a window.
 */
export function selfTimes(profile: CpuProfile, window?: ProfileWindow): Map<number, number> {
  const times = new Map<number, number>();
  const add = (id: number, us: number) => times.set(id, (times.get(id) ?? 0) + us);
  const { samples, timeDeltas } = profile;
  if (window && (window.fromUs < profile.startTime || window.toUs > profile.endTime || window.fromUs >= window.toUs)) {
    throw new Error(`profile window ${window.fromUs}–${window.toUs} µs is not within the profile's ${profile.startTime}–${profile.endTime} µs`);
  }
  if (!samples || samples.length === 0) {
    if (window) throw new Error('a profile without samples cannot be cut to a window');
    const hits = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
    const perHit = hits === 0 ? 0 : (profile.endTime - profile.startTime) / hits;
    for (const node of profile.nodes) if (node.hitCount) add(node.id, node.hitCount * perHit);
    return times;
  }
  if (!timeDeltas || timeDeltas.length !== samples.length) throw new Error(`profile: ${samples.length} samples but ${timeDeltas?.length ?? 0} time deltas`);
  const from = window?.fromUs ?? Number.NEGATIVE_INFINITY;
  const to = window?.toUs ?? Number.POSITIVE_INFINITY;
  let at = profile.startTime + timeDeltas[0];
  for (let i = 0; i < samples.length; i++) {
    const next = i + 1 < samples.length ? at + timeDeltas[i + 1] : profile.endTime;
    if (at >= from && at < to) add(samples[i], Math.max(0, Math.min(next, to) - at));
    at = next;
  }
  return times;
}

/** The runtime's work done for some code: Node's internals and V8's built-ins, not its collector or its own (program) time. */
function doneForCode(frame: CallFrame, place: Place): boolean {
  return place.kind === 'runtime' && frame.functionName !== '(garbage collector)' && frame.functionName !== '(program)' && frame.functionName !== '(root)';
}

/**
 * Self time by place and by function over the profile, or over `window` of it; the time of the
 * runtime's functions also charged to the package or project code that called them.
 */
export function summariseProfile(profile: CpuProfile, window?: ProfileWindow): ProfileSummary {
  const times = selfTimes(profile, window);
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const placeKey = (place: Place) => `${place.kind}:${place.name}`;
  /** The nearest caller of a node that is package, project or other code, if any. */
  const nearestCode = (id: number): CpuProfileNode | undefined => {
    for (let parent = parents.get(id); parent !== undefined; parent = parents.get(parent)) {
      const caller = nodes.get(parent);
      if (caller && ['package', 'project', 'other'].includes(placeOf(caller.callFrame).kind)) return caller;
    }
    return undefined;
  };

  const byPlace = new Map<string, { place: Place; us: number; withCalledUs: number }>();
  const placeEntry = (place: Place) => {
    const key = placeKey(place);
    const entry = byPlace.get(key) ?? { place, us: 0, withCalledUs: 0 };
    byPlace.set(key, entry);
    return entry;
  };
  const byFunction = new Map<string, { name: string; location: string; place: Place; us: number; callers: Map<string, number> }>();
  let idleUs = 0;
  let busyUs = 0;
  for (const node of profile.nodes) {
    const us = times.get(node.id);
    if (us === undefined || us === 0) continue;
    const place = placeOf(node.callFrame);
    if (place.kind === 'idle') {
      idleUs += us;
      continue;
    }
    busyUs += us;
    placeEntry(place).us += us;
    const caller = doneForCode(node.callFrame, place) ? nearestCode(node.id) : undefined;
    placeEntry(caller ? placeOf(caller.callFrame) : place).withCalledUs += us;

    const { functionName, url, lineNumber } = node.callFrame;
    const functionKey = `${functionName}\u0000${url}\u0000${lineNumber}`;
    const entry = byFunction.get(functionKey) ?? { name: functionName || '(anonymous)', location: shortLocation(node.callFrame), place, us: 0, callers: new Map<string, number>() };
    byFunction.set(functionKey, entry);
    entry.us += us;
    if (caller) {
      const callerName = `${caller.callFrame.functionName || '(anonymous)'} (${shortLocation(caller.callFrame)})`;
      entry.callers.set(callerName, (entry.callers.get(callerName) ?? 0) + us);
    }
  }
  const mostFirst = <T extends { us: number }>(values: Iterable<T>) => [...values].sort((a, b) => b.us - a.us);
  return {
    spanUs: window ? window.toUs - window.fromUs : profile.endTime - profile.startTime,
    idleUs,
    busyUs,
    places: mostFirst([...byPlace.values()].map(({ place, us, withCalledUs }) => ({ ...place, us, withCalledUs }))),
    functions: mostFirst(
      [...byFunction.values()].map(({ callers, ...time }) => {
        const [top] = [...callers.entries()].sort((a, b) => b[1] - a[1]);
        return top ? { ...time, calledFrom: top[0] } : time;
      }),
    ),
  };
}
