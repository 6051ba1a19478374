import { randomUUID } from 'node:crypto';
import { generate } from 'otplib';
import request from 'supertest';
import { PasswordHasher, SessionCache } from '#accounts';
import { pollUntil } from './poll.js';
import type { TestApi } from './test-api.js';

export const TEST_PASSWORD = 'a long test passphrase 2026';

export type Role = 'caseworker' | 'supervisor' | 'admin';

export interface TestUser {
  readonly id: string;
  readonly email: string;
  readonly password: string;
  readonly role: Role;
}

export interface NewUser {
  readonly role: Role;
  readonly memberOf?: readonly string[];
  readonly supervises?: readonly string[];
  readonly locale?: 'ja' | 'en';
  readonly password?: string | null;
  readonly active?: boolean;
}

/** A user written straight to the database (unique email), with a password unless `password: null`. */
export async function createUser(api: TestApi, user: NewUser): Promise<TestUser> {
  const email = `${user.role}-${randomUUID().slice(0, 8)}@test.yorisoi.org`;
  const password = user.password === undefined ? TEST_PASSWORD : user.password;
  const hash = password === null ? null : await api.app.get(PasswordHasher).hash(password);
  const [{ id }] = await api.dataSource.query<[{ id: string }]>(
    `INSERT INTO user_account (email, display_name, role, locale, password_hash, active, version)
     VALUES ($1, $2, $3, $4, $5, $6, 1) RETURNING id`,
    [email, `Test ${user.role}`, user.role, user.locale ?? 'en', hash, user.active ?? true],
  );
  for (const teamId of user.memberOf ?? []) {
    await api.dataSource.query(`INSERT INTO team_membership (team_id, user_id, kind) VALUES ($1, $2, 'member')`, [teamId, id]);
  }
  for (const teamId of user.supervises ?? []) {
    await api.dataSource.query(`INSERT INTO team_membership (team_id, user_id, kind) VALUES ($1, $2, 'supervisor')`, [teamId, id]);
  }
  return { id, email, password: password ?? '', role: user.role };
}

export async function createTeam(api: TestApi, name = `Team ${randomUUID().slice(0, 8)}`): Promise<string> {
  const [{ id }] = await api.dataSource.query<[{ id: string }]>('INSERT INTO team (name) VALUES ($1) RETURNING id', [name]);
  return id;
}

/** A browser: keeps the session cookie and sends the CSRF token on state-changing requests. */
export class Browser {
  csrfToken = '';
  readonly agent: ReturnType<typeof request.agent>;

  constructor(readonly api: TestApi) {
    this.agent = request.agent(api.server);
  }

  get(path: string) {
    return this.agent.get(path);
  }

  post(path: string, body?: object) {
    return this.agent.post(path).set('X-CSRF-Token', this.csrfToken).send(body);
  }

  patch(path: string, body?: object) {
    return this.agent.patch(path).set('X-CSRF-Token', this.csrfToken).send(body);
  }

  put(path: string, body?: object) {
    return this.agent.put(path).set('X-CSRF-Token', this.csrfToken).send(body);
  }

  delete(path: string) {
    return this.agent.delete(path).set('X-CSRF-Token', this.csrfToken);
  }

  async signIn(email: string, password: string) {
    const response = await this.agent.post('/api/auth/login').send({ email, password });
    if (response.status === 200) this.csrfToken = (response.body as { csrfToken: string }).csrfToken;
    return response;
  }

  /** The session cookie's value, as the browser holds it. */
  cookie(): string | undefined {
    const cookies = this.agent.jar.getCookies({ domain: '127.0.0.1', path: '/', secure: false, script: false });
    return cookies.find((c) => c.name === 'yorisoi_session')?.value;
  }
}

/** A signed-in browser for a new user of the role (fails the test if sign-in fails). */
export async function signedIn(api: TestApi, user: NewUser | TestUser): Promise<SignedInBrowser> {
  const account = 'id' in user ? user : await createUser(api, user);
  const browser = new Browser(api);
  const response = await browser.signIn(account.email, account.password);
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${JSON.stringify(response.body)}`);
  return Object.assign(browser, { user: account });
}

export function totpCode(secret: string, at: Date): Promise<string> {
  return generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
}

export interface EnrolledSecondFactor {
  readonly secret: string;
  readonly recoveryCodes: string[];
}

/**
 * Sets up an authenticator app for the browser's session (fails the test if refused). A fully
 * signed-in session must type its password again (`currentPassword`); the session of a sign-in
 * that requires set-up must not. When the set-up completes a sign-in, the browser keeps the new
 * session's CSRF token.
 */
export async function enrolSecondFactor(browser: Browser, options: { readonly currentPassword?: string } = {}): Promise<EnrolledSecondFactor> {
  const body = options.currentPassword === undefined ? {} : { currentPassword: options.currentPassword };
  const start = await browser.post('/api/auth/mfa/enrolment', body);
  if (start.status !== 200) throw new Error(`enrolment start failed: ${start.status} ${JSON.stringify(start.body)}`);
  const { secret } = start.body as { secret: string };
  const confirmed = await browser.post('/api/auth/mfa/enrolment/confirm', { code: await totpCode(secret, browser.api.clock.now()) });
  if (confirmed.status !== 200) throw new Error(`enrolment confirm failed: ${confirmed.status} ${JSON.stringify(confirmed.body)}`);
  const done = confirmed.body as { recoveryCodes: string[]; csrfToken?: string };
  if (done.csrfToken) browser.csrfToken = done.csrfToken;
  return { secret, recoveryCodes: done.recoveryCodes };
}

export type SignedInBrowser = Browser & { user: TestUser };

/**
 * After a change made in SQL, behind the api's back, to a signed-in user's account, teams,
 * sessions or emergency access: waits until the api has heard of it (the database notifies every
 * api when the change commits, a moment later) and keeps nothing of that user in memory. Changes
 * made through the api need no wait: it publishes them before it answers.
 */
export async function heardBy(api: TestApi, userId: string): Promise<void> {
  await pollUntil(() => Promise.resolve(!api.app.get(SessionCache).holds(userId)), 5_000, 5);
}
