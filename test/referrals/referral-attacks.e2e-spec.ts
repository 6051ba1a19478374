import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createTeam, signedIn, type SignedInBrowser } from '../support/accounts.js';
import { takeIn } from '../support/clients.js';
import { Mailbox } from '../support/mailbox.js';
import { pollUntil } from '../support/poll.js';
import { createPartnerService, type TestPartnerService } from '../support/referrals.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

interface Referral {
  id: string;
  status: string;
  version: number;
}

/**
 * Referrals attacked the ways the outside review attacked the rest: emergency access used to
 * write (to send a client's data to a third party), parallel requests racing a send, a partner's
 * answer or a consent withdrawal, and an administrator without emergency access.
 */
describe('referrals under attack', () => {
  const mailbox = new Mailbox();
  let api: TestApi;
  let team: string;
  let otherTeam: string;
  let caseworker: SignedInBrowser;
  let shelter: TestPartnerService;

  beforeAll(async () => {
    // A pool smaller than the races below: a request that held its transaction's connection and
    // asked for another would wait for one that the racing requests hold, and fail (CI once saw a
    // send do so when ten racing sends took the ten connections of the default pool).
    api = await startTestApi({ env: { SMTP_URL: await mailbox.start(), DATABASE_POOL_SIZE: '3' } });
    team = await createTeam(api);
    otherTeam = await createTeam(api);
    caseworker = await signedIn(api, { role: 'caseworker', memberOf: [team] });
    shelter = await createPartnerService(await signedIn(api, { role: 'admin' }), { kind: 'housing' });
  });
  afterAll(async () => {
    await api.close();
    await mailbox.stop();
  });

  async function fileWithDraft(): Promise<{ clientId: string; referral: Referral; consent: { id: string; version: number } }> {
    const file = await takeIn(caseworker, team);
    const consent = await caseworker.post(`/api/clients/${file.id}/referral-consents`, { partnerId: shelter.partnerId, givenOn: '2026-01-05', scope: 'Shelter' });
    const created = await caseworker.post(`/api/clients/${file.id}/referrals`, { serviceId: shelter.serviceId, reason: 'Needs a bed', urgency: 'today', sharedFields: ['name'] });
    expect(created.status).toBe(201);
    return { clientId: file.id, referral: created.body as Referral, consent: consent.body as { id: string; version: number } };
  }

  const mailsTo = (to: string) => mailbox.messages.filter((m) => m.envelopeTo.includes(to)).length;
  const tokensOf = async (referralId: string) =>
    (await api.dataSource.query<[{ n: number }]>('SELECT count(*)::int AS n FROM referral_reply_token WHERE referral_id = $1', [referralId]))[0].n;

  it('refuses every referral write under emergency access, and changes nothing', async () => {
    const { clientId, referral, consent } = await fileWithDraft();
    const outsider = await signedIn(api, { role: 'supervisor', supervises: [otherTeam] });
    expect((await outsider.post(`/api/clients/${clientId}/break-glass`, { reason: 'Client in crisis at the office, caseworker away' })).status).toBe(200);
    // Reading is what emergency access is for.
    expect((await outsider.get(`/api/clients/${clientId}/referrals`)).status).toBe(200);
    const path = `/api/clients/${clientId}/referrals/${referral.id}`;
    const attempts = {
      create: () => outsider.post(`/api/clients/${clientId}/referrals`, { serviceId: shelter.serviceId, reason: 'x', urgency: 'today', sharedFields: ['phone'] }),
      update: () => outsider.patch(path, { version: referral.version, sharedFields: ['phone', 'address'] }),
      send: () => outsider.post(`${path}/send`, { version: referral.version }),
      step: () => outsider.post(`${path}/steps`, { version: referral.version, action: 'cancel' }),
      reissue: () => outsider.post(`${path}/link`),
      revoke: () => outsider.delete(`${path}/link`),
      consent: () => outsider.post(`/api/clients/${clientId}/referral-consents`, { serviceKind: 'employment', givenOn: '2026-01-05', scope: 'x' }),
      withdraw: () => outsider.post(`/api/clients/${clientId}/referral-consents/${consent.id}/withdrawal`, { version: consent.version }),
    };
    const answers: Record<string, string> = {};
    for (const [name, attempt] of Object.entries(attempts)) {
      const response = await attempt();
      answers[name] = `${response.status} ${response.body.code}`;
    }
    expect(answers).toEqual(Object.fromEntries(Object.keys(attempts).map((name) => [name, '403 EMERGENCY_ACCESS_NOT_ALLOWED'])));
    const [row] = await api.dataSource.query<{ status: string; version: number; shared_fields: string[] }[]>('SELECT status, version, shared_fields FROM referral WHERE id = $1', [referral.id]);
    expect(row).toEqual({ status: 'draft', version: referral.version, shared_fields: ['name'] });
    const [{ referrals, consents }] = await api.dataSource.query<[{ referrals: number; consents: number }]>(
      `SELECT (SELECT count(*)::int FROM referral WHERE client_id = $1) AS referrals, (SELECT count(*)::int FROM referral_consent WHERE client_id = $1 AND withdrawn_on IS NULL) AS consents`,
      [clientId],
    );
    expect({ referrals, consents }).toEqual({ referrals: 1, consents: 1 });
  });

  it('gives an administrator without emergency access nothing of a file’s referrals', async () => {
    const { clientId, referral } = await fileWithDraft();
    const admin = await signedIn(api, { role: 'admin' });
    for (const path of [`/api/clients/${clientId}/referrals`, `/api/clients/${clientId}/referrals/${referral.id}`, `/api/clients/${clientId}/referral-consents`]) {
      expect((await admin.get(path)).status).toBe(404);
    }
    expect((await admin.post(`/api/clients/${clientId}/referrals/${referral.id}/send`, { version: referral.version })).status).toBe(403);
    expect((await admin.get('/api/referrals/waiting')).status).toBe(403);
  });

  it('sends a draft once when ten sends race: one link, one e-mail, one follow-up deadline', async () => {
    const { clientId, referral } = await fileWithDraft();
    const before = mailsTo(shelter.email);
    const answers = await Promise.all(Array.from({ length: 10 }, () => caseworker.post(`/api/clients/${clientId}/referrals/${referral.id}/send`, { version: referral.version })));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    // Every loser is told the draft changed under it (the statuses print if one is not).
    expect(answers.filter((a) => a.status !== 200).map((a) => a.status)).toEqual(Array.from({ length: 9 }, () => 409));
    await pollUntil(() => Promise.resolve(mailsTo(shelter.email) > before), 5_000, 25);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailsTo(shelter.email) - before).toBe(1);
    expect(await tokensOf(referral.id)).toBe(1);
    const [{ n }] = await api.dataSource.query<[{ n: number }]>(`SELECT count(*)::int AS n FROM deadline WHERE client_id = $1 AND kind = 'referral-follow-up'`, [clientId]);
    expect(n).toBe(1);
  });

  it('lets one of a partner’s racing answers win, and a withdrawal racing a send never leaves a live link', async () => {
    const { clientId, referral, consent } = await fileWithDraft();
    const next = mailsTo(shelter.email);
    const sent = await caseworker.post(`/api/clients/${clientId}/referrals/${referral.id}/send`, { version: referral.version });
    await pollUntil(() => Promise.resolve(mailsTo(shelter.email) > next), 5_000, 25);
    const token = Mailbox.tokenIn(mailbox.messages.filter((m) => m.envelopeTo.includes(shelter.email)).at(-1)!);
    const racing = await Promise.all([
      request(api.server).post(`/api/partner-replies/${referral.id}/answer`).send({ token, action: 'accept' }),
      request(api.server).post(`/api/partner-replies/${referral.id}/answer`).send({ token, action: 'decline', reason: 'Full tonight' }),
      request(api.server).post(`/api/partner-replies/${referral.id}/answer`).send({ token, action: 'accept' }),
    ]);
    const won = racing.filter((r) => r.status === 200);
    expect(won).toHaveLength(1);
    const [row] = await api.dataSource.query<{ status: string }[]>('SELECT status FROM referral WHERE id = $1', [referral.id]);
    expect(row?.status).toBe(won[0]?.body.status);

    // A second file: the withdrawal and the send race; afterwards no link of it may work.
    const second = await fileWithDraft();
    await Promise.all([
      caseworker.post(`/api/clients/${second.clientId}/referrals/${second.referral.id}/send`, { version: second.referral.version }),
      caseworker.post(`/api/clients/${second.clientId}/referral-consents/${second.consent.id}/withdrawal`, { version: second.consent.version }),
    ]);
    const [{ live }] = await api.dataSource.query<[{ live: number }]>(
      'SELECT count(*)::int AS live FROM referral_reply_token WHERE referral_id = $1 AND revoked_at IS NULL',
      [second.referral.id],
    );
    expect(live).toBe(0);
    expect(sent.status).toBe(200);
    expect(consent.id).toBeDefined();
  });
});
