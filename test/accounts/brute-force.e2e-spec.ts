import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import request from 'supertest';
import { PasswordHasher } from '#accounts';
import { Browser, createUser, enrolSecondFactor, signedIn, totpCode, type EnrolledSecondFactor, type TestUser } from '../support/accounts.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

jest.setTimeout(60_000);

/** Whatever is not the code the app shows now (and not the one before or after, which also pass). */
async function wrongCode(secret: string, api: TestApi): Promise<string> {
  const now = api.clock.now().getTime();
  const valid = new Set(await Promise.all([-30_000, 0, 30_000].map((shift) => totpCode(secret, new Date(now + shift)))));
  let candidate = 0;
  while (valid.has(String(candidate).padStart(6, '0'))) candidate++;
  return String(candidate).padStart(6, '0');
}

function countStatuses(responses: readonly { status: number }[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const { status } of responses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

async function auditCount(api: TestApi, action: string, targetId: string): Promise<number> {
  const [{ count }] = await api.dataSource.query<[{ count: string }]>(`SELECT count(*) FROM audit_event WHERE action = $1 AND target_id = $2`, [
    action,
    targetId,
  ]);
  return Number(count);
}

describe('attempts sent all at once', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({
      env: {
        AUTH_LOCKOUT_THRESHOLD: '10',
        AUTH_LOCKOUT_SECONDS: '600',
        AUTH_IP_FAILURE_LIMIT: '30',
        AUTH_MFA_FAILURE_LIMIT: '5',
        AUTH_MFA_REQUIRED_ROLES: 'supervisor,admin',
        TRUST_PROXY: 'true',
      },
    });
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });
  afterAll(async () => {
    await api.close();
  });

  const attempt = (email: string, password: string, ip: string) =>
    request(api.server).post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password });

  it('checks at most AUTH_LOCKOUT_THRESHOLD of 40 wrong passwords for one account, and refuses the rest unchecked', async () => {
    const user = await createUser(api, { role: 'caseworker' });
    const verify = jest.spyOn(api.app.get(PasswordHasher), 'verify');
    // From 40 addresses, so only the account's own limit can stop them.
    const responses = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt(user.email, `wrong password ${i}`, `10.1.0.${i + 1}`)));

    expect(countStatuses(responses)).toEqual({ 401: 10, 429: 30 });
    for (const refused of responses.filter((r) => r.status === 429)) {
      expect(refused.body.code).toBe('LOGIN_THROTTLED');
      expect(refused.body.details.retryAfterSeconds).toBeGreaterThan(500);
    }
    // The refused ones never reached argon2.
    expect(verify).toHaveBeenCalledTimes(10);

    const right = await attempt(user.email, user.password, '10.1.1.1');
    expect(right.status).toBe(429);
    expect(await auditCount(api, 'auth.sign-in', user.id)).toBe(10);
  });

  it('makes a burst wait as long as the same attempts one after another', async () => {
    const user = await createUser(api, { role: 'caseworker' });
    const started = Date.now();
    await Promise.all(Array.from({ length: 8 }, (_, i) => attempt(user.email, `wrong password ${i}`, '10.1.2.1')));
    // The 8th attempt in a row waits 4 s before its check, however the eight were sent.
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_000);
  });

  it('checks at most AUTH_IP_FAILURE_LIMIT of 40 wrong passwords from one address, across accounts', async () => {
    const responses = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt(`sprayed-${i}@test.yorisoi.org`, 'Summer2026!', '10.1.3.1')));
    expect(countStatuses(responses)).toEqual({ 401: 30, 429: 10 });
    expect(responses.find((r) => r.status === 429)?.body.code).toBe('LOGIN_THROTTLED');
  });

  it('does not charge an address for its right passwords', async () => {
    const users = await Promise.all(Array.from({ length: 32 }, () => createUser(api, { role: 'caseworker' })));
    for (const user of users) expect((await attempt(user.email, user.password, '10.1.4.1')).status).toBe(200);
  });

  // Password spraying with a breather: AUTH_IP_FAILURE_LIMIT - 1 guesses, then the attacker's own
  // account as the attempt that reaches the limit, must not hand the address a fresh budget.
  it('keeps an address limited when its limit-th attempt is a right password', async () => {
    const own = await createUser(api, { role: 'caseworker' });
    // Ten accounts, so none reaches its own lockout or even its growing delays here.
    const victims = await Promise.all(Array.from({ length: 10 }, () => createUser(api, { role: 'caseworker' })));
    for (let i = 0; i < 29; i++) expect((await attempt(victims[i % 10].email, `guess ${i}`, '10.1.5.1')).status).toBe(401);

    expect((await attempt(own.email, own.password, '10.1.5.1')).status).toBe(200);

    // The right password gave back only its own charge: one more failure, then the address is locked.
    const after: number[] = [];
    for (let i = 0; i < 4; i++) after.push((await attempt(victims[i % 10].email, `more ${i}`, '10.1.5.1')).status);
    expect(after).toEqual([401, 429, 429, 429]);
    // Even the attacker's own right password is refused now.
    const refused = await attempt(own.email, own.password, '10.1.5.1');
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('LOGIN_THROTTLED');
  });

  it('keeps an address limited when a signed-in session confirms its password as the limit-th attempt', async () => {
    const browser = new Browser(api);
    const own = await createUser(api, { role: 'caseworker' });
    const login = await browser.agent.post('/api/auth/login').set('X-Forwarded-For', '10.1.6.2').send({ email: own.email, password: own.password });
    expect(login.status).toBe(200);
    browser.csrfToken = login.body.csrfToken;
    for (let i = 0; i < 29; i++) expect((await attempt(`sprayed-confirm-${i}@test.yorisoi.org`, 'Summer2026!', '10.1.6.1')).status).toBe(401);

    const confirmed = await browser.agent
      .post('/api/auth/mfa/enrolment')
      .set('X-Forwarded-For', '10.1.6.1')
      .set('X-CSRF-Token', browser.csrfToken)
      .send({ currentPassword: own.password });
    expect(confirmed.status).toBe(200);

    const after: number[] = [];
    for (let i = 0; i < 3; i++) after.push((await attempt(`sprayed-confirm-after-${i}@test.yorisoi.org`, 'Summer2026!', '10.1.6.1')).status);
    expect(after).toEqual([401, 429, 429]);
  });

  it('counts the failures of one IPv6 /64 together, and keeps other /64s apart', async () => {
    const addresses = ['2001:db8::1', '2001:db8::2', '2001:db8:0:0:ffff:ffff:ffff:fffe'];
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) => attempt(`sprayed-v6-${i}@test.yorisoi.org`, 'Summer2026!', addresses[i % addresses.length])),
    );
    expect(countStatuses(responses)).toEqual({ 401: 30, 429: 10 });

    // The neighbouring /64 is another network: not locked.
    expect((await attempt('sprayed-v6-next@test.yorisoi.org', 'Summer2026!', '2001:db8:0:1::1')).status).toBe(401);
  });

  describe('second factor', () => {
    async function enrolled(): Promise<{ user: TestUser; factor: EnrolledSecondFactor }> {
      const user = await createUser(api, { role: 'supervisor' });
      const browser = new Browser(api);
      await browser.signIn(user.email, user.password);
      const factor = await enrolSecondFactor(browser);
      api.clock.advance(60_000);
      return { user, factor };
    }

    async function pending(user: TestUser, ip = '10.2.0.1'): Promise<Browser> {
      const browser = new Browser(api);
      const login = await browser.agent.post('/api/auth/login').set('X-Forwarded-For', ip).send({ email: user.email, password: user.password });
      expect(login.status).toBe(200);
      expect(login.body.sessionState).toBe('mfa-pending');
      browser.csrfToken = login.body.csrfToken;
      return browser;
    }

    it('checks at most AUTH_MFA_FAILURE_LIMIT of 40 wrong codes, then refuses even the right one', async () => {
      const { user, factor } = await enrolled();
      const browser = await pending(user);
      const wrong = await wrongCode(factor.secret, api);
      const responses = await Promise.all(Array.from({ length: 40 }, () => browser.post('/api/auth/mfa/verify', { code: wrong })));

      expect(countStatuses(responses)).toEqual({ 401: 5, 429: 35 });
      const refused = responses.find((r) => r.status === 429);
      expect(refused?.body.code).toBe('SECOND_FACTOR_LOCKED');
      expect(refused?.body.details.retryAfterSeconds).toBeGreaterThan(500);

      const right = await browser.post('/api/auth/mfa/verify', { code: await totpCode(factor.secret, api.clock.now()) });
      expect(right.status).toBe(429);
      expect(right.body.code).toBe('SECOND_FACTOR_LOCKED');
      // A recovery code is the same second factor: locked too.
      expect((await browser.post('/api/auth/mfa/verify', { recoveryCode: factor.recoveryCodes[0] })).status).toBe(429);
      // The session still waits for its second factor; nothing opened.
      expect((await browser.get('/api/teams')).body.code).toBe('SECOND_FACTOR_REQUIRED');
      expect(await auditCount(api, 'auth.mfa.locked', user.id)).toBe(1);
    });

    it('counts wrong recovery codes sent all at once the same way', async () => {
      const { user } = await enrolled();
      const browser = await pending(user);
      const responses = await Promise.all(Array.from({ length: 40 }, (_, i) => browser.post('/api/auth/mfa/verify', { recoveryCode: `WRONG-${String(i).padStart(5, 'X')}` })));
      expect(countStatuses(responses)).toEqual({ 401: 5, 429: 35 });
    });

    it('is not cleared by the right password: signing in again gives no new guesses', async () => {
      const { user, factor } = await enrolled();
      const wrong = await wrongCode(factor.secret, api);
      for (let round = 0; round < 2; round++) {
        const browser = await pending(user);
        expect((await browser.post('/api/auth/mfa/verify', { code: wrong })).status).toBe(401);
        expect((await browser.post('/api/auth/mfa/verify', { code: wrong })).status).toBe(401);
      }
      const browser = await pending(user);
      expect((await browser.post('/api/auth/mfa/verify', { code: wrong })).status).toBe(401);
      const locked = await browser.post('/api/auth/mfa/verify', { code: await totpCode(factor.secret, api.clock.now()) });
      expect(locked.status).toBe(429);
      expect(locked.body.code).toBe('SECOND_FACTOR_LOCKED');
    });

    it('keeps the password lockout apart: wrong codes do not lock the password, nor the other way round', async () => {
      const { user, factor } = await enrolled();
      const browser = await pending(user);
      const wrong = await wrongCode(factor.secret, api);
      for (let i = 0; i < 5; i++) await browser.post('/api/auth/mfa/verify', { code: wrong });
      // The password still signs in (to a session that can do nothing until the lock ends).
      expect((await pending(user)).csrfToken).not.toBe('');
    });
  });
});

