import { describe, expect, it } from '@jest/globals';
import { placeOf, selfTimes, shortLocation, summariseProfile, type CpuProfile, type CpuProfileNode } from './cpu-profile-summary.js';

const ROOT = '/srv/yorisoi';
const node = (id: number, functionName: string, url = '', lineNumber = -1, extra: Partial<CpuProfileNode> = {}): CpuProfileNode => ({ id, callFrame: { functionName, url, lineNumber }, ...extra });

describe('where the code of a frame lives', () => {
  it.each([
    { functionName: '(idle)', url: '', kind: 'idle', name: 'idle' },
    { functionName: '(garbage collector)', url: '', kind: 'runtime', name: 'garbage collector' },
    { functionName: '(program)', url: '', kind: 'runtime', name: 'V8 and Node native code, outside JavaScript (program)' },
    { functionName: 'stringify', url: '', kind: 'runtime', name: 'V8 built-ins and native functions (JSON, RegExp, bindings)' },
    { functionName: 'processTicksAndRejections', url: 'node:internal/process/task_queues', kind: 'runtime', name: 'Node.js internals (node:*)' },
    { functionName: 'handle', url: `file://${ROOT}/node_modules/express/lib/router/layer.js`, kind: 'package', name: 'express' },
    { functionName: 'callback', url: `file://${ROOT}/node_modules/@nestjs/core/router/router-proxy.js`, kind: 'package', name: '@nestjs/core' },
    { functionName: 'parse', url: `file://${ROOT}/node_modules/pg-protocol/dist/parser.js`, kind: 'package', name: 'pg-protocol' },
    // A package nested in another's node_modules is its own: the last node_modules decides.
    { functionName: 'inner', url: `file://${ROOT}/node_modules/typeorm/node_modules/debug/src/index.js`, kind: 'package', name: 'debug' },
    { functionName: 'scoped', url: `file://${ROOT}/node_modules/@nestjs/platform-express/node_modules/@scope/tool/x.js`, kind: 'package', name: '@scope/tool' },
    // A package's own dist/ folder is still the package's.
    { functionName: 'build', url: `file://${ROOT}/node_modules/some-lib/dist/index.js`, kind: 'package', name: 'some-lib' },
    { functionName: 'caseload', url: `file://${ROOT}/dist/libs/clients/src/caseload/caseload.repository.js`, kind: 'project', name: 'libs/clients' },
    { functionName: 'lookup', url: `file://${ROOT}/dist/libs/accounts/src/sessions/session.service.js`, kind: 'project', name: 'libs/accounts' },
    { functionName: 'guard', url: `file://${ROOT}/dist/apps/api/src/auth/session.guard.js`, kind: 'project', name: 'apps/api' },
    { functionName: 'up', url: `file://${ROOT}/dist/migrations/1700000000000-init.js`, kind: 'project', name: 'migrations' },
    { functionName: 'eval', url: 'evalmachine.<anonymous>', kind: 'other', name: 'other' },
  ])('$functionName in "$url": $kind $name', ({ functionName, url, kind, name }) => {
    expect(placeOf({ functionName, url, lineNumber: 0 })).toEqual({ kind, name });
  });
});

describe("a frame's short location", () => {
  it.each([
    { url: `file://${ROOT}/node_modules/pg/lib/client.js`, lineNumber: 122, expected: 'pg/lib/client.js:123' },
    { url: `file://${ROOT}/node_modules/@nestjs/core/router/router-execution-context.js`, lineNumber: 0, expected: '@nestjs/core/router/router-execution-context.js:1' },
    { url: `file://${ROOT}/dist/libs/clients/src/caseload.js`, lineNumber: 39, expected: 'libs/clients/src/caseload.js:40' },
    { url: 'node:internal/streams/writable', lineNumber: 9, expected: 'node:internal/streams/writable:10' },
    { url: '', lineNumber: -1, expected: '(native)' },
    { url: 'file:///tmp/script.mjs', lineNumber: -1, expected: 'script.mjs' },
  ])('$url line $lineNumber: $expected', ({ url, lineNumber, expected }) => {
    expect(shortLocation({ functionName: 'f', url, lineNumber })).toBe(expected);
  });
});

/**
 * A profile from 1,000 to 1,100 µs: root → (idle) 2, main 3 → handler 4 (express) → query 5 (pg);
 * (garbage collector) 6 under root. Samples at 1,010, 1,020, 1,030, 1,050, 1,060, 1,090.
 */
