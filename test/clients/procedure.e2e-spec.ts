import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTeam, signedIn, type SignedInBrowser } from '../support/accounts.js';
import { clientSummaryMismatches, intakeBody, takeIn } from '../support/clients.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

interface Deadline {
  kind: string;
  status: string;
  due_date: string;
  explanation: { en: string; ja: string };
  source: string;
  owner_id: string | null;
  superseded_by_id: string | null;
}

describe('protection applications, steps and the deadlines they trigger', () => {
  let api: TestApi;
  let team: string;
  let caseworker: SignedInBrowser;

  beforeAll(async () => {
    api = await startTestApi();
    api.clock.set(new Date('2026-01-20T03:00:00Z'));
    team = await createTeam(api);
    caseworker = await signedIn(api, { role: 'caseworker', memberOf: [team] });
  });
  afterAll(async () => {
    await api.close();
  });

  const deadlines = (clientId: string) =>
    api.dataSource.query<Deadline[]>(
      `SELECT kind, status, due_date::text, explanation, source, owner_id, superseded_by_id FROM deadline WHERE client_id = $1 ORDER BY created_at, kind`,
      [clientId],
    );

  async function step(clientId: string, applicationId: string, body: Record<string, unknown>) {
    const current = await caseworker.get(`/api/clients/${clientId}/applications/${applicationId}`);
    return caseworker.post(`/api/clients/${clientId}/applications/${applicationId}/steps`, { version: current.body.version, ...body });
  }

  it('walks the worked example: a refusal received Fri 26 Dec 2025 gives a review request due Mon 5 Jan 2026', async () => {
    const client = await takeIn(caseworker, team, { landingDate: '2025-06-01' });
    expect((await deadlines(client.id)).map((d) => [d.kind, d.status, d.due_date])).toEqual([['landing-six-months', 'open', '2025-12-01']]);

    const opened = await caseworker.post(`/api/clients/${client.id}/applications`, { kind: 'REFUGEE_AND_CP', regionalBureau: '東京出入国在留管理局' });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ applicationNo: 1, stage: 'P0_INTAKE', subsequentApplication: false });
    const id = opened.body.id as string;

    expect((await step(client.id, id, { to: 'P1_FILED', dates: { filedOn: '2025-07-01' }, note: 'Filed at the Tokyo bureau' })).status).toBe(201);
    const landing = (await deadlines(client.id)).find((d) => d.kind === 'landing-six-months');
    expect(landing?.status).toBe('met');

    const refused = await step(client.id, id, { to: 'P3_REFUSED', dates: { decidedOn: '2025-12-19', noticeReceivedOn: '2025-12-26' } });
    expect(refused.status).toBe(201);
    expect(refused.body.stage).toBe('P3_REFUSED');
    const review = (await deadlines(client.id)).find((d) => d.kind === 'review-request');
    expect(review).toMatchObject({ status: 'open', due_date: '2026-01-05', source: `application:${id}`, owner_id: caseworker.user.id });
    expect(review?.explanation.en).toContain('Review request due Mon 5 Jan 2026');
    expect(review?.explanation.en).toContain('Fri 26 Dec 2025');

    const history = (await caseworker.get(`/api/clients/${client.id}/applications/${id}`)).body.history as { to: string; eventOn: string; recordedBy: string }[];
    expect(history.map((h) => [h.to, h.eventOn])).toEqual([
      ['P1_FILED', '2025-07-01'],
      ['P3_REFUSED', '2025-12-26'],
    ]);
    expect(history.every((h) => h.recordedBy === caseworker.user.id)).toBe(true);

    expect((await step(client.id, id, { to: 'P4_APPEAL_WINDOW' })).status).toBe(201);
    const filed = await step(client.id, id, { to: 'P5_APPEAL_PENDING', dates: { requestFiledOn: '2026-01-05' } });
    expect(filed.status).toBe(201);
    expect((await deadlines(client.id)).find((d) => d.kind === 'review-request')?.status).toBe('met');

    const timeline = (await caseworker.get(`/api/clients/${client.id}/timeline?limit=100`)).body.items as { kind: string }[];
    expect(timeline.map((t) => t.kind)).toEqual(expect.arrayContaining(['client.intake', 'application.opened', 'application.stage', 'deadline.created', 'deadline.met']));
  });

  it('refuses a step the procedure does not allow with 409 and the allowed steps', async () => {
    const client = await takeIn(caseworker, team);
    const { body } = await caseworker.post(`/api/clients/${client.id}/applications`, { kind: 'REFUGEE_AND_CP' });
    const jump = await step(client.id, body.id, { to: 'P8_LITIGATION', dates: { suitFiledOn: '2026-01-10' } });
    expect(jump.status).toBe(409);
    expect(jump.body.code).toBe('STAGE_TRANSITION_NOT_ALLOWED');
    expect(jump.body.details.allowed.map((o: { to: string }) => o.to)).toEqual(['P1_FILED']);
    expect((await caseworker.get(`/api/clients/${client.id}/applications/${body.id}`)).body.stage).toBe('P0_INTAKE');
  });

  it('names a missing or impossible event date with 400', async () => {
    const client = await takeIn(caseworker, team);
    const { body } = await caseworker.post(`/api/clients/${client.id}/applications`, { kind: 'CP_ONLY' });
    const missing = await step(client.id, body.id, { to: 'P1_FILED', dates: {} });
    expect(missing.status).toBe(400);
    expect(missing.body.details.fields[0]).toMatchObject({ field: 'filedOn', code: 'MISSING' });
    const future = await step(client.id, body.id, { to: 'P1_FILED', dates: { filedOn: '2026-02-01' } });
    expect(future.status).toBe(400);
    expect(future.body.details.fields[0]).toMatchObject({ field: 'filedOn', code: 'IN_FUTURE' });
    const impossible = await step(client.id, body.id, { to: 'P1_FILED', dates: { filedOn: '2026-02-30' } });
    expect(impossible.status).toBe(400);
  });

  it('recomputes when the notice date of the last step is corrected, keeping the old deadline as superseded', async () => {
    const client = await takeIn(caseworker, team);
    const { body } = await caseworker.post(`/api/clients/${client.id}/applications`, { kind: 'REFUGEE_AND_CP' });
    await step(client.id, body.id, { to: 'P1_FILED', dates: { filedOn: '2025-03-01' } });
    await step(client.id, body.id, { to: 'P3_REFUSED', dates: { decidedOn: '2026-01-05', noticeReceivedOn: '2026-01-09' } });
    const before = (await caseworker.get(`/api/clients/${client.id}/applications/${body.id}`)).body;
    const corrected = await caseworker.post(`/api/clients/${client.id}/applications/${body.id}/steps/correction`, {
      version: before.version,
      dates: { decidedOn: '2026-01-05', noticeReceivedOn: '2026-01-13' },
      note: 'Notice was handed over on the 13th, not the 9th',
    });
    expect(corrected.status).toBe(201);
    const rows = await deadlines(client.id);
    expect(rows.filter((d) => d.kind === 'review-request').map((d) => [d.status, d.due_date])).toEqual([
      ['superseded', '2026-01-16'],
      ['open', '2026-01-20'],
    ]);
    const history = corrected.body.history as { to: string; eventOn: string; correctsId: string | null }[];
    expect(history.map((h) => [h.to, h.eventOn, h.correctsId !== null])).toEqual([
      ['P1_FILED', '2025-03-01', false],
      ['P3_REFUSED', '2026-01-09', false],
      ['P3_REFUSED', '2026-01-13', true],
    ]);
  });

  it('recomputes the landing window when the landing date is corrected', async () => {
    const client = await takeIn(caseworker, team, { landingDate: '2025-08-31' });
    const corrected = await caseworker.patch(`/api/clients/${client.id}`, { version: client.version, landingDate: '2025-09-01' });
    expect(corrected.status).toBe(200);
    const rows = (await deadlines(client.id)).filter((d) => d.kind === 'landing-six-months');
    expect(rows.map((d) => [d.status, d.due_date])).toEqual([
      ['superseded', '2026-02-28'],
      ['open', '2026-03-01'],
    ]);
  });

  it('flags a third application and records the reasonable-grounds material', async () => {
    const client = await takeIn(caseworker, team);
    for (let n = 1; n <= 2; n++) {
      const { body } = await caseworker.post(`/api/clients/${client.id}/applications`, { kind: 'REFUGEE_AND_CP' });
      await step(client.id, body.id, { to: 'P1_FILED', dates: { filedOn: `2020-0${n}-01` } });
      await api.dataSource.query(`UPDATE protection_application SET stage = 'P9_FINAL_NEGATIVE', state = jsonb_set(state, '{stage}', '"P9_FINAL_NEGATIVE"') WHERE id = $1`, [body.id]);
    }
    const third = await caseworker.post(`/api/clients/${client.id}/applications`, { kind: 'REFUGEE_AND_CP' });
    expect(third.status).toBe(201);
    expect(third.body).toMatchObject({ applicationNo: 3, subsequentApplication: true, reasonableGroundsSubmitted: false });
    await step(client.id, third.body.id, { to: 'P1_FILED', dates: { filedOn: '2026-01-10' } });
    const filed = (await caseworker.get(`/api/clients/${client.id}/applications/${third.body.id}`)).body;
    expect(filed.removal.suspended).toBe(false);
    const marked = await caseworker.patch(`/api/clients/${client.id}/applications/${third.body.id}`, { version: filed.version, reasonableGroundsSubmittedOn: '2026-01-12' });
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({ reasonableGroundsSubmitted: true, reasonableGroundsSubmittedOn: '2026-01-12' });
    expect(marked.body.removal.suspended).toBe(true);
  });

  it('refuses a second application while the first is still with the immigration authority', async () => {
    const client = await takeIn(caseworker, team);
    const { body } = await caseworker.post(`/api/clients/${client.id}/applications`, { kind: 'REFUGEE_AND_CP' });
    await step(client.id, body.id, { to: 'P1_FILED', dates: { filedOn: '2025-10-01' } });
    const second = await caseworker.post(`/api/clients/${client.id}/applications`, { kind: 'REFUGEE_AND_CP' });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('NEW_APPLICATION_NOT_ALLOWED');
  });

  it('plans a deadline for an appointment, meets it when held, and restarts the reporting clock under supervision', async () => {
    const client = await takeIn(caseworker, team, { custody: { stage: 'D2_SUPERVISED_PRE', reportingIntervalMonths: 3 } });
    const report = (await deadlines(client.id)).find((d) => d.kind === 'supervision-report');
    expect(report).toMatchObject({ status: 'open' });

    const created = await caseworker.post(`/api/clients/${client.id}/appointments`, { kind: 'reporting-date', startsAt: '2026-01-22T01:00:00.000Z', place: 'Tokyo bureau' });
    expect(created.status).toBe(201);
    expect((await deadlines(client.id)).find((d) => d.kind === 'appointment')).toMatchObject({ status: 'open', due_date: '2026-01-22' });

    api.clock.set(new Date('2026-01-22T05:00:00Z'));
    await caseworker.signIn(caseworker.user.email, caseworker.user.password);
    const held = await caseworker.patch(`/api/clients/${client.id}/appointments/${created.body.id}`, { version: created.body.version, status: 'held', outcome: 'Reported; next date in March' });
    expect(held.status).toBe(200);
    const after = await deadlines(client.id);
    expect(after.find((d) => d.kind === 'appointment')?.status).toBe('met');
    const reports = after.filter((d) => d.kind === 'supervision-report');
    expect(reports.map((d) => d.status).sort()).toEqual(['open', 'superseded']);
    expect(reports.find((d) => d.status === 'open')?.due_date).toBe('2026-04-22');
  });

  it('records residence and custody steps through their machines', async () => {
    await caseworker.signIn(caseworker.user.email, caseworker.user.password);
    const client = await takeIn(caseworker, team, { residence: { stage: 'TOKUTEI', expiresOn: '2026-06-30', workAllowed: true } });
    expect((await deadlines(client.id)).find((d) => d.kind === 'residence-renewal')).toMatchObject({ status: 'open', due_date: '2026-06-30' });
    const options = await caseworker.get(`/api/clients/${client.id}/status-options`);
    expect(options.body.residence.length).toBeGreaterThan(0);
    const current = (await caseworker.get(`/api/clients/${client.id}`)).body;
    const wrong = await caseworker.post(`/api/clients/${client.id}/residence/steps`, { version: current.version, to: 'TEIJUSHA', dates: { grantedOn: '2026-01-15' } });
    expect(wrong.status).toBe(409);
    expect(wrong.body.details.allowed.length).toBeGreaterThan(0);
  });

  it('lists the residence and custody steps recorded, in the order they happened, audited', async () => {
    const client = await takeIn(caseworker, team, { residence: { stage: 'TOKUTEI', expiresOn: '2026-06-30', workAllowed: true } });
    const options = (await caseworker.get(`/api/clients/${client.id}/status-options`)).body as {
      residence: { to: string; outcome: string | null; requiredDates: string[] }[];
      custody: { to: string; outcome: string | null; requiredDates: string[] }[];
    };
    const datesFor = (fields: string[], on: string) => Object.fromEntries(fields.map((field) => [field, on]));
    const custodyOption = options.custody.find((o) => o.to === 'D1_INVESTIGATION');
    expect(custodyOption).toBeDefined();
    expect(options.residence).toContainEqual(expect.objectContaining({ to: 'TOKUTEI', outcome: 'RENEWED' }));
    const custody = await caseworker.post(`/api/clients/${client.id}/custody/steps`, {
      version: client.version,
      to: custodyOption!.to,
      dates: datesFor(custodyOption!.requiredDates, '2026-01-12'),
      note: 'Called in by the bureau',
    });
    expect(custody.status).toBe(201);
    const residence = await caseworker.post(`/api/clients/${client.id}/residence/steps`, {
      version: custody.body.version,
      to: 'TOKUTEI',
      outcome: 'RENEWED',
      dates: { grantedOn: '2026-01-15', expiresOn: '2026-07-15' },
      workAllowed: true,
    });
    expect(residence.status).toBe(201);

    const history = await caseworker.get(`/api/clients/${client.id}/status-history`);
    expect(history.status).toBe(200);
    expect(history.body.custody).toMatchObject([{ to: 'D1_INVESTIGATION', note: 'Called in by the bureau', recordedBy: caseworker.user.id }]);
    expect(history.body.residence).toMatchObject([
      { from: 'TOKUTEI', to: 'TOKUTEI', outcome: 'RENEWED', eventOn: '2026-01-15', dates: { grantedOn: '2026-01-15', expiresOn: '2026-07-15' }, recordedBy: caseworker.user.id },
    ]);
    const [{ reads }] = await api.dataSource.query<[{ reads: number }]>(
      `SELECT count(*)::int AS reads FROM audit_event WHERE client_id = $1 AND action = 'client.read' AND details ? 'statusHistory'`,
      [client.id],
    );
    expect(reads).toBe(1);
  });

  it('tracks the provisional release period: an extension is due before it ends, and a granted extension moves it', async () => {
    api.clock.set(new Date('2026-01-22T05:00:00Z'));
    await caseworker.signIn(caseworker.user.email, caseworker.user.password);
    const client = await takeIn(caseworker, team);
    let version = client.version;
    const custodyStep = async (body: Record<string, unknown>) => {
      const response = await caseworker.post(`/api/clients/${client.id}/custody/steps`, { version, ...body });
      if (response.status === 201) version = response.body.version as number;
      return response;
    };
    expect((await custodyStep({ to: 'D1_INVESTIGATION', dates: { startedOn: '2026-01-05' } })).status).toBe(201);
    expect((await custodyStep({ to: 'D2_DETAINED', dates: { detainedOn: '2026-01-06' } })).status).toBe(201);
    // Released on 10 January until Monday 9 February.
    const released = await custodyStep({ to: 'D2_PROVISIONAL_RELEASE_PRE', dates: { releasedOn: '2026-01-10' }, reportingIntervalMonths: 1, provisionalReleaseUntil: '2026-02-09' });
    expect(released.status).toBe(201);
    expect(released.body.custody).toMatchObject({ status: 'provisional-release', provisionalReleaseUntil: '2026-02-09' });
    const extension = (rows: Deadline[]) => rows.filter((d) => d.kind === 'provisional-release-extension').map((d) => [d.status, d.due_date]);
    expect(extension(await deadlines(client.id))).toEqual([['open', '2026-02-09']]);

    // An extension needs the new end, after the old one.
    const noEnd = await custodyStep({ to: 'D2_PROVISIONAL_RELEASE_PRE', outcome: 'RELEASE_EXTENDED', dates: { extendedOn: '2026-01-21' } });
    expect(noEnd.status).toBe(400);
    expect(noEnd.body.details.fields).toEqual([expect.objectContaining({ field: 'provisionalReleaseUntil', code: 'MISSING' })]);
    // Extended on 21 January until Sunday 8 March: filed in person, so due the Friday before.
    const extended = await custodyStep({ to: 'D2_PROVISIONAL_RELEASE_PRE', outcome: 'RELEASE_EXTENDED', dates: { extendedOn: '2026-01-21' }, provisionalReleaseUntil: '2026-03-08' });
    expect(extended.status).toBe(201);
    expect(extension(await deadlines(client.id))).toEqual([
      ['superseded', '2026-02-09'],
      ['open', '2026-03-06'],
    ]);

    // Detention ends the period, and with it the deadline.
    expect((await custodyStep({ to: 'D2_DETAINED', dates: { detainedOn: '2026-01-22' } })).status).toBe(201);
    expect(extension(await deadlines(client.id))).toEqual([
      ['superseded', '2026-02-09'],
      ['superseded', '2026-03-06'],
    ]);
    expect((await caseworker.get(`/api/clients/${client.id}`)).body.custody.provisionalReleaseUntil).toBeNull();
  });

  it('takes a client in already on provisional release with the period’s end, and refuses a period without release', async () => {
    const client = await takeIn(caseworker, team, { custody: { stage: 'D8_PROVISIONAL_RELEASE', reportingIntervalMonths: 1, provisionalReleaseUntil: '2026-02-27' } });
    expect((await deadlines(client.id)).filter((d) => d.kind === 'provisional-release-extension').map((d) => [d.status, d.due_date])).toEqual([['open', '2026-02-27']]);
    const refused = await caseworker.post('/api/clients', intakeBody(team, { confirmNotDuplicate: true, custody: { stage: 'D2_DETAINED', provisionalReleaseUntil: '2026-02-27' } }));
    expect(refused.status).toBe(400);
    expect(refused.body.details.fields).toEqual([{ field: 'custody.provisionalReleaseUntil', problems: ['provisionalReleaseUntil applies only under provisional release'] }]);
  });

  it('keeps each file’s current stage in step with its latest application through every step and correction above', async () => {
    expect(await clientSummaryMismatches(api.dataSource)).toEqual([]);
    const [{ files }] = await api.dataSource.query<[{ files: number }]>(`SELECT count(*)::int AS files FROM client WHERE current_stage IS NOT NULL`);
    expect(files).toBeGreaterThan(3);
  });
});
