import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createTeam, heardBy, signedIn, type SignedInBrowser } from '../support/accounts.js';
import { takeIn } from '../support/clients.js';
import { Mailbox } from '../support/mailbox.js';
import { pollUntil } from '../support/poll.js';
import { createPartnerService, pdfText, type TestPartnerService } from '../support/referrals.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

interface Referral {
  id: string;
  number: number;
  status: string;
  version: number;
  sharedRows: { field: string; label: string; value: string }[] | null;
  consentCovered: boolean;
}

interface Sent {
  file: { id: string; version: number };
  consent: { id: string; version: number };
  referral: Referral;
  token: string;
}

interface Answer {
  status: number;
  body: { code?: string; details?: Record<string, unknown> } & Record<string, unknown>;
}

/**
 * Referrals attacked from the outside and the inside, through HTTP against the real api: the
 * partner's public reply link (format, replay, races, what it still opens once the file or the
 * partner is gone, how many wrong guesses one address may make), what leaves to a partner beyond
 * the fields the caseworker chose, consent against the Tokyo calendar, scope, hostile input, and
 * letters in scripts the letter fonts do not cover.
 *
 * Tests named "finding N" fail against the code as reviewed (commit e718b9b); each states the
 * behaviour the fix must give. The others lock in behaviour the review found right.
 */
