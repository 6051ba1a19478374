import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createTeam, signedIn, type SignedInBrowser } from '../support/accounts.js';
import { takeIn } from '../support/clients.js';
import { getBytes } from '../support/documents.js';
import type { CaughtMessage } from '#notifications';
import { Mailbox } from '../support/mailbox.js';
import { pollUntil } from '../support/poll.js';
import { createPartnerService, pdfText, type TestPartnerService } from '../support/referrals.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

interface Referral {
  id: string;
  number: number;
  status: string;
  allowedActions: string[];
  sharedFields: string[];
  sharedRows: { field: string; label: string; value: string }[] | null;
  warnings: { code: string; basis: string }[];
  consentCovered: boolean;
  sentOn: string | null;
  followUpOn: string | null;
  followUpDeadlineId: string | null;
  replyLink: { expiresAt: string } | null;
  partnerNote: string | null;
  declineReason: string | null;
  outcome: string | null;
  version: number;
}

/** Values only in the file: any of them in a letter, an e-mail or the partner's page is a leak. */
const PHONE = '090-1234-5678';
const ADDRESS = '東京都新宿区西新宿2-8-1 秘密マンション101';
const EMAIL = 'amina.private@example.net';

/**
 * Referrals through HTTP: the lifecycle, consent enforced at sending (APPI Art. 27), only the
 * chosen fields leaving, eligibility warnings, the follow-up deadline and its reminder, and the
 * partner's reply link refused when expired, revoked, reused or guessed.
 */
