import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { createUser, totpCode } from '../support/accounts.js';
import { heading, launchChromium, openPage, signInThroughPage, startDashboard, submitSignIn, type DashboardPage, type DashboardServer } from '../support/browser.js';
import { Mailbox } from '../support/mailbox.js';

jest.setTimeout(40_000);

describe('dashboard: passwords and sessions', () => {
  let server: DashboardServer;
  let browser: Browser;
  const mailbox = new Mailbox();
  const opened: DashboardPage[] = [];

  beforeAll(async () => {
    const smtpUrl = await mailbox.start();
    [server, browser] = await Promise.all([startDashboard({ env: { SMTP_URL: smtpUrl } }), launchChromium()]);
  });
  afterEach(async () => {
    for (const { context, problems } of opened.splice(0)) {
      await context.close();
      expect(problems).toEqual([]);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await mailbox.stop();
  });

  async function open(): Promise<Page> {
    const page = await openPage(browser, server.baseUrl, { locale: 'ja-JP' });
    opened.push(page);
    return page.page;
  }

  it('resets a forgotten password from the emailed link, with the same answer for unknown addresses', async () => {
    const user = await createUser(server.api, { role: 'caseworker', locale: 'ja' });
    const page = await open();
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'パスワードをお忘れですか？' }).click();
    await heading(page, 'パスワードの再設定').waitFor();

    await page.getByLabel('メールアドレス').fill('nobody-here@test.yorisoi.org');
    await page.getByRole('button', { name: 'リンクを送る' }).click();
    const unknownAnswer = await page.getByRole('status').textContent();
    expect(unknownAnswer).toContain('nobody-here@test.yorisoi.org のアカウントがある場合は');

    await page.goto('/forgot-password');
    await page.getByLabel('メールアドレス').fill(user.email);
    await page.getByRole('button', { name: 'リンクを送る' }).click();
    const knownAnswer = await page.getByRole('status').textContent();
    expect(knownAnswer?.replace(user.email, 'X')).toBe(unknownAnswer?.replace('nobody-here@test.yorisoi.org', 'X'));

    const message = await mailbox.waitFor(user.email);
    const link = /http:\/\/127\.0\.0\.1:\d+\/reset-password#token=[A-Za-z0-9_-]+/.exec(message.textBody)?.[0];
    expect(link?.startsWith(server.baseUrl)).toBe(true);

    await page.goto(link!);
    await heading(page, '新しいパスワードの設定').waitFor();
    expect(page.url()).toBe(`${server.baseUrl}/reset-password`);
    const password = page.getByLabel('新しいパスワード', { exact: true });
    const repeat = page.getByLabel('新しいパスワード（確認）');

    // Checked in the page first: too short, not repeated.
    await password.fill('short');
    await repeat.fill('different');
    await page.getByRole('button', { name: 'パスワードを設定する' }).click();
    await page.getByText('12文字以上にしてください。関係のない言葉をいくつか並べるのがおすすめです。').waitFor();
    await page.getByText('2つのパスワードが一致しません。').waitFor();

    // Then by the server: its reasons, in Japanese.
    await password.fill('password123456');
    await repeat.fill('password123456');
    await page.getByRole('button', { name: 'パスワードを設定する' }).click();
    const rejected = page.getByRole('alert');
    await rejected.getByText('別のパスワードを選んでください：').waitFor();
    await rejected.getByText('よく使われる、または流出したことのあるパスワードです。別のものを選んでください。').waitFor();

    await password.fill('勝手口の 赤い 自転車 二〇二六');
    await repeat.fill('勝手口の 赤い 自転車 二〇二六');
    await page.getByRole('button', { name: 'パスワードを設定する' }).click();
    await page.getByText('新しいパスワードを設定しました。ログインできます。').waitFor();

    // The link works once.
    await page.goto(link!);
    await password.fill('another long passphrase here');
    await repeat.fill('another long passphrase here');
    await page.getByRole('button', { name: 'パスワードを設定する' }).click();
    await page.getByRole('alert').getByText('このリンクは無効か、使用済みか、有効期限が切れています。').waitFor();

    await page.goto('/sign-in');
    await submitSignIn(page, user.email, '勝手口の 赤い 自転車 二〇二六');
    await heading(page, 'ホーム').waitFor();
  });

  it('says a link without its token is incomplete', async () => {
    const page = await open();
    await page.goto('/accept-invitation');
    await heading(page, 'Yorisoi へようこそ').waitFor();
    await page.getByRole('alert').getByText('このリンクは不完全です。').waitFor();
  });

  it('signs out everywhere else at once, after asking', async () => {
    const user = await createUser(server.api, { role: 'caseworker', locale: 'ja' });
    const laptop = await open();
    const phone = await open();
    const tablet = await open();
    for (const device of [phone, tablet, laptop]) {
      await signInThroughPage(device, user.email, user.password);
      await heading(device, 'ホーム').waitFor();
    }
    await laptop.goto('/account');
    await heading(laptop, 'アカウント設定').waitFor();
    const sessions = laptop.locator('.session-list > li');
    await sessions.nth(2).waitFor();

    await laptop.getByRole('button', { name: 'ほかのすべての端末からログアウト' }).click();
    await laptop.getByText('この端末以外のすべてのセッションを終了しますか？', { exact: false }).waitFor();
    await laptop.getByRole('button', { name: 'はい、ほかの端末からログアウトする' }).click();
    await laptop.getByRole('status').getByText('2件のセッションを終了しました。').waitFor();
    await sessions.nth(1).waitFor({ state: 'detached' });
    expect(await sessions.count()).toBe(1);
    await expect(laptop.getByRole('button', { name: 'ほかのすべての端末からログアウト' }).count()).resolves.toBe(0);
    for (const device of [phone, tablet]) {
      await device.reload();
      await heading(device, 'ログイン').waitFor();
    }
  });

  it('changes the password, which signs out the other device, and ends another session from the list', async () => {
    const user = await createUser(server.api, { role: 'caseworker', locale: 'ja' });
    const laptop = await open();
    const phone = await open();
    await signInThroughPage(phone, user.email, user.password);
    await heading(phone, 'ホーム').waitFor();
    await signInThroughPage(laptop, user.email, user.password);
    await laptop.goto('/account');
    await heading(laptop, 'アカウント設定').waitFor();

    // Two sessions: this one first, and the phone's with a button to end it.
    const sessions = laptop.locator('.session-list > li');
    await sessions.nth(1).waitFor();
    expect(await sessions.count()).toBe(2);
    await expect(sessions.first().getByText('このセッション').isVisible()).resolves.toBe(true);
    await sessions.nth(1).getByRole('button', { name: 'このセッションをログアウト' }).click();
    await laptop.getByRole('status').getByText('セッションをログアウトしました。').waitFor();
    await sessions.nth(1).waitFor({ state: 'detached' });

    await phone.reload();
    await heading(phone, 'ログイン').waitFor();
    await signInThroughPage(phone, user.email, user.password);
    await heading(phone, 'ホーム').waitFor();

    await laptop.getByLabel('現在のパスワード').fill('not my password');
    await laptop.getByLabel('新しいパスワード', { exact: true }).fill('a brand new passphrase 2026');
    await laptop.getByLabel('新しいパスワード（確認）').fill('a brand new passphrase 2026');
    await laptop.getByRole('button', { name: 'パスワードを変更' }).click();
    await laptop.getByRole('alert').getByText('現在のパスワードが正しくありません。').waitFor();

    await laptop.getByLabel('現在のパスワード').fill(user.password);
    await laptop.getByRole('button', { name: 'パスワードを変更' }).click();
    await laptop.getByRole('status').getByText('パスワードを変更しました。ほかのセッションはログアウトされました。').waitFor();
    await sessions.nth(1).waitFor({ state: 'detached' });
    expect(await sessions.count()).toBe(1);

    await phone.getByRole('link', { name: 'アカウント設定' }).click();
    await heading(phone, 'ログイン').waitFor();
    await submitSignIn(phone, user.email, 'a brand new passphrase 2026');
    await heading(phone, 'アカウント設定').waitFor();
  });

  it('asks for the password again before setting up an authenticator app from the account page', async () => {
    const user = await createUser(server.api, { role: 'caseworker', locale: 'ja' });
    const page = await open();
    await signInThroughPage(page, user.email, user.password);
    await heading(page, 'ホーム').waitFor();
    await page.goto('/account');
    await heading(page, 'アカウント設定').waitFor();

    await page.getByRole('button', { name: '認証アプリを設定する' }).click();
    await page.getByText('認証アプリを設定するには、もう一度パスワードを入力してください。', { exact: false }).waitFor();
    await expect(page.getByRole('img', { name: '認証アプリで読み取る QR コード' }).count()).resolves.toBe(0);
    await page.getByLabel('確認のためのパスワード').fill('not my password');
    await page.getByRole('button', { name: '次へ' }).click();
    await page.getByRole('alert').getByText('パスワードが正しくありません。何も変更していません。').waitFor();
    await expect(page.getByRole('img', { name: '認証アプリで読み取る QR コード' }).count()).resolves.toBe(0);

    await page.getByLabel('確認のためのパスワード').fill(user.password);
    await page.getByRole('button', { name: '次へ' }).click();
    await page.getByRole('img', { name: '認証アプリで読み取る QR コード' }).waitFor();
    const secret = ((await page.locator('#enrolment-secret').textContent()) ?? '').replace(/\s/g, '');
    await page.getByLabel('6桁のコード').fill(await totpCode(secret, server.api.clock.now()));
    await page.getByRole('button', { name: '確認' }).click();
    await page.getByRole('heading', { name: 'リカバリーコード', level: 2 }).waitFor();
    await page.getByLabel('これらのコードを安全な場所に保存しました').check();
    await page.getByRole('button', { name: '続ける' }).click();
    await page.getByText('2段階認証はオンです。', { exact: false }).waitFor();
  });
});
