import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTeam, signedIn, type SignedInBrowser } from '../support/accounts.js';
import { takeIn } from '../support/clients.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

interface Detail {
  id: string;
  version: number;
  language: string;
  translation: { status: string; translatorName: string | null; dueDate: string | null; signedOn: string | null; allowedNext: string[] };
  flag: { code: string } | null;
  submissions: { versionNumber: number; submittedTo: string; submittedOn: string; applicationId: string | null; note: string | null }[];
}

interface DeadlineRow {
  id: string;
  kind: string;
  status: string;
  due_date: string;
  application_id: string | null;
}

interface Checklist {
  step: string | null;
  templateVersion: number | null;
  items: { key: string; required: boolean; status: string; documentIds: string[] }[];
  missing: number;
  awaitingTranslation: number;
  complete: boolean;
}

interface Template {
  step: string;
  version: number;
  title: { ja: string; en: string };
  basis: { ja: string; en: string };
  items: { key: string; label: { ja: string; en: string }; hint: { ja: string; en: string } | null; categories: string[]; required: boolean; needsTranslation: boolean }[];
}

// Tue 10 Mar 2026, 10:00 in Tokyo.
const NOW = new Date('2026-03-10T01:00:00Z');
const TODAY = '2026-03-10';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

describe('documents workflow: translations, submissions, checklists, requests for materials', () => {
  let api: TestApi;
  let team: string;
  let caseworker: SignedInBrowser;
  let supervisor: SignedInBrowser;
  let admin: SignedInBrowser;

  beforeAll(async () => {
    api = await startTestApi();
    api.clock.set(NOW);
    team = await createTeam(api);
    caseworker = await signedIn(api, { role: 'caseworker', memberOf: [team] });
    supervisor = await signedIn(api, { role: 'supervisor', supervises: [team] });
    admin = await signedIn(api, { role: 'admin' });
  });
  afterAll(async () => {
    await api.close();
  });

  /** A client file with one application (first application, at intake). */
  async function fileWithApplication(browser: SignedInBrowser = caseworker, teamId = team) {
    const client = await takeIn(browser, teamId);
    const opened = await browser.post(`/api/clients/${client.id}/applications`, { kind: 'REFUGEE_AND_CP' });
    expect(opened.status).toBe(201);
    return { ...client, applicationId: opened.body.id as string };
  }

  /** Uploads through the lead's multipart route, as the dashboard does: text fields first, then the file. */
  async function upload(browser: SignedInBrowser, clientId: string, fields: Record<string, string>, file: { name: string; type: string; bytes: Buffer } = { name: 'scan.pdf', type: 'application/pdf', bytes: PDF }): Promise<Detail> {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', new Blob([file.bytes], { type: file.type }), file.name);
    const encoded = new Response(form);
    const body = Buffer.from(await encoded.arrayBuffer());
    const response = await browser.agent
      .post(`/api/clients/${clientId}/documents`)
      .set('X-CSRF-Token', browser.csrfToken)
      .set('Content-Type', encoded.headers.get('content-type') as string)
      .send(body);
    if (response.status !== 201) throw new Error(`upload failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as Detail;
  }

  const translate = (clientId: string, documentId: string, body: Record<string, unknown>) => caseworker.put(`/api/clients/${clientId}/documents/${documentId}/translation`, body);

  const deadlinesOf = (source: string) =>
    api.dataSource.query<DeadlineRow[]>(`SELECT id, kind, status, due_date::text, application_id FROM deadline WHERE source = $1 ORDER BY created_at, id`, [source]);

  async function plannedReminders(deadlineId: string): Promise<number> {
    const [{ n }] = await api.dataSource.query<[{ n: number }]>(`SELECT count(*)::int AS n FROM reminder WHERE deadline_id = $1 AND status = 'planned'`, [deadlineId]);
    return n;
  }

  describe('translations', () => {
    it('walks a translation from needed to signed, refusing skipped steps with the allowed ones', async () => {
      const file = await fileWithApplication();
      const source = await upload(caseworker, file.id, { category: 'personal-statement', title: 'Statement (Dari)', language: 'fa', forSubmission: 'true', applicationId: file.applicationId });
      expect(source.translation).toMatchObject({ status: 'needed', allowedNext: ['not-needed', 'requested'] });
      expect(source.flag?.code).toBe('TRANSLATION_MISSING');

      const skipped = await translate(file.id, source.id, { version: source.version, status: 'signed', translatorName: 'A. Rahimi', signedOn: TODAY });
      expect(skipped.status).toBe(409);
      expect(skipped.body).toMatchObject({ code: 'TRANSLATION_STATUS_NOT_ALLOWED', details: { allowed: ['not-needed', 'requested'] } });

      const incomplete = await translate(file.id, source.id, { version: source.version, status: 'requested' });
      expect(incomplete.status).toBe(400);
      expect((incomplete.body.details.fields as { field: string }[]).map((f) => f.field).sort()).toEqual(['dueDate', 'translatorName']);

      const requested = await translate(file.id, source.id, { version: source.version, status: 'requested', translatorName: 'A. Rahimi', dueDate: '2026-03-13' });
      expect(requested.status).toBe(200);
      expect(requested.body.translation).toMatchObject({ status: 'requested', translatorName: 'A. Rahimi', dueDate: '2026-03-13', allowedNext: ['needed', 'draft'] });

      const stale = await translate(file.id, source.id, { version: source.version, status: 'draft' });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('STALE_VERSION');

      let version = requested.body.version as number;
      for (const status of ['draft', 'checked']) {
        const moved = await translate(file.id, source.id, { version, status });
        expect(moved.status).toBe(200);
        version = moved.body.version as number;
      }
      const futureSignature = await translate(file.id, source.id, { version, status: 'signed', signedOn: '2026-03-11' });
      expect(futureSignature.status).toBe(400);
      const signed = await translate(file.id, source.id, { version, status: 'signed', signedOn: TODAY });
      expect(signed.status).toBe(200);
      expect(signed.body.translation).toMatchObject({ status: 'signed', signedOn: TODAY, allowedNext: [] });
      // Signed, but the signed Japanese text itself is not in the file yet: still flagged.
      expect(signed.body.flag?.code).toBe('TRANSLATION_MISSING');
      await upload(caseworker, file.id, { category: 'personal-statement', title: '陳述書（訳文）', language: 'ja', translationOfId: source.id });
      const after = await caseworker.get(`/api/clients/${file.id}/documents/${source.id}`);
      expect(after.body.flag).toBeNull();

      const timeline = await api.dataSource.query<{ data: { status: string } }[]>(
        `SELECT data FROM timeline_event WHERE client_id = $1 AND kind = 'document.translation-changed' ORDER BY occurred_at, id`,
        [file.id],
      );
      expect(timeline.map((t) => t.data.status)).toEqual(['requested', 'draft', 'checked', 'signed']);
      const [{ n }] = await api.dataSource.query<[{ n: number }]>(`SELECT count(*)::int AS n FROM audit_event WHERE client_id = $1 AND action = 'document.translation.changed'`, [file.id]);
      expect(n).toBe(4);
    });

    it('keeps the translator’s due date as a deadline with reminders: moved, met once checked, ended when the request is dropped', async () => {
      const file = await fileWithApplication();
      const source = await upload(caseworker, file.id, { category: 'persecution-evidence', title: 'Summons (Pashto)', language: 'ps', applicationId: file.applicationId });
      const requested = await translate(file.id, source.id, { version: source.version, status: 'requested', translatorName: 'B. Karimi', dueDate: '2026-03-13' });
      const [first] = await deadlinesOf(`document:${source.id}:translation`);
      expect(first).toMatchObject({ kind: 'translation-due', status: 'open', due_date: '2026-03-13', application_id: file.applicationId });
      expect(await plannedReminders(first.id)).toBeGreaterThan(0);

      const moved = await translate(file.id, source.id, { version: requested.body.version, status: 'requested', dueDate: '2026-03-17' });
      expect(moved.status).toBe(200);
      expect((await deadlinesOf(`document:${source.id}:translation`)).map((d) => [d.status, d.due_date])).toEqual([
        ['superseded', '2026-03-13'],
        ['open', '2026-03-17'],
      ]);
      expect(await plannedReminders(first.id)).toBe(0);

      const draft = await translate(file.id, source.id, { version: moved.body.version, status: 'draft' });
      const checked = await translate(file.id, source.id, { version: draft.body.version, status: 'checked' });
      expect(checked.status).toBe(200);
      expect((await deadlinesOf(`document:${source.id}:translation`)).at(-1)?.status).toBe('met');

      // Another document: the translator drops out before delivering.
      const other = await upload(caseworker, file.id, { category: 'medical', title: 'Medical report (Pashto)', language: 'ps' });
      const asked = await translate(file.id, other.id, { version: other.version, status: 'requested', translatorName: 'C. Noori', dueDate: '2026-03-20' });
      const dropped = await translate(file.id, other.id, { version: asked.body.version, status: 'needed' });
      expect(dropped.body.translation).toMatchObject({ status: 'needed', translatorName: null, dueDate: null });
      expect((await deadlinesOf(`document:${other.id}:translation`)).map((d) => d.status)).toEqual(['superseded']);

      // A third one turns out to be in Japanese already: no translator, nothing due.
      const third = await upload(caseworker, file.id, { category: 'support-letter', title: 'Letter of support', language: 'en' });
      const askedThird = await translate(file.id, third.id, { version: third.version, status: 'requested', translatorName: 'D. Sato', dueDate: '2026-03-24' });
      const corrected = await caseworker.patch(`/api/clients/${file.id}/documents/${third.id}`, { version: askedThird.body.version, language: 'ja' });
      expect(corrected.status).toBe(200);
      expect(corrected.body.translation).toMatchObject({ status: 'not-needed', translatorName: null, dueDate: null });
      expect((await deadlinesOf(`document:${third.id}:translation`)).map((d) => d.status)).toEqual(['superseded']);
    });

    it('allows nothing but not-needed for a Japanese document', async () => {
      const file = await fileWithApplication();
      const japanese = await upload(caseworker, file.id, { category: 'isa-notice', title: '不認定通知書', language: 'ja' });
      expect(japanese.translation).toMatchObject({ status: 'not-needed', allowedNext: [] });
      const refused = await translate(file.id, japanese.id, { version: japanese.version, status: 'requested', translatorName: 'X', dueDate: '2026-03-20' });
      expect(refused.status).toBe(409);
      expect(refused.body.details.allowed).toEqual([]);
    });
  });

  it('records a submission of an existing version on a past date, never in the future', async () => {
    const file = await fileWithApplication();
    const notice = await upload(caseworker, file.id, { category: 'support-letter', title: 'Letter of support', language: 'ja', applicationId: file.applicationId });
    const path = `/api/clients/${file.id}/documents/${notice.id}/submissions`;

    const submitted = await caseworker.post(path, { versionNumber: 1, submittedTo: 'isa', submittedOn: '2026-03-09', note: 'Handed in at the Tokyo bureau' });
    expect(submitted.status).toBe(201);
    expect((submitted.body as Detail).submissions).toEqual([
      expect.objectContaining({ versionNumber: 1, submittedTo: 'isa', submittedOn: '2026-03-09', applicationId: file.applicationId, note: 'Handed in at the Tokyo bureau' }),
    ]);
    expect((await caseworker.post(path, { versionNumber: 1, submittedTo: 'isa', submittedOn: '2026-03-11' })).status).toBe(400);
    expect((await caseworker.post(path, { versionNumber: 2, submittedTo: 'isa', submittedOn: TODAY })).status).toBe(404);
    expect((await caseworker.post(path, { versionNumber: 1, submittedTo: 'embassy', submittedOn: TODAY })).status).toBe(400);

    const [entry] = await api.dataSource.query<{ data: Record<string, unknown> }[]>(`SELECT data FROM timeline_event WHERE client_id = $1 AND kind = 'document.submitted'`, [file.id]);
    expect(entry?.data).toMatchObject({ documentId: notice.id, versionNumber: 1, submittedTo: 'isa', submittedOn: '2026-03-09' });
  });

  it('turns an application’s checklist complete as its documents and translations come in', async () => {
    const file = await fileWithApplication();
    const checklist = async () => {
      const response = await caseworker.get(`/api/clients/${file.id}/applications/${file.applicationId}/checklist`);
      expect(response.status).toBe(200);
      return response.body as Checklist;
    };
    const empty = await checklist();
    expect(empty).toMatchObject({ step: 'first-application', complete: false, awaitingTranslation: 0 });
    expect(empty.missing).toBe(empty.items.filter((i) => i.required).length);

    const templates = (await caseworker.get('/api/checklist-templates')).body as Template[];
    const template = templates.find((t) => t.step === 'first-application') as Template;
    expect(empty.templateVersion).toBe(template.version);
    const required = template.items.filter((item) => item.required);
    const translated = required.find((item) => item.needsTranslation) as Template['items'][number];

    // Foreign-language evidence for the item that needs a translation: there, but waiting for it.
    const source = await upload(caseworker, file.id, { category: translated.categories[0], title: 'Original (Tigrinya)', language: 'ti', checklistItemKey: translated.key, applicationId: file.applicationId });
    for (const item of required.filter((i) => i !== translated)) {
      await upload(caseworker, file.id, { category: item.categories[0], title: `Evidence for ${item.key}`, language: 'ja', checklistItemKey: item.key, applicationId: file.applicationId });
    }
    const waiting = await checklist();
    expect(waiting).toMatchObject({ missing: 0, awaitingTranslation: 1, complete: false });
    expect(waiting.items.find((i) => i.key === translated.key)).toMatchObject({ status: 'awaiting-translation', documentIds: [source.id] });

    // The signed Japanese translation arrives: the checklist is complete.
    await upload(caseworker, file.id, { category: translated.categories[0], title: '訳文', language: 'ja', translationOfId: source.id }, { name: 'translation.txt', type: 'text/plain', bytes: Buffer.from('訳文（署名済み）\n', 'utf8') });
    let version = source.version;
    for (const step of [
      { status: 'requested', translatorName: 'D. Tesfaye', dueDate: '2026-03-12' },
      { status: 'draft' },
      { status: 'checked' },
      { status: 'signed', signedOn: TODAY },
    ]) {
      const moved = await translate(file.id, source.id, { version, ...step });
      expect(moved.status).toBe(200);
      version = moved.body.version as number;
    }
    const done = await checklist();
    expect(done).toMatchObject({ missing: 0, awaitingTranslation: 0, complete: true });
    expect(done.items.filter((i) => i.required).every((i) => i.status === 'present')).toBe(true);

    // Another team's caseworker does not learn the application exists.
    const otherTeam = await createTeam(api);
    const stranger = await signedIn(api, { role: 'caseworker', memberOf: [otherTeam] });
    expect((await stranger.get(`/api/clients/${file.id}/applications/${file.applicationId}/checklist`)).status).toBe(404);
  });

  it('turns ISA’s request for materials into a deadline with reminders, moved with the due date and met when answered', async () => {
    const file = await fileWithApplication();
    const path = `/api/clients/${file.id}/materials-requests`;
    expect((await caseworker.post(path, { receivedOn: '2026-03-11', dueDate: '2026-03-25', description: 'Original arrest warrant' })).status).toBe(400);

    const created = await caseworker.post(path, { receivedOn: '2026-03-09', dueDate: '2026-03-23', description: 'Original arrest warrant and its translation' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ applicationId: file.applicationId, status: 'open', dueDate: '2026-03-23', resolvedOn: null });
    const id = created.body.id as string;
    const [deadline] = await deadlinesOf(`materials-request:${id}`);
    expect(deadline).toMatchObject({ id: created.body.deadlineId, kind: 'materials-request', status: 'open', due_date: '2026-03-23', application_id: file.applicationId });
    expect(await plannedReminders(deadline.id)).toBeGreaterThan(0);

    const extended = await caseworker.patch(`${path}/${id}`, { version: created.body.version, dueDate: '2026-03-30' });
    expect(extended.status).toBe(200);
    expect(extended.body.deadlineId).not.toBe(deadline.id);
    const answered = await caseworker.patch(`${path}/${id}`, { version: extended.body.version, status: 'answered', resolvedOn: TODAY });
    expect(answered.body).toMatchObject({ status: 'answered', resolvedOn: TODAY });
    expect((await deadlinesOf(`materials-request:${id}`)).map((d) => [d.status, d.due_date])).toEqual([
      ['superseded', '2026-03-23'],
      ['met', '2026-03-30'],
    ]);
    expect((await caseworker.patch(`${path}/${id}`, { version: extended.body.version, status: 'withdrawn' })).status).toBe(409);

    const second = await caseworker.post(path, { receivedOn: TODAY, dueDate: '2026-04-10', description: 'Medical report' });
    const withdrawn = await caseworker.patch(`${path}/${second.body.id}`, { version: second.body.version, status: 'withdrawn' });
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', resolvedOn: TODAY });
    expect((await deadlinesOf(`materials-request:${second.body.id}`)).map((d) => d.status)).toEqual(['superseded']);

    const listed = (await caseworker.get(path)).body as { id: string; status: string }[];
    expect(listed.map((r) => [r.id, r.status])).toEqual([
      [id, 'answered'],
      [second.body.id, 'withdrawn'],
    ]);
  });

  it('lets administrators edit a template as a new version, refusing other roles, invalid content and stale edits', async () => {
    const step = 'provisional-release-extension';
    const current = ((await caseworker.get('/api/checklist-templates')).body as Template[]).find((t) => t.step === step) as Template;
    expect(current.version).toBeGreaterThanOrEqual(1);
    const edit = {
      basedOnVersion: current.version,
      title: current.title,
      basis: current.basis,
      items: [...current.items, { key: 'guarantor-letter', label: { ja: '身元保証書', en: 'Letter of guarantee' }, hint: null, categories: ['support-letter'], required: true, needsTranslation: false }],
    };
    expect((await caseworker.put(`/api/checklist-templates/${step}`, edit)).status).toBe(403);
    expect((await supervisor.put(`/api/checklist-templates/${step}`, edit)).status).toBe(403);

    const invalid = await admin.put(`/api/checklist-templates/${step}`, { ...edit, items: [{ ...edit.items[0], key: 'Not Kebab' }, edit.items[0], edit.items[0]] });
    expect(invalid.status).toBe(400);
    expect(invalid.body.code).toBe('VALIDATION_FAILED');
    expect((invalid.body.details.fields as { field: string }[]).map((f) => f.field)).toEqual(expect.arrayContaining(['items.0.key', 'items.2.key']));

    const saved = await admin.put(`/api/checklist-templates/${step}`, edit);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ step, version: current.version + 1 });
    expect((saved.body as Template).items.at(-1)?.key).toBe('guarantor-letter');
    const stale = await admin.put(`/api/checklist-templates/${step}`, edit);
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE_VERSION');

    const versions = (await caseworker.get(`/api/checklist-templates/${step}/versions`)).body as Template[];
    expect(versions.map((v) => v.version)).toEqual([current.version + 1, current.version]);
    expect(((await caseworker.get('/api/checklist-templates')).body as Template[]).find((t) => t.step === step)?.version).toBe(current.version + 1);
    expect((await caseworker.get('/api/checklist-templates/no-such-step/versions')).status).toBe(400);
  });

  it('shows a supervisor, per caseworker of their team, the files with missing documents', async () => {
    const ownTeam = await createTeam(api);
    const worker = await signedIn(api, { role: 'caseworker', memberOf: [ownTeam] });
    const boss = await signedIn(api, { role: 'supervisor', supervises: [ownTeam] });
    const lacking = await fileWithApplication(worker, ownTeam);
    const noApplication = await takeIn(worker, ownTeam);

    const response = await boss.get(`/api/documents/missing-by-caseworker?teamId=${ownTeam}`);
    expect(response.status).toBe(200);
    const groups = response.body as { teamId: string; caseworkerId: string | null; caseworkerName: string | null; files: { clientId: string; caseNumber: string; missing: number }[] }[];
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ teamId: ownTeam, caseworkerId: worker.user.id, caseworkerName: 'Test caseworker' });
    expect(groups[0]?.files).toEqual([expect.objectContaining({ clientId: lacking.id, caseNumber: lacking.caseNumber })]);
    expect(groups[0]?.files[0]?.missing).toBeGreaterThan(0);
    expect(groups[0]?.files.map((f) => f.clientId)).not.toContain(noApplication.id);

    const [audit] = await api.dataSource.query<{ record_ids: string[] }[]>(
      `SELECT record_ids FROM audit_event WHERE action = 'client.listed' AND actor_user_id = $1 ORDER BY id DESC LIMIT 1`,
      [boss.user.id],
    );
    expect(audit?.record_ids).toEqual([lacking.id]);

    expect((await boss.get(`/api/documents/missing-by-caseworker?teamId=${team}`)).status).toBe(404);
    expect((await worker.get('/api/documents/missing-by-caseworker')).status).toBe(403);
  });
});
