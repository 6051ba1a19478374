import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { CaughtMailService, REDACTED, startMailCatcher, type MailCatcher } from '#notifications';
import { createTeam, signedIn, type SignedInBrowser } from '../support/accounts.js';
import { pollUntil } from '../support/poll.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

/**
 * The `npm start` demo without SMTP_URL: the mail the api sends is caught and kept in the
 * database (as tools/start.ts does), and read through /api/caught-mail. An administrator must
 * not get anyone's way in from it: not the password-reset link of a caseworker they asked a
 * reset for, not the invitation link of a user they invited.
 */
describe('caught mail', () => {
  let api: TestApi;
  let catcher: MailCatcher;
  let admin: SignedInBrowser;
  let caseworker: SignedInBrowser;
  let colleague: SignedInBrowser;
  let team: string;

  beforeAll(async () => {
    // Kept in the database as `npm start` keeps it; mail only comes once the api is up.
    const mailbox: { store?: CaughtMailService } = {};
    catcher = await startMailCatcher({
      port: 0,
      onMessage: (message) => (mailbox.store ? mailbox.store.store(message) : Promise.reject(new Error('the api is not up yet'))),
    });
    api = await startTestApi({ env: { SMTP_URL: `smtp://127.0.0.1:${catcher.port}` } });
    mailbox.store = api.app.get(CaughtMailService);
    team = await createTeam(api);
    admin = await signedIn(api, { role: 'admin' });
    caseworker = await signedIn(api, { role: 'caseworker', memberOf: [team] });
    colleague = await signedIn(api, { role: 'caseworker', memberOf: [team] });
  });
  afterAll(async () => {
    await api.close();
    await catcher.close();
  });

  /** The message caught for this address, straight from the table: what the catcher kept. */
  async function caughtFor(email: string): Promise<{ id: string; text: string; html: string }> {
    await pollUntil(async () => (await api.dataSource.query(`SELECT 1 FROM caught_mail WHERE $1 = ANY(envelope_to)`, [email])).length > 0, 10_000, 50);
    const [row] = await api.dataSource.query<{ id: string; text_body: string; html_body: string }[]>(
      `SELECT id, text_body, html_body FROM caught_mail WHERE $1 = ANY(envelope_to) ORDER BY received_at DESC LIMIT 1`,
      [email],
    );
    return { id: row.id, text: row.text_body, html: row.html_body };
  }

  const tokenIn = (text: string) => /#token=([A-Za-z0-9_-]+)/.exec(text)?.[1];

  async function audited(messageId: string) {
    return api.dataSource.query<{ actor_user_id: string; outcome: string; target_type: string; details: Record<string, unknown> | null }[]>(
      `SELECT actor_user_id, outcome, target_type, details FROM audit_event WHERE action = 'caught-mail.read' AND target_id = $1 ORDER BY id`,
      [messageId],
    );
  }

  it('never shows an administrator the reset link of a caseworker they asked a reset for, and shows the caseworker theirs', async () => {
    expect((await request(api.server).post('/api/auth/password-reset').send({ email: caseworker.user.email })).status).toBe(202);
    const kept = await caughtFor(caseworker.user.email);
    const token = tokenIn(kept.text);
    expect(token).toBeDefined();
    expect(kept.html).toContain(token);

    // The administrator: the message is listed (recipient, subject, time), with no secret in it.
    const list = await admin.get('/api/caught-mail');
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).not.toContain(token);
    const listed = (list.body as { id: string; to: string[]; addressedToYou: boolean }[]).find((m) => m.id === kept.id);
    expect(listed).toMatchObject({ to: [caseworker.user.email], addressedToYou: false });

    // Opened, it reads as the same mail with the link's secret part hidden, in text and HTML.
    const opened = await admin.get(`/api/caught-mail/${kept.id}`);
    expect(opened.status).toBe(200);
    expect(JSON.stringify(opened.body)).not.toContain(token!);
    expect(JSON.stringify(opened.body)).not.toContain(token!.slice(0, 16));
    expect(opened.body).toMatchObject({ id: kept.id, addressedToYou: false, redacted: true, subject: 'Reset your Yorisoi password' });
    for (const body of [opened.body.text as string, opened.body.html as string]) {
      expect(body).toContain(`/reset-password#${REDACTED}`);
      expect(tokenIn(body)).toBeUndefined();
    }

    // The caseworker reads their own message in full, and its link works.
    const own = await caseworker.get('/api/caught-mail');
    expect((own.body as { id: string; addressedToYou: boolean }[]).find((m) => m.id === kept.id)?.addressedToYou).toBe(true);
    const mine = await caseworker.get(`/api/caught-mail/${kept.id}`);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ addressedToYou: true, redacted: false });
    expect(tokenIn(mine.body.text as string)).toBe(token);
    expect(mine.body.html as string).toContain(`#token=${token}`);
    const reset = await request(api.server).post('/api/auth/password-reset/complete').send({ token, newPassword: 'the caseworker chose this one' });
    expect(reset.status).toBe(204);

    // A colleague neither lists nor opens it: 404, as for a message that does not exist.
    expect(((await colleague.get('/api/caught-mail')).body as { id: string }[]).map((m) => m.id)).not.toContain(kept.id);
    const refused = await colleague.get(`/api/caught-mail/${kept.id}`);
    expect(refused.status).toBe(404);
    expect(refused.body.code).toBe('RECORD_NOT_FOUND');
    expect(JSON.stringify(refused.body)).not.toContain(token!);

    // Every opening is in the audit trail, with the message id and no personal data.
    expect(await audited(kept.id)).toEqual([
      { actor_user_id: admin.user.id, outcome: 'success', target_type: 'caught-mail', details: { addressedToReader: false, redacted: true } },
      { actor_user_id: caseworker.user.id, outcome: 'success', target_type: 'caught-mail', details: { addressedToReader: true, redacted: false } },
      { actor_user_id: colleague.user.id, outcome: 'denied', target_type: 'caught-mail', details: null },
    ]);
    const listings = await api.dataSource.query<{ actor_user_id: string }[]>(`SELECT actor_user_id FROM audit_event WHERE action = 'caught-mail.listed'`);
    expect(listings.map((l) => l.actor_user_id)).toEqual(expect.arrayContaining([admin.user.id, caseworker.user.id, colleague.user.id]));
  });

  it('never shows an administrator the invitation link of the user they invited', async () => {
    const email = `invitee-${Date.now()}@test.yorisoi.org`;
    const invited = await admin.post('/api/users', { email, displayName: 'New Colleague', role: 'caseworker', locale: 'ja', memberships: [{ teamId: team, kind: 'member' }] });
    expect(invited.status).toBe(201);
    const kept = await caughtFor(email);
    const token = tokenIn(kept.text);
    expect(token).toBeDefined();

    const opened = await admin.get(`/api/caught-mail/${kept.id}`);
    expect(opened.status).toBe(200);
    expect(JSON.stringify(opened.body)).not.toContain(token!);
    expect(opened.body.redacted).toBe(true);
    expect(opened.body.text as string).toContain(`/accept-invitation#${REDACTED}`);
    expect(opened.body.html as string).toContain(`/accept-invitation#${REDACTED}`);
    expect(JSON.stringify((await admin.get('/api/caught-mail')).body)).not.toContain(token!);
    expect(await audited(kept.id)).toHaveLength(1);
  });

  it('answers a message that does not exist like one that is not yours, and audits the attempt', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const answer = await colleague.get(`/api/caught-mail/${missing}`);
    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe('RECORD_NOT_FOUND');
    expect((await admin.get(`/api/caught-mail/${missing}`)).status).toBe(404);
    expect((await audited(missing)).map((a) => a.outcome)).toEqual(['denied', 'denied']);
    expect((await colleague.get('/api/caught-mail/not-a-uuid')).status).toBe(400);
    expect((await request(api.server).get('/api/caught-mail')).status).toBe(401);
  });
});
