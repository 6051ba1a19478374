import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { createTeam, createUser, signedIn, type TestUser } from '../support/accounts.js';
import { closesDashboard, heading, horizontalOverflow, launchChromium, openPage, signInThroughPage, startDashboard, type DashboardPage, type DashboardServer } from '../support/browser.js';
import { takeIn } from '../support/clients.js';
import { jaDate, tokyoDate, uniqueBirthDate } from '../support/dashboard-clients.js';
import { pollUntil } from '../support/poll.js';

jest.setTimeout(60_000);

describe('dashboard: a caseworker takes clients in and keeps their files', () => {
  let server: DashboardServer;
  let browser: Browser;
  let team: string;
  let caseworker: TestUser;
  const opened: DashboardPage[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDashboard(), launchChromium()]);
    team = await createTeam(server.api, `Intake ${Date.now()}`);
    caseworker = await createUser(server.api, { role: 'caseworker', locale: 'ja', memberOf: [team] });
  });
  closesDashboard(opened, () => ({ server, browser }));

  async function signedInCaseworker(viewport?: { width: number; height: number }): Promise<Page> {
    const opening = await openPage(browser, server.baseUrl, { locale: 'ja-JP', viewport });
    opened.push(opening);
    await signInThroughPage(opening.page, caseworker.email, caseworker.password);
    await heading(opening.page, 'ホーム').waitFor();
    return opening.page;
  }

  it('takes a client in, warns of a possible duplicate in another team, creates the file anyway and finds it by a katakana fragment', async () => {
    // Another team already has a file with the same name and date of birth.
    const otherTeamName = `Osaka ${Date.now()}`;
    const otherTeam = await createTeam(server.api, otherTeamName);
    const otherWorker = await signedIn(server.api, { role: 'caseworker', memberOf: [otherTeam] });
    const familyName = `Karimi${Math.random().toString(36).slice(2, 7)}`;
    const dateOfBirth = uniqueBirthDate();
    const existing = await takeIn(otherWorker, otherTeam, { familyName, givenName: 'Zahra', dateOfBirth });
    const landingDate = tokyoDate(server.api, -20);

    const page = await signedInCaseworker();
    await page.getByRole('link', { name: '新規受付' }).click();
    await heading(page, '新規受付').waitFor();
    for (const legend of ['チームと担当者', '氏名', '本人情報', '言語と通訳', '連絡先', '来日', '受付時の在留資格', '受付時の退去強制手続と身柄', '配慮事項', '同意']) {
      await page.getByRole('group', { name: legend, exact: true }).waitFor();
    }
    await page.getByLabel('姓（ローマ字）', { exact: true }).fill(familyName);
    await page.getByLabel('名（ローマ字）', { exact: true }).fill('Zahra');
    await page.getByLabel('母語での氏名', { exact: true }).fill('زهرا کریمی');
    await page.getByLabel('カタカナ表記', { exact: true }).fill('カリミ ザフラ');
    await page.getByLabel('生年月日', { exact: true }).fill(dateOfBirth);
    await page.getByLabel('国籍', { exact: true }).fill('afg');
    await page.getByLabel('使用言語', { exact: true }).fill('prs, en');
    await page.getByLabel('通訳が必要', { exact: true }).check();
    await page.getByLabel('通訳の言語', { exact: true }).fill('prs');
    await page.getByLabel('電話番号', { exact: true }).fill('090-1234-5678');
    await page.getByLabel('上陸日', { exact: true }).fill(landingDate);
    await page.getByLabel('上陸した港・空港', { exact: true }).fill('成田');
    await page.getByLabel('ひとり親', { exact: true }).check();
    await page.getByLabel('同意あり：個人情報の取扱い', { exact: true }).check();
    await page.getByRole('button', { name: 'ファイルを作成' }).click();

    // The duplicate warning: another team's file only by the team to ask, never its case number.
    const warning = page.getByRole('alert').filter({ hasText: 'この方のファイルがすでにある可能性があります' });
    await warning.waitFor();
    await warning.getByText(`あなたが閲覧できないチーム「${otherTeamName}」のファイルに、該当する可能性のある方がいます。`).waitFor();
    await warning.getByText('そのチームのスーパーバイザーに確認してください。').waitFor();
    await expect(warning.getByText(existing.caseNumber).count()).resolves.toBe(0);
    await expect(warning.getByRole('link').count()).resolves.toBe(0);
    const before = await server.api.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM client WHERE family_name = $1', [familyName]);
    expect(before[0].n).toBe(1);

    await page.getByRole('button', { name: '別の方なので、ファイルを作成する' }).click();
    await page.waitForURL(/\/clients\/[0-9a-f-]{36}\?created=1$/);
    const [created] = await server.api.dataSource.query<
      { id: string; case_number: string; katakana_name: string; nationality: string; languages: string[]; vulnerability_flags: string[]; consents: { kind: string }[]; landing_date: string }[]
    >(`SELECT id, case_number, katakana_name, nationality, languages, vulnerability_flags, consents, landing_date::text FROM client WHERE family_name = $1 AND team_id = $2`, [familyName, team]);
    expect(created).toMatchObject({ katakana_name: 'カリミ ザフラ', nationality: 'AFG', languages: ['prs', 'en'], vulnerability_flags: ['single-parent'], landing_date: landingDate });
    expect(created.consents.map((c) => c.kind)).toEqual(['data-processing']);
    await heading(page, `ファイル ${created.case_number}`).waitFor();
    await page.getByRole('status').getByText(`ファイル ${created.case_number} を作成しました。`).waitFor();
    // The window title names the case number, never the person.
    expect(await page.title()).toBe(`ファイル ${created.case_number} — Yorisoi`);

    // The landing date started the 6-month window: on the file and first on the caseload.
    const [window] = await server.api.dataSource.query<{ due_date: string }[]>(
      `SELECT due_date::text FROM deadline WHERE client_id = $1 AND kind = 'landing-six-months' AND status = 'open'`,
      [created.id],
    );
    await page.getByRole('region', { name: '次の期限' }).getByText('上陸後6か月').waitFor();
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'ホーム' }).click();
    await heading(page, 'ホーム').waitFor();
    const row = page.getByRole('row', { name: new RegExp(created.case_number) });
    await row.getByText('上陸後6か月').waitFor();
    await row.getByText(jaDate(window.due_date)).waitFor();
    await row.getByText('زهرا کریمی').waitFor();
    await row.getByText('カリミ ザフラ').waitFor();

    // Found again by a fragment of the katakana reading.
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'クライアント' }).click();
    await heading(page, 'クライアント').waitFor();
    await page.getByLabel('氏名', { exact: true }).fill('リミ');
    await page.getByRole('button', { name: '検索', exact: true }).click();
    await page.getByRole('status').getByText('見つかったファイル：1件').waitFor();
    await page.getByRole('row', { name: new RegExp(created.case_number) }).getByRole('link', { name: created.case_number }).click();
    await heading(page, `ファイル ${created.case_number}`).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/clients/${created.id}`);
  });

  it('lists my overdue and coming deadlines above the caseload, each linked to its file', async () => {
    const worker = await signedIn(server.api, { role: 'caseworker', locale: 'ja', memberOf: [team] });
    const late = await takeIn(worker, team, { landingDate: tokyoDate(server.api, -200) });
    const far = await takeIn(worker, team, { landingDate: tokyoDate(server.api, -20) });
    const opening = await openPage(browser, server.baseUrl, { locale: 'ja-JP' });
    opened.push(opening);
    const page = opening.page;
    await signInThroughPage(page, worker.user.email, worker.user.password);
    await heading(page, 'ホーム').waitFor();

    const cards = page.getByRole('list', { name: '未対応の期限' });
    await cards.waitFor();
    await expect(cards.getByRole('listitem').allInnerTexts()).resolves.toEqual(['1 件 期限超過', '0 件 7日以内に期限']);
    await page.getByText('これらの期限を表示').click();
    const entry = page.locator('.due-list li').filter({ hasText: late.caseNumber });
    await entry.getByText('上陸後6か月').waitFor();
    await entry.getByText(/日超過/).waitFor();
    await expect(page.locator('.due-list').getByText(far.caseNumber).count()).resolves.toBe(0);
    await entry.getByRole('link', { name: late.caseNumber }).click();
    await heading(page, `ファイル ${late.caseNumber}`).waitFor();
    expect(new URL(page.url()).search).toBe('?tab=deadlines');
  });

  it('says plainly when someone else changed the file meanwhile, and saves after loading their version', async () => {
    const api = await signedIn(server.api, caseworker);
    const client = await takeIn(api, team, { phone: '03-1111-2222', dateOfBirth: uniqueBirthDate() });
    const page = await signedInCaseworker();
    await page.goto(`/clients/${client.id}`);
    await heading(page, `ファイル ${client.caseNumber}`).waitFor();
    await page.getByRole('button', { name: '本人情報を編集' }).click();
    const phone = page.getByLabel('電話番号', { exact: true });
    expect(await phone.inputValue()).toBe('03-1111-2222');

    // A colleague saves first.
    const elsewhere = await api.patch(`/api/clients/${client.id}`, { version: client.version, phone: '03-3333-4444' });
    expect(elsewhere.status).toBe(200);

    await phone.fill('080-5555-6666');
    await page.getByRole('button', { name: '変更を保存' }).click();
    await page.getByRole('alert').getByText('作業中に、他の人がこの内容を変更しました。').waitFor();
    const [unchanged] = await server.api.dataSource.query<{ phone: string }[]>('SELECT phone FROM client WHERE id = $1', [client.id]);
    expect(unchanged.phone).toBe('03-3333-4444');

    await page.getByRole('button', { name: '最新の内容を読み込む' }).click();
    await pollUntil(async () => (await phone.inputValue()) === '03-3333-4444', 10_000);
    await phone.fill('080-5555-6666');
    await page.getByRole('button', { name: '変更を保存' }).click();
    await page.getByRole('status').getByText('保存しました。').waitFor();
    await page.getByText('080-5555-6666').waitFor();
    const [saved] = await server.api.dataSource.query<{ phone: string }[]>('SELECT phone FROM client WHERE id = $1', [client.id]);
    expect(saved.phone).toBe('080-5555-6666');
  });

  it('fits a phone-sized window: the intake form and the file scroll only downwards', async () => {
    const api = await signedIn(server.api, caseworker);
    const client = await takeIn(api, team, { dateOfBirth: uniqueBirthDate() });
    const page = await signedInCaseworker({ width: 390, height: 844 });
    await page.goto('/clients/new');
    await heading(page, '新規受付').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.goto(`/clients/${client.id}?tab=deadlines`);
    await heading(page, `ファイル ${client.caseNumber}`).waitFor();
    await page.getByRole('heading', { name: '未対応の期限', level: 2 }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});
