import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { RetentionService } from '#clients';
import { createTeam, signedIn, type SignedInBrowser } from '../support/accounts.js';
import { takeIn } from '../support/clients.js';
import { freshDatabase } from '../support/fresh-database.js';
import { Mailbox } from '../support/mailbox.js';
import { pollUntil } from '../support/poll.js';
import { createPartnerService } from '../support/referrals.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

/**
 * Retention anonymises a closed file: what its referrals said about the client goes, with the
 * wording of its consents, and the partner's link closes; kinds, statuses and dates stay.
 */
describe('referrals when a closed file is anonymised', () => {
  const mailbox = new Mailbox();
  let api: TestApi;
  let team: string;
  let caseworker: SignedInBrowser;

  beforeAll(async () => {
    // A database of its own: retention anonymises every file of the installation that is due.
    const runtimeUrl = await freshDatabase('referral-retention');
    api = await startTestApi({ env: { DATABASE_URL: runtimeUrl, SMTP_URL: await mailbox.start() } });
    team = await createTeam(api);
    caseworker = await signedIn(api, { role: 'caseworker', memberOf: [team] });
  });
  afterAll(async () => {
    await api.close();
    await mailbox.stop();
  });

  it('erases reasons, shared fields, notes and consent wording, and closes the reply link', async () => {
    const shelter = await createPartnerService(await signedIn(api, { role: 'admin' }), { kind: 'housing' });
    const marker = `Zarghuna${Date.now() % 100000}`;
    const client = await takeIn(caseworker, team, { familyName: marker });
    await caseworker.post(`/api/clients/${client.id}/referral-consents`, { partnerId: shelter.partnerId, givenOn: '2026-01-05', scope: `Shelter for ${marker}` });
    const draft = await caseworker.post(`/api/clients/${client.id}/referrals`, { serviceId: shelter.serviceId, reason: `${marker} needs a bed`, urgency: 'today', sharedFields: ['name'] });
    const sent = await caseworker.post(`/api/clients/${client.id}/referrals/${draft.body.id}/send`, { version: draft.body.version });
    expect(sent.status).toBe(200);
    await pollUntil(() => Promise.resolve(mailbox.messages.some((m) => m.envelopeTo.includes(shelter.email))), 5_000, 25);
    const token = Mailbox.tokenIn(mailbox.messages.find((m) => m.envelopeTo.includes(shelter.email))!);
    expect((await request(api.server).post(`/api/partner-replies/${draft.body.id}`).send({ token })).status).toBe(200);
    // Where the marker was written, so the empty answer below means something.
    const holding = async () =>
      (
        await api.dataSource.query<{ n: number }[]>(
          `SELECT (SELECT count(*) FROM referral WHERE reason LIKE $1 OR shared_rows::text LIKE $1)::int + (SELECT count(*) FROM referral_consent WHERE scope LIKE $1)::int AS n`,
          [`%${marker}%`],
        )
      )[0]?.n;
    expect(await holding()).toBe(2);

    const current = await caseworker.get(`/api/clients/${client.id}`);
    expect((await caseworker.post(`/api/clients/${client.id}/close`, { version: current.body.version, reason: 'Client left Japan' })).status).toBe(200);
    await api.dataSource.query(`UPDATE client SET closed_at = closed_at - make_interval(days => $2) WHERE id = $1`, [client.id, api.config.clientRetentionDays + 1]);
    expect(await api.app.get(RetentionService).anonymiseDue()).toBe(1);

    expect(await holding()).toBe(0);
    const [row] = await api.dataSource.query<{ status: string; service_kind: string; sent_on: string | null; shared_rows: unknown; shared_fields: string[] }[]>(
      'SELECT status, service_kind, sent_on::text, shared_rows, shared_fields FROM referral WHERE id = $1',
      [draft.body.id],
    );
    expect(row).toMatchObject({ status: 'sent', service_kind: 'housing', shared_rows: null, shared_fields: [] });
    expect(row?.sent_on).not.toBeNull();
    const closed = await request(api.server).post(`/api/partner-replies/${draft.body.id}`).send({ token });
    expect({ status: closed.status, code: closed.body.code }).toEqual({ status: 410, code: 'REPLY_LINK_EXPIRED' });
  });
});
