import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { Browser, createTeam, createUser, signedIn, type Role, type SignedInBrowser } from '../support/accounts.js';
import { takeIn } from '../support/clients.js';
import { requestArbitrary, type FuzzIds, type FuzzRequest } from '../support/openapi-arbitraries.js';
import { readOpenApiJson, routesOf, type Route } from '../support/openapi-document.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

/**
 * Every route of openapi.json, fed hostile requests built from its own schema (wrong types, nulls,
 * missing fields, 1 MB strings, lone surrogates, NUL, RTL marks, deep nesting, malformed ids,
 * cursors and dates), signed in as each role with a valid CSRF token. No answer may be a 5xx,
 * and every 4xx must be the API's error shape `{ code, message }`.
 *
 * Reproducible: the seed is fixed and printed; FUZZ_SEED=<n> tries another, FUZZ_RUNS=<n> changes
 * the number of requests per route and role.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_110);
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);

/** Routes that end the caller's session or others': fuzzed last, after everything else. */
const ENDS_SESSIONS = new Set(['POST /api/auth/logout', 'DELETE /api/auth/sessions', 'DELETE /api/auth/sessions/{id}']);

const ROLES: readonly Role[] = ['caseworker', 'supervisor', 'admin'];

interface Outcome {
  readonly status: number;
  readonly problem: string | undefined;
}

describe('fuzzing every route from openapi.json', () => {
  let api: TestApi;
  let team: string;
  const browsers = new Map<Role | 'anonymous', Browser>();
  let caseworker: SignedInBrowser;
  let victimUserId: string;

  beforeAll(async () => {
    // The fuzz is about inputs, not request rates: the per-user and per-address limits would turn
    // most of its requests into 429s (the rate-limit tests check those). Its own Redis prefix: its
    // wrong sign-ins and reset requests from 127.0.0.1 must not lock the address for the other
    // test files running at the same time.
    api = await startTestApi({
      env: { RATE_LIMIT_PER_USER: '1000000', RATE_LIMIT_PER_ADDRESS: '1000000', REDIS_PREFIX: `${process.env.REDIS_PREFIX}_fuzz` },
    });
    team = await createTeam(api);
    caseworker = await signedIn(api, { role: 'caseworker', memberOf: [team] });
    browsers.set('caseworker', caseworker);
    browsers.set('supervisor', await signedIn(api, { role: 'supervisor', supervises: [team] }));
    browsers.set('admin', await signedIn(api, { role: 'admin' }));
    browsers.set('anonymous', new Browser(api));
    // The account that /api/users/{id} routes act on: never one of the callers above.
    victimUserId = (await createUser(api, { role: 'caseworker', memberOf: [team] })).id;
  });
  afterAll(async () => {
    await api.close();
  });

  /** A fresh file with one record of each kind, which the administrator has opened in an emergency. */
  async function clientFile(): Promise<FuzzIds> {
    const client = await takeIn(caseworker, team, { landingDate: '2025-12-01' });
    const [deadline] = (await caseworker.get(`/api/clients/${client.id}/deadlines`)).body as { id: string }[];
    const application = await caseworker.post(`/api/clients/${client.id}/applications`, { kind: 'REFUGEE_AND_CP' });
    const appointment = await caseworker.post(`/api/clients/${client.id}/appointments`, { kind: 'lawyer-meeting', startsAt: '2026-12-01T01:00:00.000Z' });
    await browsers.get('admin')!.post(`/api/clients/${client.id}/break-glass`, { reason: 'Fuzz test: client in crisis at the office' });
    return {
      clientId: client.id,
      'clients/{id}': client.id,
      applicationId: application.body.id,
      appointmentId: appointment.body.id,
      deadlineId: deadline.id,
      teamId: team,
      'teams/{id}': team,
      'users/{id}': victimUserId,
      userId: caseworker.user.id,
      primaryWorkerId: caseworker.user.id,
      assignedTo: caseworker.user.id,
    };
  }

  async function send(browser: Browser, route: Route, request: FuzzRequest): Promise<Outcome> {
    let call = browser.agent[route.method](request.url).set('X-CSRF-Token', browser.csrfToken);
    if (request.body !== undefined && route.method !== 'get') call = call.set('Content-Type', 'application/json').send(request.body);
    const response = await call;
    const body = response.body as { code?: unknown; message?: unknown } | undefined;
    // A health probe answers 503 with its own body while a dependency is down (here: no worker runs).
    if (response.status === 503 && route.path.startsWith('/health/')) return { status: response.status, problem: undefined };
    if (response.status >= 500) return { status: response.status, problem: `${response.status} ${String(body?.code)}` };
    if (response.status >= 400 && (typeof body?.code !== 'string' || typeof body.message !== 'string')) {
      return { status: response.status, problem: `${response.status} without { code, message }: ${response.text.slice(0, 120)}` };
    }
    return { status: response.status, problem: undefined };
  }

  function describeRequest(request: FuzzRequest): string {
    const body = request.body === undefined ? 'no body' : request.body.length > 300 ? `${request.body.slice(0, 300)}… (${request.body.length} chars)` : request.body;
    const url = request.url.length > 300 ? `${request.url.slice(0, 300)}…` : request.url;
    return `${url} with ${body}`;
  }

  it(`answers no hostile request with a 5xx, and every 4xx with { code, message } (seed ${SEED}, ${RUNS} runs per route and role)`, async () => {
    console.log(`fuzz: seed ${SEED}, ${RUNS} runs per route and role (FUZZ_SEED, FUZZ_RUNS to change)`);
    const document = readOpenApiJson();
    const routes = routesOf(document).sort((a, b) => Number(ENDS_SESSIONS.has(a.key)) - Number(ENDS_SESSIONS.has(b.key)));
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let shared: FuzzIds | undefined;
    let property = 0;
    for (const route of routes) {
      const needsFile = /\{(id|clientId|applicationId|appointmentId|deadlineId)\}/.test(route.path) && route.path.startsWith('/api/clients/');
      const ids = needsFile ? await clientFile() : (shared ??= await clientFile());
      const callers = route.operation.security ? ROLES : (['anonymous'] as const);
      for (const caller of callers) {
        const browser = browsers.get(caller)!;
        const result = await fc.check(
          fc.asyncProperty(requestArbitrary(document, route, ids), async (request) => {
            const outcome = await send(browser, route, request);
            statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
            if (outcome.problem) throw new Error(outcome.problem);
          }),
          { seed: SEED + property++, numRuns: RUNS, endOnFailure: true },
        );
        if (result.failed) {
          const [request] = result.counterexample ?? [];
          const error = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
          failures.push(`${route.key} as ${caller}: ${error} for ${request ? describeRequest(request) : '?'} (seed ${result.seed}, path ${result.counterexamplePath})`);
        }
      }
    }
    const answered = [...statuses.values()].reduce((a, b) => a + b, 0);
    console.log(`fuzz: ${answered} requests over ${routes.length} routes; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`);
    expect(failures).toEqual([]);
    // A fuzz that never gets past the guards tests nothing: most answers must come from the handlers.
    const refusedAtTheDoor = (statuses.get(401) ?? 0) + (statuses.get(403) ?? 0) + (statuses.get(429) ?? 0);
    expect(refusedAtTheDoor / answered).toBeLessThan(0.4);
    expect([...statuses.keys()].filter((status) => status < 300).length).toBeGreaterThan(0);
  }, 600_000);
});
