import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { createTeam, createUser, type TestUser } from '../support/accounts.js';
import { heading, launchChromium, openPage, signInThroughPage, startDashboard, submitSignIn, type DashboardPage, type DashboardServer } from '../support/browser.js';
import { Mailbox } from '../support/mailbox.js';

jest.setTimeout(40_000);

describe('dashboard: administrators manage accounts', () => {
  let server: DashboardServer;
  let browser: Browser;
  let admin: TestUser;
  const mailbox = new Mailbox();
  const opened: DashboardPage[] = [];

  beforeAll(async () => {
    const smtpUrl = await mailbox.start();
    [server, browser] = await Promise.all([startDashboard({ env: { SMTP_URL: smtpUrl } }), launchChromium()]);
    admin = await createUser(server.api, { role: 'admin', locale: 'ja' });
  });
  afterEach(async () => {
    mailbox.respond = () => 'accept';
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

  async function open(locale = 'ja-JP'): Promise<Page> {
    const page = await openPage(browser, server.baseUrl, { locale });
    opened.push(page);
    return page.page;
  }

  async function signedInAdmin(): Promise<Page> {
    const page = await open();
    await signInThroughPage(page, admin.email, admin.password);
    await heading(page, 'ユーザー').waitFor();
    return page;
  }

  const newEmail = () => `invitee-${Math.random().toString(36).slice(2, 10)}@test.yorisoi.org`;

  it('invites a caseworker into a team; the invitee sets a password from the emailed link and signs in', async () => {
    const teamName = `Team ${Date.now()}`;
    await createTeam(server.api, teamName);
    const email = newEmail();
    const page = await signedInAdmin();
    const nav = page.getByRole('navigation', { name: 'メインメニュー' });
    await expect(nav.getByRole('link').allTextContents()).resolves.toEqual(['ユーザー', 'チーム', 'レポート', '監査ログ', '送信メールの控え', 'リマインダー', 'チェックリスト', '連携先', '期限計算', '緊急アクセス']);

    await page.getByRole('link', { name: 'ユーザーを招待' }).click();
    await heading(page, 'ユーザーを招待').waitFor();
    await page.getByLabel('メールアドレス').fill(email);
    await page.getByLabel('名前', { exact: true }).fill('Hanako Yamada');
    await page.getByRole('radio', { name: /ケースワーカー/ }).check();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('group', { name: 'チーム' }).getByLabel(teamName).check();
    await page.getByRole('button', { name: '招待を送る' }).click();
    await page.getByRole('status').getByText(`Hanako Yamada さんを招待しました。${email} にメールを送りました。`).waitFor();

    // The email is in the invitee's language, with a link to this dashboard.
    const message = await mailbox.waitFor(email);
    expect(message.subject).toBe('Your Yorisoi account is ready');
    const link = new RegExp(`${server.baseUrl.replace(/[.]/g, '\\.')}/accept-invitation#token=[A-Za-z0-9_-]+`).exec(message.textBody)?.[0];
    expect(link).toBeDefined();

    const invitee = await open('en-GB');
    await invitee.goto(link!);
    await heading(invitee, 'Welcome to Yorisoi').waitFor();
    // The token leaves the address bar (and the history) at once.
    expect(invitee.url()).toBe(`${server.baseUrl}/accept-invitation`);

    await invitee.getByLabel('New password', { exact: true }).fill('password123456');
    await invitee.getByLabel('New password again').fill('password123456');
    await invitee.getByRole('button', { name: 'Set the password' }).click();
    await invitee.getByRole('alert').getByText(/common or leaked passwords/).waitFor();

    await invitee.getByLabel('New password', { exact: true }).fill('paper lantern river 2026');
    await invitee.getByLabel('New password again').fill('paper lantern river 2026');
    await invitee.getByRole('button', { name: 'Set the password' }).click();
    await invitee.getByText('Your password is set. You can sign in now.').waitFor();
    await invitee.getByRole('link', { name: 'Sign in' }).click();
    await heading(invitee, 'Sign in').waitFor();
    await submitSignIn(invitee, email, 'paper lantern river 2026');
    await heading(invitee, 'Home').waitFor();
    await invitee.getByRole('heading', { name: teamName }).waitFor();

    // The administrator sees the account as active, found by a part of its email.
    await page.getByRole('link', { name: 'ユーザー一覧に戻る' }).click();
    await page.getByLabel('名前またはメールアドレス').fill(email.slice(0, 15));
    await page.getByRole('button', { name: '検索', exact: true }).click();
    const row = page.getByRole('row', { name: /Hanako Yamada/ });
    await row.getByText('有効').waitFor();
    await expect(row.getByText(`${teamName} (メンバー)`).isVisible()).resolves.toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe(email.slice(0, 15));
  });

  it('warns when the invitation email could not be sent, and resends it from the account page', async () => {
    const email = newEmail();
    const page = await signedInAdmin();
    await page.goto('/users/new');
    await heading(page, 'ユーザーを招待').waitFor();
    mailbox.respond = () => ({ code: 451, message: 'try again later' });
    await page.getByLabel('メールアドレス').fill(email);
    await page.getByLabel('名前', { exact: true }).fill('Mori Ken');
    await page.getByRole('button', { name: '招待を送る' }).click();
    await page.getByRole('alert').getByText(/招待メールを送れませんでした/).waitFor();

    mailbox.respond = () => 'accept';
    await page.getByRole('link', { name: 'アカウントを開く' }).click();
    await heading(page, 'Mori Ken').waitFor();
    await page.getByText('招待中').first().waitFor();
    await page.getByRole('button', { name: '招待を再送する' }).click();
    await page.getByRole('status').getByText(`${email} に招待を再送しました。`).waitFor();
    await mailbox.waitFor(email);
  });

  it('says plainly when someone else changed the account meanwhile, and saves after reloading', async () => {
    const user = await createUser(server.api, { role: 'caseworker' });
    const page = await signedInAdmin();
    await page.goto(`/users/${user.id}`);
    await heading(page, 'Test caseworker').waitFor();

    // Another administrator saves first.
    await server.api.dataSource.query(`UPDATE user_account SET display_name = 'Renamed elsewhere', version = version + 1 WHERE id = $1`, [user.id]);

    const name = page.getByLabel('名前', { exact: true });
    await name.fill('Sato Yuki');
    await page.getByRole('button', { name: '変更を保存' }).click();
    await page.getByRole('alert').getByText('編集中に、他の人がこのアカウントを変更しました。').waitFor();
    const [{ display_name: unchanged }] = await server.api.dataSource.query<[{ display_name: string }]>(
      'SELECT display_name FROM user_account WHERE id = $1',
      [user.id],
    );
    expect(unchanged).toBe('Renamed elsewhere');

    await page.getByRole('button', { name: '最新の内容を読み込む' }).click();
    await heading(page, 'Renamed elsewhere').waitFor();
    expect(await name.inputValue()).toBe('Renamed elsewhere');
    await name.fill('Sato Yuki');
    await page.getByRole('button', { name: '変更を保存' }).click();
    await heading(page, 'Sato Yuki').waitFor();
    await page.getByRole('status').getByText('保存しました。').waitFor();
  });

  it('deactivates an account after asking, which signs its owner out, and reactivates it', async () => {
    const user = await createUser(server.api, { role: 'caseworker', locale: 'ja' });
    const owner = await open();
    await signInThroughPage(owner, user.email, user.password);
    await heading(owner, 'ホーム').waitFor();

    const page = await signedInAdmin();
    await page.goto(`/users/${user.id}`);
    await heading(page, 'Test caseworker').waitFor();
    await page.getByRole('button', { name: 'アカウントを無効にする' }).click();
    await page.getByText(/再び有効にするまでログインできません。無効にしますか？/).waitFor();
    await page.getByRole('button', { name: '無効にする', exact: true }).click();
    await page.getByRole('status').getByText('アカウントを無効にしました。').waitFor();

    // The owner's next request finds the session gone and lands on sign-in with an explanation.
    await owner.getByRole('link', { name: 'アカウント設定' }).click();
    await heading(owner, 'ログイン').waitFor();
    await owner.getByText('セッションが終了しました。続けるには、もう一度ログインしてください。').waitFor();

    await page.getByRole('button', { name: 'アカウントを有効に戻す' }).click();
    await page.getByRole('status').getByText('アカウントを有効に戻しました。').waitFor();
    await submitSignIn(owner, user.email, user.password);
    await heading(owner, 'アカウント設定').waitFor();
  });
});
