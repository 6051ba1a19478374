import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { createUser, type TestUser } from '../support/accounts.js';
import {
  closesDashboard,
  heading,
  horizontalOverflow,
  launchChromium,
  openPage,
  signInThroughPage,
  startDashboard,
  type DashboardPage,
  type DashboardServer,
} from '../support/browser.js';

jest.setTimeout(40_000);

describe('dashboard: teams, audit trail and caught mail', () => {
  let server: DashboardServer;
  let browser: Browser;
  let admin: TestUser;
  const opened: DashboardPage[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDashboard(), launchChromium()]);
    admin = await createUser(server.api, { role: 'admin', locale: 'ja' });
  });
  closesDashboard(opened, () => ({ server, browser }));

  async function signedInAdmin(viewport?: { width: number; height: number }): Promise<Page> {
    const opening = await openPage(browser, server.baseUrl, { locale: 'ja-JP', viewport });
    opened.push(opening);
    await signInThroughPage(opening.page, admin.email, admin.password);
    await heading(opening.page, 'ユーザー').waitFor();
    return opening.page;
  }

  it('creates a team, adds a caseworker and a supervisor to it, removes one and renames the team', async () => {
    const caseworker = await createUser(server.api, { role: 'caseworker' });
    await server.api.dataSource.query(`UPDATE user_account SET display_name = 'Aoki Caseworker' WHERE id = $1`, [caseworker.id]);
    const supervisor = await createUser(server.api, { role: 'supervisor' });
    await server.api.dataSource.query(`UPDATE user_account SET display_name = 'Baba Supervisor' WHERE id = $1`, [supervisor.id]);
    const name = `Osaka ${Date.now()}`;
    const page = await signedInAdmin();

    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'チーム' }).click();
    await heading(page, 'チーム').waitFor();
    await page.getByLabel('チーム名', { exact: true }).fill(name);
    await page.getByRole('button', { name: '作成', exact: true }).click();
    await page.getByRole('status').getByText(`チーム「${name}」を作成しました。`).waitFor();
    await page.getByRole('link', { name }).click();
    await heading(page, name).waitFor();

    const person = page.getByLabel('追加する人');
    await person.selectOption({ label: `Aoki Caseworker (${caseworker.email})` });
    await page.getByRole('button', { name: 'チームに追加' }).click();
    await page.getByRole('status').getByText('Aoki Caseworker さんをチームに追加しました。').waitFor();

    await person.selectOption({ label: `Baba Supervisor (${supervisor.email})` });
    await page.getByLabel('立場').selectOption({ label: '監督者' });
    await page.getByRole('button', { name: 'チームに追加' }).click();
    await page.getByRole('status').getByText('Baba Supervisor さんをチームに追加しました。').waitFor();
    await page.getByText('メンバー 1人・監督者 1人').waitFor();
    const memberships = await server.api.dataSource.query<{ user_id: string; kind: string }[]>(
      'SELECT m.user_id, m.kind FROM team_membership m JOIN team t ON t.id = m.team_id WHERE t.name = $1 ORDER BY m.kind',
      [name],
    );
    expect(memberships).toEqual([
      { user_id: caseworker.id, kind: 'member' },
      { user_id: supervisor.id, kind: 'supervisor' },
    ]);

    await page.getByRole('button', { name: 'Aoki Caseworker さんをチームから外す' }).click();
    await page.getByRole('status').getByText('Aoki Caseworker さんをチームから外しました。').waitFor();
    await page.getByText('メンバー 0人・監督者 1人').waitFor();

    const renamed = `${name} (renamed)`;
    await page.getByLabel('チーム名', { exact: true }).fill(renamed);
    await page.getByRole('button', { name: '変更', exact: true }).click();
    await heading(page, renamed).waitFor();
  });

  it('pages through the audit trail and filters it by person and time range (in Japan time)', async () => {
    const actor = await createUser(server.api, { role: 'caseworker' });
    // 60 sign-ins by one person, one a minute from 09:00 Tokyo time on 2 March 2026.
    await server.api.dataSource.query(
      `INSERT INTO audit_event (occurred_at, actor_user_id, actor_role, action, outcome, target_type)
       SELECT timestamptz '2026-03-02 09:00:00+09' + make_interval(mins => n), $1, 'caseworker', 'auth.sign-in', 'success', 'session'
         FROM generate_series(0, 59) AS n`,
      [actor.id],
    );
    const page = await signedInAdmin();
    await page.goto(`/audit?userId=${actor.id}`);
    await heading(page, '監査ログ').waitFor();
    await page.getByText('50件を表示（さらに古い記録があります）').waitFor();
    const rows = page.locator('table tbody tr');
    expect(await rows.count()).toBe(50);
    // Newest first, shown in Japan time although this browser runs in Los Angeles.
    await expect(rows.first().locator('td').first().textContent()).resolves.toBe('2026/03/02 09:59');
    await expect(rows.first().getByText('ログイン（パスワード）').isVisible()).resolves.toBe(true);

    await page.getByRole('button', { name: 'さらに古い記録を読み込む' }).click();
    await page.getByText('60件を表示', { exact: true }).waitFor();
    await expect(rows.last().locator('td').first().textContent()).resolves.toBe('2026/03/02 09:00');
    await expect(page.getByRole('button', { name: 'さらに古い記録を読み込む' }).count()).resolves.toBe(0);

    await page.getByLabel('開始（日本時間）').fill('2026-03-02T09:10');
    await page.getByLabel('終了（日本時間）').fill('2026-03-02T09:20');
    await page.getByRole('button', { name: '表示', exact: true }).click();
    await page.getByText('10件を表示', { exact: true }).waitFor();
    const url = new URL(page.url());
    expect(url.searchParams.get('from')).toBe('2026-03-02T09:10');
    expect(url.searchParams.get('userId')).toBe(actor.id);

    await page.getByLabel('クライアントID').fill('not-a-uuid');
    await page.getByRole('button', { name: '表示', exact: true }).click();
    await page.getByText('クライアントIDを完全な形で入力してください（例：3f2b8c1e-…）。').waitFor();
  });

  it('reads caught mail as text, with another person’s sign-in link hidden, and shows its HTML only inside an iframe sandboxed with no permissions', async () => {
    const subject = `Caught ${Date.now()}`;
    const token = 'p0Xq7LmZr3Vt9KsB2wNc5YdH8gJf1uAeRi6oTb4QkWs';
    const [{ id }] = await server.api.dataSource.query<[{ id: string }]>(
      `INSERT INTO caught_mail (received_at, envelope_from, envelope_to, subject, message_id, text_body, html_body)
       VALUES (now(), 'no-reply@yorisoi.invalid', ARRAY['someone@test.yorisoi.org'], $1, '<m1@yorisoi>', $2, $3) RETURNING id`,
      [
        subject,
        `Hello,\nset your password: http://example.invalid/accept-invitation#token=${token}`,
        `<p id="greeting">Hello</p><p><a href="http://example.invalid/accept-invitation#token=${token}">Set</a></p><script>parent.document.title = "owned"</script><img src="x" onerror="parent.document.title = 'owned'">`,
      ],
    );
    const page = await signedInAdmin({ width: 420, height: 800 });
    await page.getByRole('link', { name: '送信メールの控え' }).click();
    await heading(page, '送信メールの控え').waitFor();
    await page.getByRole('link', { name: subject }).click();
    await heading(page, subject).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/caught-mail/${id}`);
    await expect(page.getByLabel('メール本文').textContent()).resolves.toContain('set your password: http://example.invalid/accept-invitation#[redacted]');
    await page.getByText('このメールは他の人宛てです。').waitFor();
    expect(await page.content()).not.toContain(token);

    await page.getByRole('button', { name: '書式付き（HTML）' }).click();
    const frame = page.locator('iframe.mail-html');
    await frame.waitFor();
    expect(await frame.getAttribute('sandbox')).toBe('');
    await page.frameLocator('iframe.mail-html').locator('#greeting').waitFor();
    expect(await frame.getAttribute('srcdoc')).not.toContain(token);
    await page.waitForTimeout(300);
    expect(await page.title()).toBe(`${subject} — Yorisoi`);
    // Chromium reports each script the sandbox stopped; those reports are the point here.
    const problems = opened.at(-1)!.problems;
    const blocked = problems.filter((problem) => /Blocked script execution in 'about:srcdoc'/.test(problem));
    expect(blocked.length).toBeGreaterThan(0);
    problems.splice(0, problems.length, ...problems.filter((problem) => !blocked.includes(problem)));
  });

  it('shows a caseworker the caught mail sent to them, in full, and nobody else’s', async () => {
    const caseworker = await createUser(server.api, { role: 'caseworker', locale: 'ja' });
    const token = 'a8Kd2LqW5zXn0TcV7bYr4MsJ9hGp3FeU6oRi1NwQtBx';
    const insert = (to: string, subject: string) =>
      server.api.dataSource.query(
        `INSERT INTO caught_mail (received_at, envelope_from, envelope_to, subject, message_id, text_body, html_body)
         VALUES (now(), 'no-reply@yorisoi.invalid', ARRAY[$1], $2, NULL, $3, NULL)`,
        [to, subject, `Choose a new password: http://example.invalid/reset-password#token=${token}`],
      );
    const own = `Yours ${Date.now()}`;
    const others = `Not yours ${Date.now()}`;
    await insert(caseworker.email, own);
    await insert('someone-else@test.yorisoi.org', others);

    const opening = await openPage(browser, server.baseUrl, { locale: 'ja-JP' });
    opened.push(opening);
    const { page } = opening;
    await signInThroughPage(page, caseworker.email, caseworker.password);
    await heading(page, 'ホーム').waitFor();
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '送信メールの控え' }).click();
    await heading(page, '送信メールの控え').waitFor();
    await page.getByRole('link', { name: own }).waitFor();
    await expect(page.getByRole('link', { name: others }).count()).resolves.toBe(0);
    await page.getByRole('link', { name: own }).click();
    await heading(page, own).waitFor();
    await expect(page.getByLabel('メール本文').textContent()).resolves.toContain(`reset-password#token=${token}`);
    await expect(page.getByText('このメールは他の人宛てです。').count()).resolves.toBe(0);
  });

  it('fits a narrow window: navigation stays reachable and nothing overflows sideways', async () => {
    const page = await signedInAdmin({ width: 375, height: 740 });
    const nav = page.getByRole('navigation', { name: 'メインメニュー' });
    await nav.getByRole('link', { name: '監査ログ' }).click();
    await heading(page, '監査ログ').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});
