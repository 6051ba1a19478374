import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { createTeam, createUser, signedIn, type TestUser } from '../support/accounts.js';
import { closesDashboard, heading, launchChromium, openPage, signInThroughPage, startDashboard, type DashboardPage, type DashboardServer } from '../support/browser.js';
import { takeIn } from '../support/clients.js';
import { openApplication, recordStep, setDisplayName, tokyoDate, uniqueBirthDate } from '../support/dashboard-clients.js';

jest.setTimeout(60_000);

describe('dashboard: supervisors review their teams, reassign files and open others in an emergency', () => {
  let server: DashboardServer;
  let browser: Browser;
  let supervisor: TestUser;
  let aoki: TestUser;
  let baba: TestUser;
  let refused: { id: string; caseNumber: string };
  let waiting: { id: string; caseNumber: string };
  const opened: DashboardPage[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDashboard(), launchChromium()]);
    const team = await createTeam(server.api, `Saitama ${Date.now()}`);
    supervisor = await createUser(server.api, { role: 'supervisor', locale: 'ja', supervises: [team] });
    aoki = await createUser(server.api, { role: 'caseworker', memberOf: [team] });
    baba = await createUser(server.api, { role: 'caseworker', memberOf: [team] });
    await setDisplayName(server.api, aoki.id, 'Aoki Caseworker');
    await setDisplayName(server.api, baba.id, 'Baba Caseworker');

    // Aoki's files: one refused the day before yesterday (a 7-day review request), one without an application.
    const asAoki = await signedIn(server.api, aoki);
    refused = await takeIn(asAoki, team, { dateOfBirth: uniqueBirthDate() });
    const application = await openApplication(asAoki, refused.id);
    await recordStep(asAoki, refused.id, application, { to: 'P1_FILED', dates: { filedOn: tokyoDate(server.api, -60) } });
    await recordStep(asAoki, refused.id, application, { to: 'P3_REFUSED', dates: { decidedOn: tokyoDate(server.api, -6), noticeReceivedOn: tokyoDate(server.api, -2) } });
    waiting = await takeIn(asAoki, team, { dateOfBirth: uniqueBirthDate() });
  });
  closesDashboard(opened, () => ({ server, browser }));

  async function signedInAs(user: TestUser, landing: string): Promise<Page> {
    const opening = await openPage(browser, server.baseUrl, { locale: 'ja-JP' });
    opened.push(opening);
    await signInThroughPage(opening.page, user.email, user.password);
    await heading(opening.page, landing).waitFor();
    return opening.page;
  }

  it('sees caseloads and the hard deadlines at risk, then moves a file to another caseworker', async () => {
    const page = await signedInAs(supervisor, 'ホーム');
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'チームの状況' }).click();
    await heading(page, 'チームの状況').waitFor();

    const loads = page.getByRole('table', { name: '担当件数' });
    const aokiRow = loads.getByRole('row').filter({ hasText: 'Aoki Caseworker' });
    await aokiRow.getByText('不認定: 1').waitFor();
    await aokiRow.getByText('申請なし: 1').waitFor();
    await expect(aokiRow.getByRole('cell').nth(0).textContent()).resolves.toBe('2');
    await expect(loads.getByRole('row').filter({ hasText: 'Baba Caseworker' }).getByRole('cell').nth(0).textContent()).resolves.toBe('0');

    await page.getByLabel('期限まで').selectOption({ label: '10開庁日以内' });
    expect(new URL(page.url()).searchParams.get('days')).toBe('10');
    const atRisk = page.getByRole('table', { name: '危険な法定期限' });
    const risk = atRisk.getByRole('row').filter({ hasText: refused.caseNumber });
    await risk.getByText('審査請求').waitFor();
    await risk.getByText('Aoki Caseworker').waitFor();
    await expect(atRisk.getByRole('row').filter({ hasText: waiting.caseNumber }).count()).resolves.toBe(0);

    await risk.getByRole('link', { name: refused.caseNumber }).click();
    await heading(page, `ファイル ${refused.caseNumber}`).waitFor();
    await page.getByRole('heading', { name: '未対応の期限', level: 2 }).waitFor();
    await page.getByRole('navigation', { name: 'ファイルの項目' }).getByRole('link', { name: '概要' }).click();
    const assignment = page.getByRole('region', { name: '担当', exact: true });
    await assignment.getByLabel('主担当').selectOption({ label: 'Baba Caseworker' });
    await assignment.getByRole('button', { name: '担当を保存' }).click();
    await assignment.getByRole('status').getByText('担当を変更しました。').waitFor();
    await page.getByRole('definition').filter({ hasText: 'Baba Caseworker' }).first().waitFor();
    const [primary] = await server.api.dataSource.query<{ user_id: string }[]>(`SELECT user_id FROM client_assignment WHERE client_id = $1 AND role = 'primary'`, [refused.id]);
    expect(primary.user_id).toBe(baba.id);

    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'チームの状況' }).click();
    await heading(page, 'チームの状況').waitFor();
    const babaRow = page.getByRole('table', { name: '担当件数' }).getByRole('row').filter({ hasText: 'Baba Caseworker' });
    await babaRow.getByText('不認定: 1').waitFor();
    await expect(babaRow.getByRole('cell').nth(0).textContent()).resolves.toBe('1');
  });

  it('opens a file of another team only through audited emergency access, for one hour', async () => {
    const otherTeam = await createTeam(server.api, `Chiba ${Date.now()}`);
    const outsider = await createUser(server.api, { role: 'supervisor', locale: 'ja', supervises: [otherTeam] });
    const page = await signedInAs(outsider, 'ホーム');
    await page.goto(`/clients/${waiting.id}`);
    await page.getByRole('alert').filter({ hasText: 'このファイルは存在しないか、閲覧する権限がありません。' }).waitFor();
    const emergency = page.getByRole('region', { name: '緊急アクセス' });
    await emergency.getByText('あなたの名前と理由が監査ログに記録され、閲覧・変更した内容もすべて記録されます。').waitFor();
    await emergency.getByText('アクセスは1時間で終了します。').waitFor();

    // Nothing is opened without a reason and an explicit acknowledgement.
    await emergency.getByRole('button', { name: '緊急アクセスでファイルを開く' }).click();
    await emergency.getByText('理由を10文字以上で入力してください。').waitFor();
    await emergency.getByText('理解したことを確認してください。').waitFor();
    const none = await server.api.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM break_glass_grant WHERE client_id = $1', [waiting.id]);
    expect(none[0].n).toBe(0);

    const reason = 'クライアントが事務所で危機的な状況にあり、担当者に連絡がつかない';
    await emergency.getByLabel('今このファイルが必要な理由').fill(reason);
    await emergency.getByLabel('このアクセスが記録され、通知されることを理解しました').check();
    await emergency.getByRole('button', { name: '緊急アクセスでファイルを開く' }).click();
    await heading(page, `ファイル ${waiting.caseNumber}`).waitFor();
    const banner = page.getByRole('alert').filter({ hasText: '緊急アクセス中：権限の範囲外のファイルを表示しています。' });
    await banner.getByText('アクセスの終了：').waitFor();
    await banner.locator('time').waitFor();
    const [grant] = await server.api.dataSource.query<{ expires_at: Date; granted_at: Date }[]>('SELECT granted_at, expires_at FROM break_glass_grant WHERE client_id = $1 AND user_id = $2', [
      waiting.id,
      outsider.id,
    ]);
    expect(grant.expires_at.getTime() - grant.granted_at.getTime()).toBe(3_600_000);
    expect(await banner.locator('time').getAttribute('datetime')).toBe(grant.expires_at.toISOString());
    // The end of the access is the server's to say: it is still shown after a reload.
    await page.reload();
    await banner.locator('time').waitFor();
    expect(await banner.locator('time').getAttribute('datetime')).toBe(grant.expires_at.toISOString());
    const [audited] = await server.api.dataSource.query<{ reason: string }[]>(`SELECT reason FROM audit_event WHERE action = 'client.break-glass' AND client_id = $1 AND actor_user_id = $2`, [
      waiting.id,
      outsider.id,
    ]);
    expect(audited.reason).toBe(reason);

    await page.getByRole('navigation', { name: 'ファイルの項目' }).getByRole('link', { name: '経過記録・メモ' }).click();
    await page.getByRole('region', { name: '経過記録' }).getByRole('listitem').filter({ hasText: '緊急アクセスで閲覧' }).getByText(reason).waitFor();
  });

  it('lets an administrator open a file by its client ID from the emergency menu', async () => {
    const admin = await createUser(server.api, { role: 'admin', locale: 'ja' });
    const page = await signedInAs(admin, 'ユーザー');
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '緊急アクセス' }).click();
    await heading(page, '緊急アクセス').waitFor();
    await page.getByLabel('クライアントID').fill(waiting.id.slice(0, 12));
    await page.getByLabel('今このファイルが必要な理由').fill('本人から緊急の連絡、担当チームは全員不在');
    await page.getByLabel('このアクセスが記録され、通知されることを理解しました').check();
    await page.getByRole('button', { name: '緊急アクセスでファイルを開く' }).click();
    await page.getByText('クライアントIDをすべて入力してください。').waitFor();

    await page.getByLabel('クライアントID').fill(waiting.id);
    await page.getByRole('button', { name: '緊急アクセスでファイルを開く' }).click();
    await page.waitForURL(`**/clients/${waiting.id}`);
    await heading(page, `ファイル ${waiting.caseNumber}`).waitFor();
    await page.getByRole('alert').filter({ hasText: '緊急アクセス中' }).waitFor();
    await page.getByRole('definition').getByText('緊急アクセス', { exact: true }).waitFor();
  });

  it('shows an administrator’s emergency access read-only, and lets the team’s supervisor end it at once', async () => {
    const admin = await createUser(server.api, { role: 'admin', locale: 'ja' });
    const reason = '本人が来所、担当チームに連絡がつかない';
    const asAdmin = await signedIn(server.api, admin);
    expect((await asAdmin.post(`/api/clients/${refused.id}/break-glass`, { reason })).status).toBe(200);
    const adminPage = await signedInAs(admin, 'ユーザー');
    await adminPage.goto(`${server.baseUrl}/clients/${refused.id}`);
    await heading(adminPage, `ファイル ${refused.caseNumber}`).waitFor();
    await adminPage.getByRole('alert').filter({ hasText: '緊急アクセス中' }).getByText('この緊急アクセスは閲覧のみです。', { exact: false }).waitFor();
    // Nothing the server would refuse is offered: no editing, closing or exporting.
    await adminPage.getByRole('heading', { name: '本人情報', exact: true }).waitFor();
    expect(await adminPage.getByRole('button', { name: '本人情報を編集' }).count()).toBe(0);
    expect(await adminPage.getByRole('heading', { name: 'ファイルを終了' }).count()).toBe(0);
    expect(await adminPage.getByRole('heading', { name: 'ファイルの書き出し' }).count()).toBe(0);

    const page = await signedInAs(supervisor, 'ホーム');
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '緊急アクセス' }).click();
    const uses = page.getByRole('table', { name: '緊急アクセスの利用記録' });
    const row = uses.getByRole('row').filter({ hasText: reason });
    await row.getByRole('link', { name: refused.caseNumber }).waitFor();
    await row.getByRole('button', { name: '今すぐ終了' }).click();
    await row.getByRole('button', { name: 'アクセスを終了' }).click();
    await row.getByText(/が終了/).waitFor();
    expect((await asAdmin.get(`/api/clients/${refused.id}`)).status).toBe(404);
  });
});
