import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { ReportRefresh } from '#reports';
import { createTeam, createUser, signedIn, type SignedInBrowser, type TestUser } from '../support/accounts.js';
import { closesDashboard, heading, horizontalOverflow, launchChromium, openPage, signInThroughPage, startDashboard, type DashboardPage, type DashboardServer } from '../support/browser.js';
import { takeIn } from '../support/clients.js';
import { openApplication, recordStep, setDisplayName, tokyoDate, uniqueBirthDate } from '../support/dashboard-clients.js';
import { freshDatabase } from '../support/fresh-database.js';
import { pollUntil } from '../support/poll.js';

jest.setTimeout(120_000);

/** The canvas as the page sees it; the test project is typed for Node, not the DOM. */
interface PageCanvas {
  readonly width: number;
  readonly height: number;
  getContext(kind: '2d'): { getImageData(x: number, y: number, width: number, height: number): { readonly data: ArrayLike<number> } } | null;
}

interface File {
  readonly id: string;
  readonly caseNumber: string;
}

/**
 * The world, in a database of its own so the administrator's organisation-wide figures are only
 * these files. Two teams, one supervisor over both; each step backdated into the two years
 * before this one (Y = this year in Japan), so the default period (the last three calendar
 * years) holds every step:
 *
 *   Kanto (caseworker Aoki)                    Kansai (caseworker Baba)
 *   a1 filed Y-2-02, recognised Y-2-09         b1 filed Y-2-04, refused Y-2-10, review requested Y-2-10
 *   a2 filed Y-2-03, refused Y-1-01 (no review: the 7-day review request is overdue)
 *   a3 filed Y-1-05, CP granted Y-1-11         b2 filed Y-1-02, recognised Y-1-07
 *   a4 filed Y-1-06, withdrawn Y-1-08, closed today
 *
 * A decision counts on the day its notice was received (the step's event date).
 */
