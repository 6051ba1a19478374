import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { Browser as ApiBrowser, createTeam, createUser, enrolSecondFactor, totpCode } from '../support/accounts.js';
import {
  closesDashboard,
  heading,
  imageLoaded,
  launchChromium,
  openPage,
  startDashboard,
  submitSignIn,
  type DashboardPage,
  type DashboardServer,
} from '../support/browser.js';
import { pollUntil } from '../support/poll.js';

jest.setTimeout(30_000);

describe('dashboard: two-step verification', () => {
  let server: DashboardServer;
  let browser: Browser;
  const opened: DashboardPage[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDashboard({ env: { AUTH_MFA_REQUIRED_ROLES: 'supervisor,admin' } }), launchChromium()]);
  });
  closesDashboard(opened, () => ({ server, browser }));

  async function open(): Promise<Page> {
    const page = await openPage(browser, server.baseUrl, { locale: 'ja-JP' });
    opened.push(page);
    return page.page;
  }

  async function signOut(page: Page) {
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await heading(page, 'ログイン').waitFor();
  }

  it('has a supervisor set up an authenticator app at first sign-in, keep the recovery codes, then use both', async () => {
    const team = await createTeam(server.api);
    const user = await createUser(server.api, { role: 'supervisor', locale: 'ja', supervises: [team] });
    const page = await open();

    await page.goto('/sign-in');
    await submitSignIn(page, user.email, user.password);
    await page.waitForURL('**/sign-in/set-up-second-factor');
    await heading(page, '2段階認証の設定').waitFor();

    // The QR code is an SVG data URL: the page's CSP must let it load.
    const qr = page.getByRole('img', { name: '認証アプリで読み取る QR コード' });
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(await imageLoaded(qr)).toBe(true);

    const secret = ((await page.locator('#enrolment-secret').textContent()) ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);

    // Anything but the other pages until the set-up is done.
    const code = page.getByLabel('6桁のコード');
    await code.fill('000000');
    await page.getByRole('button', { name: '確認' }).click();
    await page.getByRole('alert').getByText('コードが正しくありません。').waitFor();

    await code.fill(await totpCode(secret, server.api.clock.now()));
    await page.getByRole('button', { name: '確認' }).click();
    await page.getByRole('heading', { name: 'リカバリーコード', level: 2 }).waitFor();
    const recoveryCodes = await page.getByRole('list', { name: 'リカバリーコード一覧' }).getByRole('listitem').allTextContents();
    expect(recoveryCodes).toHaveLength(10);
    for (const recoveryCode of recoveryCodes) expect(recoveryCode).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);

    const proceed = page.getByRole('button', { name: '続ける' });
    expect(await proceed.isDisabled()).toBe(true);
    await page.getByLabel('これらのコードを安全な場所に保存しました').check();
    await proceed.click();
    await heading(page, 'ホーム').waitFor();
    const nav = page.getByRole('navigation', { name: 'メインメニュー' });
    await expect(nav.getByRole('link').allTextContents()).resolves.toEqual(['ホーム', 'クライアント', 'チームの状況', 'レポート', '監査ログ', '送信メールの控え', '連携先', '期限計算', '緊急アクセス']);

    // Next sign-in: a recovery code instead of the phone.
    await signOut(page);
    await submitSignIn(page, user.email, user.password);
    await heading(page, '2段階認証').waitFor();
    await page.getByRole('button', { name: 'スマートフォンが手元にない（リカバリーコードを使う）' }).click();
    await page.getByLabel('リカバリーコード', { exact: true }).fill(recoveryCodes[0]);
    await page.getByRole('button', { name: '次へ' }).click();
    await heading(page, 'ホーム').waitFor();

    // And the one after: a fresh code from the app (the enrolment's code cannot be replayed).
    await signOut(page);
    await submitSignIn(page, user.email, user.password);
    await heading(page, '2段階認証').waitFor();
    server.api.clock.advance(60_000);
    await page.getByLabel('6桁のコード').fill(await totpCode(secret, server.api.clock.now()));
    await page.getByRole('button', { name: '次へ' }).click();
    await heading(page, 'ホーム').waitFor();

    // The account page knows the factor is on and offers new recovery codes.
    await page.getByRole('link', { name: 'アカウント設定' }).click();
    await heading(page, 'アカウント設定').waitFor();
    await page.getByText('2段階認証はオンです。').waitFor();
    await page.getByRole('button', { name: '新しいリカバリーコードを作る' }).click();
    // The password again first: a wrong one changes nothing.
    await page.getByLabel('確認のためのパスワード').fill('not my password');
    await page.getByRole('button', { name: '新しいコードを作る' }).click();
    await page.getByRole('alert').getByText('パスワードが正しくありません。何も変更していません。').waitFor();
    await page.getByLabel('確認のためのパスワード').fill(user.password);
    await page.getByRole('button', { name: '新しいコードを作る' }).click();
    await page.getByRole('heading', { name: 'リカバリーコード', level: 2 }).waitFor();
    const fresh = await page.getByRole('list', { name: 'リカバリーコード一覧' }).getByRole('listitem').allTextContents();
    expect(fresh).toHaveLength(10);
    expect(fresh).not.toContain(recoveryCodes[1]);
  });

  it('says how long to wait when too many wrong codes paused two-step verification', async () => {
    const user = await createUser(server.api, { role: 'supervisor', locale: 'ja' });
    const enrolling = new ApiBrowser(server.api);
    await enrolling.signIn(user.email, user.password);
    const { secret } = await enrolSecondFactor(enrolling);
    server.api.clock.advance(60_000);
    const now = server.api.clock.now().getTime();
    const valid = new Set(await Promise.all([-30_000, 0, 30_000].map((shift) => totpCode(secret, new Date(now + shift)))));
    const wrong = ['000000', '111111', '222222', '333333'].find((code) => !valid.has(code)) as string;

    const page = await open();
    await page.goto('/sign-in');
    await submitSignIn(page, user.email, user.password);
    await heading(page, '2段階認証').waitFor();
    const code = page.getByLabel('6桁のコード');
    const submit = page.getByRole('button', { name: '次へ' });
    for (let i = 0; i < 5; i++) {
      await code.fill(wrong);
      await submit.click();
      await page.getByRole('alert').getByText('コードが正しくありません。', { exact: false }).waitFor();
      // The page empties the field once the server has answered.
      await pollUntil(async () => (await code.inputValue()) === '', 5_000, 50);
    }
    await code.fill(await totpCode(secret, server.api.clock.now()));
    await submit.click();
    const alert = page.getByRole('alert');
    await alert.getByText('間違ったコードが続いたため、このアカウントの2段階認証を一時的に止めています。', { exact: false }).waitFor();
    await alert.getByText('後に再試行できます。', { exact: false }).waitFor();
    // The button waits as long as the server asks.
    await page.locator('button[type="submit"]:disabled').waitFor();
    await heading(page, '2段階認証').waitFor();
  });

  it('keeps a half-signed-in supervisor on the second step, whatever address they type', async () => {
    const user = await createUser(server.api, { role: 'supervisor', locale: 'ja' });
    const page = await open();
    await page.goto('/audit');
    await page.waitForURL('**/sign-in?next=%2Faudit');
    await submitSignIn(page, user.email, user.password);
    await heading(page, '2段階認証の設定').waitFor();
    await page.goto('/');
    await heading(page, '2段階認証の設定').waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in/set-up-second-factor');

    await page.getByRole('button', { name: 'ログアウトしてやり直す' }).click();
    await heading(page, 'ログイン').waitFor();
  });
});
