import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { signedIn, type SignedInBrowser } from '../support/accounts.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

/** A Redis prefix of its own: other test files' traffic from 127.0.0.1 must not count here. */
const ownPrefix = () => `${process.env.REDIS_PREFIX}_limits_${randomUUID().slice(0, 8)}`;

function statuses(responses: readonly request.Response[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const response of responses) counts[response.status] = (counts[response.status] ?? 0) + 1;
  return counts;
}

describe('global request limits, per signed-in user', () => {
  let api: TestApi;
  let heavy: SignedInBrowser;
  let other: SignedInBrowser;
  beforeAll(async () => {
    api = await startTestApi({ env: { RATE_LIMIT_PER_USER: '20', RATE_LIMIT_PER_ADDRESS: '100000', REDIS_PREFIX: ownPrefix() } });
    [heavy, other] = await Promise.all([signedIn(api, { role: 'caseworker' }), signedIn(api, { role: 'caseworker' })]);
  });
  afterAll(async () => {
    await api.close();
  });

  it('lets exactly the limit through however many requests arrive at once, and refuses the rest with 429', async () => {
    const responses = await Promise.all(Array.from({ length: 45 }, (_, i) => heavy.get(i % 2 === 0 ? '/api/auth/me' : '/api/caseload')));
    expect(statuses(responses)).toEqual({ 200: 20, 429: 25 });
    const refused = responses.find((r) => r.status === 429) as request.Response;
    expect(refused.body).toMatchObject({ code: 'RATE_LIMITED', details: { retryAfterSeconds: expect.any(Number) } });
    expect((refused.body as { details: { retryAfterSeconds: number } }).details.retryAfterSeconds).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('counts each user on their own', async () => {
    expect((await other.get('/api/auth/me')).status).toBe(200);
  });
});

describe('global request limits, per network address', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { RATE_LIMIT_PER_USER: '100000', RATE_LIMIT_PER_ADDRESS: '30', REDIS_PREFIX: ownPrefix() } });
  });
  afterAll(async () => {
    await api.close();
  });

  it('refuses a flood without a session before it reaches the session check', async () => {
    const responses = await Promise.all(Array.from({ length: 60 }, () => request(api.server).get('/api/auth/me').set('Cookie', `yorisoi_session=${randomUUID()}`)));
    expect(statuses(responses)).toEqual({ 401: 30, 429: 30 });
  });

  it('never limits the health probes of the load balancer', async () => {
    const responses = await Promise.all(Array.from({ length: 40 }, () => request(api.server).get('/health/live')));
    expect(statuses(responses)).toEqual({ 200: 40 });
  });
});

describe('API answers are never stored by a browser or proxy', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.close();
  });

  it('marks every API answer no-store: data, refusals and errors alike', async () => {
    const browser = await signedIn(api, { role: 'supervisor' });
    const answers = await Promise.all([
      browser.get('/api/auth/me'),
      browser.get('/api/caseload/team'),
      browser.get('/api/clients/3f0c1a52-0000-4000-8000-000000000000'),
      request(api.server).get('/api/caseload'),
      request(api.server).get('/api/no-such-route'),
      // Express routes are case-insensitive: the header must be too.
      browser.get('/API/auth/me'),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 404, 401, 404, 200]);
    for (const answer of answers) expect(answer.headers['cache-control']).toBe('no-store');
  });
});
