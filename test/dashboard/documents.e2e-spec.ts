import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { createTeam, createUser, signedIn, type SignedInBrowser, type TestUser } from '../support/accounts.js';
import { closesDashboard, heading, launchChromium, openPage, signInThroughPage, startDashboard, type DashboardPage, type DashboardServer } from '../support/browser.js';
import { takeIn } from '../support/clients.js';
import { openApplication, tokyoDate, uniqueBirthDate } from '../support/dashboard-clients.js';

jest.setTimeout(90_000);

/** A small, well-formed PDF (one empty page): what a scanner produces, minus the scan. */
function pdfBytes(marker: string): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'];
  let body = `%PDF-1.4\n% ${marker}\n`;
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

interface PageGlobals {
  readonly DataTransfer: new () => { readonly items: { add(file: unknown): void } };
  readonly File: new (parts: readonly Uint8Array[], name: string, options: { readonly type: string }) => unknown;
}

/** Uploads a document through the API as the dashboard does: text fields first, then the file. */
async function uploadThroughApi(browser: SignedInBrowser, clientId: string, fields: Record<string, string>, file: { name: string; type: string; bytes: Buffer }): Promise<string> {
  let request = browser.agent.post(`/api/clients/${clientId}/documents`).set('X-CSRF-Token', browser.csrfToken);
  for (const [name, value] of Object.entries(fields)) request = request.field(name, value);
  const response = await request.attach('file', file.bytes, { filename: file.name, contentType: file.type });
  if (response.status !== 201) throw new Error(`upload failed: ${response.status} ${JSON.stringify(response.body)}`);
  return (response.body as { id: string }).id;
}

