import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { createTeam, createUser, signedIn, type TestUser } from '../support/accounts.js';
import { closesDashboard, heading, launchChromium, openPage, signInThroughPage, startDashboard, type DashboardPage, type DashboardServer } from '../support/browser.js';
import { takeIn } from '../support/clients.js';
import { daysBetween, jaDate, tokyoDate, uniqueBirthDate } from '../support/dashboard-clients.js';

jest.setTimeout(60_000);

describe('dashboard: the procedure of a file, its deadlines, appointments and notes', () => {
  let server: DashboardServer;
  let browser: Browser;
  let team: string;
  let caseworker: TestUser;
  const opened: DashboardPage[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDashboard(), launchChromium()]);
    team = await createTeam(server.api, `Procedure ${Date.now()}`);
    caseworker = await createUser(server.api, { role: 'caseworker', locale: 'ja', memberOf: [team] });
  });
  closesDashboard(opened, () => ({ server, browser }));

  /** Signs the caseworker in (in Japanese) and opens a tab of the client's file. */
  async function openFile(client: { id: string; caseNumber: string }, tab: string): Promise<Page> {
    const opening = await openPage(browser, server.baseUrl, { locale: 'ja-JP' });
    opened.push(opening);
    await signInThroughPage(opening.page, caseworker.email, caseworker.password);
    await opening.page.goto(`/clients/${client.id}?tab=${tab}`);
    await heading(opening.page, `ファイル ${client.caseNumber}`).waitFor();
    return opening.page;
  }

  it('records filed then refused with the notice date, and shows the review-request deadline with its explanation', async () => {
    const client = await takeIn(await signedIn(server.api, caseworker), team, { dateOfBirth: uniqueBirthDate() });
    const today = tokyoDate(server.api);
    const filedOn = tokyoDate(server.api, -40);
    const decidedOn = tokyoDate(server.api, -6);
    const noticeReceivedOn = tokyoDate(server.api, -2);

    const { page } = await (async () => {
      const opening = await openPage(browser, server.baseUrl, { locale: 'ja-JP' });
      opened.push(opening);
      return opening;
    })();
    await signInThroughPage(page, caseworker.email, caseworker.password);
    await page.goto(`/clients/${client.id}?tab=applications`);
    await heading(page, `ファイル ${client.caseNumber}`).waitFor();
    await page.getByText('難民認定申請はまだ記録されていません。下から最初の申請を記録してください。').waitFor();

    await page.getByLabel('地方出入国在留管理局').fill('東京出入国在留管理局');
    await page.getByRole('button', { name: '申請を記録', exact: true }).click();
    await page.getByRole('heading', { name: '第1回申請：難民認定申請（補完的保護を含む）' }).waitFor();

    // The step form is built from the steps the server allows: only "filed" from intake.
    const steps = page.getByRole('group', { name: '何がありましたか？' });
    await expect(steps.getByRole('radio').count()).resolves.toBe(1);
    await steps.getByRole('radio', { name: '申請を提出した' }).check();
    await page.getByLabel('申請日', { exact: true }).fill(filedOn);
    await page.getByRole('button', { name: '手続を記録' }).click();
    await page.getByRole('status').getByText('手続を記録しました。').waitFor();
    await page.getByRole('definition').getByText('申請済み（審査中）').waitFor();

    await steps.getByRole('radio', { name: '不認定(通知書を受領)' }).check();
    // A decision dated before the filing is refused by the server and named at its field.
    await page.getByLabel('処分日・裁決日', { exact: true }).fill(tokyoDate(server.api, -41));
    await page.getByLabel('通知を受けた日', { exact: true }).fill(noticeReceivedOn);
    await page.getByRole('button', { name: '手続を記録' }).click();
    await page.getByRole('alert').getByText('この日付では手続を記録できません：').waitFor();
    await page.getByText('ほかの日付やファイルの記録と合いません。').first().waitFor();
    expect(await page.getByLabel('処分日・裁決日', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('処分日・裁決日', { exact: true }).fill(decidedOn);
    await page.getByLabel('通知を受けた日', { exact: true }).fill(noticeReceivedOn);
    await page.getByLabel('メモ', { exact: true }).fill('通知書は窓口で受領');
    await page.getByRole('button', { name: '手続を記録' }).click();
    await page.getByRole('definition').getByText('不認定', { exact: true }).waitFor();

    // The history: both steps with their dates, in order.
    const history = page.getByRole('table', { name: '経過' });
    await history.getByRole('row').filter({ hasText: `申請日: ${jaDate(filedOn)}` }).getByText('申請前').waitFor();
    const refusedRow = history.getByRole('row').filter({ hasText: '通知書は窓口で受領' });
    await refusedRow.getByText(`通知を受けた日: ${jaDate(noticeReceivedOn)}`).waitFor();

    // The deadline the refusal started: date, days left, why, on what basis.
    const [review] = await server.api.dataSource.query<{ due_date: string; explanation: { ja: string }; basis: { ja: string } }[]>(
      `SELECT due_date::text, explanation, basis FROM deadline WHERE client_id = $1 AND kind = 'review-request' AND status = 'open'`,
      [client.id],
    );
    expect(review.explanation.ja).toContain(jaDate(noticeReceivedOn));
    await page.getByRole('region', { name: '次の期限' }).getByText('審査請求').waitFor();
    await page.getByRole('navigation', { name: 'ファイルの項目' }).getByRole('link', { name: '期限' }).click();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '審査請求', level: 3 }) });
    await card.getByText(jaDate(review.due_date), { exact: true }).waitFor();
    await card.getByText(`あと${daysBetween(today, review.due_date)}日`).waitFor();
    await card.getByText('法定期限').waitFor();
    await card.getByText('確認済みの規則').waitFor();
    await card.getByText(review.explanation.ja).waitFor();
    await card.getByText(`根拠： ${review.basis.ja}`).waitFor();

    // Done: the deadline moves to the history.
    await card.getByRole('button', { name: '対応済みにする：審査請求' }).click();
    expect(await page.getByLabel('対応した日').inputValue()).toBe(today);
    await page.getByRole('button', { name: '対応済みにする', exact: true }).click();
    await page.getByRole('status').getByText('期限を対応済みにしました。').waitFor();
    await page.getByRole('region', { name: '次の期限' }).getByText('未対応の期限はありません。').waitFor();
    await page.getByLabel('対応済み・不要・超過・置き換え済みの期限も表示').check();
    await page.getByRole('row', { name: /審査請求/ }).getByText('対応済み').waitFor();
    const [met] = await server.api.dataSource.query<{ status: string }[]>(`SELECT status FROM deadline WHERE client_id = $1 AND kind = 'review-request'`, [client.id]);
    expect(met.status).toBe('met');
  });

  it('records a custody step from the status tab and lists it in the track’s history', async () => {
    const client = await takeIn(await signedIn(server.api, caseworker), team, { dateOfBirth: uniqueBirthDate() });
    const startedOn = tokyoDate(server.api, -3);
    const page = await openFile(client, 'status');
    const custody = page.getByRole('region', { name: '退去強制手続と身柄' });
    const history = custody.getByRole('table', { name: '退去強制手続・身柄の記録' });
    await custody.getByText('まだ手続は記録されていません。').waitFor();

    await custody.getByRole('group', { name: '何がありましたか？' }).getByRole('radio', { name: '違反調査が始まった' }).check();
    await custody.getByLabel('違反調査の開始日', { exact: true }).fill(startedOn);
    await custody.getByLabel('メモ', { exact: true }).fill('入管から呼出状');
    await custody.getByRole('button', { name: '記録', exact: true }).click();
    await page.getByRole('status').getByText('退去強制手続・身柄の変化を記録しました。').waitFor();

    const row = history.getByRole('row').filter({ hasText: '入管から呼出状' });
    await row.getByText('違反調査中').waitFor();
    await expect(row.innerText()).resolves.not.toMatch(/D0_NONE|D1_INVESTIGATION|startedOn/);
    await row.getByText(jaDate(startedOn)).first().waitFor();
    const [step] = await server.api.dataSource.query<{ to_stage: string; event_on: string }[]>(
      `SELECT to_stage, event_on::text FROM stage_transition WHERE client_id = $1 AND track = 'deportation'`,
      [client.id],
    );
    expect(step).toEqual({ to_stage: 'D1_INVESTIGATION', event_on: startedOn });
  });

  it('records an extension of provisional release with the new end, which the extension deadline follows', async () => {
    const client = await takeIn(await signedIn(server.api, caseworker), team, { dateOfBirth: uniqueBirthDate(), custody: { stage: 'D8_PROVISIONAL_RELEASE', reportingIntervalMonths: 1 } });
    const extendedOn = tokyoDate(server.api, -1);
    const until = tokyoDate(server.api, 45);
    const page = await openFile(client, 'status');
    const custody = page.getByRole('region', { name: '退去強制手続と身柄' });
    await custody.getByText('未記録').waitFor();

    await custody.getByRole('group', { name: '何がありましたか？' }).getByRole('radio', { name: '仮放免期間が延長された' }).check();
    // No reporting interval is asked for: the custody does not change.
    await expect(custody.getByLabel('届出・出頭の間隔（月）').count()).resolves.toBe(0);
    await custody.getByLabel('仮放免期間の延長が許可された日', { exact: true }).fill(extendedOn);
    await custody.getByLabel('延長後の満了日', { exact: true }).fill(until);
    await custody.getByRole('button', { name: '記録', exact: true }).click();
    await page.getByRole('status').getByText('退去強制手続・身柄の変化を記録しました。').waitFor();
    await custody.getByRole('definition').getByText(jaDate(until)).waitFor();

    const [deadline] = await server.api.dataSource.query<{ due_date: string }[]>(
      `SELECT due_date::text FROM deadline WHERE client_id = $1 AND kind = 'provisional-release-extension' AND status = 'open'`,
      [client.id],
    );
    expect(deadline.due_date <= until).toBe(true);
    await page.goto(`/clients/${client.id}?tab=deadlines`);
    await page.getByText('仮放免期間の延長').first().waitFor();
  });

  it('exports the whole file for the client, with the purpose and reason recorded', async () => {
    const client = await takeIn(await signedIn(server.api, caseworker), team, { dateOfBirth: uniqueBirthDate() });
    const page = await openFile(client, 'details');
    const section = page.getByRole('region', { name: 'ファイルの書き出し' });

    // Nothing is exported without a purpose and a reason.
    await section.getByRole('button', { name: 'ファイルをダウンロード（JSON）' }).click();
    await section.getByText('書き出す目的を選んでください。').waitFor();
    await section.getByLabel('目的').selectOption({ label: '本人からの開示請求' });
    await section.getByLabel('依頼者と提供先').fill('本人が窓口で請求、紙で手渡し');
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'ファイルをダウンロード（JSON）' }).click()]);
    expect(download.suggestedFilename()).toBe(`yorisoi-${client.caseNumber}.json`);
    const saved = await download.path();
    const document = JSON.parse(await readFile(saved, 'utf8')) as { client: { caseNumber: string }; purpose: string };
    expect(document).toMatchObject({ purpose: 'subject-access', client: { caseNumber: client.caseNumber } });
    await section.getByText('ファイルをダウンロードし、書き出しを記録しました。').waitFor();
    const [audited] = await server.api.dataSource.query<{ reason: string }[]>(`SELECT reason FROM audit_event WHERE client_id = $1 AND action = 'client.exported'`, [client.id]);
    expect(audited?.reason).toBe('本人が窓口で請求、紙で手渡し');
    await page.goto(`/clients/${client.id}?tab=timeline`);
    const entry = page.getByRole('listitem').filter({ hasText: 'ファイルを書き出し' });
    await entry.getByText('本人からの開示請求').waitFor();
    await entry.getByText('本人が窓口で請求、紙で手渡し').waitFor();
  });

  it('schedules an interview in Japan time from a computer elsewhere, and adds a note that shows on the timeline', async () => {
    const client = await takeIn(await signedIn(server.api, caseworker), team, { dateOfBirth: uniqueBirthDate() });
    const day = tokyoDate(server.api, 10);
    const opening = await openPage(browser, server.baseUrl, { locale: 'ja-JP', timezoneId: 'America/Los_Angeles' });
    opened.push(opening);
    const { page } = opening;
    await signInThroughPage(page, caseworker.email, caseworker.password);
    await page.goto(`/clients/${client.id}?tab=appointments`);
    await heading(page, `ファイル ${client.caseNumber}`).waitFor();
    await page.getByText('予定はありません。').waitFor();

    await page.getByLabel('種類', { exact: true }).selectOption({ label: '難民調査官のインタビュー' });
    await page.getByLabel('開始（日本時間）').fill(`${day}T10:00`);
    await page.getByLabel('場所').fill('東京出入国在留管理局 5階');
    await page.getByLabel('通訳の言語').fill('fa');
    await page.getByRole('button', { name: '登録', exact: true }).click();
    await page.getByRole('status').getByText('予定を登録しました。').waitFor();
    const upcoming = page.getByRole('region', { name: '今後の予定' });
    const interview = upcoming.getByRole('listitem').filter({ hasText: '難民調査官のインタビュー' });
    await interview.getByText(`${day.replaceAll('-', '/')} 10:00`).waitFor();
    await interview.getByText('東京出入国在留管理局 5階').waitFor();
    const [stored] = await server.api.dataSource.query<{ starts_at: Date; kind: string }[]>('SELECT starts_at, kind FROM appointment WHERE client_id = $1', [client.id]);
    expect(stored.kind).toBe('refugee-inquirer-interview');
    expect(stored.starts_at.toISOString()).toBe(new Date(`${day}T10:00:00+09:00`).toISOString());

    await page.getByRole('navigation', { name: 'ファイルの項目' }).getByRole('link', { name: '経過記録・メモ' }).click();
    await page.getByLabel('メモ', { exact: true }).fill('本人と電話で話し、インタビューの準備を始めた。\n通訳は同席予定。');
    await page.getByRole('button', { name: 'メモを追加' }).click();
    await page.getByRole('status').getByText('メモを追加しました。').waitFor();
    const timeline = page.getByRole('region', { name: '経過記録' });
    const note = timeline.getByRole('listitem').filter({ hasText: '本人と電話で話し、インタビューの準備を始めた。' });
    await note.getByText('メモ', { exact: true }).waitFor();
    await timeline.getByRole('listitem').filter({ hasText: '予定の登録' }).getByText(/難民調査官のインタビュー/).waitFor();
    await timeline.getByRole('listitem').filter({ hasText: '受付' }).waitFor();
    const [{ n }] = await server.api.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM timeline_event WHERE client_id = $1 AND kind = 'note'`, [client.id]);
    expect(n).toBe(1);
  });
});