describe('referrals', () => {
  const mailbox = new Mailbox();
  let api: TestApi;
  let team: string;
  let caseworker: SignedInBrowser;
  let supervisor: SignedInBrowser;
  let shelter: TestPartnerService;
  let otherShelter: TestPartnerService;
  let jobs: TestPartnerService;

  beforeAll(async () => {
    const smtp = await mailbox.start();
    api = await startTestApi({ env: { SMTP_URL: smtp, ORGANISATION_NAME: 'テスト難民支援協会' } });
    team = await createTeam(api);
    caseworker = await signedIn(api, { role: 'caseworker', memberOf: [team] });
    supervisor = await signedIn(api, { role: 'supervisor', supervises: [team] });
    shelter = await createPartnerService(supervisor, { kind: 'housing', name: '緊急シェルター' });
    otherShelter = await createPartnerService(supervisor, { kind: 'housing', name: '女性シェルター' });
    jobs = await createPartnerService(supervisor, { kind: 'employment', name: '就労相談' });
  });
  afterAll(async () => {
    await api.close();
    await mailbox.stop();
  });

  async function client() {
    return takeIn(caseworker, team, { phone: PHONE, address: ADDRESS, email: EMAIL, familyName: `HUSSAIN${Date.now() % 100000}` });
  }

  async function draft(clientId: string, body: Record<string, unknown> = {}): Promise<Referral> {
    const created = await caseworker.post(`/api/clients/${clientId}/referrals`, {
      serviceId: shelter.serviceId,
      reason: '今夜泊まる場所がありません。',
      urgency: 'today',
      sharedFields: ['name', 'languages', 'interpreter'],
      ...body,
    });
    expect({ status: created.status, code: created.body.code }).toEqual({ status: 201, code: undefined });
    return created.body as Referral;
  }

  async function consent(clientId: string, body: Record<string, unknown>) {
    const recorded = await caseworker.post(`/api/clients/${clientId}/referral-consents`, { givenOn: '2026-01-10', scope: '住居の紹介に必要な範囲', ...body });
    expect({ status: recorded.status, code: recorded.body.code }).toEqual({ status: 201, code: undefined });
    return recorded.body as { id: string; version: number };
  }

  async function send(clientId: string, referral: Referral) {
    return caseworker.post(`/api/clients/${clientId}/referrals/${referral.id}/send`, { version: referral.version });
  }

  const partnerOpen = (referralId: string, token: string) => request(api.server).post(`/api/partner-replies/${referralId}`).send({ token });
  const partnerAnswer = (referralId: string, token: string, body: Record<string, unknown>) => request(api.server).post(`/api/partner-replies/${referralId}/answer`).send({ token, ...body });
  const partnerLetter = (referralId: string, token: string) =>
    request(api.server)
      .post(`/api/partner-replies/${referralId}/letter`)
      .send({ token })
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      });

  async function sentWithLink(clientId: string, body: Record<string, unknown> = {}): Promise<{ referral: Referral; token: string }> {
    const referral = await draft(clientId, body);
    const to = body.serviceId === otherShelter.serviceId ? otherShelter.email : shelter.email;
    const next = nextMailTo(to);
    const sent = await send(clientId, referral);
    expect({ status: sent.status, code: sent.body.code }).toEqual({ status: 200, code: undefined });
    return { referral: sent.body as Referral, token: Mailbox.tokenIn(await next) };
  }

  /** The next message to this address: waits for one more than there are now. */
  async function nextMailTo(to: string) {
    const before = mailbox.messages.filter((m) => m.envelopeTo.includes(to)).length;
    await pollUntil(() => Promise.resolve(mailbox.messages.filter((m) => m.envelopeTo.includes(to)).length > before), 5_000, 25);
    return mailbox.messages.filter((m) => m.envelopeTo.includes(to)).at(-1) as CaughtMessage;
  }

  const auditRows = (referralId: string | null, action: string) =>
    api.dataSource.query<{ outcome: string; details: Record<string, unknown>; target_id: string | null }[]>(
      `SELECT outcome, details, target_id FROM audit_event WHERE action = $1 AND ($2::uuid IS NULL OR target_id = $2::uuid) ORDER BY id`,
      [action, referralId],
    );

  it('goes draft → sent → accepted by the partner → in progress → completed, each step on the timeline; an illegal step is a 409 with the allowed ones', async () => {
    const file = await client();
    await consent(file.id, { partnerId: shelter.partnerId });
    const { referral, token } = await sentWithLink(file.id);
    expect(referral).toMatchObject({ status: 'sent', allowedActions: ['acknowledge', 'accept', 'decline', 'cancel'], consentCovered: true });
    expect(referral.sentOn).not.toBeNull();

    const illegal = await caseworker.post(`/api/clients/${file.id}/referrals/${referral.id}/steps`, { version: referral.version, action: 'complete', outcome: 'done' });
    expect({ status: illegal.status, code: illegal.body.code, allowed: illegal.body.details?.allowedNext }).toEqual({
      status: 409,
      code: 'REFERRAL_TRANSITION_NOT_ALLOWED',
      allowed: ['acknowledge', 'accept', 'decline', 'cancel'],
    });

    const opened = await partnerOpen(referral.id, token);
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ number: referral.number, fromOrganisation: 'テスト難民支援協会', status: 'sent', allowedActions: ['acknowledge', 'accept', 'decline'] });
    const accepted = await partnerAnswer(referral.id, token, { action: 'accept', note: '本日18時に受付に来てください。' });
    expect({ status: accepted.status, body: accepted.body.status }).toEqual({ status: 200, body: 'accepted' });
    // The partner can do nothing more through the link.
    expect((await partnerAnswer(referral.id, token, { action: 'decline', reason: 'x' })).status).toBe(409);

    let current = (await caseworker.get(`/api/clients/${file.id}/referrals/${referral.id}`)).body as Referral;
    expect(current).toMatchObject({ status: 'accepted', partnerNote: '本日18時に受付に来てください。', allowedActions: ['start', 'cancel'] });
    // The intake the partner gave becomes one of the file's appointments, linked to the referral.
    const intake = { kind: 'other', startsAt: '2026-12-10T09:00:00.000Z', place: 'シェルター受付', notes: '入所面談' };
    const withAppointment = await caseworker.post(`/api/clients/${file.id}/referrals/${referral.id}/appointment`, { version: current.version, ...intake });
    expect(withAppointment.status).toBe(200);
    current = withAppointment.body as Referral;
    const appointments = (await caseworker.get(`/api/clients/${file.id}/appointments`)).body as { id: string; place: string; status: string }[];
    expect(appointments.find((a) => a.id === (current as Referral & { appointmentId: string }).appointmentId)).toMatchObject({ place: 'シェルター受付', status: 'scheduled' });
    const second = await caseworker.post(`/api/clients/${file.id}/referrals/${referral.id}/appointment`, { version: current.version, ...intake });
    expect({ status: second.status, code: second.body.code }).toEqual({ status: 409, code: 'REFERRAL_TRANSITION_NOT_ALLOWED' });
    const started = await caseworker.post(`/api/clients/${file.id}/referrals/${referral.id}/steps`, { version: current.version, action: 'start' });
    expect(started.body.status).toBe('in-progress');
    current = started.body as Referral;
    const noOutcome = await caseworker.post(`/api/clients/${file.id}/referrals/${referral.id}/steps`, { version: current.version, action: 'complete' });
    expect({ status: noOutcome.status, code: noOutcome.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    const completed = await caseworker.post(`/api/clients/${file.id}/referrals/${referral.id}/steps`, { version: current.version, action: 'complete', outcome: '3か月の入居が決まった' });
    expect(completed.body).toMatchObject({ status: 'completed', outcome: '3か月の入居が決まった', allowedActions: [] });
    // Closed: the link reads nothing any more.
    expect((await partnerOpen(referral.id, token)).status).toBe(410);

    const timeline = await api.dataSource.query<{ kind: string; data: Record<string, unknown> }[]>(
      `SELECT kind, data FROM timeline_event WHERE client_id = $1 AND kind LIKE 'referral%' ORDER BY occurred_at, id`,
      [file.id],
    );
    expect(timeline.map((e) => e.kind)).toEqual(['referral-consent.given', 'referral.drafted', 'referral.sent', 'referral.accepted', 'referral.started', 'referral.completed']);
    const draftOnly = await draft(file.id);
    expect((await caseworker.post(`/api/clients/${file.id}/referrals/${draftOnly.id}/appointment`, { version: draftOnly.version, ...intake })).status).toBe(409);
    expect(timeline.find((e) => e.kind === 'referral.accepted')?.data).toMatchObject({ referralId: referral.id, by: 'partner' });
    // Nothing of the client in the timeline's data of referrals.
    expect(JSON.stringify(timeline)).not.toMatch(/HUSSAIN|今夜|090-1234/);
  });

  describe('consent', () => {
    it('refuses to send without any consent: 409 CONSENT_REQUIRED, nothing sent, nothing planned', async () => {
      const file = await client();
      const referral = await draft(file.id);
      const before = mailbox.messages.length;
      const refused = await send(file.id, referral);
      expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 409, code: 'CONSENT_REQUIRED' });
      const after = (await caseworker.get(`/api/clients/${file.id}/referrals/${referral.id}`)).body as Referral;
      expect(after).toMatchObject({ status: 'draft', sentOn: null, sharedRows: null, replyLink: null, consentCovered: false, version: referral.version });
      const [{ tokens }] = await api.dataSource.query<[{ tokens: number }]>('SELECT count(*)::int AS tokens FROM referral_reply_token WHERE referral_id = $1', [referral.id]);
      const [{ deadlines }] = await api.dataSource.query<[{ deadlines: number }]>(`SELECT count(*)::int AS deadlines FROM deadline WHERE client_id = $1 AND kind = 'referral-follow-up'`, [file.id]);
      expect({ tokens, deadlines }).toEqual({ tokens: 0, deadlines: 0 });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(mailbox.messages.length).toBe(before);
    });

    it('refuses with a consent for another partner, or for another kind of service', async () => {
      const file = await client();
      await consent(file.id, { partnerId: otherShelter.partnerId });
      await consent(file.id, { serviceKind: 'employment' });
      const referral = await draft(file.id);
      expect(referral.consentCovered).toBe(false);
      expect((await send(file.id, referral)).body.code).toBe('CONSENT_REQUIRED');
    });

    it('sends under a consent for the kind of service; a withdrawn consent refuses', async () => {
      const file = await client();
      const byKind = await consent(file.id, { serviceKind: 'housing' });
      const first = await draft(file.id);
      expect(first.consentCovered).toBe(true);
      const withdrawn = await caseworker.post(`/api/clients/${file.id}/referral-consents/${byKind.id}/withdrawal`, { version: byKind.version });
      expect(withdrawn.body).toMatchObject({ inForce: false });
      // The draft that consent alone covered is cancelled.
      expect(((await caseworker.get(`/api/clients/${file.id}/referrals/${first.id}`)).body as Referral).status).toBe('cancelled');
      const second = await draft(file.id);
      expect((await send(file.id, second)).body.code).toBe('CONSENT_REQUIRED');
    });

    it('withdrawing closes the reply link of a referral already sent under it', async () => {
      const file = await client();
      const given = await consent(file.id, { partnerId: shelter.partnerId });
      const { referral, token } = await sentWithLink(file.id);
      expect((await partnerOpen(referral.id, token)).status).toBe(200);
      await caseworker.post(`/api/clients/${file.id}/referral-consents/${given.id}/withdrawal`, { version: given.version });
      const closed = await partnerOpen(referral.id, token);
      expect({ status: closed.status, code: closed.body.code }).toEqual({ status: 410, code: 'REPLY_LINK_EXPIRED' });
      // A new link is refused as well: nothing more is shared.
      expect((await caseworker.post(`/api/clients/${file.id}/referrals/${referral.id}/link`)).body.code).toBe('CONSENT_REQUIRED');
    });

    it('needs exactly one of partner and kind, a real partner, and no date in the future', async () => {
      const file = await client();
      for (const body of [{}, { partnerId: shelter.partnerId, serviceKind: 'housing' }, { serviceKind: 'housing', givenOn: '2999-01-01' }, { serviceKind: 'castles' }, { serviceKind: 'housing', scope: '   ' }]) {
        const refused = await caseworker.post(`/api/clients/${file.id}/referral-consents`, { givenOn: '2026-01-10', scope: 'x', ...body });
        expect({ body, status: refused.status, code: refused.body.code }).toEqual({ body, status: 400, code: 'VALIDATION_FAILED' });
      }
      const unknown = await caseworker.post(`/api/clients/${file.id}/referral-consents`, { partnerId: '00000000-0000-4000-8000-000000000000', givenOn: '2026-01-10', scope: 'x' });
      expect(unknown.status).toBe(404);
      expect(((await caseworker.get(`/api/clients/${file.id}/referral-consents`)).body as unknown[]).length).toBe(0);
    });
  });

  it('lets only the chosen fields leave: not in the letter, the e-mail or the partner’s page', async () => {
    const file = await client();
    await consent(file.id, { partnerId: shelter.partnerId });
    const { referral, token } = await sentWithLink(file.id, { sharedFields: ['name', 'languages'] });
    expect(referral.sharedRows?.map((row) => row.field)).toEqual(['name', 'languages']);

    const mail = mailbox.messages.filter((m) => m.envelopeTo.includes(shelter.email)).at(-1);
    const page = await partnerOpen(referral.id, token);
    const letter = await partnerLetter(referral.id, token);
    expect(letter.headers['content-type']).toBe('application/pdf');
    const letterText = await pdfText(letter.body as Buffer);
    const caseworkerCopy = await getBytes(caseworker, `/api/clients/${file.id}/referrals/${referral.id}/letter`);
    const copyText = await pdfText(caseworkerCopy.body as Buffer);

    expect(letterText).toContain('HUSSAIN');
    expect(letterText).toContain('今夜泊まる場所がありません。');
    for (const secret of [PHONE, ADDRESS, EMAIL, 'AFG', '1960', 'Hussain']) {
      expect({ secret, where: 'letter', found: letterText.includes(secret) || copyText.includes(secret) }).toEqual({ secret, where: 'letter', found: false });
      expect({ secret, where: 'page', found: JSON.stringify(page.body).includes(secret) }).toEqual({ secret, where: 'page', found: false });
    }
    // The e-mail carries no personal data at all: not even the name or the reason.
    for (const secret of ['HUSSAIN', '今夜', PHONE, ADDRESS]) expect(`${mail?.subject} ${mail?.textBody} ${mail?.htmlBody}`).not.toContain(secret);
  });

  it('warns (does not block) when the file says the client may not work, citing the basis', async () => {
    const file = await client();
    const referral = await draft(file.id, { serviceId: jobs.serviceId, reason: '仕事を探したい' });
    expect(referral.warnings.map((w) => w.code)).toEqual(['EMPLOYMENT_WORK_NOT_ALLOWED']);
    expect(referral.warnings[0]?.basis).toMatch(/Immigration Control Act/);
    expect((await draft(file.id)).warnings).toEqual([]);
  });

  it('plans a follow-up deadline with reminders when sent, and meets it when the partner answers', async () => {
    const file = await client();
    await consent(file.id, { partnerId: shelter.partnerId });
    const { referral, token } = await sentWithLink(file.id);
    expect(referral.followUpOn).not.toBeNull();
    const [deadline] = await api.dataSource.query<{ id: string; status: string; due_date: string }[]>(
      `SELECT id, status, due_date::text FROM deadline WHERE client_id = $1 AND kind = 'referral-follow-up'`,
      [file.id],
    );
    expect(deadline).toMatchObject({ id: referral.followUpDeadlineId, status: 'open', due_date: referral.followUpOn });
    const [{ reminders }] = await api.dataSource.query<[{ reminders: number }]>('SELECT count(*)::int AS reminders FROM reminder WHERE deadline_id = $1', [deadline?.id]);
    expect(reminders).toBeGreaterThan(0);
    const waiting = (await caseworker.get('/api/referrals/waiting')).body as { id: string; followUpOn: string }[];
    expect(waiting.map((w) => w.id)).toContain(referral.id);

    await partnerAnswer(referral.id, token, { action: 'acknowledge' });
    const [after] = await api.dataSource.query<{ status: string }[]>('SELECT status FROM deadline WHERE id = $1', [deadline?.id]);
    expect(after?.status).toBe('met');
  });

  describe('the partner’s reply link', () => {
    let file: { id: string };
    let sent: { referral: Referral; token: string };

    beforeAll(async () => {
      file = await client();
      await consent(file.id, { serviceKind: 'housing' });
      sent = await sentWithLink(file.id);
    });

    it('refuses a guessed token and one of another referral with 404, and audits each without naming the referral', async () => {
      const other = await sentWithLink(file.id, { serviceId: otherShelter.serviceId });
      const guessed = await partnerOpen(sent.referral.id, 'A'.repeat(43));
      const reused = await partnerOpen(sent.referral.id, other.token);
      const malformed = await partnerOpen(sent.referral.id, '../../etc/passwd');
      for (const answer of [guessed, reused, malformed]) expect({ status: answer.status, code: answer.body.code }).toEqual({ status: 404, code: 'REPLY_LINK_INVALID' });
      expect((await partnerAnswer(sent.referral.id, other.token, { action: 'decline', reason: 'no' })).status).toBe(404);
      const refusals = (await auditRows(null, 'referral.reply.opened')).filter((row) => row.outcome === 'denied');
      expect(refusals.map((row) => row.details.refusal)).toEqual(expect.arrayContaining(['unknown', 'other-referral']));
      expect(refusals.filter((row) => row.details.refusal !== 'expired' && row.details.refusal !== 'revoked').every((row) => row.target_id === null)).toBe(true);
      // The other referral was not answered by the reused token.
      expect(((await caseworker.get(`/api/clients/${file.id}/referrals/${other.referral.id}`)).body as Referral).status).toBe('sent');
    });

    it('audits every opening', async () => {
      const before = (await auditRows(sent.referral.id, 'referral.reply.opened')).length;
      await partnerOpen(sent.referral.id, sent.token);
      await partnerLetter(sent.referral.id, sent.token);
      const rows = await auditRows(sent.referral.id, 'referral.reply.opened');
      expect(rows.slice(before).map((row) => [row.outcome, row.details.purpose])).toEqual([
        ['success', 'view'],
        ['success', 'letter'],
      ]);
    });

    it('refuses a revoked link with 410, and a reissued one works while the old does not', async () => {
      const revoked = await caseworker.delete(`/api/clients/${file.id}/referrals/${sent.referral.id}/link`);
      expect(revoked.body.replyLink).toBeNull();
      expect((await partnerOpen(sent.referral.id, sent.token)).status).toBe(410);
      const next = nextMailTo(shelter.email);
      const reissued = await caseworker.post(`/api/clients/${file.id}/referrals/${sent.referral.id}/link`);
      expect(reissued.status).toBe(200);
      const fresh = Mailbox.tokenIn(await next);
      expect(fresh).not.toBe(sent.token);
      expect((await partnerOpen(sent.referral.id, fresh)).status).toBe(200);
      expect((await partnerOpen(sent.referral.id, sent.token)).status).toBe(410);
      sent = { ...sent, token: fresh };
    });

    it('refuses an expired link with 410 after 14 days', async () => {
      expect((await partnerOpen(sent.referral.id, sent.token)).status).toBe(200);
      api.clock.advance(14 * 86_400_000 + 1000);
      try {
        const expired = await partnerOpen(sent.referral.id, sent.token);
        expect({ status: expired.status, code: expired.body.code }).toEqual({ status: 410, code: 'REPLY_LINK_EXPIRED' });
        expect((await partnerAnswer(sent.referral.id, sent.token, { action: 'accept' })).status).toBe(410);
        expect((await auditRows(sent.referral.id, 'referral.reply.opened')).at(-1)).toMatchObject({ outcome: 'denied', details: { refusal: 'expired' } });
      } finally {
        api.clock.advance(-(14 * 86_400_000 + 1000));
      }
    });

    it('stores only the token’s hash', async () => {
      const rows = await api.dataSource.query<{ token_hash: Buffer }[]>('SELECT token_hash FROM referral_reply_token WHERE referral_id = $1', [sent.referral.id]);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.token_hash.toString('base64url')).not.toBe(sent.token);
    });
  });

  it('refers inside the organisation without consent, letter or link', async () => {
    const file = await client();
    const internal = await caseworker.post(`/api/clients/${file.id}/referrals`, { internalService: '当団体の日本語教室', serviceKind: 'japanese-language', reason: '日本語を学びたい', urgency: 'routine' });
    expect(internal.status).toBe(201);
    const withFields = await caseworker.post(`/api/clients/${file.id}/referrals`, { internalService: '当団体の日本語教室', serviceKind: 'japanese-language', reason: 'x', urgency: 'routine', sharedFields: ['phone'] });
    expect(withFields.status).toBe(400);
    const sent = await send(file.id, internal.body as Referral);
    expect(sent.body).toMatchObject({ status: 'sent', replyLink: null, sharedRows: null });
    expect((await getBytes(caseworker, `/api/clients/${file.id}/referrals/${(internal.body as Referral).id}/letter`)).status).toBe(404);
  });

  it('changes only drafts, refuses stale versions, and answers bad input with 400', async () => {
    const file = await client();
    const referral = await draft(file.id);
    const stale = await caseworker.patch(`/api/clients/${file.id}/referrals/${referral.id}`, { version: referral.version + 1, urgency: 'routine' });
    expect(stale.status).toBe(409);
    const changed = await caseworker.patch(`/api/clients/${file.id}/referrals/${referral.id}`, { version: referral.version, sharedFields: ['phone', 'name', 'phone'] });
    expect(changed.body.sharedFields).toEqual(['phone', 'name']);
    for (const body of [{ serviceId: shelter.serviceId, reason: ' ', urgency: 'today' }, { serviceId: shelter.serviceId, reason: 'x', urgency: 'yesterday' }, { reason: 'x', urgency: 'today' }, { serviceId: shelter.serviceId, reason: 'x', urgency: 'today', sharedFields: ['passwordHash'] }]) {
      const refused = await caseworker.post(`/api/clients/${file.id}/referrals`, body);
      expect({ body, status: refused.status }).toEqual({ body, status: 400 });
    }
    const unknown = await caseworker.post(`/api/clients/${file.id}/referrals`, { serviceId: '00000000-0000-4000-8000-000000000000', reason: 'x', urgency: 'today' });
    expect(unknown.status).toBe(404);
  });
});
