import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { createUser, signedIn, type TestUser } from '../support/accounts.js';
import { closesDashboard, heading, launchChromium, openPage, signInThroughPage, startDashboard, type DashboardPage, type DashboardServer } from '../support/browser.js';
import { enDate } from '../support/dashboard-clients.js';
import { freshDatabase } from '../support/fresh-database.js';

jest.setTimeout(60_000);

describe('dashboard: the deadline calculator, and reminder policies for administrators', () => {
  let server: DashboardServer;
  let browser: Browser;
  let admin: TestUser;
  const opened: DashboardPage[] = [];

  beforeAll(async () => {
    // Reminder policies are global: this file changes them in a database of its own.
    const database = await freshDatabase('dashboard_reminders');
    [server, browser] = await Promise.all([startDashboard({ env: { DATABASE_URL: database } }), launchChromium()]);
    admin = await createUser(server.api, { role: 'admin', locale: 'ja' });
  });
  closesDashboard(opened, () => ({ server, browser }));

  async function signedInAs(user: TestUser, locale: string, landing: string): Promise<Page> {
    const opening = await openPage(browser, server.baseUrl, { locale });
    opened.push(opening);
    await signInThroughPage(opening.page, user.email, user.password);
    await heading(opening.page, landing).waitFor();
    return opening.page;
  }

  it('computes the worked example: a refusal received Fri 26 Dec 2025 gives a review request due Mon 5 Jan 2026, explained in both languages', async () => {
    const caseworker = await createUser(server.api, { role: 'caseworker', locale: 'en' });
    const page = await signedInAs(caseworker, 'en-GB', 'Home');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Deadline calculator' }).click();
    await heading(page, 'Deadline calculator').waitFor();
    await page.getByLabel('Deadline', { exact: true }).selectOption({ label: 'Request for administrative review (審査請求)' });
    const rule = page.getByRole('region', { name: 'Request for administrative review (審査請求)' });
    await rule.getByText('Legal deadline').waitFor();
    await rule.getByText('Verified rule').waitFor();
    await rule.getByText('Basis: Immigration Control Act Art. 61-2-12(2)').waitFor();

    await page.getByLabel('Notice received on').fill('2025-12-26');
    await page.getByRole('button', { name: 'Compute' }).click();
    const result = page.getByRole('region', { name: 'Result' });
    await result.getByText('Mon 5 Jan 2026', { exact: true }).waitFor();
    await result.getByText('Rule version 2').waitFor();
    const english = result.locator('[lang="en"]');
    const japanese = result.locator('[lang="ja"]');
    await english.getByText(/^Review request due Mon 5 Jan 2026: notice received Fri 26 Dec 2025/).waitFor();
    await japanese.getByText(/^審査請求の期限：2026年1月5日\(月\)。通知を受けた日：2025年12月26日\(金\)/).waitFor();
    await japanese.getByText('根拠： 出入国管理及び難民認定法 第61条の2の12第2項').waitFor();

    // A date the rule cannot take is named at its field.
    await page.getByLabel('Notice received on').fill('2010-06-01');
    await page.getByRole('button', { name: 'Compute' }).click();
    await page.getByRole('alert').getByText(/^Notice received on: /).waitFor();
    await expect(result.count()).resolves.toBe(0);

    // An unverified rule says so, and gives the safe date when a reading of the law is open.
    await page.getByLabel('Deadline', { exact: true }).selectOption('oral-hearing-request');
    await page.getByText('Unverified rule: check with a lawyer before relying on this date.').first().waitFor();
    // Notified Fri 9 Jan 2026: day 3 is Mon 12 Jan, a national holiday. Whether the roll-over to Tue 13 Jan
    // applies is not verified, so the last open day before it is the safe date.
    const api = await signedIn(server.api, caseworker);
    const preview = await api.post('/api/deadlines/preview', { kind: 'oral-hearing-request', triggerDate: '2026-01-09' });
    expect(preview.body).toMatchObject({ dueDate: '2026-01-13', conservativeDueDate: '2026-01-09', confidence: 'U' });
    await page.getByLabel('Notice received on').fill('2026-01-09');
    await page.getByRole('button', { name: 'Compute' }).click();
    await result.getByText(enDate('2026-01-13'), { exact: true }).waitFor();
    await result.getByText('Unverified rule', { exact: true }).waitFor();
    await result.getByText('Unverified rule: check with a lawyer before relying on this date.').waitFor();
    await result.getByText(`To be safe, act by ${enDate('2026-01-09')}`, { exact: true }).waitFor();
  });

  it('lets an administrator change a reminder policy, refuses a stale change, and shows delivery with the queue board', async () => {
    const page = await signedInAs(admin, 'ja-JP', 'ユーザー');
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'リマインダー' }).click();
    await heading(page, 'リマインダーの設定').waitFor();

    const review = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '期限：審査請求', exact: true }) });
    await review.getByRole('button', { name: '編集：期限：審査請求' }).click();
    const form = page.getByRole('form', { name: '編集：期限：審査請求' });
    await form.getByLabel('何日前').fill('3, x');
    await form.getByRole('button', { name: '変更を保存' }).click();
    await form.getByText('0から365までの整数を、カンマで区切って入力してください。').waitFor();
    await form.getByLabel('何日前').fill('1, 3');
    await form.getByLabel('期日まで開庁日ごとにも送る').uncheck();
    await form.getByLabel('送信時刻').fill('08:30');
    await form.getByRole('button', { name: '変更を保存' }).click();
    await page.getByRole('status').getByText('保存しました：期限：審査請求。未対応の期限のリマインダーを計画し直しています。').waitFor();
    await review.getByText('3, 1日前').waitFor();
    await review.getByText('08:30').waitFor();
    const [policy] = await server.api.dataSource.query<{ lead_days: number[]; daily_until_due: boolean; send_at_hour: number; send_at_minute: number; version: number }[]>(
      `SELECT lead_days, daily_until_due, send_at_hour, send_at_minute, version FROM reminder_policy WHERE target = 'deadline:review-request'`,
    );
    expect(policy).toEqual({ lead_days: [3, 1], daily_until_due: false, send_at_hour: 8, send_at_minute: 30, version: 2 });

    // Another administrator saves first.
    const objection = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '期限：異議の申出（退去強制）', exact: true }) });
    await objection.getByRole('button', { name: '編集：期限：異議の申出（退去強制）' }).click();
    await server.api.dataSource.query(`UPDATE reminder_policy SET lead_days = '{2}', version = version + 1 WHERE target = 'deadline:objection'`);
    await page.getByRole('form', { name: '編集：期限：異議の申出（退去強制）' }).getByLabel('何日前').fill('5');
    await page.getByRole('form', { name: '編集：期限：異議の申出（退去強制）' }).getByRole('button', { name: '変更を保存' }).click();
    await page.getByRole('alert').getByText('作業中に、他の人がこの内容を変更しました。').waitFor();
    await page.getByRole('button', { name: '最新の内容を読み込む' }).click();
    await objection.getByText('2日前').waitFor();
    await objection.getByRole('button', { name: '編集：期限：異議の申出（退去強制）' }).click();
    await page.getByRole('form', { name: '編集：期限：異議の申出（退去強制）' }).getByLabel('何日前').fill('5, 2');
    await page.getByRole('form', { name: '編集：期限：異議の申出（退去強制）' }).getByRole('button', { name: '変更を保存' }).click();
    await objection.getByText('5, 2日前').waitFor();

    await page.getByRole('link', { name: 'リマインダーの送信状況' }).click();
    await heading(page, 'リマインダーの送信状況').waitFor();
    await page.getByText('直近24時間に送信').waitFor();
    await page.getByRole('heading', { name: 'リマインダーのキュー' }).waitFor();
    const board = page.getByRole('link', { name: 'キューボードを開く' });
    expect(await board.getAttribute('href')).toBe('/api/admin/queues/');
    const response = await page.request.get(`${server.baseUrl}/api/admin/queues/`);
    expect(response.status()).toBe(200);
  });
});
