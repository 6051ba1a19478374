import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { Browser, createTeam, createUser, signedIn } from '../support/accounts.js';
import { Mailbox } from '../support/mailbox.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

describe('account administration, invitations and password reset', () => {
  let api: TestApi;
  const mailbox = new Mailbox();
  let admin: Browser;

  beforeAll(async () => {
    const smtpUrl = await mailbox.start();
    api = await startTestApi({ env: { SMTP_URL: smtpUrl, PUBLIC_URL: 'http://yorisoi.test' } });
    admin = await signedIn(api, { role: 'admin' });
  });
  afterAll(async () => {
    await api.close();
    await mailbox.stop();
  });

  const newEmail = () => `invitee-${Math.random().toString(36).slice(2, 10)}@test.yorisoi.org`;

  it('invites a user by email with a one-time link valid 72 hours, in their language', async () => {
    const team = await createTeam(api);
    const email = newEmail();
    const invited = await admin.post('/api/users', {
      email,
      displayName: 'Kato Mai',
      role: 'caseworker',
      locale: 'ja',
      memberships: [{ teamId: team, kind: 'member' }],
    });
    expect(invited.status).toBe(201);
    expect(invited.body.invitationSent).toBe(true);
    expect(invited.body.user).toMatchObject({ email, role: 'caseworker', status: 'invited', memberships: [{ teamId: team, kind: 'member' }] });

    const message = await mailbox.waitFor(email);
    expect(message.subject).toBe('Yorisoi のアカウントが作成されました');
    expect(message.textBody).toContain('http://yorisoi.test/accept-invitation#token=');
    const token = Mailbox.tokenIn(message);

    const weak = await request(api.server).post('/api/auth/invitation/accept').send({ token, newPassword: 'password123456' });
    expect(weak.status).toBe(400);
    expect(weak.body.code).toBe('PASSWORD_REJECTED');
    expect(weak.body.details.problems).toEqual(['COMMON']);

    const accepted = await request(api.server).post('/api/auth/invitation/accept').send({ token, newPassword: 'my own long passphrase' });
    expect(accepted.status).toBe(204);
    expect((await new Browser(api).signIn(email, 'my own long passphrase')).status).toBe(200);

    const reused = await request(api.server).post('/api/auth/invitation/accept').send({ token, newPassword: 'another long passphrase' });
    expect(reused.status).toBe(400);
    expect(reused.body.code).toBe('TOKEN_INVALID_OR_EXPIRED');
  });

  it('lets an invitation expire after 72 hours; a resent one works', async () => {
    const email = newEmail();
    const invited = await admin.post('/api/users', { email, displayName: 'Mori Ken', role: 'caseworker', locale: 'en', memberships: [] });
    const token = Mailbox.tokenIn(await mailbox.waitFor(email));
    api.clock.advance(72 * 3_600_000 + 60_000);
    const expired = await request(api.server).post('/api/auth/invitation/accept').send({ token, newPassword: 'my own long passphrase' });
    expect(expired.status).toBe(400);
    admin = await signedIn(api, { role: 'admin' });

    mailbox.messages.length = 0;
    await admin.post(`/api/users/${invited.body.user.id}/invitation`);
    const fresh = Mailbox.tokenIn(await mailbox.waitFor(email));
    expect(fresh).not.toBe(token);
    expect((await request(api.server).post('/api/auth/invitation/accept').send({ token: fresh, newPassword: 'my own long passphrase' })).status).toBe(204);
  });

  it('refuses a duplicate email, an unknown team and a supervisor membership for a caseworker', async () => {
    const existing = await createUser(api, { role: 'caseworker' });
    const duplicate = await admin.post('/api/users', { email: existing.email.toUpperCase(), displayName: 'X', role: 'caseworker', locale: 'en', memberships: [] });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe('EMAIL_ALREADY_IN_USE');

    const unknownTeam = await admin.post('/api/users', {
      email: newEmail(),
      displayName: 'X',
      role: 'caseworker',
      locale: 'en',
      memberships: [{ teamId: '00000000-0000-4000-8000-000000000000', kind: 'member' }],
    });
    expect(unknownTeam.status).toBe(404);

    const team = await createTeam(api);
    const wrongKind = await admin.post('/api/users', {
      email: newEmail(),
      displayName: 'X',
      role: 'caseworker',
      locale: 'en',
      memberships: [{ teamId: team, kind: 'supervisor' }],
    });
    expect(wrongKind.status).toBe(400);
    const count = await api.dataSource.query<[{ count: string }]>(`SELECT count(*) FROM user_account WHERE display_name = 'X'`);
    expect(count[0].count).toBe('0');
  });

  it('changes a role with optimistic locking and ends the user’s sessions', async () => {
    const user = await createUser(api, { role: 'caseworker' });
    const session = await signedIn(api, user);
    const { version } = (await admin.get(`/api/users/${user.id}`)).body as { version: number };

    const changed = await admin.patch(`/api/users/${user.id}`, { version, role: 'supervisor' });
    expect(changed.status).toBe(200);
    expect(changed.body.role).toBe('supervisor');
    expect((await session.get('/api/auth/me')).status).toBe(401);

    const stale = await admin.patch(`/api/users/${user.id}`, { version, displayName: 'Late edit' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    expect((await admin.get(`/api/users/${user.id}`)).body.displayName).toBe('Test caseworker');
  });

  it('deactivates a user: every session ends at once and sign-in stops working', async () => {
    const user = await createUser(api, { role: 'caseworker' });
    const first = await signedIn(api, user);
    const second = await signedIn(api, user);
    const response = await admin.post(`/api/users/${user.id}/deactivate`);
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('deactivated');
    expect((await first.get('/api/auth/me')).status).toBe(401);
    expect((await second.get('/api/auth/me')).status).toBe(401);
    expect((await new Browser(api).signIn(user.email, user.password)).status).toBe(401);
    expect((await admin.post(`/api/users/${user.id}/reactivate`)).body.status).toBe('active');
    expect((await new Browser(api).signIn(user.email, user.password)).status).toBe(200);
  });

  it('reports an invitation the mail server refused, so it can be resent', async () => {
    mailbox.respond = () => ({ code: 451, message: 'try again later' });
    try {
      const invited = await admin.post('/api/users', { email: newEmail(), displayName: 'Offline', role: 'caseworker', locale: 'en', memberships: [] });
      expect(invited.status).toBe(201);
      expect(invited.body.invitationSent).toBe(false);
    } finally {
      mailbox.respond = () => 'accept';
    }
  });

  it('lets only administrators manage accounts', async () => {
    const caseworker = await signedIn(api, { role: 'caseworker' });
    const supervisor = await signedIn(api, { role: 'supervisor' });
    for (const browser of [caseworker, supervisor]) {
      expect((await browser.get('/api/users')).status).toBe(403);
      expect((await browser.post('/api/users', { email: newEmail(), displayName: 'X', role: 'admin', locale: 'en', memberships: [] })).status).toBe(403);
    }
    expect((await request(api.server).get('/api/users')).status).toBe(401);
  });

  describe('password reset', () => {
    it('answers the same for known and unknown addresses, and emails only the known one', async () => {
      const user = await createUser(api, { role: 'caseworker', locale: 'en' });
      const known = await request(api.server).post('/api/auth/password-reset').send({ email: user.email });
      const unknown = await request(api.server).post('/api/auth/password-reset').send({ email: 'no-account@test.yorisoi.org' });
      expect(known.status).toBe(202);
      expect(unknown.status).toBe(202);
      expect(known.body).toEqual(unknown.body);
      const message = await mailbox.waitFor(user.email);
      expect(message.subject).toBe('Reset your Yorisoi password');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(mailbox.messages.some((m) => m.envelopeTo.includes('no-account@test.yorisoi.org'))).toBe(false);
    });

    it('sets the new password from the link once, and ends every session', async () => {
      const user = await createUser(api, { role: 'caseworker' });
      const session = await signedIn(api, user);
      await request(api.server).post('/api/auth/password-reset').send({ email: user.email });
      const token = Mailbox.tokenIn(await mailbox.waitFor(user.email));

      const done = await request(api.server).post('/api/auth/password-reset/complete').send({ token, newPassword: 'brand new passphrase' });
      expect(done.status).toBe(204);
      expect((await session.get('/api/auth/me')).status).toBe(401);
      expect((await new Browser(api).signIn(user.email, user.password)).status).toBe(401);
      expect((await new Browser(api).signIn(user.email, 'brand new passphrase')).status).toBe(200);
      const again = await request(api.server).post('/api/auth/password-reset/complete').send({ token, newPassword: 'another new passphrase' });
      expect(again.status).toBe(400);
    });

    it('expires the link after an hour', async () => {
      const user = await createUser(api, { role: 'caseworker' });
      await request(api.server).post('/api/auth/password-reset').send({ email: user.email });
      const token = Mailbox.tokenIn(await mailbox.waitFor(user.email));
      api.clock.advance(61 * 60_000);
      const late = await request(api.server).post('/api/auth/password-reset/complete').send({ token, newPassword: 'brand new passphrase' });
      expect(late.status).toBe(400);
      expect(late.body.code).toBe('TOKEN_INVALID_OR_EXPIRED');
    });
  });
});