describe('second factor lock over time', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { AUTH_LOCKOUT_SECONDS: '2', AUTH_MFA_FAILURE_LIMIT: '3', AUTH_MFA_REQUIRED_ROLES: 'supervisor,admin' } });
  });
  afterAll(async () => {
    await api.close();
  });

  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('locks again at each wrong code after the wait, and only a right code clears the count', async () => {
    const user = await createUser(api, { role: 'admin' });
    const enrolling = new Browser(api);
    await enrolling.signIn(user.email, user.password);
    const { secret } = await enrolSecondFactor(enrolling);
    api.clock.advance(60_000);

    const browser = new Browser(api);
    await browser.signIn(user.email, user.password);
    const wrong = await wrongCode(secret, api);
    expect((await browser.post('/api/auth/mfa/verify', { code: wrong })).status).toBe(401);
    expect((await browser.post('/api/auth/mfa/verify', { code: wrong })).status).toBe(401);
    expect((await browser.post('/api/auth/mfa/verify', { code: wrong })).status).toBe(401);
    expect((await browser.post('/api/auth/mfa/verify', { code: wrong })).status).toBe(429);

    // After the wait: one guess, and a wrong one locks at once again.
    await pause(2_100);
    expect((await browser.post('/api/auth/mfa/verify', { code: wrong })).status).toBe(401);
    expect((await browser.post('/api/auth/mfa/verify', { code: wrong })).status).toBe(429);

    // The right code after the wait opens the session and clears the count.
    await pause(2_100);
    const verified = await browser.post('/api/auth/mfa/verify', { code: await totpCode(secret, api.clock.now()) });
    expect(verified.status).toBe(200);
    api.clock.advance(60_000);
    const next = new Browser(api);
    await next.signIn(user.email, user.password);
    expect((await next.post('/api/auth/mfa/verify', { code: wrong })).status).toBe(401);
    expect((await next.post('/api/auth/mfa/verify', { code: wrong })).status).toBe(401);
    expect((await next.post('/api/auth/mfa/verify', { code: await totpCode(secret, api.clock.now()) })).status).toBe(200);
  });
});

describe('password typed again for sensitive changes', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { AUTH_LOCKOUT_THRESHOLD: '4', AUTH_LOCKOUT_SECONDS: '600', AUTH_MFA_REQUIRED_ROLES: 'supervisor,admin' } });
  });
  afterAll(async () => {
    await api.close();
  });

  it('counts wrong confirmations toward the account lockout, even sent all at once', async () => {
    const browser = await signedIn(api, { role: 'caseworker' });
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => browser.post('/api/auth/mfa/enrolment', { currentPassword: `not my password ${i}` })),
    );
    expect(countStatuses(responses)).toEqual({ 403: 4, 429: 8 });
    expect(responses.find((r) => r.status === 403)?.body.code).toBe('PASSWORD_CONFIRMATION_FAILED');
    expect(responses.find((r) => r.status === 429)?.body.code).toBe('LOGIN_THROTTLED');
    expect(await auditCount(api, 'auth.password.confirmation-failed', browser.user.id)).toBe(4);

    // Locked now: the right password neither confirms nor signs in.
    expect((await browser.post('/api/auth/mfa/enrolment', { currentPassword: browser.user.password })).status).toBe(429);
    expect((await new Browser(api).signIn(browser.user.email, browser.user.password)).status).toBe(429);
  });
});