const profile: CpuProfile = {
  startTime: 1_000,
  endTime: 1_100,
  nodes: [
    node(1, '(root)', '', -1, { children: [2, 3, 6] }),
    node(2, '(idle)'),
    node(3, 'main', `file://${ROOT}/dist/apps/api/src/main.js`, 4, { children: [4] }),
    node(4, 'handle', `file://${ROOT}/node_modules/express/lib/router/layer.js`, 10, { children: [5] }),
    node(5, 'query', `file://${ROOT}/node_modules/pg/lib/client.js`, 20),
    node(6, '(garbage collector)'),
  ],
  samples: [2, 4, 5, 4, 6, 2],
  timeDeltas: [10, 10, 10, 20, 10, 30],
};

describe('self time per node', () => {
  it('gives each sample the time until the next one, and the last one until the end', () => {
    // 2: 1,010–1,020 and 1,090–1,100; 4: 1,020–1,030 and 1,050–1,060; 5: 1,030–1,050; 6: 1,060–1,090.
    expect(Object.fromEntries(selfTimes(profile))).toEqual({ 2: 20, 4: 20, 5: 20, 6: 30 });
  });

  it.each([
    { name: 'the samples taken inside a window, the one at its end cut there', window: { fromUs: 1_020, toUs: 1_070 }, expected: { 4: 20, 5: 20, 6: 10 } },
    { name: 'not a sample taken before the window opened, though its time runs into it', window: { fromUs: 1_035, toUs: 1_100 }, expected: { 2: 10, 4: 10, 6: 30 } },
    { name: 'the whole profile', window: { fromUs: 1_000, toUs: 1_100 }, expected: { 2: 20, 4: 20, 5: 20, 6: 30 } },
  ])('counts $name', ({ window, expected }) => {
    expect(Object.fromEntries(selfTimes(profile, window))).toEqual(expected);
  });

  it.each([
    { name: 'starting before the profile', window: { fromUs: 900, toUs: 1_050 } },
    { name: 'ending after it', window: { fromUs: 1_050, toUs: 1_200 } },
    { name: 'empty', window: { fromUs: 1_050, toUs: 1_050 } },
  ])('refuses a window $name: another clock, or a mistake', ({ window }) => {
    expect(() => selfTimes(profile, window)).toThrow('is not within the profile');
  });

  it('shares the span by hit count in a profile without samples', () => {
    const counted: CpuProfile = { startTime: 0, endTime: 4_000, nodes: [node(1, '(root)', '', -1, { hitCount: 0 }), node(2, 'a', 'node:fs', 0, { hitCount: 3 }), node(3, '(idle)', '', -1, { hitCount: 1 })] };
    expect(Object.fromEntries(selfTimes(counted))).toEqual({ 2: 3_000, 3: 1_000 });
    expect(() => selfTimes(counted, { fromUs: 0, toUs: 1_000 })).toThrow('cannot be cut to a window');
  });

  it('refuses samples without their time deltas', () => {
    expect(() => selfTimes({ ...profile, timeDeltas: [10, 10] })).toThrow('6 samples but 2 time deltas');
  });
});