describe('dashboard: evidence documents, their translations and the application checklist', () => {
  let server: DashboardServer;
  let browser: Browser;
  let team: string;
  let caseworker: TestUser;
  const opened: DashboardPage[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDashboard(), launchChromium()]);
    team = await createTeam(server.api, `Documents ${Date.now()}`);
    caseworker = await createUser(server.api, { role: 'caseworker', locale: 'en', memberOf: [team] });
  });
  closesDashboard(opened, () => ({ server, browser }));

  async function signIn(locale: string, user: TestUser = caseworker): Promise<Page> {
    const opening = await openPage(browser, server.baseUrl, { locale });
    opened.push(opening);
    await signInThroughPage(opening.page, user.email, user.password);
    return opening.page;
  }

  /** Drops a file on the drop zone as a user dragging it from their desktop would. */
  async function dropFile(page: Page, file: { name: string; type: string; bytes: Buffer }): Promise<void> {
    const transfer = await page.evaluateHandle(
      ({ name, type, base64 }) => {
        // Runs in the page; the test project is typed for Node, which has no DataTransfer.
        const page = globalThis as unknown as PageGlobals;
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const data = new page.DataTransfer();
        data.items.add(new page.File([bytes], name, { type }));
        return data;
      },
      { name: file.name, type: file.type, base64: file.bytes.toString('base64') },
    );
    await page.getByTestId('file-drop').dispatchEvent('dragover', { dataTransfer: transfer });
    await page.getByTestId('file-drop').dispatchEvent('drop', { dataTransfer: transfer });
  }

  it('uploads a foreign-language statement, adds its signed Japanese translation, and the checklist turns complete', async () => {
    const api = await signedIn(server.api, caseworker);
    const client = await takeIn(api, team, { dateOfBirth: uniqueBirthDate() });
    const applicationId = await openApplication(api, client.id);
    // The other required items of a first application, so the journey is only the statement.
    await uploadThroughApi(api, client.id, { category: 'identity', title: 'Passport', language: 'en', applicationId }, { name: 'passport.pdf', type: 'application/pdf', bytes: pdfBytes('passport') });
    await uploadThroughApi(api, client.id, { category: 'photograph', title: 'Photos', language: 'ja', applicationId }, { name: 'photo.png', type: 'image/png', bytes: PNG });

    const page = await signIn('en-GB');
    await page.goto(`/clients/${client.id}?tab=applications`);
    await heading(page, `File ${client.caseNumber}`).waitFor();
    const checklist = page.getByRole('region', { name: 'First application: documents to gather' });
    const statementItem = checklist.getByRole('listitem').filter({ hasText: 'Personal statement' });
    await statementItem.getByText('Missing', { exact: true }).waitFor();
    await checklist.getByText('1 missing, 0 waiting for a signed translation').waitFor();

    // Upload the statement in Persian, by drag and drop, for the application and for submission.
    await page.getByRole('navigation', { name: 'Sections of the file' }).getByRole('link', { name: 'Documents' }).click();
    await page.getByText('No documents', { exact: false }).or(page.getByRole('table', { name: 'Documents' })).first().waitFor();
    const upload = page.getByRole('form', { name: 'Upload a document' });
    await dropFile(page, { name: 'statement-fa.pdf', type: 'application/pdf', bytes: pdfBytes('statement') });
    await upload.getByText('Chosen: statement-fa.pdf').waitFor();
    await upload.getByLabel('Kind of document').selectOption('personal-statement');
    await upload.getByLabel('Title', { exact: true }).fill('Personal statement (Farsi)');
    await upload.getByLabel('Language of the document').selectOption('fa');
    await upload.getByLabel('Application', { exact: true }).selectOption(applicationId);
    await upload.getByLabel('To be submitted (ISA, review or court)').check();
    await upload.getByRole('button', { name: 'Upload', exact: true }).click();
    await page.getByRole('status').getByText('“Personal statement (Farsi)” was uploaded.').waitFor();

    // Flagged in the list: red, with what to do, and the regulation on hover.
    const statementRow = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Personal statement (Farsi)', exact: true }) });
    await statementRow.getByText('Translation missing').waitFor();
    await statementRow.getByText('it needs a Japanese translation signed by the translator').waitFor();
    expect(await statementRow.locator('.doc-flag').getAttribute('title')).toContain('Art. 62');
    await statementRow.getByText('Translation needed').waitFor();

    // Its Japanese translation, through the file picker, linked to the statement.
    await upload.getByLabel('Japanese translation of').selectOption({ label: 'Personal statement (Farsi)' });
    expect(await upload.getByLabel('Title', { exact: true }).inputValue()).toBe('Personal statement (Farsi) (Japanese translation)');
    expect(await upload.getByLabel('Language of the document').inputValue()).toBe('ja');
    await upload.getByLabel('Choose a file').setInputFiles({ name: 'statement-ja.pdf', mimeType: 'application/pdf', buffer: pdfBytes('translation') });
    await upload.getByRole('button', { name: 'Upload', exact: true }).click();
    await page.getByRole('status').getByText('“Personal statement (Farsi) (Japanese translation)” was uploaded.').waitFor();
    await page.getByRole('row').filter({ hasText: 'Japanese translation of “Personal statement (Farsi)”' }).waitFor();

    // The translation's steps up to the translator's signature, on the statement's page.
    await statementRow.getByRole('link', { name: 'Personal statement (Farsi)', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: /Personal statement \(Farsi\)/ }).waitFor();
    const translation = page.getByRole('region', { name: 'Japanese translation', exact: true });
    await translation.getByRole('link', { name: 'Personal statement (Farsi) (Japanese translation)' }).waitFor();
    const dueDate = tokyoDate(server.api, 14);
    for (const status of ['requested', 'draft', 'checked', 'signed'] as const) {
      await translation.getByLabel('Translation status', { exact: true }).selectOption(status);
      if (status === 'requested') {
        await translation.getByLabel('Translator').fill('Sato Hanako');
        await translation.getByLabel('Translation due').fill(dueDate);
      }
      if (status === 'signed') await translation.getByLabel('Signed by the translator on').fill(tokyoDate(server.api));
      await translation.getByRole('button', { name: 'Save the translation status' }).click();
      await page.getByRole('status').getByText('The translation status was saved.').waitFor();
      await translation.locator(`.badge-translation-${status}`).first().waitFor();
    }
    await expect(page.locator('.doc-flag').count()).resolves.toBe(0);

    // The checklist: the statement counts now, and the application has all it needs.
    await page.getByRole('navigation', { name: 'Sections of the file' }).getByRole('link', { name: 'Applications' }).click();
    await statementItem.getByText('Present', { exact: true }).waitFor();
    await checklist.getByText('Complete: every required document is in the file').waitFor();
    const [stored] = await server.api.dataSource.query<{ count: string }[]>(`SELECT count(*)::text AS count FROM document WHERE client_id = $1`, [client.id]);
    expect(stored.count).toBe('4');
  });

  it('shows the documents tab in Japanese after switching the language', async () => {
    const api = await signedIn(server.api, caseworker);
    const client = await takeIn(api, team, { dateOfBirth: uniqueBirthDate() });
    const applicationId = await openApplication(api, client.id);
    await uploadThroughApi(
      api,
      client.id,
      { category: 'personal-statement', title: 'Statement', language: 'fa', forSubmission: 'true', applicationId },
      { name: 'statement.pdf', type: 'application/pdf', bytes: pdfBytes('statement') },
    );

    const page = await signIn('en-GB');
    await page.goto(`/clients/${client.id}?tab=documents`);
    await heading(page, `File ${client.caseNumber}`).waitFor();
    await page.getByRole('heading', { name: 'Upload a document' }).waitFor();
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '日本語' }).click();

    await page.getByRole('navigation', { name: 'ファイルの項目' }).getByRole('link', { name: '書類' }).waitFor();
    await page.getByRole('heading', { name: '書類をアップロード' }).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Statement' }) });
    await row.getByText('陳述書').waitFor();
    await row.getByText('ペルシア語').waitFor();
    await row.getByText('訳文なし').waitFor();
    await row.getByText('提出予定の外国語の書類です。翻訳者が署名した日本語訳が必要です。').waitFor();
    await row.getByText('翻訳が必要').waitFor();
    await page.getByText('ここにファイルをドラッグするか、').waitFor();
    await page.getByRole('heading', { name: '入管からの資料提出の求め' }).waitFor();
  });

  it('shows a long file fifty documents at a time, and offers every original for a translation whatever the page', async () => {
    // A user of their own: another test here switches the shared caseworker to Japanese.
    const reader = await createUser(server.api, { role: 'caseworker', locale: 'en', memberOf: [team] });
    const api = await signedIn(server.api, reader);
    const client = await takeIn(api, team, { dateOfBirth: uniqueBirthDate() });
    // Rows only (the list reads no stored bytes): 52 English papers, and the oldest one in Dari.
    await server.api.dataSource.query(
      `INSERT INTO document (client_id, category, title, language, version, created_at)
       SELECT $1::uuid, 'other', 'Paper ' || g, 'en', 1, now() - g * interval '1 minute' FROM generate_series(1, 52) g
       UNION ALL SELECT $1::uuid, 'personal-statement', 'Old Dari statement', 'fa', 1, now() - interval '1 day'`,
      [client.id],
    );
    const page = await signIn('en-GB', reader);
    await page.goto(`/clients/${client.id}?tab=documents`);
    await page.getByRole('status').filter({ hasText: 'Documents shown: 50 (more below)' }).waitFor();
    const table = page.getByRole('table', { name: 'Documents' });
    await table.getByRole('link', { name: 'Paper 50', exact: true }).waitFor();
    expect(await table.getByRole('link', { name: 'Old Dari statement' }).count()).toBe(0);
    // The oldest original is not on the first page, yet a translation can be of it.
    const source = page.getByRole('form', { name: 'Upload a document' }).getByLabel('Japanese translation of');
    await source.locator('option', { hasText: 'Old Dari statement' }).waitFor({ state: 'attached' });

    await page.getByRole('button', { name: 'Show more' }).click();
    await page.getByRole('status').filter({ hasText: 'Documents shown: 53' }).waitFor();
    await table.getByRole('link', { name: 'Old Dari statement' }).waitFor();
    expect(await page.getByRole('button', { name: 'Show more' }).count()).toBe(0);
    expect(await table.getByRole('link', { name: /^Paper \d+$/ }).count()).toBe(52);
  });

  it('refuses a web page named .pdf with a message that says what to do, and stores nothing', async () => {
    const api = await signedIn(server.api, caseworker);
    const client = await takeIn(api, team, { dateOfBirth: uniqueBirthDate() });
    const page = await signIn('ja-JP');
    await page.goto(`/clients/${client.id}?tab=documents`);
    const upload = page.getByRole('form', { name: '書類をアップロード' });
    await upload.getByLabel('ファイルを選択').setInputFiles({ name: 'warrant.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>') });
    await upload.getByLabel('表題', { exact: true }).fill('逮捕状');
    await upload.getByRole('button', { name: 'アップロード', exact: true }).click();
    const alert = upload.getByRole('alert');
    await alert.getByText('何も保存されていません。').waitFor();
    await expect(alert.innerText()).resolves.toMatch(/形式/);
    const [stored] = await server.api.dataSource.query<{ count: string }[]>(`SELECT count(*)::text AS count FROM document WHERE client_id = $1`, [client.id]);
    expect(stored.count).toBe('0');
  });
});
