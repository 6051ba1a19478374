import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { createUser, signedIn, type SignedInBrowser, type TestUser } from '../support/accounts.js';
import { closesDashboard, heading, launchChromium, openPage, signInThroughPage, startDashboard, type DashboardPage, type DashboardServer } from '../support/browser.js';
import { enDate, jaDate, tokyoDate } from '../support/dashboard-clients.js';
import { freshDatabase } from '../support/fresh-database.js';

jest.setTimeout(120_000);

interface ServiceInput {
  readonly kind: string;
  readonly name: string;
  readonly languages: readonly string[];
  readonly prefectures: readonly string[];
  readonly programme?: string | null;
}

interface PartnerDetail {
  readonly id: string;
  readonly active: boolean;
  readonly version: number;
  readonly services: readonly { readonly id: string; readonly name: string; readonly kind: string; readonly languages: string[]; readonly prefectures: string[]; readonly capacityAvailable: number | null; readonly capacityUpdatedOn: string | null; readonly active: boolean }[];
}

/** An organisation and its services, made through the API by someone who maintains the directory. */
async function addPartner(editor: SignedInBrowser, organisation: Record<string, string>, services: readonly ServiceInput[]): Promise<{ id: string; serviceIds: string[] }> {
  const created = await editor.post('/api/partners', organisation);
  expect(created.status).toBe(201);
  const id = (created.body as { id: string }).id;
  const serviceIds: string[] = [];
  for (const service of services) {
    const added = await editor.post(`/api/partners/${id}/services`, { programme: null, ...service });
    expect(added.status).toBe(201);
    serviceIds.push((added.body as { id: string }).id);
  }
  return { id, serviceIds };
}

/** The directory's search results (the English interface). */
function results(page: Page) {
  return page.getByRole('region', { name: 'Services found' });
}