describe('dashboard: reports for supervisors and administrators, with charts and exports', () => {
  let server: DashboardServer;
  let browser: Browser;
  let supervisor: TestUser;
  let admin: TestUser;
  let aoki: TestUser;
  let baba: TestUser;
  let kanto: string;
  let kansai: string;
  let asBaba: SignedInBrowser;
  let y: number;
  const files: Record<'a1' | 'a2' | 'a3' | 'a4' | 'b1' | 'b2', File> = {} as never;
  const opened: DashboardPage[] = [];

  const refresh = async () => {
    const result = await server.api.app.get(ReportRefresh, { strict: false }).run();
    if (!result) throw new Error('another refresh held the lock');
    return result;
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDashboard({ env: { DATABASE_URL: await freshDatabase('reports_dashboard') } }), launchChromium()]);
    y = Number(tokyoDate(server.api).slice(0, 4));
    kanto = await createTeam(server.api, 'Kanto');
    kansai = await createTeam(server.api, 'Kansai');
    supervisor = await createUser(server.api, { role: 'supervisor', locale: 'ja', supervises: [kanto, kansai] });
    admin = await createUser(server.api, { role: 'admin', locale: 'ja' });
    aoki = await createUser(server.api, { role: 'caseworker', memberOf: [kanto] });
    baba = await createUser(server.api, { role: 'caseworker', memberOf: [kansai] });
    await setDisplayName(server.api, aoki.id, 'Aoki Caseworker');
    await setDisplayName(server.api, baba.id, 'Baba Caseworker');
    const asAoki = await signedIn(server.api, aoki);
    asBaba = await signedIn(server.api, baba);

    const file = async (as: SignedInBrowser, team: string, steps: { to: string; dates?: Record<string, string> }[]): Promise<File> => {
      const client = await takeIn(as, team, { dateOfBirth: uniqueBirthDate() });
      const application = await openApplication(as, client.id);
      for (const step of steps) await recordStep(as, client.id, application, step);
      return client;
    };
    const decided = (to: string, decidedOn: string, noticeReceivedOn: string) => ({ to, dates: { decidedOn, noticeReceivedOn } });
    const [y1, y2] = [y - 1, y - 2];
    files.a1 = await file(asAoki, kanto, [{ to: 'P1_FILED', dates: { filedOn: `${y2}-02-03` } }, decided('P3_RECOGNISED_REFUGEE', `${y2}-09-10`, `${y2}-09-14`)]);
    files.a2 = await file(asAoki, kanto, [{ to: 'P1_FILED', dates: { filedOn: `${y2}-03-02` } }, decided('P3_REFUSED', `${y1}-01-08`, `${y1}-01-13`)]);
    files.a3 = await file(asAoki, kanto, [{ to: 'P1_FILED', dates: { filedOn: `${y1}-05-07` } }, decided('P3_CP_ONLY', `${y1}-11-04`, `${y1}-11-06`)]);
    files.a4 = await file(asAoki, kanto, [
      { to: 'P1_FILED', dates: { filedOn: `${y1}-06-02` } },
      { to: 'P_WITHDRAWN', dates: { withdrawnOn: `${y1}-08-19` } },
    ]);
    files.b1 = await file(asBaba, kansai, [
      { to: 'P1_FILED', dates: { filedOn: `${y2}-04-01` } },
      decided('P3_REFUSED', `${y2}-09-29`, `${y2}-10-02`),
      { to: 'P4_APPEAL_WINDOW' },
      { to: 'P5_APPEAL_PENDING', dates: { requestFiledOn: `${y2}-10-07` } },
    ]);
    files.b2 = await file(asBaba, kansai, [{ to: 'P1_FILED', dates: { filedOn: `${y1}-02-10` } }, decided('P3_RECOGNISED_REFUGEE', `${y1}-06-26`, `${y1}-07-02`)]);
    const a4 = await asAoki.get(`/api/clients/${files.a4.id}`);
    const closed = await asAoki.post(`/api/clients/${files.a4.id}/close`, { version: (a4.body as { version: number }).version, reason: 'Application withdrawn; support ended' });
    expect(closed.status).toBe(200);
    await refresh();
  });
  closesDashboard(opened, () => ({ server, browser }));

  async function openReports(user: TestUser, landing: string): Promise<Page> {
    const opening = await openPage(browser, server.baseUrl, { locale: 'ja-JP' });
    opened.push(opening);
    await signInThroughPage(opening.page, user.email, user.password);
    await heading(opening.page, landing).waitFor();
    await opening.page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'レポート' }).click();
    await heading(opening.page, 'レポート').waitFor();
    return opening.page;
  }

  /** A figure of the page, by the cell's test id, once it is on screen. */
  async function figure(page: Page, testId: string): Promise<string> {
    const cell = page.getByTestId(testId);
    await cell.waitFor();
    return (await cell.innerText()).trim();
  }

  /** Waits until the cell shows `expected` (figures reload after every filter change). */
  async function showsFigure(page: Page, testId: string, expected: string): Promise<void> {
    await page.getByTestId(testId).filter({ hasText: new RegExp(`^\\s*${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) }).waitFor();
  }

  async function saved(download: Download): Promise<Buffer> {
    const path = await download.path();
    return readFile(path);
  }

  /** The numbers of a table row as the page shows them (counts, "33.3%", "—" for none). */
  async function rowTexts(row: Locator): Promise<string[]> {
    return (await row.locator('td').allInnerTexts()).map((text) => text.trim());
  }

  /** The figures of a sheet's data rows (after its title and column names), from the second column on; null for an empty cell. */
  function sheetFigures(sheet: ExcelJS.Worksheet): unknown[][] {
    const width = sheet.getRow(2).cellCount;
    const rows: unknown[][] = [];
    for (let row = 3; row <= sheet.rowCount; row++) {
      const cells: unknown[] = [];
      for (let column = 2; column <= width; column++) cells.push(sheet.getRow(row).getCell(column).value ?? null);
      rows.push(cells);
    }
    return rows;
  }

  /** Every section has loaded what the current filters ask for. */
  async function settled(page: Page): Promise<void> {
    const loading = page.locator('main [aria-busy="true"], main .loading');
    await pollUntil(async () => (await loading.count()) === 0, 15_000, 50);
  }

  it('shows a supervisor the hand-counted figures, and follows the period, the team and the granularity', async () => {
    const page = await openReports(supervisor, 'ホーム');
    const [y1, y2] = [y - 1, y - 2];

    // The data version of the refresh above, and the sections' figures over both teams.
    await page.getByTestId('data-version').getByText('集計時点：').waitFor();
    await showsFigure(page, `outcomes-${y2}-filedFirst`, '3');
    expect(await figure(page, `outcomes-${y2}-recognised`)).toBe('1');
    expect(await figure(page, `outcomes-${y2}-refused`)).toBe('1');
    expect(await figure(page, `outcomes-${y2}-reviewRequested`)).toBe('1');
    expect(await figure(page, `outcomes-${y1}-filedFirst`)).toBe('3');
    expect(await figure(page, `outcomes-${y1}-recognised`)).toBe('1');
    expect(await figure(page, `outcomes-${y1}-complementaryProtection`)).toBe('1');
    expect(await figure(page, `outcomes-${y1}-refused`)).toBe('1');
    expect(await figure(page, `outcomes-${y1}-withdrawn`)).toBe('1');
    expect(await figure(page, `outcomes-${y}-filedFirst`)).toBe('0');
    // Recognition rate: recognised ÷ (recognised + CP + refused) — Y-1: 1 ÷ 3.
    expect(await figure(page, `outcomes-${y1}-recognitionRate`)).toBe('33.3%');
    expect(await figure(page, `outcomes-${y}-recognitionRate`)).toContain('—');
    // Every chart has drawn on its canvas (axes, bars, lines: pixels that are not transparent).
    for (const chart of ['chart-decisions', 'chart-per-hundred', 'chart-open-files', 'chart-intakes-closures']) {
      const painted = await page
        .getByTestId(chart)
        .locator('canvas')
        .evaluate((element) => {
          // Runs inside the page: self-contained.
          const canvas = element as unknown as PageCanvas;
          const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
          let count = 0;
          for (let alpha = 3; alpha < pixels.length; alpha += 4) if (pixels[alpha] > 0) count++;
          return count;
        });
      expect(painted).toBeGreaterThan(1_000);
    }

    // Time in stage: Y-1 ends a2's, a3's and b2's first instance; too few for a median.
    expect(await figure(page, `time-${y1}-filed-to-decision-count`)).toBe('3');
    expect(await figure(page, `time-${y1}-filed-to-decision-medianDays`)).toBe('5件未満');
    expect(await figure(page, `time-${y2}-decision-to-review-request-count`)).toBe('1');

    // Caseloads: a1 alone at the end of its first month; all six by the end of Y-1; a4 closed this month.
    await page.getByTestId('caseload-months').locator('summary').click();
    expect(await figure(page, `caseload-${y2}-02-openFiles`)).toBe('1');
    expect(await figure(page, `caseload-${y2}-02-intakes`)).toBe('1');
    expect(await figure(page, `caseload-${y1}-12-openFiles`)).toBe('6');
    const thisMonth = tokyoDate(server.api).slice(0, 7);
    expect(await figure(page, `caseload-${thisMonth}-closures`)).toBe('1');
    expect(await figure(page, `caseload-${thisMonth}-openFiles`)).toBe('5');
    expect(await figure(page, 'at-risk-openFiles')).toBe('5');
    expect(await figure(page, `caseworker-${kanto}-${aoki.id}-openNow`)).toBe('3');
    expect(await figure(page, `caseworker-${kansai}-${baba.id}-openNow`)).toBe('2');
    expect(await figure(page, 'documents-openFiles')).toBe('5');
    // Wide tables scroll inside their frames; the page itself never scrolls sideways.
    await settled(page);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // No case number anywhere in a report.
    const text = await page.locator('main').innerText();
    for (const f of Object.values(files)) expect(text).not.toContain(f.caseNumber);

    // Disaggregation of Y-1: three filings (a3, a4, b2), all Afghan, and one of each decision:
    // every count from 1 to 4 is hidden as "< 5", also in the totals (what else is withheld so
    // that none can be worked out is the suppression's own test).
    await page.getByRole('region', { name: '属性別の集計' }).getByLabel('年', { exact: true }).selectOption({ label: `${y1}年` });
    await showsFigure(page, 'disaggregation-nationality-AFG-filed', '< 5');
    await settled(page);
    const cells = await page.locator('table[data-testid^="disaggregation-"] td').allInnerTexts();
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell.trim()).not.toMatch(/^[1-4]$/);
    expect(cells.map((cell) => cell.trim())).toContain('< 5');

    // One team: Kanto's figures only.
    await page.getByLabel('チーム', { exact: true }).selectOption({ label: 'Kanto' });
    await showsFigure(page, `outcomes-${y2}-filedFirst`, '2');
    expect(await figure(page, `outcomes-${y2}-reviewRequested`)).toBe('0');
    expect(await figure(page, `outcomes-${y1}-recognised`)).toBe('0');
    expect(await figure(page, `outcomes-${y1}-refused`)).toBe('1');
    await showsFigure(page, `caseload-${y1}-12-openFiles`, '4');
    expect(new URL(page.url()).searchParams.get('team')).toBe(kanto);

    // By quarter: a1's recognition in Q3 of Y-2.
    await page.getByLabel('集計単位').selectOption({ label: '四半期' });
    await showsFigure(page, `outcomes-${y2}-Q3-recognised`, '1');
    expect(await figure(page, `outcomes-${y2}-Q1-filedFirst`)).toBe('2');
    await page.getByLabel('集計単位').selectOption({ label: '年' });
    await showsFigure(page, `outcomes-${y2}-filedFirst`, '2');

    // The months of Y-1 only: no row for the other years.
    await page.getByLabel('開始月').fill(`${y1}-01`);
    await page.getByLabel('終了月').fill(`${y1}-12`);
    await page.getByTestId(`outcomes-${y}-filedFirst`).waitFor({ state: 'detached' });
    await settled(page);
    expect(await figure(page, `outcomes-${y1}-filedFirst`)).toBe('2');
    expect(await page.getByTestId(`outcomes-${y2}-filedFirst`).count()).toBe(0);
    expect(await page.getByTestId('outcomes-table').locator('tbody tr').count()).toBe(1);
    expect(await page.getByLabel('期間', { exact: true }).inputValue()).toBe('custom');
    await page.getByLabel('期間', { exact: true }).selectOption({ label: '過去3年' });
    await showsFigure(page, `outcomes-${y2}-filedFirst`, '2');
  });

  it('downloads the CSV and the XLSX of what is on screen, and leads from an overdue count to the overdue files', async () => {
    const page = await openReports(supervisor, 'ホーム');
    const y1 = y - 1;
    await page.getByLabel('チーム', { exact: true }).selectOption({ label: 'Kanto' });
    await showsFigure(page, `outcomes-${y - 2}-filedFirst`, '2');

    // Neither a2 (refused, notice Y-1-01-13) nor a3 (refugee status refused with CP, notice Y-1-11-06)
    // asked for review within 7 days: both requests are overdue, in January and November of Y-1.
    await showsFigure(page, 'deadlines-total-review-request-overdue', '2');
    await showsFigure(page, `deadlines-${y1}-01-review-request-overdue`, '1');
    await showsFigure(page, `deadlines-${y1}-11-review-request-overdue`, '1');
    await settled(page);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSVをダウンロード' }).click()]);
    expect(csv.suggestedFilename()).toBe(`yorisoi-report-${y - 2}-01-${tokyoDate(server.api).slice(0, 7)}.csv`);
    const csvBytes = await saved(csv);
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csvBytes.toString('utf8')).toContain('Kanto');

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Excel（XLSX）をダウンロード' }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/^yorisoi-report-.*\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await saved(xlsx)).buffer);

    // The outcome sheet: title, column names, one row per year, the same figures as the table.
    const outcomes = workbook.getWorksheet('手続の結果');
    if (!outcomes) throw new Error(`no outcome sheet in ${workbook.worksheets.map((sheet) => sheet.name).join(', ')}`);
    const screenOutcomes = page.getByTestId('outcomes-table').locator('tbody tr');
    const outcomeFigures = sheetFigures(outcomes);
    expect(outcomeFigures.length).toBe(await screenOutcomes.count());
    for (const [index, values] of outcomeFigures.entries()) {
      const shown = await rowTexts(screenOutcomes.nth(index));
      expect(shown.length).toBe(values.length);
      values.forEach((value, column) => {
        if (value === null) expect(shown[column]).toContain('—');
        else expect(Number(shown[column].replace(/[,%]/g, ''))).toBe(value);
      });
    }
    expect(outcomes.getRow(3).getCell(1).value).toBe(String(y - 2));

    // Deadlines kept, totals by kind: the same rows in the same order.
    const totals = workbook.getWorksheet('期限（種類別）');
    if (!totals) throw new Error(`no deadline sheet in ${workbook.worksheets.map((sheet) => sheet.name).join(', ')}`);
    const screenTotals = page.getByTestId('deadlines-totals-table').locator('tbody tr');
    const totalFigures = sheetFigures(totals);
    expect(totalFigures.length).toBe(await screenTotals.count());
    for (const [index, values] of totalFigures.entries()) {
      expect((await rowTexts(screenTotals.nth(index))).map(Number)).toEqual(values);
    }
    const about = workbook.worksheets[0];
    const header = about.getSheetValues().flat().map(String).join(' ');
    expect(header).toContain('Kanto');

    // The overdue count of a month leads to the live list of those deadlines, and on to the file.
    await page.getByTestId(`deadlines-${y1}-01-review-request-overdue`).getByRole('link').click();
    await heading(page, '超過中の期限').waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/team/overdue');
    expect(Object.fromEntries(url.searchParams)).toEqual({ teamId: kanto, kind: 'review-request', dueFrom: `${y1}-01-01`, dueTo: `${y1}-01-31` });
    const overdue = page.getByRole('table', { name: '超過中の期限' });
    const row = overdue.getByRole('row').filter({ hasText: files.a2.caseNumber });
    await row.getByText('審査請求').first().waitFor();
    await row.getByText('Aoki Caseworker').waitFor();
    expect(await overdue.locator('tbody tr').count()).toBe(1);

    // The period's count lists both.
    await page.goBack();
    await page.getByTestId('deadlines-total-review-request-overdue').getByRole('link').click();
    await heading(page, '超過中の期限').waitFor();
    expect(new URL(page.url()).searchParams.get('dueFrom')).toBe(`${y - 2}-01-01`);
    await overdue.getByRole('row').filter({ hasText: files.a3.caseNumber }).waitFor();
    expect(await overdue.locator('tbody tr').count()).toBe(2);
    await overdue.getByRole('link', { name: files.a2.caseNumber }).click();
    await heading(page, `ファイル ${files.a2.caseNumber}`).waitFor();
  });

  it('shows an administrator the organisation in aggregate: no caseworker, no link to files', async () => {
    const page = await openReports(admin, 'ユーザー');
    await page.getByText('管理者には団体全体の集計だけが表示されます。', { exact: false }).waitFor();
    await showsFigure(page, `outcomes-${y - 2}-filedFirst`, '3');
    expect(await figure(page, 'deadlines-total-review-request-overdue')).toBe('2');
    // b1 asked for review on the 5th day after the notice.
    expect(await figure(page, 'deadlines-total-review-request-metOnTime')).toBe('1');
    expect(await page.getByTestId('deadlines-total-review-request-overdue').getByRole('link').count()).toBe(0);
    await page.getByText('ケースワーカーごとの数値は、チームの監督者にだけ表示されます。').waitFor();
    expect(await page.getByTestId('caseworkers-table').count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toContain('Aoki Caseworker');
    // On a phone the charts shrink (once Chart.js has seen the new width) and the tables scroll in
    // their frames: nothing overflows sideways. Chart.js redraws on its own schedule, which took
    // over 5 s once in a loaded CI run on slow shared cores.
    await page.setViewportSize({ width: 375, height: 740 });
    await settled(page);
    await pollUntil(async () => (await horizontalOverflow(page)) <= 0, 15_000);
    // Administrators do not reach the overdue files either.
    await page.goto('/team/overdue');
    await heading(page, 'あなたの役割では利用できません').waitFor();
  });

  it('refreshes on request and shows the new figures when the worker has finished', async () => {
    const page = await openReports(supervisor, 'ホーム');
    const y1 = y - 1;
    await showsFigure(page, `outcomes-${y1}-filedFirst`, '3');
    const before = await page.getByTestId('data-version').innerText();

    const late = await takeIn(asBaba, kansai, { dateOfBirth: uniqueBirthDate() });
    await recordStep(asBaba, late.id, await openApplication(asBaba, late.id), { to: 'P1_FILED', dates: { filedOn: `${y1}-03-16` } });
    await page.getByRole('button', { name: '今すぐ更新' }).click();
    await page.getByRole('status').filter({ hasText: '集計し直しています' }).waitFor();
    // No worker runs beside this api: the rebuild the request queued is run here.
    await refresh();
    await showsFigure(page, `outcomes-${y1}-filedFirst`, '4');
    expect(await page.getByTestId('data-version').innerText()).not.toBe(before);
    expect(await page.getByRole('button', { name: '今すぐ更新' }).isEnabled()).toBe(true);
  });
});
