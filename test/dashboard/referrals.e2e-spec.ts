import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import type { CaughtMessage } from '#notifications';
import { createTeam, createUser, signedIn, type SignedInBrowser, type TestUser } from '../support/accounts.js';
import { closesDashboard, heading, launchChromium, openPage, signInThroughPage, startDashboard, type DashboardPage, type DashboardServer } from '../support/browser.js';
import { takeIn } from '../support/clients.js';
import { Mailbox } from '../support/mailbox.js';
import { pollUntil } from '../support/poll.js';
import { createPartnerService, pdfText, type TestPartnerService } from '../support/referrals.js';

jest.setTimeout(120_000);

/** In the file only: seeing it in an e-mail or on the partner's page would be a leak. */
const PHONE = '090-8765-4321';

/**
 * The referrals of a client file in the browser: a caseworker drafts a referral to a partner's
 * shelter, previews the letter, is stopped without the client's consent, records it and sends;
 * the partner opens the e-mailed link in a browser of their own, accepts with a note, and the
 * file shows it. Then the same tab in Japanese, with an eligibility warning.
 */
describe('dashboard: referrals to partners, with consent and the partner’s reply page', () => {
  const mailbox = new Mailbox();
  let server: DashboardServer;
  let browser: Browser;
  let team: string;
  let caseworker: TestUser;
  let supervisor: SignedInBrowser;
  let shelter: TestPartnerService;
  const shelterService = `Night shelter ${randomUUID().slice(0, 6)}`;
  const opened: DashboardPage[] = [];

  beforeAll(async () => {
    const smtp = await mailbox.start();
    [server, browser] = await Promise.all([startDashboard({ env: { SMTP_URL: smtp, ORGANISATION_NAME: 'Test Refugee Support' } }), launchChromium()]);
    team = await createTeam(server.api, `Referrals ${Date.now()}`);
    caseworker = await createUser(server.api, { role: 'caseworker', locale: 'en', memberOf: [team] });
    supervisor = await signedIn(server.api, { role: 'supervisor', supervises: [team] });
    shelter = await createPartnerService(supervisor, { kind: 'housing', name: shelterService });
  });
  closesDashboard(opened, () => ({ server, browser }));
  afterAll(async () => {
    await mailbox.stop();
  });

  async function open(locale: string): Promise<Page> {
    const opening = await openPage(browser, server.baseUrl, { locale });
    opened.push(opening);
    return opening.page;
  }

  async function signIn(locale: string, user: TestUser = caseworker): Promise<Page> {
    const page = await open(locale);
    await signInThroughPage(page, user.email, user.password);
    return page;
  }

  const mailsTo = (to: string) => mailbox.messages.filter((message) => message.envelopeTo.includes(to));

  async function nextMailTo(to: string, before: number): Promise<CaughtMessage> {
    await pollUntil(() => Promise.resolve(mailsTo(to).length > before), 10_000, 50);
    return mailsTo(to).at(-1) as CaughtMessage;
  }

  it('drafts, previews, is refused without consent, sends with it; the partner accepts from the e-mailed link and the file shows the note', async () => {
    const api = await signedIn(server.api, caseworker);
    const client = await takeIn(api, team, { phone: PHONE });
    const page = await signIn('en-GB');
    await page.goto(`/clients/${client.id}?tab=referrals`);
    await heading(page, `File ${client.caseNumber}`).waitFor();
    await page.getByRole('navigation', { name: 'Sections of the file' }).getByRole('link', { name: 'Referrals' }).waitFor();
    await page.getByText('No referrals yet.').waitFor();

    // Find the shelter in the directory by kind, prefecture and words, and draft the referral.
    const form = page.getByRole('form', { name: 'New referral' });
    await form.getByLabel('Kind of service').first().selectOption('housing');
    await form.getByLabel('Prefecture served').selectOption('tokyo');
    await form.getByLabel('Name or words').fill(shelter.name.split(' ').at(-1) ?? '');
    await form.getByLabel('Name or words').press('Enter');
    await form.getByText('Services found: 1', { exact: true }).waitFor();
    await form.getByRole('radio', { name: new RegExp(shelterService) }).check();
    await form.getByRole('status').getByText(shelterService).waitFor();
    await form.getByLabel('Reason for the referral').fill('No place to sleep tonight; needs a bed for a woman alone.');
    await form.getByLabel('Urgency').selectOption('today');
    await form.getByLabel('Language of the letter').selectOption('en');
    // None ticked until chosen: only what the caseworker ticks leaves.
    const fields = form.getByRole('group', { name: 'Information to share with the partner' });
    await expect(fields.getByRole('checkbox', { checked: true }).count()).resolves.toBe(0);
    await fields.getByRole('checkbox', { name: 'Name', exact: true }).check();
    await fields.getByRole('checkbox', { name: 'Languages', exact: true }).check();
    await form.getByRole('button', { name: 'Save as draft' }).click();
    await page.getByRole('status').filter({ hasText: /Referral No\. \d+ was saved as a draft/ }).waitFor();

    const card = page.locator('.referral-card').filter({ hasText: shelter.name });
    await card.locator('.badge-referral-draft', { hasText: 'Draft' }).waitFor();
    await card.getByText('Urgent (today)').waitFor();
    await card.getByText('No consent', { exact: true }).waitFor();
    const number = /No\. (\d+)/.exec(await card.locator('.referral-number').innerText())?.[1];
    expect(number).toBeDefined();

    // The letter preview: the PDF, answered inline into the page's frame.
    const [letter] = await Promise.all([
      page.waitForResponse((response) => response.url().includes('/letter?disposition=inline')),
      card.getByRole('button', { name: 'Preview the letter' }).click(),
    ]);
    expect(letter.status()).toBe(200);
    expect(letter.headers()['content-type']).toBe('application/pdf');
    await card.locator(`iframe[title="Letter of referral No. ${number}"]`).waitFor();
    // Only the ticked fields are in it: the name, not the phone number.
    const [draft] = (await api.get(`/api/clients/${client.id}/referrals`)).body as { id: string }[];
    const previewText = await pdfText(await letterBytes(page, `/api/clients/${client.id}/referrals/${draft.id}/letter?disposition=inline`));
    expect(previewText).toContain('No place to sleep');
    expect(previewText).not.toContain(PHONE);

    // Without the client's consent: refused, a message that says where to record it, nothing sent.
    await card.getByRole('button', { name: 'Send to the partner' }).click();
    const refusal = card.getByRole('alert').filter({ hasText: 'The referral was not sent' });
    await refusal.getByText('Nothing left Yorisoi.', { exact: false }).waitFor();
    expect(mailsTo(shelter.email)).toHaveLength(0);
    await refusal.getByRole('button', { name: 'Go to the consent section' }).click();
    await expect(page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id)).resolves.toBe('referral-consents');

    // Record the consent for this partner (offered first: the file's referral goes to it).
    const consent = page.getByRole('form', { name: 'Record a consent' });
    await expect(consent.getByRole('radio', { name: new RegExp(shelter.name) }).isChecked()).resolves.toBe(true);
    await consent.getByLabel('What the client agreed to').fill('Name and languages to the shelter, to find a bed.');
    await consent.getByRole('button', { name: 'Record the consent' }).click();
    await page.getByRole('status').filter({ hasText: 'The consent was recorded.' }).waitFor();
    const consents = page.getByRole('table', { name: 'Consent to share with partners' });
    await consents.getByRole('row').filter({ hasText: shelter.name }).getByText('In force').waitFor();
    await card.getByText('No consent', { exact: true }).waitFor({ state: 'detached' });

    // Send: the partner's e-mail carries a link, and no personal data.
    const before = mailsTo(shelter.email).length;
    await card.getByRole('button', { name: 'Send to the partner' }).click();
    await page.getByRole('status').filter({ hasText: `Referral No. ${number} was sent` }).waitFor();
    await card.locator('.badge-referral-sent').waitFor();
    await card.getByText('Works until').waitFor();
    // Where it went, so a redirected partner address would show.
    await card.getByText(`E-mailed to ${shelter.email}`).waitFor();
    const mail = await nextMailTo(shelter.email, before);
    expect(mail.textBody).not.toContain(PHONE);
    expect(mail.textBody).not.toContain('No place to sleep');
    const link = new RegExp(`${server.baseUrl}/partner-reply/[0-9a-f-]+#token=[A-Za-z0-9_-]+`).exec(mail.textBody)?.[0];
    expect(link).toBeDefined();

    // My referrals waiting for an answer, on the home page, lead back to the file's tab.
    await page.goto('/');
    const waiting = page.getByRole('table', { name: 'My referrals waiting for an answer' });
    const waitingRow = waiting.getByRole('row').filter({ hasText: client.caseNumber });
    await waitingRow.getByText(shelter.name).waitFor();
    await waitingRow.getByRole('link', { name: client.caseNumber }).click();
    await page.waitForURL((url) => url.pathname === `/clients/${client.id}` && url.searchParams.get('tab') === 'referrals');

    // The partner, in a browser of their own, without an account.
    const partner = await open('en-GB');
    await partner.goto(link as string);
    await heading(partner, `Referral No. ${number}`).waitFor();
    expect(partner.url()).not.toContain('token');
    await partner.getByText('From Test Refugee Support').waitFor();
    await partner.getByText('No place to sleep tonight; needs a bed for a woman alone.').waitFor();
    const shared = partner.getByRole('region', { name: 'Information shared with you' });
    await shared.getByText('Name', { exact: true }).waitFor();
    await shared.getByText('Languages', { exact: true }).waitFor();
    await expect(partner.getByText(PHONE).count()).resolves.toBe(0);
    const [saved] = await Promise.all([partner.waitForEvent('download'), partner.getByRole('button', { name: 'Download the letter (PDF)' }).click()]);
    expect(saved.suggestedFilename()).toBe(`referral-${number}.pdf`);
    const savedText = await pdfText(await readFile(await saved.path()));
    expect(savedText).toContain('No place to sleep');
    expect(savedText).not.toContain(PHONE);

    await partner.getByRole('radio', { name: 'We accept the referral' }).check();
    await partner.getByLabel('Note for the caseworker (optional)').fill('Intake tonight at 19:00, ask for Ms Sato.');
    await partner.getByRole('button', { name: 'Send the answer' }).click();
    await partner.getByText('Thank you: your answer was recorded').waitFor();
    await partner.getByText('The referral is now: Accepted.').waitFor();
    await partner.getByText('There is nothing left to answer on this referral.').waitFor();

    // Back in the file: accepted, with the partner's note, and on the timeline.
    await page.reload();
    await card.locator('.badge-referral-accepted').waitFor();
    await card.getByText('Intake tonight at 19:00, ask for Ms Sato.').waitFor();
    // The intake the partner gave becomes one of the file's appointments.
    const intake = card.getByRole('form', { name: `Intake appointment for referral ${number}` });
    await intake.getByLabel('Starts (Japan time)').fill('2026-12-20T19:00');
    await intake.getByLabel('Place').fill('Shelter reception');
    await intake.getByRole('button', { name: 'Add to the appointments' }).click();
    await card.getByText('The intake appointment is recorded.').waitFor();
    await page.getByRole('navigation', { name: 'Sections of the file' }).getByRole('link', { name: /Timeline/ }).click();
    await page.getByText('Referral accepted', { exact: true }).waitFor();
    await page.getByText('Consent to share with partners recorded', { exact: true }).waitFor();

    // The caseworker closes the link: the partner's page then says to contact the sender.
    await page.getByRole('navigation', { name: 'Sections of the file' }).getByRole('link', { name: 'Referrals' }).click();
    await card.getByRole('button', { name: 'Close the reply link' }).click();
    await card.getByRole('button', { name: 'Close the link' }).click();
    await page.getByRole('status').filter({ hasText: `The reply link of referral No. ${number} was closed.` }).waitFor();
    await card.getByText('No link in force').waitFor();
    await partner.goto(link as string);
    await partner.getByText('This link no longer works.').waitFor();
    await partner.getByText('Please contact the organisation that sent the referral').waitFor();
  });

  it('says a guessed link opens nothing', async () => {
    const partner = await open('en-GB');
    await partner.goto(`/partner-reply/${randomUUID()}#token=${'A'.repeat(43)}`);
    await partner.getByText('This link does not open any referral.').waitFor();
    expect(partner.url()).not.toContain('token');
  });

  it('offers nothing to do under emergency access: the referrals are read, never made or sent', async () => {
    const api = await signedIn(server.api, caseworker);
    const client = await takeIn(api, team);
    expect((await api.post(`/api/clients/${client.id}/referrals`, { serviceId: shelter.serviceId, reason: 'A bed tonight.', urgency: 'today', sharedFields: [] })).status).toBe(201);
    const outsiderTeam = await createTeam(server.api);
    const outsider = await createUser(server.api, { role: 'supervisor', locale: 'en', supervises: [outsiderTeam] });
    expect((await (await signedIn(server.api, outsider)).post(`/api/clients/${client.id}/break-glass`, { reason: 'Client in crisis at the office; caseworker unreachable' })).status).toBe(200);

    const page = await signIn('en-GB', outsider);
    await page.goto(`/clients/${client.id}?tab=referrals`);
    await page.getByText('Referrals cannot be made or changed under emergency access', { exact: false }).waitFor();
    const card = page.locator('.referral-card').filter({ hasText: 'A bed tonight.' });
    await card.locator('.badge-referral-draft').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Consent to share with partners' }).waitFor();
    for (const name of ['Send to the partner', 'Change the draft', 'Cancel the referral', 'Save as draft', 'Record the consent']) {
      await expect(page.getByRole('button', { name }).count()).resolves.toBe(0);
    }
    await expect(page.getByRole('heading', { name: 'New referral' }).count()).resolves.toBe(0);
  });

  it('shows the tab in Japanese, with the eligibility warning and the consent message', async () => {
    const jobs = await createPartnerService(supervisor, { kind: 'employment', name: '就労相談窓口' });
    const reader = await createUser(server.api, { role: 'caseworker', locale: 'ja', memberOf: [team] });
    const api = await signedIn(server.api, reader);
    // No residence status: work is not allowed, so an employment referral is warned about.
    const client = await takeIn(api, team);
    const created = await api.post(`/api/clients/${client.id}/referrals`, { serviceId: jobs.serviceId, reason: '就労の相談を希望しています。', urgency: 'routine', sharedFields: ['name'] });
    expect(created.status).toBe(201);

    const page = await signIn('ja-JP', reader);
    await page.goto(`/clients/${client.id}?tab=referrals`);
    await heading(page, `ファイル ${client.caseNumber}`).waitFor();
    await page.getByRole('navigation', { name: 'ファイルの項目' }).getByRole('link', { name: '紹介' }).waitFor();
    await page.getByRole('heading', { level: 2, name: '紹介', exact: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: '新しい紹介' }).waitFor();
    await page.getByRole('heading', { level: 2, name: '紹介先への情報提供の同意' }).waitFor();
    const card = page.locator('.referral-card').filter({ hasText: '就労相談窓口' });
    await card.locator('.badge-referral-draft', { hasText: '下書き' }).waitFor();
    await card.getByText('通常', { exact: true }).waitFor();
    await card.getByText('ファイルの内容と合わない可能性があります：').waitFor();
    await card.getByText('就労支援への紹介ですが、記録上は就労が認められていません', { exact: false }).waitFor();
    await card.getByText('根拠：').waitFor();
    await card.getByText('氏名', { exact: true }).waitFor();

    await card.getByRole('button', { name: '紹介先に送付' }).click();
    await card.getByRole('alert').getByText('紹介は送付されていません。この紹介先に情報を提供することへの本人の同意が記録されていません', { exact: false }).waitFor();
    await page.getByText('同意は記録されていません。').waitFor();
    expect(mailsTo(jobs.email)).toHaveLength(0);
  });
});

interface PageFetch {
  fetch(url: string): Promise<{ arrayBuffer(): Promise<ArrayBuffer> }>;
}

/** The letter as the signed-in page reads it, as bytes. */
async function letterBytes(page: Page, path: string): Promise<Buffer> {
  const bytes = await page.evaluate(async (url) => {
    const response = await (globalThis as unknown as PageFetch).fetch(url);
    return Array.from(new Uint8Array(await response.arrayBuffer()));
  }, path);
  return Buffer.from(bytes);
}