describe('dashboard: the partner directory', () => {
  let server: DashboardServer;
  let browser: Browser;
  let supervisor: TestUser;
  let caseworker: TestUser;
  let caseworkerJa: TestUser;
  let editor: SignedInBrowser;
  const opened: DashboardPage[] = [];

  beforeAll(async () => {
    // The directory is shared by everyone: this file searches it in a database of its own, so
    // what it finds is only what it made.
    const database = await freshDatabase('dashboard_partners');
    [server, browser] = await Promise.all([startDashboard({ env: { DATABASE_URL: database } }), launchChromium()]);
    supervisor = await createUser(server.api, { role: 'supervisor', locale: 'en' });
    caseworker = await createUser(server.api, { role: 'caseworker', locale: 'en' });
    caseworkerJa = await createUser(server.api, { role: 'caseworker', locale: 'ja' });
    editor = await signedIn(server.api, { role: 'admin' });
  });
  closesDashboard(opened, () => ({ server, browser }));

  async function signIn(user: TestUser, locale: string): Promise<Page> {
    const opening = await openPage(browser, server.baseUrl, { locale });
    opened.push(opening);
    await signInThroughPage(opening.page, user.email, user.password);
    return opening.page;
  }

  async function partnerDetail(id: string): Promise<PartnerDetail> {
    const response = await editor.get(`/api/partners/${id}`);
    expect(response.status).toBe(200);
    return response.body as PartnerDetail;
  }

  it('lets a supervisor add an organisation with a housing service in Tokyo and its places free, which a caseworker finds by kind, prefecture and language without being able to change it', async () => {
    // What the caseworker's search must leave out: each differs from the shelter in one filter.
    await addPartner(editor, { name: '大阪ハウジングネット', referralEmail: 'intake@osaka-housing.example.org' }, [
      { kind: 'housing', name: '大阪シェルター', languages: ['ja', 'fa'], prefectures: ['osaka'] },
    ]);
    await addPartner(editor, { name: '東京日本語の家', referralEmail: 'intake@tokyo-ja.example.org' }, [
      { kind: 'housing', name: '日本語のみの寮', languages: ['ja'], prefectures: ['tokyo'] },
      { kind: 'legal-aid', name: '法律相談', languages: ['ja', 'fa'], prefectures: ['tokyo'], programme: 'jfba-legal-aid' },
    ]);

    const page = await signIn(supervisor, 'en-GB');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Partners', exact: true }).click();
    await heading(page, 'Partner directory').waitFor();
    await page.getByRole('link', { name: 'Add an organisation' }).click();

    await heading(page, 'Add a partner organisation').waitFor();
    await page.getByLabel('Name (as the organisation writes it)').fill('NPO法人さくら住まい支援');
    await page.getByLabel('Name in English').fill('Sakura Housing Support');
    await page.getByLabel('Contact person').fill('山田 花子');
    await page.getByLabel('Referral e-mail').fill('referrals@sakura.example.org');
    await page.getByLabel('Phone').fill('03-1234-5678');
    await page.getByLabel('Website').fill('https://sakura.example.org');
    await page.getByRole('button', { name: 'Add the organisation' }).click();

    await heading(page, 'NPO法人さくら住まい支援').waitFor();
    await page.getByRole('status').getByText('The organisation was added. Add its services below.').waitFor();
    const partnerId = new URL(page.url()).pathname.split('/').pop() ?? '';

    await page.getByRole('button', { name: 'Add a service' }).click();
    const form = page.getByRole('region', { name: 'Add a service' });
    await form.getByLabel('Kind of service').selectOption({ label: 'Housing and shelter' });
    await form.getByLabel('Name of the service').fill('緊急シェルター');
    await form.getByLabel('Who it is for').fill('Single adults waiting for a decision; no pets.');
    await form.getByRole('group', { name: 'Languages the service is given in' }).getByRole('checkbox', { name: 'Japanese (ja)' }).check();
    await form.getByRole('group', { name: 'Languages the service is given in' }).getByRole('checkbox', { name: 'Persian (fa)' }).check();

    // No prefecture ticked: nothing is sent, and the problem shows at the choice.
    await form.getByRole('button', { name: 'Add the service' }).click();
    await form.getByText('Choose at least one prefecture.').waitFor();
    expect((await partnerDetail(partnerId)).services).toHaveLength(0);

    await form.getByRole('group', { name: 'Prefectures served' }).getByRole('checkbox', { name: 'Tokyo', exact: true }).check();
    await form.getByRole('button', { name: 'Add the service' }).click();
    await page.getByRole('status').getByText('The service “緊急シェルター” was added.').waitFor();

    const card = page.getByRole('listitem', { name: '緊急シェルター' });
    await card.getByText('Not counted').waitFor();
    await card.getByRole('button', { name: 'Update places free' }).click();
    const countedOn = tokyoDate(server.api, -1);
    await card.getByLabel('Places free', { exact: true }).fill('3');
    await card.getByLabel('Counted on').fill(countedOn);
    await card.getByRole('button', { name: 'Save the count' }).click();
    await page.getByRole('status').getByText('Places free at “緊急シェルター” were saved.').waitFor();
    await page.getByRole('listitem', { name: '緊急シェルター' }).getByText(`3 places free on ${enDate(countedOn)}`).waitFor();

    const saved = await partnerDetail(partnerId);
    expect(saved.services).toEqual([
      expect.objectContaining({ kind: 'housing', name: '緊急シェルター', languages: ['ja', 'fa'], prefectures: ['tokyo'], capacityAvailable: 3, capacityUpdatedOn: countedOn, active: true }),
    ]);

    // The caseworker's search: housing, in Tokyo, in Persian.
    const search = await signIn(caseworker, 'en-GB');
    await search.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Partners', exact: true }).click();
    await heading(search, 'Partner directory').waitFor();
    await expect(search.getByRole('link', { name: 'Add an organisation' }).count()).resolves.toBe(0);
    await search.getByText('Services found: 4').waitFor();
    await search.getByLabel('Kind of service').selectOption({ label: 'Housing and shelter' });
    await search.getByLabel('Prefecture').selectOption({ label: 'Tokyo' });
    await search.getByLabel('Language spoken').fill('fa');
    await search.getByRole('button', { name: 'Search', exact: true }).click();
    await search.getByText('Services found: 1', { exact: true }).waitFor();
    expect(new URL(search.url()).searchParams.toString()).toBe('kind=housing&prefecture=tokyo&language=fa');

    const hit = results(search).getByRole('listitem');
    await expect(hit.count()).resolves.toBe(1);
    await hit.getByRole('heading', { name: 'NPO法人さくら住まい支援 Sakura Housing Support' }).waitFor();
    for (const text of ['緊急シェルター', 'Housing and shelter', 'Japanese, Persian', 'Tokyo', `3 places free on ${enDate(countedOn)}`, 'Single adults waiting for a decision; no pets.', '山田 花子', '03-1234-5678']) {
      await hit.getByText(text, { exact: true }).waitFor();
    }
    await expect(hit.getByRole('link', { name: 'https://sakura.example.org' }).getAttribute('href')).resolves.toBe('https://sakura.example.org');

    // The programme badge, on the legal aid service in Tokyo.
    await search.getByLabel('Kind of service').selectOption({ label: 'Legal aid' });
    await search.getByText('Services found: 1', { exact: true }).waitFor();
    await results(search).getByRole('listitem').filter({ hasText: '法律相談' }).getByText('JFBA legal aid', { exact: true }).waitFor();

    // The organisation's page: everything to read, nothing to change.
    await search.goto(`/partners/${partnerId}`);
    await heading(search, 'NPO法人さくら住まい支援').waitFor();
    await search.getByRole('listitem', { name: '緊急シェルター' }).waitFor();
    await search.getByRole('link', { name: 'referrals@sakura.example.org' }).waitFor();
    for (const name of ['Edit the organisation', 'Deactivate the organisation', 'Add a service', 'Update places free', 'Edit the service', 'Deactivate']) {
      await expect(search.getByRole('button', { name, exact: true }).count()).resolves.toBe(0);
    }
    await search.goto('/partners/new');
    await heading(search, 'Not available to your role').waitFor();
  });

  it('finds an organisation by its Japanese name, with the directory in Japanese', async () => {
    const countedOn = tokyoDate(server.api);
    const { id, serviceIds } = await addPartner(editor, { name: '社会福祉法人ひまわり日本語教室', nameEn: 'Himawari Japanese School', referralEmail: 'class@himawari.example.org', contactPerson: '佐藤 一郎' }, [
      { kind: 'japanese-language', name: '初級日本語クラス', languages: ['ja', 'ar'], prefectures: ['kanagawa', 'tokyo'] },
    ]);
    const capacity = await editor.put(`/api/partners/${id}/services/${serviceIds[0]}/capacity`, { version: 1, available: 0, updatedOn: countedOn });
    expect(capacity.status).toBe(200);

    const page = await signIn(caseworkerJa, 'ja-JP');
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '連携先', exact: true }).click();
    await heading(page, '連携先一覧').waitFor();
    await page.getByLabel('名称').fill('ひまわり');
    await page.getByRole('button', { name: '検索', exact: true }).click();
    await page.getByText('見つかった支援：1件', { exact: true }).waitFor();

    const hit = page.getByRole('region', { name: '見つかった支援' }).getByRole('listitem');
    await hit.getByRole('heading', { name: '社会福祉法人ひまわり日本語教室 Himawari Japanese School' }).waitFor();
    for (const text of ['初級日本語クラス', '日本語教室', '日本語、アラビア語', '東京都、神奈川県', `${jaDate(countedOn)}時点で空きなし`, '佐藤 一郎']) {
      await hit.getByText(text, { exact: true }).waitFor();
    }
    await page.getByLabel('支援の種類').selectOption({ label: '日本語教室' });
    await page.getByLabel('都道府県').selectOption({ label: '神奈川県' });
    await page.getByText('見つかった支援：1件', { exact: true }).waitFor();

    // The English name finds it too.
    await page.getByRole('button', { name: 'クリア' }).click();
    await page.getByLabel('名称').fill('himawari japanese');
    await page.getByRole('button', { name: '検索', exact: true }).click();
    await page.getByText('見つかった支援：1件', { exact: true }).waitFor();

    await hit.getByRole('link', { name: '社会福祉法人ひまわり日本語教室' }).click();
    await heading(page, '社会福祉法人ひまわり日本語教室').waitFor();
    await page.getByRole('heading', { name: '支援', exact: true }).waitFor();
    await page.getByText('class@himawari.example.org', { exact: true }).waitFor();
  });

  it('hides a deactivated organisation and service from the search unless asked, after the supervisor confirms', async () => {
    const { id, serviceIds } = await addPartner(editor, { name: 'みどり就労支援センター', nameEn: 'Midori Work Centre', referralEmail: 'jobs@midori.example.org' }, [
      { kind: 'employment', name: '就労相談', languages: ['ja', 'en'], prefectures: ['saitama'] },
      { kind: 'education', name: '職業訓練', languages: ['ja'], prefectures: ['saitama'] },
    ]);

    const page = await signIn(supervisor, 'en-GB');
    await page.goto(`/partners/${id}`);
    await heading(page, 'みどり就労支援センター').waitFor();
    await page.getByRole('button', { name: 'Deactivate the organisation' }).click();
    const question = page.getByRole('group', { name: 'Deactivate the organisation' });
    await question.getByText('Deactivate みどり就労支援センター? It and its services leave the searches and no new referral can go to them. Nothing is deleted.').waitFor();
    await question.getByRole('button', { name: 'Deactivate', exact: true }).click();
    await page.getByRole('status').getByText('みどり就労支援センター is inactive.').waitFor();
    await page.getByText('This organisation is inactive: it and its services are left out of searches, and no referral can go to them.').waitFor();
    expect((await partnerDetail(id)).active).toBe(false);

    const search = await signIn(caseworker, 'en-GB');
    await search.goto('/partners?q=Midori');
    await search.getByText('No service matches. Try another language or prefecture, part of the name, or clear the filters.').waitFor();
    await search.getByRole('checkbox', { name: 'Include inactive services and organisations' }).check();
    await search.getByText('Services found: 2', { exact: true }).waitFor();
    await expect(results(search).getByRole('listitem').filter({ hasText: 'Organisation inactive' }).count()).resolves.toBe(2);

    // Back in service, but one service of it stays out.
    await page.getByRole('button', { name: 'Reactivate the organisation' }).click();
    await page.getByRole('group', { name: 'Reactivate the organisation' }).getByRole('button', { name: 'Reactivate', exact: true }).click();
    await page.getByRole('status').getByText('みどり就労支援センター is active again.').waitFor();
    const training = page.getByRole('listitem', { name: '職業訓練' });
    await training.getByRole('button', { name: 'Deactivate', exact: true }).click();
    await training.getByRole('group', { name: 'Deactivate' }).getByRole('button', { name: 'Deactivate the service' }).click();
    await page.getByRole('status').getByText('“職業訓練” is inactive.').waitFor();
    expect((await partnerDetail(id)).services.find((service) => service.id === serviceIds[1])?.active).toBe(false);

    await search.goto('/partners?q=Midori');
    await search.getByText('Services found: 1', { exact: true }).waitFor();
    await results(search).getByRole('listitem').getByText('就労相談', { exact: true }).waitFor();
    await search.getByRole('checkbox', { name: 'Include inactive services and organisations' }).check();
    await search.getByText('Services found: 2', { exact: true }).waitFor();
    await results(search).getByRole('listitem').filter({ hasText: '職業訓練' }).getByText('Service inactive', { exact: true }).waitFor();
  });

  it('shows a long result a page at a time', async () => {
    const services = Array.from({ length: 27 }, (_, index) => ({
      kind: 'health',
      name: `診療 ${String(index + 1).padStart(2, '0')}`,
      languages: ['ja', 'ne'],
      prefectures: ['okinawa'],
    }));
    await addPartner(editor, { name: '琉球医療ネット', referralEmail: 'clinic@ryukyu.example.org' }, services);

    const page = await signIn(caseworker, 'en-GB');
    await page.goto('/partners?kind=health&prefecture=okinawa');
    await page.getByText('Services found: 25 (more below)', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Show more' }).click();
    await page.getByText('Services found: 27', { exact: true }).waitFor();
    await expect(page.getByRole('button', { name: 'Show more' }).count()).resolves.toBe(0);
    await expect(results(page).getByRole('listitem').count()).resolves.toBe(27);
  });

  it('keeps a supervisor’s edit from overwriting a change saved meanwhile', async () => {
    const { id } = await addPartner(editor, { name: 'あおぞら法律事務所', referralEmail: 'office@aozora.example.org' }, []);
    const page = await signIn(supervisor, 'en-GB');
    await page.goto(`/partners/${id}`);
    await heading(page, 'あおぞら法律事務所').waitFor();
    await page.getByText('No service yet.').waitFor();
    await page.getByRole('button', { name: 'Edit the organisation' }).click();
    await page.getByLabel('Contact person').fill('鈴木 次郎');

    const other = await editor.patch(`/api/partners/${id}`, { version: 1, phone: '03-9876-5432' });
    expect(other.status).toBe(200);

    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('alert').getByText('Someone changed this while you were working on it.').waitFor();
    await page.getByRole('button', { name: 'Load the current version' }).click();
    await page.getByText('03-9876-5432', { exact: true }).waitFor();
    const current = await partnerDetail(id);
    expect(current).toMatchObject({ version: 2 });
    expect((current as unknown as { contactPerson: string | null }).contactPerson).toBeNull();

    // Made again on the current version, it is saved.
    await page.getByRole('button', { name: 'Edit the organisation' }).click();
    await page.getByLabel('Contact person').fill('鈴木 次郎');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').getByText('Saved.').waitFor();
    await page.getByText('鈴木 次郎', { exact: true }).waitFor();
  });
});