describe('referrals: the attacker’s review', () => {
  const mailbox = new Mailbox();
  let api: TestApi;
  let team: string;
  let otherTeam: string;
  let caseworker: SignedInBrowser;
  let supervisor: SignedInBrowser;
  let shelter: TestPartnerService;

  beforeAll(async () => {
    api = await startTestApi({ env: { SMTP_URL: await mailbox.start(), ORGANISATION_NAME: 'Attack Review NGO' } });
    team = await createTeam(api);
    otherTeam = await createTeam(api);
    caseworker = await signedIn(api, { role: 'caseworker', memberOf: [team] });
    supervisor = await signedIn(api, { role: 'supervisor', supervises: [team] });
    shelter = await createPartnerService(supervisor, { kind: 'housing' });
  });
  afterEach(() => {
    mailbox.respond = () => 'accept';
  });
  afterAll(async () => {
    await api.close();
    await mailbox.stop();
  });

  const mailsTo = (to: string) => mailbox.messages.filter((m) => m.envelopeTo.includes(to));

  async function nextMailTo(to: string, action: () => Promise<unknown>) {
    const before = mailsTo(to).length;
    await action();
    await pollUntil(() => Promise.resolve(mailsTo(to).length > before), 5_000, 25);
    return mailsTo(to).at(-1)!;
  }

  async function draftFor(partner: TestPartnerService, body: Record<string, unknown> = {}, intake: Record<string, unknown> = {}) {
    const file = await takeIn(caseworker, team, intake);
    const consent = await caseworker.post(`/api/clients/${file.id}/referral-consents`, { partnerId: partner.partnerId, givenOn: '2026-01-05', scope: 'To find a place to stay' });
    expect(consent.status).toBe(201);
    const created = await caseworker.post(`/api/clients/${file.id}/referrals`, { serviceId: partner.serviceId, reason: 'Needs a bed tonight', urgency: 'today', sharedFields: ['name'], ...body });
    expect({ status: created.status, code: created.body.code }).toEqual({ status: 201, code: undefined });
    return { file, consent: consent.body as { id: string; version: number }, referral: created.body as Referral };
  }

  async function sentWithLink(partner: TestPartnerService = shelter, body: Record<string, unknown> = {}, intake: Record<string, unknown> = {}): Promise<Sent> {
    const { file, consent, referral: draft } = await draftFor(partner, body, intake);
    let sent: Answer | undefined;
    const mail = await nextMailTo(partner.email, async () => {
      sent = await caseworker.post(`/api/clients/${file.id}/referrals/${draft.id}/send`, { version: draft.version });
      expect({ status: sent.status, code: sent.body.code }).toEqual({ status: 200, code: undefined });
    });
    return { file, consent, referral: sent!.body as unknown as Referral, token: Mailbox.tokenIn(mail) };
  }

  const partnerOpen = (referralId: string, body: unknown) => request(api.server).post(`/api/partner-replies/${referralId}`).send(body as object);
  const partnerAnswer = (referralId: string, body: Record<string, unknown>) => request(api.server).post(`/api/partner-replies/${referralId}/answer`).send(body);
  const binary = <T extends request.Test>(test: T) =>
    test.buffer(true).parse((response, callback) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => callback(null, Buffer.concat(chunks)));
    });
  const partnerLetter = (referralId: string, token: string) => binary(request(api.server).post(`/api/partner-replies/${referralId}/letter`).send({ token }));
  const caseworkerLetter = (clientId: string, referralId: string) => binary(caseworker.get(`/api/clients/${clientId}/referrals/${referralId}/letter`));

  const referralRow = async (referralId: string) =>
    (await api.dataSource.query<{ status: string; version: number; partner_note: string | null }[]>('SELECT status, version, partner_note FROM referral WHERE id = $1', [referralId]))[0];
  const liveLinks = async (referralId: string) =>
    (await api.dataSource.query<[{ n: number }]>('SELECT count(*)::int AS n FROM referral_reply_token WHERE referral_id = $1 AND revoked_at IS NULL', [referralId]))[0].n;
  const clientVersion = async (clientId: string) => ((await caseworker.get(`/api/clients/${clientId}`)).body as { version: number }).version;

  describe('the reply token', () => {
    it('refuses malformed tokens with 400 or 404 before touching the referral, never echoing the token', async () => {
      const { referral, token } = await sentWithLink();
      const attempts: Record<string, unknown> = {
        'too long (101)': { token: 'A'.repeat(101) },
        'very long (200 kB)': { token: 'A'.repeat(200_000) },
        'unicode of the right length': { token: 'あ'.repeat(43) },
        'the token with a trailing newline': { token: `${token}\n` },
        'the token in another case': { token: token.toUpperCase() === token ? token.toLowerCase() : token.toUpperCase() },
        'a number': { token: 12345 },
        'an array': { token: [token] },
        'an object': { token: { $ne: null } },
        null: { token: null },
        missing: {},
        'an extra field': { token, referralId: referral.id },
      };
      const answers: Record<string, string> = {};
      for (const [name, body] of Object.entries(attempts)) {
        const response = await partnerOpen(referral.id, body);
        answers[name] = `${response.status} ${(response.body as { code?: string }).code}`;
        expect(JSON.stringify(response.body)).not.toContain(token.slice(0, 20));
      }
      expect(answers).toEqual({
        'too long (101)': '400 VALIDATION_FAILED',
        'very long (200 kB)': '400 VALIDATION_FAILED',
        'unicode of the right length': '404 REPLY_LINK_INVALID',
        'the token with a trailing newline': '404 REPLY_LINK_INVALID',
        'the token in another case': '404 REPLY_LINK_INVALID',
        'a number': '400 VALIDATION_FAILED',
        'an array': '400 VALIDATION_FAILED',
        'an object': '400 VALIDATION_FAILED',
        null: '400 VALIDATION_FAILED',
        missing: '400 VALIDATION_FAILED',
        'an extra field': '400 VALIDATION_FAILED',
      });
      expect((await request(api.server).post('/api/partner-replies/not-a-uuid').send({ token })).status).toBe(400);
      // Still this referral's live link: nothing above spent or closed it.
      expect((await partnerOpen(referral.id, { token })).status).toBe(200);
    });

    it('opens the letter and the answer with the same token, and only for its own referral', async () => {
      const first = await sentWithLink();
      const second = await sentWithLink();
      expect((await partnerLetter(first.referral.id, first.token)).status).toBe(200);
      for (const [id, token] of [
        [first.referral.id, second.token],
        [second.referral.id, first.token],
      ]) {
        expect((await partnerOpen(id, { token })).status).toBe(404);
        expect((await partnerLetter(id, token)).status).toBe(404);
        expect((await partnerAnswer(id, { token, action: 'accept' })).status).toBe(404);
      }
      expect((await referralRow(first.referral.id)).status).toBe('sent');
      expect((await referralRow(second.referral.id)).status).toBe('sent');
      expect((await partnerAnswer(first.referral.id, { token: first.token, action: 'acknowledge' })).status).toBe(200);
    });

    it('answers a replayed answer with 409 and the partner’s allowed steps, and changes nothing', async () => {
      const { referral, token } = await sentWithLink();
      expect((await partnerAnswer(referral.id, { token, action: 'accept', note: 'Intake Monday' })).status).toBe(200);
      const before = await referralRow(referral.id);
      for (const action of ['accept', 'acknowledge']) {
        const replay = await partnerAnswer(referral.id, { token, action });
        expect({ status: replay.status, code: replay.body.code, allowedNext: replay.body.details?.allowedNext }).toEqual({
          status: 409,
          code: 'REFERRAL_TRANSITION_NOT_ALLOWED',
          allowedNext: [],
        });
      }
      const decline = await partnerAnswer(referral.id, { token, action: 'decline', reason: 'Changed our mind' });
      expect(decline.status).toBe(409);
      expect(await referralRow(referral.id)).toEqual(before);
    });

    it('closes the link once the referral is declined, cancelled or completed: a replay is 410 on every route', async () => {
      const declined = await sentWithLink();
      expect((await partnerAnswer(declined.referral.id, { token: declined.token, action: 'decline', reason: 'Full' })).status).toBe(200);

      const cancelled = await sentWithLink();
      const cancel = await caseworker.post(`/api/clients/${cancelled.file.id}/referrals/${cancelled.referral.id}/steps`, { version: cancelled.referral.version, action: 'cancel' });
      expect(cancel.status).toBe(200);

      const completed = await sentWithLink();
      expect((await partnerAnswer(completed.referral.id, { token: completed.token, action: 'accept' })).status).toBe(200);
      const path = `/api/clients/${completed.file.id}/referrals/${completed.referral.id}/steps`;
      const started = await caseworker.post(path, { version: completed.referral.version + 1, action: 'start' });
      expect(started.status).toBe(200);
      expect((await caseworker.post(path, { version: (started.body as Referral).version, action: 'complete', outcome: 'Housed' })).status).toBe(200);

      for (const { referral, token } of [declined, cancelled, completed]) {
        const statusBefore = (await referralRow(referral.id)).status;
        expect((await partnerOpen(referral.id, { token })).status).toBe(410);
        expect((await partnerLetter(referral.id, token)).status).toBe(410);
        expect((await partnerAnswer(referral.id, { token, action: 'accept' })).status).toBe(410);
        expect((await referralRow(referral.id)).status).toBe(statusBefore);
      }
    });

    it('keeps no token and no free text in the audit of refused and accepted openings', async () => {
      const { referral, token } = await sentWithLink();
      const guessed = 'Z'.repeat(43);
      expect((await partnerOpen(referral.id, { token: guessed })).status).toBe(404);
      expect((await partnerAnswer(referral.id, { token, action: 'decline', reason: 'NO-BEDS-SECRET', note: 'CALL-ME-SECRET' })).status).toBe(200);
      const rows = await api.dataSource.query<{ row: string }[]>(`SELECT row_to_json(a)::text AS row FROM audit_event a WHERE a.target_id = $1 OR a.details::text LIKE '%' || $2 || '%'`, [
        referral.id,
        guessed.slice(0, 10),
      ]);
      expect(rows.length).toBeGreaterThan(0);
      for (const { row } of rows) {
        expect(row).not.toContain(token.slice(0, 12));
        expect(row).not.toContain(guessed);
        expect(row).not.toContain('SECRET');
      }
    });
  });

  describe('races', () => {
    it('finding 1: never answers 500 when a partner’s answer races the caseworker’s step or a consent withdrawal (lock order: file, then referral)', async () => {
      const statuses: string[] = [];
      for (let round = 0; round < 6; round += 1) {
        const { file, referral, token, consent } = await sentWithLink();
        const results = await Promise.all([
          partnerAnswer(referral.id, { token, action: 'accept', note: 'Intake Monday' }),
          round % 2 === 0
            ? caseworker.post(`/api/clients/${file.id}/referrals/${referral.id}/steps`, { version: referral.version, action: 'cancel' })
            : caseworker.post(`/api/clients/${file.id}/referral-consents/${consent.id}/withdrawal`, { version: consent.version }),
        ]);
        statuses.push(...results.map((r) => `${r.status} ${(r.body as { code?: string }).code}`));
      }
      expect(statuses.filter((s) => s.startsWith('5'))).toEqual([]);
    });

    it('either sends with the consent or refuses with 409 CONSENT_REQUIRED when recording the consent races the send', async () => {
      for (let round = 0; round < 4; round += 1) {
        const file = await takeIn(caseworker, team);
        const draft = (await caseworker.post(`/api/clients/${file.id}/referrals`, { serviceId: shelter.serviceId, reason: 'Bed', urgency: 'today', sharedFields: ['name'] })).body as Referral;
        const [recorded, sent] = await Promise.all([
          caseworker.post(`/api/clients/${file.id}/referral-consents`, { partnerId: shelter.partnerId, givenOn: '2026-01-05', scope: 'x' }),
          caseworker.post(`/api/clients/${file.id}/referrals/${draft.id}/send`, { version: draft.version }),
        ]);
        expect(recorded.status).toBe(201);
        const outcome = `${sent.status} ${(sent.body as { code?: string }).code ?? ''}`.trim();
        expect(['200', '409 CONSENT_REQUIRED']).toContain(outcome);
        expect({ status: (await referralRow(draft.id)).status, links: await liveLinks(draft.id) }).toEqual(outcome === '200' ? { status: 'sent', links: 1 } : { status: 'draft', links: 0 });
      }
    });

    it('leaves exactly one live link when five reissues race, and only the newest e-mailed token works', async () => {
      const { file, referral, token } = await sentWithLink();
      const before = mailsTo(shelter.email).length;
      const answers = await Promise.all(Array.from({ length: 5 }, () => caseworker.post(`/api/clients/${file.id}/referrals/${referral.id}/link`)));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
      await pollUntil(() => Promise.resolve(mailsTo(shelter.email).length >= before + 5), 5_000, 25);
      expect(await liveLinks(referral.id)).toBe(1);
      const tokens = mailsTo(shelter.email).slice(before).map((m) => Mailbox.tokenIn(m));
      const working: string[] = [];
      for (const candidate of [token, ...tokens]) if ((await partnerOpen(referral.id, { token: candidate })).status === 200) working.push(candidate);
      expect(working).toHaveLength(1);
    });
  });

  describe('what leaves to a partner', () => {
    it('finding 2: never shows the caseworker’s own step notes on the partner’s page, nor lets them overwrite the partner’s note', async () => {
      const { file, referral, token } = await sentWithLink();
      expect((await partnerAnswer(referral.id, { token, action: 'accept', note: 'Intake Monday 10:00, bring the residence card' })).status).toBe(200);
      const started = await caseworker.post(`/api/clients/${file.id}/referrals/${referral.id}/steps`, {
        version: referral.version + 1,
        action: 'start',
        note: 'Client disclosed a psychiatric diagnosis at intake',
      });
      // A note goes with the partner's answer only: anything else is the file's own business.
      expect({ status: started.status, fields: (started.body.details?.fields as { field: string }[] | undefined)?.map((f) => f.field) }).toEqual({ status: 400, fields: ['note'] });
      expect((await referralRow(referral.id)).status).toBe('accepted');

      const page = await partnerOpen(referral.id, { token });
      expect(page.status).toBe(200);
      expect(JSON.stringify(page.body)).not.toContain('psychiatric');
      expect((page.body as { partnerNote: string | null }).partnerNote).toBe('Intake Monday 10:00, bring the residence card');
    });

    it('shows the partner only the referral’s letter: no id of the file, the client, the caseworker or other referrals', async () => {
      const { file, referral, token } = await sentWithLink(shelter, { sharedFields: ['name'] }, { phone: '090-1111-2222', address: '東京都新宿区秘密1-2-3' });
      const page = await partnerOpen(referral.id, { token });
      expect(page.status).toBe(200);
      expect(Object.keys(page.body as object).sort()).toEqual(
        [
          'allowedActions',
          'caseworkerName',
          'fromOrganisation',
          'letterLocale',
          'linkExpiresAt',
          'number',
          'organisationName',
          'partnerNote',
          'reason',
          'serviceKind',
          'serviceName',
          'sentOn',
          'shared',
          'status',
          'urgency',
        ].sort(),
      );
      const text = JSON.stringify(page.body);
      for (const secret of [file.id, caseworker.user.id, caseworker.user.email, '090-1111-2222', '秘密']) expect(text).not.toContain(secret);
      expect((page.body as { shared: { field: string }[] }).shared.map((row) => row.field)).toEqual(['name']);
    });

    it('sends the partner an e-mail with no personal data in its subject, headers or body', async () => {
      const familyName = `Zeynep${randomUUID().slice(0, 6)}`;
      const partner = await createPartnerService(supervisor, { kind: 'housing' });
      await sentWithLink(partner, { reason: `Needs a bed for ${familyName}`, sharedFields: ['name', 'phone'] }, { familyName, phone: '090-3333-4444' });
      const mail = mailsTo(partner.email).at(-1)!;
      expect(JSON.stringify(mail)).not.toContain(familyName);
      expect(JSON.stringify(mail)).not.toContain('090-3333-4444');
      expect(JSON.stringify(mail)).not.toContain('Needs a bed');
    });

    it('finding 3: records a partner e-mail that could not be delivered, instead of showing the referral as sent with nothing said', async () => {
      const partner = await createPartnerService(supervisor, { kind: 'housing' });
      mailbox.respond = (message) => (message.envelopeTo.includes(partner.email) ? { code: 550, message: 'mailbox unavailable' } : 'accept');
      const { file, referral } = await draftFor(partner);
      const sent = await caseworker.post(`/api/clients/${file.id}/referrals/${referral.id}/send`, { version: referral.version });
      expect(sent.status).toBe(200);
      // What the caseworker can see of the failure: a failed audit row for the referral, or the referral saying the e-mail did not go.
      const failed = async () => {
        const [{ n }] = await api.dataSource.query<[{ n: number }]>(`SELECT count(*)::int AS n FROM audit_event WHERE target_id = $1 AND outcome = 'failure'`, [referral.id]);
        return n > 0;
      };
      await pollUntil(failed, 5_000, 50).catch(() => undefined);
      expect(await failed()).toBe(true);
    });
  });

  describe('the file and the partner change after sending', () => {
    it('refuses every referral and consent write on a closed file with 409 CLIENT_CLOSED', async () => {
      const { file, consent, referral } = await draftFor(shelter);
      const closed = await caseworker.post(`/api/clients/${file.id}/close`, { version: await clientVersion(file.id), reason: 'Moved to another city' });
      expect(closed.status).toBe(200);
      const path = `/api/clients/${file.id}/referrals/${referral.id}`;
      const attempts = {
        create: () => caseworker.post(`/api/clients/${file.id}/referrals`, { serviceId: shelter.serviceId, reason: 'x', urgency: 'today' }),
        update: () => caseworker.patch(path, { version: referral.version, urgency: 'routine' }),
        send: () => caseworker.post(`${path}/send`, { version: referral.version }),
        step: () => caseworker.post(`${path}/steps`, { version: referral.version, action: 'cancel' }),
        reissue: () => caseworker.post(`${path}/link`),
        revoke: () => caseworker.delete(`${path}/link`),
        consent: () => caseworker.post(`/api/clients/${file.id}/referral-consents`, { serviceKind: 'employment', givenOn: '2026-01-05', scope: 'x' }),
        withdraw: () => caseworker.post(`/api/clients/${file.id}/referral-consents/${consent.id}/withdrawal`, { version: consent.version }),
      };
      const answers: Record<string, string> = {};
      for (const [name, attempt] of Object.entries(attempts)) {
        const response = await attempt();
        answers[name] = `${response.status} ${(response.body as { code?: string }).code}`;
      }
      expect(answers).toEqual(Object.fromEntries(Object.keys(attempts).map((name) => [name, '409 CLIENT_CLOSED'])));
      expect(await referralRow(referral.id)).toMatchObject({ status: 'draft', version: referral.version });
    });

    it('finding 4: closes the partner’s link when the file is closed: no reading, no answer written to a closed file', async () => {
      const { file, referral, token } = await sentWithLink();
      const closed = await caseworker.post(`/api/clients/${file.id}/close`, { version: await clientVersion(file.id), reason: 'Left Japan' });
      expect(closed.status).toBe(200);
      const [{ events: before }] = await api.dataSource.query<[{ events: number }]>('SELECT count(*)::int AS events FROM timeline_event WHERE client_id = $1', [file.id]);

      const answered = await partnerAnswer(referral.id, { token, action: 'accept', note: 'Intake Monday' });
      expect({ status: answered.status, code: answered.body.code }).toEqual({ status: 410, code: 'REPLY_LINK_EXPIRED' });
      expect((await partnerOpen(referral.id, { token })).status).toBe(410);
      expect((await referralRow(referral.id)).status).toBe('sent');
      const [{ events: after }] = await api.dataSource.query<[{ events: number }]>('SELECT count(*)::int AS events FROM timeline_event WHERE client_id = $1', [file.id]);
      expect(after).toBe(before);
    });

    it('refuses to send under a consent for a partner since deactivated, and to refer to a service of an inactive organisation', async () => {
      const partner = await createPartnerService(supervisor, { kind: 'legal-aid' });
      const { file, referral } = await draftFor(partner);
      expect((await supervisor.post(`/api/partners/${partner.partnerId}/deactivate`)).status).toBe(200);
      const before = mailsTo(partner.email).length;
      const send = await caseworker.post(`/api/clients/${file.id}/referrals/${referral.id}/send`, { version: referral.version });
      expect({ status: send.status, code: send.body.code }).toEqual({ status: 409, code: 'PARTNER_SERVICE_INACTIVE' });
      const create = await caseworker.post(`/api/clients/${file.id}/referrals`, { serviceId: partner.serviceId, reason: 'Lawyer', urgency: 'routine' });
      expect({ status: create.status, code: create.body.code }).toEqual({ status: 409, code: 'PARTNER_SERVICE_INACTIVE' });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(mailsTo(partner.email).length).toBe(before);
      expect(await referralRow(referral.id)).toMatchObject({ status: 'draft', version: referral.version });
    });

    it('finding 5: refuses to e-mail a new link to a partner organisation or service deactivated since the letter was sent', async () => {
      for (const deactivate of ['organisation', 'service'] as const) {
        const partner = await createPartnerService(supervisor, { kind: 'housing' });
        const { file, referral } = await sentWithLink(partner);
        const off = deactivate === 'organisation' ? `/api/partners/${partner.partnerId}/deactivate` : `/api/partners/${partner.partnerId}/services/${partner.serviceId}/deactivate`;
        expect((await supervisor.post(off)).status).toBe(200);
        const before = mailsTo(partner.email).length;
        const reissued = await caseworker.post(`/api/clients/${file.id}/referrals/${referral.id}/link`);
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect({ deactivate, status: reissued.status, code: reissued.body.code, mails: mailsTo(partner.email).length - before }).toEqual({
          deactivate,
          status: 409,
          code: 'PARTNER_SERVICE_INACTIVE',
          mails: 0,
        });
      }
    });

    it('finding 6: tells the caseworker where the link went when a directory maintainer outside the team has redirected the partner’s address', async () => {
      const partner = await createPartnerService(supervisor, { kind: 'housing' });
      const { file, referral } = await sentWithLink(partner);
      // A supervisor of another team (or an administrator) may maintain the directory, yet may not see this file.
      const outsider = await signedIn(api, { role: 'supervisor', supervises: [otherTeam] });
      expect((await outsider.get(`/api/clients/${file.id}`)).status).toBe(404);
      const current = (await outsider.get(`/api/partners/${partner.partnerId}`)).body as { version: number };
      const attacker = `collector-${randomUUID().slice(0, 8)}@attacker.example.net`;
      expect((await outsider.patch(`/api/partners/${partner.partnerId}`, { version: current.version, referralEmail: attacker })).status).toBe(200);

      const reissued = await caseworker.post(`/api/clients/${file.id}/referrals/${referral.id}/link`);
      expect(reissued.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const redirected = mailsTo(attacker);
      // Today the outsider now holds a working link to the letter of a file they may not open.
      const working = redirected.length > 0 && (await partnerOpen(referral.id, { token: Mailbox.tokenIn(redirected.at(-1)!) })).status === 200;
      const state = !working
        ? 'the link went to the address the letter went to'
        : JSON.stringify(reissued.body).includes(attacker)
          ? 'the caseworker was shown the new address'
          : 'silently redirected to the new address';
      expect(state).not.toBe('silently redirected to the new address');
    });

    it('closes the links of referrals sent after a backdated withdrawal, and no longer counts them as covered', async () => {
      const { file, consent, referral, token } = await sentWithLink();
      const withdrawn = await caseworker.post(`/api/clients/${file.id}/referral-consents/${consent.id}/withdrawal`, { version: consent.version, withdrawnOn: '2026-01-06' });
      expect(withdrawn.status).toBe(200);
      expect((await partnerOpen(referral.id, { token })).status).toBe(410);
      const view = (await caseworker.get(`/api/clients/${file.id}/referrals/${referral.id}`)).body as Referral;
      expect(view.consentCovered).toBe(false);
      const reissue = await caseworker.post(`/api/clients/${file.id}/referrals/${referral.id}/link`);
      expect({ status: reissue.status, code: reissue.body.code }).toEqual({ status: 409, code: 'CONSENT_REQUIRED' });
    });
  });

  describe('consent and the Tokyo calendar', () => {
    it('takes “today” as the date in Tokyo, on both sides of midnight JST', async () => {
      const realNow = api.clock.now();
      // The next midnight in Tokyo (15:00 UTC).
      const midnight = new Date(realNow);
      midnight.setUTCHours(15, 0, 0, 0);
      if (midnight.getTime() <= realNow.getTime()) midnight.setUTCDate(midnight.getUTCDate() + 1);
      const tokyoDay = (at: Date) => new Date(at.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
      try {
        api.clock.set(new Date(midnight.getTime() - 60_000));
        const before = await signedIn(api, { role: 'caseworker', memberOf: [team] });
        const file = await takeIn(before, team);
        const tomorrow = tokyoDay(midnight);
        const early = await before.post(`/api/clients/${file.id}/referral-consents`, { partnerId: shelter.partnerId, givenOn: tomorrow, scope: 'x' });
        expect({ status: early.status, code: early.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });

        api.clock.set(new Date(midnight.getTime() + 60_000));
        const after = await signedIn(api, { role: 'caseworker', memberOf: [team] });
        const second = await takeIn(after, team);
        expect((await after.post(`/api/clients/${second.id}/referral-consents`, { partnerId: shelter.partnerId, givenOn: tomorrow, scope: 'x' })).status).toBe(201);
        const draft = await after.post(`/api/clients/${second.id}/referrals`, { serviceId: shelter.serviceId, reason: 'Bed', urgency: 'today', sharedFields: [] });
        const sent = await after.post(`/api/clients/${second.id}/referrals/${(draft.body as Referral).id}/send`, { version: (draft.body as Referral).version });
        expect({ status: sent.status, sentOn: (sent.body as { sentOn: string }).sentOn }).toEqual({ status: 200, sentOn: tomorrow });
      } finally {
        api.clock.set(realNow);
      }
    });
  });

  describe('scope', () => {
    it('answers 404 to a caseworker or supervisor of another team on every referral route, and changes nothing', async () => {
      const { file, consent, referral } = await sentWithLink();
      const path = `/api/clients/${file.id}/referrals/${referral.id}`;
      for (const outsider of [await signedIn(api, { role: 'caseworker', memberOf: [otherTeam] }), await signedIn(api, { role: 'supervisor', supervises: [otherTeam] })]) {
        const attempts = {
          list: () => outsider.get(`/api/clients/${file.id}/referrals`),
          get: () => outsider.get(path),
          letter: () => outsider.get(`${path}/letter`),
          create: () => outsider.post(`/api/clients/${file.id}/referrals`, { serviceId: shelter.serviceId, reason: 'x', urgency: 'today', sharedFields: ['phone'] }),
          update: () => outsider.patch(path, { version: referral.version, sharedFields: ['phone'] }),
          send: () => outsider.post(`${path}/send`, { version: referral.version }),
          step: () => outsider.post(`${path}/steps`, { version: referral.version, action: 'cancel' }),
          reissue: () => outsider.post(`${path}/link`),
          revoke: () => outsider.delete(`${path}/link`),
          consents: () => outsider.get(`/api/clients/${file.id}/referral-consents`),
          consent: () => outsider.post(`/api/clients/${file.id}/referral-consents`, { serviceKind: 'employment', givenOn: '2026-01-05', scope: 'x' }),
          withdraw: () => outsider.post(`/api/clients/${file.id}/referral-consents/${consent.id}/withdrawal`, { version: consent.version }),
        };
        const answers: Record<string, number> = {};
        for (const [name, attempt] of Object.entries(attempts)) answers[name] = (await attempt()).status;
        expect(answers).toEqual(Object.fromEntries(Object.keys(attempts).map((name) => [name, 404])));
        expect(((await outsider.get('/api/referrals/waiting')).body as { id: string }[]).map((w) => w.id)).not.toContain(referral.id);
      }
      expect(await referralRow(referral.id)).toMatchObject({ status: 'sent', version: referral.version });
      expect(await liveLinks(referral.id)).toBe(1);
    });

    it('refuses a referral or consent of one file addressed through another file in scope', async () => {
      const first = await sentWithLink();
      const second = await draftFor(shelter);
      const wrong = `/api/clients/${second.file.id}/referrals/${first.referral.id}`;
      expect((await caseworker.get(wrong)).status).toBe(404);
      expect((await caseworker.post(`${wrong}/steps`, { version: first.referral.version, action: 'cancel' })).status).toBe(404);
      expect((await caseworker.post(`${wrong}/link`)).status).toBe(404);
      expect((await caseworker.post(`/api/clients/${second.file.id}/referral-consents/${first.consent.id}/withdrawal`, { version: first.consent.version })).status).toBe(404);
      expect(await referralRow(first.referral.id)).toMatchObject({ status: 'sent', version: first.referral.version });
    });

    it('drops a referral from “waiting for an answer” once its sender is taken off the file', async () => {
      const sender = await signedIn(api, { role: 'caseworker', memberOf: [team] });
      const colleague = await signedIn(api, { role: 'caseworker', memberOf: [team] });
      const file = await takeIn(sender, team);
      await sender.post(`/api/clients/${file.id}/referral-consents`, { partnerId: shelter.partnerId, givenOn: '2026-01-05', scope: 'x' });
      const draft = (await sender.post(`/api/clients/${file.id}/referrals`, { serviceId: shelter.serviceId, reason: 'Bed', urgency: 'today', sharedFields: ['name'] })).body as Referral;
      expect((await sender.post(`/api/clients/${file.id}/referrals/${draft.id}/send`, { version: draft.version })).status).toBe(200);
      const waiting = async (who: SignedInBrowser) => ((await who.get('/api/referrals/waiting')).body as { id: string }[]).map((w) => w.id);
      expect(await waiting(sender)).toContain(draft.id);

      const version = ((await sender.get(`/api/clients/${file.id}`)).body as { version: number }).version;
      expect((await supervisor.put(`/api/clients/${file.id}/assignments`, { version, primaryWorkerId: colleague.user.id, otherWorkerIds: [] })).status).toBe(200);
      expect(await waiting(sender)).not.toContain(draft.id);
      expect(await waiting(colleague)).not.toContain(draft.id);
      expect((await sender.get(`/api/clients/${file.id}/referrals/${draft.id}`)).status).toBe(404);

      // Still assigned to a second file, but taken out of its team.
      const kept = await takeIn(sender, team);
      await sender.post(`/api/clients/${kept.id}/referral-consents`, { partnerId: shelter.partnerId, givenOn: '2026-01-05', scope: 'x' });
      const other = (await sender.post(`/api/clients/${kept.id}/referrals`, { serviceId: shelter.serviceId, reason: 'Bed', urgency: 'today', sharedFields: [] })).body as Referral;
      expect((await sender.post(`/api/clients/${kept.id}/referrals/${other.id}/send`, { version: other.version })).status).toBe(200);
      expect(await waiting(sender)).toContain(other.id);
      await api.dataSource.query('DELETE FROM team_membership WHERE user_id = $1 AND team_id = $2', [sender.user.id, team]);
      await heardBy(api, sender.user.id);
      expect(await waiting(sender)).not.toContain(other.id);
    });
  });

  describe('hostile input', () => {
    it('answers every malformed body with 400 (or the documented 404/409), never 500, and stores nothing', async () => {
      const { file, consent, referral } = await draftFor(shelter);
      const sentOne = await sentWithLink();
      const inactive = await createPartnerService(supervisor, { kind: 'health' });
      expect((await supervisor.post(`/api/partners/${inactive.partnerId}/deactivate`)).status).toBe(200);
      const create = (body: unknown) => caseworker.post(`/api/clients/${file.id}/referrals`, body as object);
      const raw = (path: string, json: string) => caseworker.agent.post(path).set('X-CSRF-Token', caseworker.csrfToken).set('Content-Type', 'application/json').send(json);
      const valid = { serviceId: shelter.serviceId, reason: 'Bed', urgency: 'today' };
      const cases: Record<string, [() => Promise<{ status: number; body: unknown }>, string]> = {
        'serviceId and internalService': [() => create({ ...valid, internalService: 'Our shelter', serviceKind: 'housing' }), '400 VALIDATION_FAILED'],
        'neither serviceId nor internalService': [() => create({ reason: 'Bed', urgency: 'today' }), '400 VALIDATION_FAILED'],
        'internalService with fields to share': [() => create({ internalService: 'Our desk', serviceKind: 'housing', reason: 'x', urgency: 'today', sharedFields: ['phone'] }), '400 VALIDATION_FAILED'],
        'internalService without a kind': [() => create({ internalService: 'Our desk', reason: 'x', urgency: 'today' }), '400 VALIDATION_FAILED'],
        'a service of an inactive organisation': [() => create({ ...valid, serviceId: inactive.serviceId }), '409 PARTNER_SERVICE_INACTIVE'],
        'an unknown service': [() => create({ ...valid, serviceId: randomUUID() }), '404 RECORD_NOT_FOUND'],
        'serviceId not a uuid': [() => create({ ...valid, serviceId: "1' OR '1'='1" }), '400 VALIDATION_FAILED'],
        '15 fields': [() => create({ ...valid, sharedFields: [...Array(14).fill('name'), 'phone'] }), '400 VALIDATION_FAILED'],
        '50,000 fields': [() => create({ ...valid, sharedFields: Array(50_000).fill('name') }), '400 VALIDATION_FAILED'],
        'an unknown field name': [() => create({ ...valid, sharedFields: ['residenceCardNumber'] }), '400 VALIDATION_FAILED'],
        'fields as a string': [() => create({ ...valid, sharedFields: 'name' }), '400 VALIDATION_FAILED'],
        'fields with null': [() => create({ ...valid, sharedFields: [null] }), '400 VALIDATION_FAILED'],
        'fields nested': [() => create({ ...valid, sharedFields: [['name']] }), '400 VALIDATION_FAILED'],
        'reason of 4001': [() => create({ ...valid, reason: 'x'.repeat(4001) }), '400 VALIDATION_FAILED'],
        'reason blank': [() => create({ ...valid, reason: ' \n\t ' }), '400 VALIDATION_FAILED'],
        'reason a number': [() => create({ ...valid, reason: 42 }), '400 VALIDATION_FAILED'],
        'reason with NUL': [() => create({ ...valid, reason: 'Bed\u0000tonight' }), '400 VALIDATION_FAILED'],
        'reason with a lone surrogate': [() => create({ ...valid, reason: 'Bed \ud800 tonight' }), '400 VALIDATION_FAILED'],
        'urgency in capitals': [() => create({ ...valid, urgency: 'TODAY' }), '400 VALIDATION_FAILED'],
        'letter in French': [() => create({ ...valid, letterLocale: 'fr' }), '400 VALIDATION_FAILED'],
        'a __proto__ key': [() => raw(`/api/clients/${file.id}/referrals`, `{"serviceId":"${shelter.serviceId}","reason":"x","urgency":"today","__proto__":{"status":"sent"}}`), '400 VALIDATION_FAILED'],
        'a constructor key': [() => raw(`/api/clients/${file.id}/referrals`, `{"serviceId":"${shelter.serviceId}","reason":"x","urgency":"today","constructor":{"prototype":{"x":1}}}`), '400 VALIDATION_FAILED'],
        'a status of its own': [() => create({ ...valid, status: 'sent' }), '400 VALIDATION_FAILED'],
        'an array body': [() => raw(`/api/clients/${file.id}/referrals`, '[]'), '400 VALIDATION_FAILED'],
        'a body 40 levels deep': [() => raw(`/api/clients/${file.id}/referrals`, `${'{"a":'.repeat(40)}1${'}'.repeat(40)}`), '400 MALFORMED_REQUEST'],
        'update with version 2^31': [() => caseworker.patch(`/api/clients/${file.id}/referrals/${referral.id}`, { version: 2 ** 31, urgency: 'routine' }), '400 VALIDATION_FAILED'],
        'update with version "1"': [() => caseworker.patch(`/api/clients/${file.id}/referrals/${referral.id}`, { version: '1', urgency: 'routine' }), '400 VALIDATION_FAILED'],
        'update of a status': [() => caseworker.patch(`/api/clients/${file.id}/referrals/${referral.id}`, { version: referral.version, status: 'sent' }), '400 VALIDATION_FAILED'],
        'step “send”': [() => caseworker.post(`/api/clients/${file.id}/referrals/${referral.id}/steps`, { version: referral.version, action: 'send' }), '400 VALIDATION_FAILED'],
        'step with a negative version': [() => caseworker.post(`/api/clients/${file.id}/referrals/${referral.id}/steps`, { version: -1, action: 'cancel' }), '400 VALIDATION_FAILED'],
        'decline without a reason': [
          () => caseworker.post(`/api/clients/${sentOne.file.id}/referrals/${sentOne.referral.id}/steps`, { version: sentOne.referral.version, action: 'decline', reason: '   ' }),
          '400 VALIDATION_FAILED',
        ],
        'consent to a partner and a kind': [
          () => caseworker.post(`/api/clients/${file.id}/referral-consents`, { partnerId: shelter.partnerId, serviceKind: 'housing', givenOn: '2026-01-05', scope: 'x' }),
          '400 VALIDATION_FAILED',
        ],
        'consent on 30 February': [() => caseworker.post(`/api/clients/${file.id}/referral-consents`, { serviceKind: 'housing', givenOn: '2026-02-30', scope: 'x' }), '400 VALIDATION_FAILED'],
        'consent to an unknown partner': [() => caseworker.post(`/api/clients/${file.id}/referral-consents`, { partnerId: randomUUID(), givenOn: '2026-01-05', scope: 'x' }), '404 RECORD_NOT_FOUND'],
        'consent with a scope of 2001': [() => caseworker.post(`/api/clients/${file.id}/referral-consents`, { serviceKind: 'housing', givenOn: '2026-01-05', scope: 'x'.repeat(2001) }), '400 VALIDATION_FAILED'],
        'withdrawal before it was given': [
          () => caseworker.post(`/api/clients/${file.id}/referral-consents/${consent.id}/withdrawal`, { version: consent.version, withdrawnOn: '2026-01-04' }),
          '400 VALIDATION_FAILED',
        ],
        'withdrawal in the year 9999': [
          () => caseworker.post(`/api/clients/${file.id}/referral-consents/${consent.id}/withdrawal`, { version: consent.version, withdrawnOn: '9999-12-31' }),
          '400 VALIDATION_FAILED',
        ],
        'partner step “start”': [() => partnerAnswer(sentOne.referral.id, { token: sentOne.token, action: 'start' }), '400 VALIDATION_FAILED'],
        'partner step “cancel”': [() => partnerAnswer(sentOne.referral.id, { token: sentOne.token, action: 'cancel' }), '400 VALIDATION_FAILED'],
        'partner decline without a reason': [() => partnerAnswer(sentOne.referral.id, { token: sentOne.token, action: 'decline' }), '400 VALIDATION_FAILED'],
        'partner note of 2001': [() => partnerAnswer(sentOne.referral.id, { token: sentOne.token, action: 'accept', note: 'x'.repeat(2001) }), '400 VALIDATION_FAILED'],
        'partner note with NUL': [() => partnerAnswer(sentOne.referral.id, { token: sentOne.token, action: 'accept', note: 'x\u0000y' }), '400 VALIDATION_FAILED'],
      };
      const answers: Record<string, string> = {};
      for (const [name, [attempt]] of Object.entries(cases)) {
        const response = await attempt();
        answers[name] = `${response.status} ${(response.body as { code?: string }).code}`;
      }
      expect(answers).toEqual(Object.fromEntries(Object.entries(cases).map(([name, [, expected]]) => [name, expected])));
      const [{ n }] = await api.dataSource.query<[{ n: number }]>('SELECT count(*)::int AS n FROM referral WHERE client_id = $1', [file.id]);
      expect(n).toBe(1);
      expect(await referralRow(referral.id)).toMatchObject({ status: 'draft', version: referral.version });
      expect(await referralRow(sentOne.referral.id)).toMatchObject({ status: 'sent', version: sentOne.referral.version });
    });

    it('keeps a field chosen twice once, and shows each shared row once', async () => {
      const { file, referral } = await draftFor(shelter, { sharedFields: ['phone', 'name', 'phone', 'name'] }, { phone: '090-7777-8888' });
      expect((referral as unknown as { sharedFields: string[] }).sharedFields).toEqual(['phone', 'name']);
      const letter = await caseworkerLetter(file.id, referral.id);
      expect((await pdfText(letter.body as Buffer)).split('090-7777-8888')).toHaveLength(2);
    });
  });

  describe('the letter', () => {
    it('carries a 4,000-character reason and all 14 fields in full, English wording around Japanese data', async () => {
      const words = Array.from({ length: 800 }, (_, index) => `w${String(index).padStart(3, '0')}`);
      const reason = words.join(' ').slice(0, 4000);
      const all = ['name', 'nativeName', 'dateOfBirth', 'gender', 'nationality', 'languages', 'interpreter', 'phone', 'email', 'address', 'procedureStage', 'residenceStatus', 'workAllowed', 'vulnerabilities'];
      const { file, referral, token } = await sentWithLink(
        shelter,
        { reason, sharedFields: all, letterLocale: 'en' },
        { familyName: '山田', givenName: '花子', nativeName: 'Yamada Hanako', gender: 'female', phone: '090-5555-6666', email: 'hanako@example.net', address: '東京都新宿区西新宿2-8-1', vulnerabilityFlags: ['pregnant'] },
      );
      const view = (await caseworker.get(`/api/clients/${file.id}/referrals/${referral.id}`)).body as Referral;
      expect(view.sharedRows?.map((row) => row.field)).toEqual(all);
      const letter = await partnerLetter(referral.id, token);
      expect(letter.status).toBe(200);
      const text = await pdfText(letter.body as Buffer);
      const squeezed = text.replace(/\s+/g, '');
      for (const row of view.sharedRows ?? []) expect(squeezed).toContain(row.value.replace(/\s+/g, ''));
      for (const word of reason.split(' ')) expect(text).toContain(word);
      expect(text).toContain('Referral letter');
    });

    it('draws a right-to-left override in the reason as a visible mark, without reversing the text after it', async () => {
      const { file, referral } = await draftFor(shelter, { reason: 'Needs a bed \u202Etonight\u202C please' });
      const text = await pdfText((await caseworkerLetter(file.id, referral.id)).body as Buffer);
      expect(text).toMatch(/Needs a bed\s.*tonight.*\splease/);
      expect(text).not.toContain('thginot');
    });

    it('finding 7: does not silently drop a native-script name the letter fonts cannot draw (Arabic, Myanmar)', async () => {
      for (const nativeName of ['أمينة حسين', 'အောင်ကျော်']) {
        const { file, referral } = await draftFor(shelter, { sharedFields: ['nativeName'] }, { nativeName });
        const letter = await caseworkerLetter(file.id, referral.id);
        expect(letter.status).toBe(200);
        const text = await pdfText(letter.body as Buffer);
        const letters = [...nativeName.replace(/\s/g, '')];
        expect({ nativeName, missing: letters.filter((ch) => !text.includes(ch)) }).toEqual({ nativeName, missing: [] });
      }
    });
  });

  describe('the cost of a letter', () => {
    it('finding 10: lays out a 4,000-character unbroken reason in lines the letter can hold, losing nothing', async () => {
      // One 4,000-letter "word": pdfkit's line breaking searched it one character at a time (about
      // a second of the api's only thread per letter). Cut into lines before layout, it renders
      // like any other reason: the run comes back whole, over many lines.
      const { file, referral } = await draftFor(shelter, { reason: `Needs ${'ệ'.repeat(3980)} help` });
      const letter = await caseworkerLetter(file.id, referral.id);
      expect(letter.status).toBe(200);
      const lines = (await pdfText(letter.body as Buffer)).split('\n').filter((line) => line.includes('ệ'));
      expect(lines.join('').replace(/[^ệ]/g, '')).toHaveLength(3980);
      expect(lines.length).toBeGreaterThan(40);
    });
  });

  // Last: once a limit exists, the address of these tests is refused for a while.
  describe('repeated use of the public reply routes from one address', () => {
    it('finding 8: cuts off an address that keeps presenting wrong tokens long before the global 3,000 a minute', async () => {
      const { referral } = await sentWithLink();
      // The run's tests lift this limit (they all talk from 127.0.0.1); an api of its own has a real one.
      const limited = await startTestApi({ env: { RATE_LIMIT_PARTNER_REFUSALS: '10' } });
      const partnerOpen = (referralId: string, body: unknown) => request(limited.server).post(`/api/partner-replies/${referralId}`).send(body as object);
      const denied = async () =>
        (await api.dataSource.query<[{ n: number }]>(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'referral.reply.opened' AND outcome = 'denied'`))[0].n;
      const deniedBefore = await denied();
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 60; attempt += 1) {
        statuses.push((await partnerOpen(referral.id, { token: randomUUID().replace(/-/g, '').padEnd(43, 'A') })).status);
      }
      await limited.close();
      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(404));
      expect(statuses.slice(10)).toEqual(Array(50).fill(429));
      // One audit row per refused guess up to the limit, then one for the flood.
      expect((await denied()) - deniedBefore).toBe(11);
    });

    it('finding 9: does not re-render the letter without limit for one link', async () => {
      const { referral, token } = await sentWithLink();
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 40; attempt += 1) statuses.push((await partnerLetter(referral.id, token)).status);
      expect(statuses).toContain(429);
    });
  });
});
