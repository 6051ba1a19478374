import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Browser, createUser, enrolSecondFactor, signedIn, totpCode, type TestUser } from '../support/accounts.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

describe('second factor (TOTP)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { AUTH_MFA_REQUIRED_ROLES: 'supervisor,admin' } });
  });
  afterAll(async () => {
    await api.close();
  });

  /** Signs in and enrols; returns the secret and the recovery codes. */
  async function enrol(user: TestUser): Promise<{ browser: Browser; secret: string; recoveryCodes: string[] }> {
    const browser = new Browser(api);
    const login = await browser.signIn(user.email, user.password);
    expect(login.body.sessionState).toBe('mfa-enrolment-required');
    const start = await browser.post('/api/auth/mfa/enrolment');
    expect(start.status).toBe(200);
    const { secret, otpauthUri, qrCodeDataUrl } = start.body as { secret: string; otpauthUri: string; qrCodeDataUrl: string };
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Yorisoi:.+\?secret=[A-Z2-7]+&issuer=Yorisoi/);
    expect(qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    const confirmed = await browser.post('/api/auth/mfa/enrolment/confirm', { code: await totpCode(secret, api.clock.now()) });
    expect(confirmed.status).toBe(200);
    browser.csrfToken = (confirmed.body as { csrfToken: string }).csrfToken;
    return { browser, secret, recoveryCodes: (confirmed.body as { recoveryCodes: string[] }).recoveryCodes };
  }

  it('requires a supervisor to enrol before doing anything else', async () => {
    const user = await createUser(api, { role: 'supervisor' });
    const browser = new Browser(api);
    const login = await browser.signIn(user.email, user.password);
    expect(login.status).toBe(200);
    expect(login.body.sessionState).toBe('mfa-enrolment-required');
    const blocked = await browser.get('/api/teams');
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('SECOND_FACTOR_ENROLMENT_REQUIRED');
    expect((await browser.get('/api/auth/me')).status).toBe(200);
  });

  it('enrols with a QR code and a first code, hands out recovery codes, and opens the session with a new cookie', async () => {
    const user = await createUser(api, { role: 'admin' });
    const browser = new Browser(api);
    await browser.signIn(user.email, user.password);
    const pendingCookie = browser.cookie();
    const { secret } = (await browser.post('/api/auth/mfa/enrolment')).body as { secret: string };

    const wrong = await browser.post('/api/auth/mfa/enrolment/confirm', { code: '000000' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('INVALID_SECOND_FACTOR');

    api.clock.advance(30_000);
    const confirmed = await browser.post('/api/auth/mfa/enrolment/confirm', { code: await totpCode(secret, api.clock.now()) });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.recoveryCodes).toHaveLength(10);
    expect(new Set(confirmed.body.recoveryCodes).size).toBe(10);
    expect(browser.cookie()).not.toBe(pendingCookie);
    browser.csrfToken = confirmed.body.csrfToken;
    expect((await browser.get('/api/users')).status).toBe(200);
    expect((await browser.get('/api/auth/me')).body.secondFactorEnabled).toBe(true);
  });

  it('asks for a code at the next sign-in, refuses a wrong one and a replayed one', async () => {
    const user = await createUser(api, { role: 'supervisor' });
    const { secret } = await enrol(user);
    api.clock.advance(60_000);

    const browser = new Browser(api);
    const login = await browser.signIn(user.email, user.password);
    expect(login.body.sessionState).toBe('mfa-pending');
    expect((await browser.get('/api/teams')).body.code).toBe('SECOND_FACTOR_REQUIRED');

    const code = await totpCode(secret, api.clock.now());
    const wrongCode = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    const wrong = await browser.post('/api/auth/mfa/verify', { code: wrongCode });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('INVALID_SECOND_FACTOR');

    const verified = await browser.post('/api/auth/mfa/verify', { code });
    expect(verified.status).toBe(200);
    browser.csrfToken = verified.body.csrfToken;
    expect((await browser.get('/api/teams')).status).toBe(200);

    const again = new Browser(api);
    await again.signIn(user.email, user.password);
    const replay = await again.post('/api/auth/mfa/verify', { code });
    expect(replay.status).toBe(401);
  });

  it('accepts each recovery code once', async () => {
    const user = await createUser(api, { role: 'supervisor' });
    const { recoveryCodes } = await enrol(user);
    const [first] = recoveryCodes;

    const browser = new Browser(api);
    await browser.signIn(user.email, user.password);
    const used = await browser.post('/api/auth/mfa/verify', { recoveryCode: first?.toLowerCase() });
    expect(used.status).toBe(200);

    const later = new Browser(api);
    await later.signIn(user.email, user.password);
    const reused = await later.post('/api/auth/mfa/verify', { recoveryCode: first });
    expect(reused.status).toBe(401);
    expect((await later.post('/api/auth/mfa/verify', { recoveryCode: recoveryCodes[1] })).status).toBe(200);
  });

  it('refuses a code and a recovery code sent together', async () => {
    const user = await createUser(api, { role: 'supervisor' });
    const { recoveryCodes } = await enrol(user);
    const browser = new Browser(api);
    await browser.signIn(user.email, user.password);
    const both = await browser.post('/api/auth/mfa/verify', { code: '123456', recoveryCode: recoveryCodes[0] });
    expect(both.status).toBe(400);
  });

  it('lets a caseworker sign in with a password alone', async () => {
    const user = await createUser(api, { role: 'caseworker' });
    const login = await new Browser(api).signIn(user.email, user.password);
    expect(login.body.sessionState).toBe('active');
  });

  it('lets an administrator reset a lost second factor: the user enrols again', async () => {
    const user = await createUser(api, { role: 'supervisor' });
    const { browser: lostPhone } = await enrol(user);
    const admin = await enrol(await createUser(api, { role: 'admin' }));
    const reset = await admin.browser.post(`/api/users/${user.id}/second-factor/reset`);
    expect(reset.status).toBe(200);
    expect(reset.body.secondFactorEnabled).toBe(false);
    expect((await lostPhone.get('/api/auth/me')).status).toBe(401);
    const login = await new Browser(api).signIn(user.email, user.password);
    expect(login.body.sessionState).toBe('mfa-enrolment-required');
  });

  it('stores recovery codes under a keyed hash, not a plain SHA-256 anyone could reverse by trying every code', async () => {
    const user = await createUser(api, { role: 'supervisor' });
    const { recoveryCodes } = await enrol(user);
    const rows = await api.dataSource.query<{ code_hash: Buffer; hash_scheme: string }[]>(
      'SELECT code_hash, hash_scheme FROM mfa_recovery_code WHERE user_id = $1',
      [user.id],
    );
    expect(rows).toHaveLength(10);
    const plain = new Set(recoveryCodes.map((code) => createHash('sha256').update(code.replace('-', '')).digest('hex')));
    for (const row of rows) {
      expect(row.hash_scheme).toBe('hmac-sha256');
      expect(plain.has(row.code_hash.toString('hex'))).toBe(false);
    }
  });

  it('still accepts, once, a recovery code stored before keyed hashing', async () => {
    const user = await createUser(api, { role: 'supervisor' });
    await enrol(user);
    const legacy = 'ABCDE-FGHJK';
    await api.dataSource.query(`INSERT INTO mfa_recovery_code (user_id, code_hash, hash_scheme) VALUES ($1, $2, 'sha256')`, [
      user.id,
      createHash('sha256').update('ABCDEFGHJK').digest(),
    ]);
    const browser = new Browser(api);
    await browser.signIn(user.email, user.password);
    expect((await browser.post('/api/auth/mfa/verify', { recoveryCode: legacy })).status).toBe(200);
    const later = new Browser(api);
    await later.signIn(user.email, user.password);
    expect((await later.post('/api/auth/mfa/verify', { recoveryCode: legacy })).status).toBe(401);
  });

  it('asks a signed-in user for the password again before adding a second factor', async () => {
    const browser = await signedIn(api, { role: 'caseworker' });
    const missing = await browser.post('/api/auth/mfa/enrolment');
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe('VALIDATION_FAILED');
    const wrong = await browser.post('/api/auth/mfa/enrolment', { currentPassword: 'not my password at all' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.code).toBe('PASSWORD_CONFIRMATION_FAILED');
    expect((await browser.post('/api/auth/mfa/enrolment/confirm', { code: '123456' })).body.code).toBe('SECOND_FACTOR_NOT_STARTED');

    const { recoveryCodes } = await enrolSecondFactor(browser, { currentPassword: browser.user.password });
    expect(recoveryCodes).toHaveLength(10);
    expect((await browser.get('/api/auth/me')).body.secondFactorEnabled).toBe(true);
    const [failed] = await api.dataSource.query<{ outcome: string; details: Record<string, unknown> }[]>(
      `SELECT outcome, details FROM audit_event WHERE action = 'auth.password.confirmation-failed' AND target_id = $1`,
      [browser.user.id],
    );
    expect(failed).toEqual({ outcome: 'failure', details: { change: 'second-factor-enrolment', locked: false } });
  });

  it('asks for the password again before making new recovery codes', async () => {
    const user = await createUser(api, { role: 'supervisor' });
    const { browser, recoveryCodes } = await enrol(user);
    expect((await browser.post('/api/auth/mfa/recovery-codes')).status).toBe(400);
    const wrong = await browser.post('/api/auth/mfa/recovery-codes', { currentPassword: 'not my password at all' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.code).toBe('PASSWORD_CONFIRMATION_FAILED');

    const fresh = await browser.post('/api/auth/mfa/recovery-codes', { currentPassword: user.password });
    expect(fresh.status).toBe(200);
    expect(fresh.body.recoveryCodes).toHaveLength(10);
    const later = new Browser(api);
    await later.signIn(user.email, user.password);
    expect((await later.post('/api/auth/mfa/verify', { recoveryCode: recoveryCodes[0] })).status).toBe(401);
    expect((await later.post('/api/auth/mfa/verify', { recoveryCode: fresh.body.recoveryCodes[0] })).status).toBe(200);
  });
});
