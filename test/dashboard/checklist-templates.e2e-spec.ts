import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { readFile, stat } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { createTeam, createUser, signedIn, type TestUser } from '../support/accounts.js';
import { closesDashboard, heading, launchChromium, openPage, signInThroughPage, startDashboard, type DashboardPage, type DashboardServer } from '../support/browser.js';
import { takeIn } from '../support/clients.js';
import { openApplication, uniqueBirthDate } from '../support/dashboard-clients.js';
import { tinyPdf, tinyPng, PNG, unzip, upload } from '../support/documents.js';
import { freshDatabase } from '../support/fresh-database.js';

jest.setTimeout(90_000);

interface TemplateView {
  readonly version: number;
  readonly items: readonly { readonly key: string; readonly label: { readonly ja: string; readonly en: string }; readonly categories: readonly string[]; readonly required: boolean }[];
}

interface ChecklistView {
  readonly templateVersion: number | null;
  readonly items: readonly { readonly key: string; readonly status: string }[];
}

const NEW_ITEM = {
  ja: '在留資格の経緯を示す書面',
  en: 'Written account of past statuses of residence',
  key: 'written-account-of-past-statuses-of-residence',
};

describe('dashboard: checklist templates for administrators, and the client export with documents', () => {
  let server: DashboardServer;
  let browser: Browser;
  let team: string;
  let admin: TestUser;
  let caseworker: TestUser;
  const opened: DashboardPage[] = [];

  beforeAll(async () => {
    // Checklist templates are global: this file changes them in a database of its own.
    const database = await freshDatabase('dashboard_checklists');
    [server, browser] = await Promise.all([startDashboard({ env: { DATABASE_URL: database } }), launchChromium()]);
    team = await createTeam(server.api, `Checklists ${Date.now()}`);
    admin = await createUser(server.api, { role: 'admin', locale: 'ja' });
    caseworker = await createUser(server.api, { role: 'caseworker', locale: 'en', memberOf: [team] });
  });
  closesDashboard(opened, () => ({ server, browser }));

  async function signIn(user: TestUser, locale: string): Promise<Page> {
    const opening = await openPage(browser, server.baseUrl, { locale });
    opened.push(opening);
    await signInThroughPage(opening.page, user.email, user.password);
    return opening.page;
  }

  async function firstApplicationVersions(): Promise<TemplateView[]> {
    const response = await (await signedIn(server.api, caseworker)).get('/api/checklist-templates/first-application/versions');
    expect(response.status).toBe(200);
    return response.body as TemplateView[];
  }

  it('lets an administrator add a document in both languages to the first-application checklist, saved as version 2, which a caseworker’s application then expects', async () => {
    const [seeded] = await firstApplicationVersions();
    expect(seeded.version).toBe(1);
    const count = seeded.items.length;

    const page = await signIn(admin, 'ja-JP');
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'チェックリスト' }).click();
    await heading(page, '書類チェックリスト').waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: '初回申請', exact: true }) });
    await row.getByText('初期設定（参考資料に基づく）').waitFor();
    await row.getByRole('link', { name: '初回申請', exact: true }).click();
    await heading(page, '初回申請').waitFor();
    await page.getByText('現在は第1版（参考資料に基づく初期設定）が適用されています。').waitFor();
    await expect(page.getByRole('group', { name: /^項目\d+$/ }).count()).resolves.toBe(count);

    // A new document, in Japanese and English; its key is made from the English name.
    await page.getByRole('button', { name: '書類を追加' }).click();
    const added = page.getByRole('group', { name: `項目${count + 1}`, exact: true });
    await expect(added.getByLabel('書類名（日本語）').evaluate((element) => element === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)).resolves.toBe(true);
    await added.getByLabel('書類名（日本語）').fill(NEW_ITEM.ja);
    await added.getByLabel('書類名（英語）').fill(NEW_ITEM.en);
    expect(await added.getByLabel('キー', { exact: true }).inputValue()).toBe(NEW_ITEM.key);

    // Nothing is sent while a document has no kind that fills it: the problem shows at the item.
    await page.getByRole('button', { name: '第2版として保存' }).click();
    await added.getByText('書類の種類を1つ以上選んでください。').waitFor();
    await page.getByRole('alert').getByText(`項目${count + 1} · 該当する書類の種類: 書類の種類を1つ以上選んでください。`).waitFor();
    await added.getByRole('checkbox', { name: 'その他', exact: true }).check();

    // Moved up by one: it becomes the item before the last.
    await added.getByRole('button', { name: '上へ移動' }).click();
    const moved = page.getByRole('group', { name: `項目${count}`, exact: true });
    expect(await moved.getByLabel('書類名（英語）').inputValue()).toBe(NEW_ITEM.en);

    await page.getByRole('button', { name: '第2版として保存' }).click();
    await page.getByRole('status').getByText('第2版として保存しました。この段階の申請は、今後この版で確認されます。').waitFor();
    await page.getByText(/^現在は第2版（.+ 保存）が適用されています。$/).waitFor();
    await page.getByRole('button', { name: '第3版として保存' }).waitFor();

    // The first version stays readable, without the new document.
    const earlier = page.getByRole('region', { name: '以前の版' });
    await earlier.getByText('第1版 — 参考資料に基づく初期設定').click();
    await earlier.getByRole('table', { name: '第1版の書類' }).waitFor();
    await expect(earlier.getByText(NEW_ITEM.ja).count()).resolves.toBe(0);

    const [current, first] = await firstApplicationVersions();
    expect([current.version, first.version]).toEqual([2, 1]);
    expect(current.items).toHaveLength(count + 1);
    expect(current.items[count - 1]).toMatchObject({ key: NEW_ITEM.key, label: { ja: NEW_ITEM.ja, en: NEW_ITEM.en }, categories: ['other'], required: true });
    expect(first.items.map((item) => item.key)).not.toContain(NEW_ITEM.key);

    // A caseworker's first application now expects it: missing, through the API and on the page.
    const api = await signedIn(server.api, caseworker);
    const client = await takeIn(api, team, { dateOfBirth: uniqueBirthDate() });
    const applicationId = await openApplication(api, client.id);
    const checklist = await api.get(`/api/clients/${client.id}/applications/${applicationId}/checklist`);
    expect(checklist.status).toBe(200);
    const view = checklist.body as ChecklistView;
    expect(view.templateVersion).toBe(2);
    expect(view.items.find((item) => item.key === NEW_ITEM.key)?.status).toBe('missing');

    const casework = await signIn(caseworker, 'en-GB');
    await casework.goto(`/clients/${client.id}?tab=applications`);
    await heading(casework, `File ${client.caseNumber}`).waitFor();
    const region = casework.getByRole('region', { name: 'First application: documents to gather' });
    await region.getByRole('listitem').filter({ hasText: NEW_ITEM.en }).getByText('Missing', { exact: true }).waitFor();
  });

  it('keeps an administrator’s edit from overwriting a version another administrator saved meanwhile', async () => {
    const [before] = await firstApplicationVersions();
    const page = await signIn(admin, 'ja-JP');
    await page.goto('/checklist-templates/first-application');
    await page.getByRole('button', { name: `第${before.version + 1}版として保存` }).waitFor();

    // Someone else saves first (the same content as a new version, through the API).
    const other = await signedIn(server.api, await createUser(server.api, { role: 'admin' }));
    const full = (await other.get('/api/checklist-templates/first-application/versions')).body as (TemplateView & { title: unknown; basis: unknown })[];
    const latest = full[0];
    const saved = await other.put('/api/checklist-templates/first-application', { basedOnVersion: latest.version, title: latest.title, basis: latest.basis, items: latest.items });
    expect(saved.status).toBe(200);

    await page.getByRole('group', { name: '項目1', exact: true }).getByLabel('書類名（英語）').fill('Passport, or a written explanation why there is none');
    await page.getByRole('button', { name: `第${before.version + 1}版として保存` }).click();
    await page.getByRole('alert').getByText('作業中に、他の人がこの内容を変更しました。').waitFor();
    await page.getByRole('button', { name: '最新の内容を読み込む' }).click();
    await page.getByText(new RegExp(`^現在は第${before.version + 1}版（.+ 保存）が適用されています。$`)).waitFor();
    await page.getByRole('button', { name: `第${before.version + 2}版として保存` }).waitFor();
    const [after] = await firstApplicationVersions();
    expect(after.version).toBe(before.version + 1);
  });

  it('exports a client’s file with the documents ticked as a ZIP download', async () => {
    const api = await signedIn(server.api, caseworker);
    const client = await takeIn(api, team, { dateOfBirth: uniqueBirthDate() });
    const passport = await upload(api, client.id, { category: 'identity', title: 'Passport', language: 'en' }, tinyPdf('Passport'), 'passport.pdf');
    expect(passport.status).toBe(201);
    const photo = await upload(api, client.id, { category: 'photograph', title: 'Photos', language: 'ja' }, tinyPng(), 'photo.png', PNG);
    expect(photo.status).toBe(201);

    const page = await signIn(caseworker, 'en-GB');
    await page.goto(`/clients/${client.id}?tab=details`);
    await heading(page, `File ${client.caseNumber}`).waitFor();
    const section = page.getByRole('region', { name: 'Export the file' });
    await section.getByLabel('Purpose').selectOption({ label: 'The client asked for their data' });
    await section.getByLabel('Who asked, and where the file goes').fill('The client asked at the office, handed over on paper');
    await section.getByLabel('Include the documents’ files (a ZIP of the JSON and the files)').check();
    await section.getByRole('radio', { name: 'Only the documents I tick' }).check();
    await section.getByRole('checkbox', { name: /^Passport/ }).waitFor();

    // Choosing "only those I tick" and ticking none sends nothing.
    await section.getByRole('button', { name: 'Download the file with documents (ZIP)' }).click();
    await section.getByText('Tick at least one document, or choose all of them.').waitFor();

    await section.getByRole('checkbox', { name: /^Passport/ }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Download the file with documents (ZIP)' }).click()]);
    expect(download.suggestedFilename()).toBe(`yorisoi-${client.caseNumber}.zip`);
    const saved = await download.path();
    expect((await stat(saved)).size).toBeGreaterThan(0);
    await section.getByText('The file and its documents were downloaded, and the export recorded.').waitFor();

    // The ZIP holds the JSON and the one document ticked, as uploaded.
    const entries = unzip(await readFile(saved));
    expect([...entries.keys()].sort()).toEqual(['client.json', 'documents/001-identity-v1.pdf']);
    expect(entries.get('documents/001-identity-v1.pdf')?.equals(tinyPdf('Passport'))).toBe(true);
    const manifest = JSON.parse(entries.get('client.json')?.toString('utf8') ?? '{}') as { purpose: string; client: { caseNumber: string } };
    expect(manifest).toMatchObject({ purpose: 'subject-access', client: { caseNumber: client.caseNumber } });
  });
});
