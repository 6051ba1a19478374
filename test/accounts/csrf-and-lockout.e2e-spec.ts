import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createUser, signedIn } from '../support/accounts.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

describe('CSRF protection', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.close();
  });

  it('refuses a state-changing request made with the session cookie but without the CSRF token', async () => {
    const browser = await signedIn(api, { role: 'caseworker', locale: 'en' });
    const missing = await browser.agent.patch('/api/auth/me').send({ locale: 'ja' });
    expect(missing.status).toBe(403);
    expect(missing.body.code).toBe('CSRF_TOKEN_INVALID');
    const wrong = await browser.agent.patch('/api/auth/me').set('X-CSRF-Token', 'x'.repeat(43)).send({ locale: 'ja' });
    expect(wrong.status).toBe(403);
    expect((await browser.get('/api/auth/me')).body.locale).toBe('en');

    const right = await browser.patch('/api/auth/me', { locale: 'ja' });
    expect(right.status).toBe(200);
  });

  it('also protects sign-out, so another site cannot sign a user out', async () => {
    const browser = await signedIn(api, { role: 'caseworker' });
    expect((await browser.agent.post('/api/auth/logout')).status).toBe(403);
    expect((await browser.get('/api/auth/me')).status).toBe(200);
  });

  it('gives a new CSRF token with a new session', async () => {
    const user = await createUser(api, { role: 'caseworker' });
    const first = await signedIn(api, user);
    const second = await signedIn(api, user);
    expect(first.csrfToken).not.toBe(second.csrfToken);
    const crossed = await second.agent.patch('/api/auth/me').set('X-CSRF-Token', first.csrfToken).send({ locale: 'ja' });
    expect(crossed.status).toBe(403);
  });

  it('refuses a sign-in posted from another site', async () => {
    const user = await createUser(api, { role: 'caseworker' });
    const response = await request(api.server)
      .post('/api/auth/login')
      .set('Origin', 'https://evil.example')
      .send({ email: user.email, password: user.password });
    expect(response.status).toBe(403);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a form post (not JSON), which is what a cross-site form can send', async () => {
    const user = await createUser(api, { role: 'caseworker' });
    const response = await request(api.server)
      .post('/api/auth/login')
      .type('form')
      .send({ email: user.email, password: user.password });
    expect(response.status).toBe(415);
  });
});

describe('throttling and lockout', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({
      env: { AUTH_LOCKOUT_THRESHOLD: '4', AUTH_LOCKOUT_SECONDS: '2', AUTH_IP_FAILURE_LIMIT: '10', TRUST_PROXY: 'true' },
    });
  });
  afterAll(async () => {
    await api.close();
  });

  const attempt = (email: string, password: string, ip: string) =>
    request(api.server).post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password });

  it('locks an account after repeated failures, even for the right password, then recovers', async () => {
    const user = await createUser(api, { role: 'caseworker' });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt(user.email, 'wrong password here', '10.0.0.1')).status);
    expect(statuses).toEqual([401, 401, 401, 401]);

    const locked = await attempt(user.email, user.password, '10.0.0.1');
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('LOGIN_THROTTLED');
    expect(locked.body.details.retryAfterSeconds).toBeGreaterThan(0);

    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect((await attempt(user.email, user.password, '10.0.0.1')).status).toBe(200);
  });

  it('locks an unknown address exactly like a real one, so lockout reveals nothing', async () => {
    const ghost = 'no-such-person@test.yorisoi.org';
    for (let i = 0; i < 4; i++) expect((await attempt(ghost, 'wrong password here', '10.0.0.2')).status).toBe(401);
    const locked = await attempt(ghost, 'wrong password here', '10.0.0.2');
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('LOGIN_THROTTLED');
  });

  it('slows attempts down once failures pile up', async () => {
    const user = await createUser(api, { role: 'caseworker' });
    const durations: number[] = [];
    for (let i = 0; i < 4; i++) {
      const started = Date.now();
      await attempt(user.email, 'wrong password here', '10.0.0.3');
      durations.push(Date.now() - started);
    }
    // The 4th attempt (3 failures before it) waits at least 250 ms before checking.
    expect(durations[3]).toBeGreaterThanOrEqual(250);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
  });

  it('blocks an address that tries many accounts, without locking the accounts elsewhere', async () => {
    const user = await createUser(api, { role: 'caseworker' });
    for (let i = 0; i < 10; i++) await attempt(`sprayed-${i}@test.yorisoi.org`, 'Summer2026!', '10.0.0.4');
    const blocked = await attempt(user.email, user.password, '10.0.0.4');
    expect(blocked.status).toBe(429);
    expect((await attempt(user.email, user.password, '10.0.0.5')).status).toBe(200);
  });
});
