import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { Browser, createUser, signedIn, TEST_PASSWORD } from '../support/accounts.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

describe('sign-in and sessions', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.close();
  });

  it('signs in into an httpOnly, SameSite=Lax session cookie and answers who is signed in', async () => {
    const user = await createUser(api, { role: 'caseworker' });
    const response = await request(api.server).post('/api/auth/login').send({ email: user.email.toUpperCase(), password: TEST_PASSWORD });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: user.id, email: user.email, role: 'caseworker', sessionState: 'active', secondFactorEnabled: false });
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^yorisoi_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('rotates the session id at sign-in and ends the session the browser had before', async () => {
    const user = await createUser(api, { role: 'caseworker' });
    const browser = new Browser(api);
    await browser.signIn(user.email, user.password);
    const before = browser.cookie();
    const stolen = request(api.server);
    await browser.signIn(user.email, user.password);
    const after = browser.cookie();
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    expect((await stolen.get('/api/auth/me').set('Cookie', `yorisoi_session=${before}`)).status).toBe(401);
    expect((await browser.get('/api/auth/me')).status).toBe(200);
  });

  it('never adopts a session id chosen by the browser', async () => {
    const user = await createUser(api, { role: 'caseworker' });
    const planted = 'A'.repeat(43);
    const response = await request(api.server)
      .post('/api/auth/login')
      .set('Cookie', `yorisoi_session=${planted}`)
      .send({ email: user.email, password: user.password });
    expect(response.status).toBe(200);
    expect(String(response.headers['set-cookie'])).not.toContain(planted);
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const user = await createUser(api, { role: 'caseworker' });
    const wrong = await request(api.server).post('/api/auth/login').send({ email: user.email, password: 'not the password at all' });
    const unknown = await request(api.server).post('/api/auth/login').send({ email: 'nobody-here@test.yorisoi.org', password: 'whatever it is' });
    const invited = await createUser(api, { role: 'caseworker', password: null });
    const noPassword = await request(api.server).post('/api/auth/login').send({ email: invited.email, password: 'whatever it is' });
    const deactivated = await createUser(api, { role: 'caseworker', active: false });
    const inactive = await request(api.server).post('/api/auth/login').send({ email: deactivated.email, password: deactivated.password });
    for (const response of [wrong, unknown, noPassword, inactive]) {
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('INVALID_CREDENTIALS');
      expect(response.body.message).toBe('Email or password is wrong.');
      expect(response.headers['set-cookie']).toBeUndefined();
    }
  });

  it('takes about as long for an unknown email as for a wrong password', async () => {
    const user = await createUser(api, { role: 'caseworker' });
    const time = async (email: string) => {
      const started = process.hrtime.bigint();
      await request(api.server).post('/api/auth/login').send({ email, password: 'not the password at all' });
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const known: number[] = [];
    const unknown: number[] = [];
    // Two failures per address stay below the growing delay that starts at the third.
    for (let i = 0; i < 2; i++) {
      known.push(await time(user.email));
      unknown.push(await time(`nobody-${i}@test.yorisoi.org`));
    }
    const [a, b] = [median(known), median(unknown)];
    // Both pay for one argon2id verification; neither answers early.
    expect(Math.min(a, b) / Math.max(a, b)).toBeGreaterThan(0.4);
  });

  it('refuses a malformed sign-in with 400 naming the field', async () => {
    const response = await request(api.server).post('/api/auth/login').send({ email: 'not-an-email', password: 'x' });
    expect(response.status).toBe(400);
    expect(response.body.details.fields[0].field).toBe('email');
  });

  it('signs out: the cookie stops working', async () => {
    const browser = await signedIn(api, { role: 'caseworker' });
    const cookie = browser.cookie();
    expect((await browser.post('/api/auth/logout')).status).toBe(204);
    expect((await request(api.server).get('/api/auth/me').set('Cookie', `yorisoi_session=${cookie}`)).status).toBe(401);
  });

  it('ends a session after 30 idle minutes', async () => {
    const browser = await signedIn(api, { role: 'caseworker' });
    api.clock.advance(29 * 60_000);
    expect((await browser.get('/api/auth/me')).status).toBe(200);
    api.clock.advance(29 * 60_000);
    expect((await browser.get('/api/auth/me')).status).toBe(200);
    api.clock.advance(31 * 60_000);
    const expired = await browser.get('/api/auth/me');
    expect(expired.status).toBe(401);
    expect(expired.body.code).toBe('UNAUTHENTICATED');
  });

  it('ends an active session after its absolute lifetime of 12 hours', async () => {
    const browser = await signedIn(api, { role: 'caseworker' });
    for (let minutes = 0; minutes < 11 * 60 + 40; minutes += 20) {
      api.clock.advance(20 * 60_000);
      expect((await browser.get('/api/auth/me')).status).toBe(200);
    }
    api.clock.advance(20 * 60_000);
    expect((await browser.get('/api/auth/me')).status).toBe(401);
  });

  it('lists the user’s own sessions and revokes one', async () => {
    const user = await createUser(api, { role: 'caseworker' });
    const laptop = await signedIn(api, user);
    const phone = await signedIn(api, user);
    const listed = await laptop.get('/api/auth/sessions');
    expect(listed.status).toBe(200);
    expect(listed.body).toHaveLength(2);
    const other = (listed.body as { id: string; current: boolean }[]).find((s) => !s.current);
    expect((await laptop.delete(`/api/auth/sessions/${other?.id}`)).status).toBe(204);
    expect((await phone.get('/api/auth/me')).status).toBe(401);
    expect((await laptop.get('/api/auth/me')).status).toBe(200);
  });

  it('signs out every other session at once, keeping this one, and audits each revocation', async () => {
    const user = await createUser(api, { role: 'caseworker' });
    const here = await signedIn(api, user);
    const phone = await signedIn(api, user);
    const office = await signedIn(api, user);
    const [{ id: phoneId }] = ((await phone.get('/api/auth/sessions')).body as { id: string; current: boolean }[]).filter((s) => s.current);
    expect((await here.delete(`/api/auth/sessions/${phoneId}`)).status).toBe(204);
    const everywhere = await here.delete('/api/auth/sessions');
    expect(everywhere.status).toBe(200);
    expect(everywhere.body).toEqual({ ended: 1 });
    expect((await office.get('/api/auth/me')).status).toBe(401);
    expect((await here.get('/api/auth/me')).status).toBe(200);
    expect((await here.delete('/api/auth/sessions')).body).toEqual({ ended: 0 });
    const audited = await api.dataSource.query<{ target_id: string | null; details: Record<string, unknown> | null }[]>(
      `SELECT target_id, details FROM audit_event WHERE actor_user_id = $1 AND action = 'auth.session.revoked' ORDER BY id`,
      [user.id],
    );
    expect(audited.map((a) => a.target_id)).toEqual([phoneId, null]);
    expect(audited[1]?.details).toMatchObject({ others: 1 });
  });

  it('cannot revoke someone else’s session', async () => {
    const mine = await signedIn(api, { role: 'caseworker' });
    const theirs = await signedIn(api, { role: 'caseworker' });
    const [{ id }] = (await theirs.get('/api/auth/sessions')).body as { id: string }[];
    expect((await mine.delete(`/api/auth/sessions/${id}`)).status).toBe(404);
    expect((await theirs.get('/api/auth/me')).status).toBe(200);
  });

  it('ends the other sessions when the password changes', async () => {
    const user = await createUser(api, { role: 'caseworker' });
    const here = await signedIn(api, user);
    const elsewhere = await signedIn(api, user);
    const weak = await here.post('/api/auth/password', { currentPassword: user.password, newPassword: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.code).toBe('PASSWORD_REJECTED');
    const wrong = await here.post('/api/auth/password', { currentPassword: 'not my password', newPassword: 'a new long passphrase' });
    expect(wrong.status).toBe(401);
    expect((await elsewhere.get('/api/auth/me')).status).toBe(200);

    const changed = await here.post('/api/auth/password', { currentPassword: user.password, newPassword: 'a new long passphrase' });
    expect(changed.status).toBe(204);
    expect((await elsewhere.get('/api/auth/me')).status).toBe(401);
    expect((await here.get('/api/auth/me')).status).toBe(200);
    expect((await new Browser(api).signIn(user.email, 'a new long passphrase')).status).toBe(200);
  });

  it('updates the user’s own name and language', async () => {
    const browser = await signedIn(api, { role: 'caseworker', locale: 'en' });
    const response = await browser.patch('/api/auth/me', { locale: 'ja', displayName: 'Hanako' });
    expect(response.status).toBe(200);
    expect((await browser.get('/api/auth/me')).body).toMatchObject({ locale: 'ja', displayName: 'Hanako' });
    expect((await browser.patch('/api/auth/me', { locale: 'fr' })).status).toBe(400);
  });
});
