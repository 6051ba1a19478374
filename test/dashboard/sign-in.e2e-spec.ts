import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { createTeam, createUser } from '../support/accounts.js';
import { pollUntil } from '../support/poll.js';
import {
  closesDashboard,
  documentIsMarked,
  heading,
  launchChromium,
  markDocument,
  openPage,
  signInThroughPage,
  startDashboard,
  submitSignIn,
  type DashboardPage,
  type DashboardServer,
} from '../support/browser.js';

jest.setTimeout(30_000);

describe('dashboard: signing in, language, what a caseworker may open', () => {
  let server: DashboardServer;
  let browser: Browser;
  const opened: DashboardPage[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDashboard({ env: { AUTH_LOCKOUT_THRESHOLD: '3', AUTH_LOCKOUT_SECONDS: '120' } }), launchChromium()]);
  });
  closesDashboard(opened, () => ({ server, browser }));

  async function open(locale = 'ja-JP'): Promise<DashboardPage> {
    const page = await openPage(browser, server.baseUrl, { locale });
    opened.push(page);
    return page;
  }

  it('sends a visitor to sign-in, then lands a caseworker on Home in Japanese with their teams and sessions', async () => {
    const teamName = `東京チーム ${Date.now()}`;
    const team = await createTeam(server.api, teamName);
    const user = await createUser(server.api, { role: 'caseworker', locale: 'ja', memberOf: [team] });
    const { page } = await open();

    await page.goto('/');
    await page.waitForURL('**/sign-in');
    await expect(heading(page, 'ログイン').isVisible()).resolves.toBe(true);
    expect(await page.getAttribute('html', 'lang')).toBe('ja');

    await submitSignIn(page, user.email, user.password);
    await page.waitForURL((url) => url.pathname === '/');
    await heading(page, 'ホーム').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    expect(await page.title()).toBe('ホーム — Yorisoi');

    const header = page.locator('header');
    await expect(header.getByText('Test caseworker').isVisible()).resolves.toBe(true);
    await expect(header.getByText('ケースワーカー').isVisible()).resolves.toBe(true);
    await page.getByRole('heading', { name: teamName }).waitFor();
    // Teams and sessions arrive in separate requests: wait for the sessions list to render.
    await page.getByText('このセッション').waitFor({ state: 'visible' });
  });

  it('says a wrong password plainly, in the browser language, and keeps the visitor on sign-in', async () => {
    const user = await createUser(server.api, { role: 'caseworker' });

    const japanese = (await open('ja-JP')).page;
    await japanese.goto('/sign-in');
    await submitSignIn(japanese, user.email, 'not the password at all');
    await japanese.getByRole('alert').getByText('メールアドレスまたはパスワードが正しくありません。').waitFor();
    expect(new URL(japanese.url()).pathname).toBe('/sign-in');
    expect(await japanese.locator('input[name="password"]').inputValue()).toBe('');

    const english = (await open('en-GB')).page;
    await english.goto('/sign-in');
    expect(await english.getAttribute('html', 'lang')).toBe('en');
    await submitSignIn(english, user.email, 'still not the password');
    // English speakers read the API's own message.
    await english.getByRole('alert').getByText('Email or password is wrong.').waitFor();
  });

  it('shows how long a locked account must wait and keeps the button disabled meanwhile', async () => {
    const user = await createUser(server.api, { role: 'caseworker' });
    const { page } = await open();
    await page.goto('/sign-in');
    for (let attempt = 0; attempt < 3; attempt++) {
      await submitSignIn(page, user.email, `wrong password number ${attempt}`);
      await page.getByRole('alert').getByText('メールアドレスまたはパスワードが正しくありません。').waitFor();
    }
    await submitSignIn(page, user.email, user.password);
    const alert = page.getByRole('alert');
    await alert.getByText('ログインの失敗が続いたため').waitFor();
    await expect(alert.textContent()).resolves.toMatch(/あと\d+(分|秒)(\d+秒)?で再試行できます。/);
    await expect(page.locator('form button[type="submit"]').isDisabled()).resolves.toBe(true);
  });

  it('follows the account language after sign-in, and the switch saves the choice on the account', async () => {
    const user = await createUser(server.api, { role: 'caseworker', locale: 'en' });
    const { page } = await open('ja-JP');
    await page.goto('/sign-in');
    await heading(page, 'ログイン').waitFor();

    await submitSignIn(page, user.email, user.password);
    await heading(page, 'Home').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '日本語' }).click();
    await heading(page, 'ホーム').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    // The page switches at once; the choice reaches the account with the request that follows.
    const savedLocale = async () => (await server.api.dataSource.query<[{ locale: string }]>('SELECT locale FROM user_account WHERE id = $1', [user.id]))[0].locale;
    await pollUntil(async () => (await savedLocale()) === 'ja', 5_000);
    expect(await savedLocale()).toBe('ja');

    await page.reload();
    await heading(page, 'ホーム').waitFor();
    await expect(page.getByRole('button', { name: '日本語' }).getAttribute('aria-pressed')).resolves.toBe('true');
  });

  it('shows a caseworker no administration, and answers an administration address with a clear refusal', async () => {
    const user = await createUser(server.api, { role: 'caseworker', locale: 'ja' });
    const { page } = await open();
    const adminApiCalls: string[] = [];
    page.on('request', (request) => {
      if (/\/api\/(users|admin|audit-events)/.test(new URL(request.url()).pathname)) adminApiCalls.push(request.url());
    });
    await signInThroughPage(page, user.email, user.password);
    await heading(page, 'ホーム').waitFor();

    const nav = page.getByRole('navigation', { name: 'メインメニュー' });
    await expect(nav.getByRole('link').allTextContents()).resolves.toEqual(['ホーム', 'クライアント', '送信メールの控え', '連携先', '期限計算']);

    await page.goto('/users');
    await heading(page, 'あなたの役割では利用できません').waitFor();
    await page.goto('/reminders');
    await heading(page, 'あなたの役割では利用できません').waitFor();
    await page.goto('/no-such-page');
    await heading(page, 'ページが見つかりません').waitFor();
    expect(adminApiCalls).toEqual([]);

    await page.getByRole('link', { name: '最初の画面へ' }).click();
    await heading(page, 'ホーム').waitFor();
  });

  it('brings a visitor back to the page they asked for after sign-in, and signing out ends the session', async () => {
    const user = await createUser(server.api, { role: 'caseworker', locale: 'ja' });
    const { page } = await open();
    await page.goto('/account');
    await page.waitForURL('**/sign-in?next=%2Faccount');
    await submitSignIn(page, user.email, user.password);
    await heading(page, 'アカウント設定').waitFor();
    expect(new URL(page.url()).pathname).toBe('/account');

    // Links move without reloading the page.
    await markDocument(page);
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'ホーム' }).click();
    await heading(page, 'ホーム').waitFor();
    expect(await documentIsMarked(page)).toBe(true);

    await page.getByRole('button', { name: 'ログアウト' }).click();
    await heading(page, 'ログイン').waitFor();
    expect(new URL(page.url()).search).toBe('');
    const [{ live }] = await server.api.dataSource.query<[{ live: number }]>(
      'SELECT count(*)::int AS live FROM session WHERE user_id = $1 AND revoked_at IS NULL',
      [user.id],
    );
    expect(live).toBe(0);
    await page.goto('/');
    await heading(page, 'ログイン').waitFor();
  });

  it.each([
    ['a tab', '%2F%09%2Fevil.example'],
    ['a newline', '%2F%0A%2Fevil.example%2Faccount'],
    ['a backslash', '%2F%5Cevil.example'],
    ['two slashes', '%2F%2Fevil.example'],
  ])('never sends a signed-in user to another site through next= with %s', async (_how, next) => {
    const user = await createUser(server.api, { role: 'caseworker', locale: 'ja' });
    const { page } = await open();
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).hostname.includes('evil.example')) foreign.push(request.url());
    });
    await page.goto(`/sign-in?next=${next}`);
    await submitSignIn(page, user.email, user.password);
    await heading(page, 'ホーム').waitFor();
    expect(new URL(page.url()).origin).toBe(new URL(server.baseUrl).origin);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(foreign).toEqual([]);
  });

  it('shows the reference to quote when the server fails, and recovers on retry', async () => {
    const teamName = `Fault team ${Date.now()}`;
    const team = await createTeam(server.api, teamName);
    const user = await createUser(server.api, { role: 'caseworker', locale: 'ja', memberOf: [team] });
    const { page } = await open();
    await page.route('**/api/teams', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ code: 'INTERNAL', message: 'Something went wrong on our side.', correlationId: 'corr-4242' }),
      }),
    );
    await signInThroughPage(page, user.email, user.password);
    const alert = page.getByRole('alert');
    await alert.getByText('サーバーで問題が発生しました。').waitFor();
    await expect(alert.locator('code').textContent()).resolves.toBe('corr-4242');

    await page.unroute('**/api/teams');
    await alert.getByRole('button', { name: 'もう一度試す' }).click();
    await page.getByRole('heading', { name: teamName }).waitFor();
  });

  it('signs in with the keyboard alone: focus starts at the heading, Tab reaches the fields, Enter submits', async () => {
    const user = await createUser(server.api, { role: 'caseworker', locale: 'ja' });
    const { page } = await open();
    await page.goto('/sign-in');
    await heading(page, 'ログイン').waitFor();
    expect(await page.locator('h1:focus').count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await page.locator('input[name="email"]:focus').count()).toBe(1);
    await page.keyboard.type(user.email);
    await page.keyboard.press('Tab');
    expect(await page.locator('input[name="password"]:focus').count()).toBe(1);
    await page.keyboard.type(user.password);
    await page.keyboard.press('Enter');
    await heading(page, 'ホーム').waitFor();
    // The new screen's heading takes focus, so a screen reader starts reading there.
    expect(await page.locator('h1:focus').count()).toBe(1);
  });
});