describe('self time by place and by function', () => {
  it('leaves idle out of the places and functions, and counts the rest as busy', () => {
    const summary = summariseProfile(profile);
    expect(summary).toMatchObject({ spanUs: 100, idleUs: 20, busyUs: 70 });
    expect(summary.places).toEqual([
      { kind: 'runtime', name: 'garbage collector', us: 30, withCalledUs: 30 },
      { kind: 'package', name: 'express', us: 20, withCalledUs: 20 },
      { kind: 'package', name: 'pg', us: 20, withCalledUs: 20 },
    ]);
  });

  it('adds up one function met in several stacks, and names the anonymous', () => {
    const twice: CpuProfile = {
      startTime: 0,
      endTime: 40,
      nodes: [
        node(1, '(root)', '', -1, { children: [2, 3] }),
        node(2, 'serialise', `file://${ROOT}/dist/libs/clients/src/view.js`, 7, { children: [4] }),
        node(3, 'other', `file://${ROOT}/dist/libs/clients/src/view.js`, 30, { children: [5] }),
        node(4, '', `file://${ROOT}/node_modules/class-transformer/cjs/index.js`, 0),
        node(5, '', `file://${ROOT}/node_modules/class-transformer/cjs/index.js`, 0),
      ],
      samples: [4, 2, 5, 5],
      timeDeltas: [0, 10, 10, 10],
    };
    const summary = summariseProfile(twice);
    expect(summary.functions).toEqual([
      { name: '(anonymous)', location: 'class-transformer/cjs/index.js:1', place: { kind: 'package', name: 'class-transformer' }, us: 30 },
      { name: 'serialise', location: 'libs/clients/src/view.js:8', place: { kind: 'project', name: 'libs/clients' }, us: 10 },
    ]);
    expect(summary.places).toEqual([
      { kind: 'package', name: 'class-transformer', us: 30, withCalledUs: 30 },
      { kind: 'project', name: 'libs/clients', us: 10, withCalledUs: 10 },
    ]);
  });

  it("charges the runtime's work to the nearest package or project code that asked for it, and names that caller", () => {
    // root → send (a package) → node:fs stat → (native) stat; root → toView (libs/clients) → (native) stringify;
    // root → express handle → node:net writeGeneric → node:internal → (native) writev;
    // root → node:internal processTicks (no code below: the event loop's own); GC under stringify.
    const runtime: CpuProfile = {
      startTime: 0,
      endTime: 100,
      nodes: [
        node(1, '(root)', '', -1, { children: [2, 5, 8, 12] }),
        node(2, 'sendFile', `file://${ROOT}/node_modules/send/index.js`, 599, { children: [3] }),
        node(3, 'stat', 'node:fs', 10, { children: [4] }),
        node(4, 'stat'),
        node(5, 'toView', `file://${ROOT}/dist/libs/clients/src/client-view.js`, 11, { children: [6, 7] }),
        node(6, 'stringify'),
        node(7, '(garbage collector)'),
        node(8, 'handle', `file://${ROOT}/node_modules/express/lib/router/layer.js`, 10, { children: [9] }),
        node(9, 'writeGeneric', 'node:net', 100, { children: [10] }),
        node(10, 'writevGeneric', 'node:internal/stream_base_commons', 20, { children: [11] }),
        node(11, 'writev'),
        node(12, 'processTicksAndRejections', 'node:internal/process/task_queues', 60),
      ],
      // Each sample 10 µs: send 1, node:fs stat 1, native stat 2, toView 1, stringify 2, GC 1, writev 1, processTicks 1.
      samples: [2, 3, 4, 4, 5, 6, 6, 7, 11, 12],
      timeDeltas: [0, 10, 10, 10, 10, 10, 10, 10, 10, 10],
    };
    const summary = summariseProfile(runtime);
    const places = Object.fromEntries(summary.places.map((place) => [place.name, [place.us, place.withCalledUs]]));
    expect(places).toEqual({
      send: [10, 40],
      'Node.js internals (node:*)': [20, 10],
      'V8 built-ins and native functions (JSON, RegExp, bindings)': [50, 0],
      'libs/clients': [10, 30],
      'garbage collector': [10, 10],
      express: [0, 10],
    });
    const calledFrom = Object.fromEntries(summary.functions.map((f) => [`${f.name} ${f.location}`, f.calledFrom]));
    expect(calledFrom).toEqual({
      'stat (native)': 'sendFile (send/index.js:600)',
      'stat node:fs:11': 'sendFile (send/index.js:600)',
      'stringify (native)': 'toView (libs/clients/src/client-view.js:12)',
      'writev (native)': 'handle (express/lib/router/layer.js:11)',
      'processTicksAndRejections node:internal/process/task_queues:61': undefined,
      'sendFile send/index.js:600': undefined,
      'toView libs/clients/src/client-view.js:12': undefined,
      '(garbage collector) (native)': undefined,
    });
    expect(summary.busyUs).toBe(100);
  });

  it('summarises a window: its span, and only what was sampled in it', () => {
    const summary = summariseProfile(profile, { fromUs: 1_020, toUs: 1_070 });
    expect(summary).toMatchObject({ spanUs: 50, idleUs: 0, busyUs: 50 });
    expect(summary.functions.map((f) => [f.name, f.us])).toEqual([
      ['handle', 20],
      ['query', 20],
      ['(garbage collector)', 10],
    ]);
  });
});
