import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Principal } from '#accounts';
import { DocumentsService } from '#documents';
import { createTeam, signedIn, type SignedInBrowser } from '../support/accounts.js';
import { takeIn } from '../support/clients.js';
import { DOCUMENT_FIELDS, getBytes, multipart, PDF, postForBytes, sendMultipart, storedFiles, tinyPdf, unzip, upload, uploadVersion, type Part } from '../support/documents.js';
import { pollUntil } from '../support/poll.js';
import { API_MAIN, freePort, startProcess, type RunningProcess } from '../support/processes.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

/**
 * An outside reviewer's attacks on evidence documents, through HTTP against the real api (and,
 * where an attack could take the process down or its logs matter, against the compiled api in its
 * own process). Each test is named after the attack; it asserts what the caseworker or the
 * client would notice when the attack is refused properly. The functional behaviour, the upload
 * abuse catalogue and the access matrix are tested elsewhere: only what they do not reach is here.
 */

interface Doc {
  id: string;
  version: number;
  sensitive: boolean;
  language: string;
  flag: { code: string } | null;
  currentVersion: { number: number; destroyed: boolean } | null;
  versions: { number: number }[];
}

const EXPORT = { purpose: 'subject-access', reason: 'The client asked for a copy of the file' } as const;
// Tue 10 Mar 2026, 10:00 in Tokyo.
const NOW = new Date('2026-03-10T01:00:00Z');
const YESTERDAY = '2026-03-09';

const fields = (values: Readonly<Record<string, string>>): Part[] => Object.entries(values).map(([name, value]) => ({ name, value }));
const filePart = (label: string, fileName = 'scan.pdf'): Part => ({ name: 'file', value: tinyPdf(label), fileName, type: PDF });

describe('documents: an attacker’s review', () => {
  let api: TestApi;
  let directory: string;
  let team: string;
  let caseworker: SignedInBrowser;
  let supervisor: SignedInBrowser;
  let outsider: SignedInBrowser;
  let admin: SignedInBrowser;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'yorisoi-attack-review-'));
    api = await startTestApi({ env: { DOCUMENTS_DIR: directory } });
    api.clock.set(NOW);
    team = await createTeam(api);
    caseworker = await signedIn(api, { role: 'caseworker', memberOf: [team] });
    supervisor = await signedIn(api, { role: 'supervisor', supervises: [team] });
    outsider = await signedIn(api, { role: 'supervisor', supervises: [await createTeam(api)] });
    admin = await signedIn(api, { role: 'admin' });
  });
  afterAll(async () => {
    await api.close();
    await rm(directory, { recursive: true, force: true });
  });

  /** A file of the caseworker's with one application. */
  async function file(): Promise<{ id: string; applicationId: string }> {
    const client = await takeIn(caseworker, team);
    const application = await caseworker.post(`/api/clients/${client.id}/applications`, { kind: 'REFUGEE_AND_CP' });
    expect(application.status).toBe(201);
    return { id: client.id, applicationId: application.body.id as string };
  }

  async function uploaded(clientId: string, values: Readonly<Record<string, string>> = DOCUMENT_FIELDS, label = 'Evidence', as: SignedInBrowser = caseworker): Promise<Doc> {
    const response = await upload(as, clientId, values, tinyPdf(label));
    if (response.status !== 201) throw new Error(`fixture upload failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as Doc;
  }

  async function emergency(browser: SignedInBrowser, clientId: string): Promise<void> {
    const opened = await browser.post(`/api/clients/${clientId}/break-glass`, { reason: 'Client in crisis at the office; caseworker unreachable' });
    expect(opened.status).toBe(200);
  }

  const documentCount = async (clientId: string): Promise<number> =>
    (await api.dataSource.query<[{ n: number }]>('SELECT count(*)::int AS n FROM document WHERE client_id = $1', [clientId]))[0].n;

  /** The caseworker, as the service sees them: to add versions without the version route (see the version test). */
  function caseworkerPrincipal(): Principal {
    const user = caseworker.user;
    return {
      userId: user.id,
      role: 'caseworker',
      email: user.email,
      displayName: 'Test caseworker',
      locale: 'en',
      sessionId: 'attack-review',
      sessionState: 'active',
      secondFactorEnabled: false,
      csrfToken: '',
      teamIds: [team],
      supervisedTeamIds: [],
      breakGlassClientIds: [],
    } as unknown as Principal;
  }

  describe('findings (each fails until fixed)', () => {
    it('emergency access reads the timeline: no entry reveals a sensitive document (id, category, upload, translation)', async () => {
      const f = await file();
      const medical = await uploaded(f.id, { category: 'medical', title: 'Psychological assessment', language: 'fa', sensitive: 'true' });
      await caseworker.put(`/api/clients/${f.id}/documents/${medical.id}/translation`, { version: medical.version, status: 'requested', translatorName: 'A. Rahimi', dueDate: '2026-03-20' });
      await emergency(outsider, f.id);
      const timeline = await outsider.get(`/api/clients/${f.id}/timeline?limit=100`);
      expect(timeline.status).toBe(200);
      const items = (timeline.body as { items: { kind: string; data: Record<string, unknown> | null }[] }).items;
      expect(items.filter((item) => item.data?.documentId === medical.id || item.data?.category === 'medical').map((item) => item.kind)).toEqual([]);
    });

    it('emergency access reaches a sensitive document through its translation: the translation must be as hidden as its source', async () => {
      const f = await file();
      const medical = await uploaded(f.id, { category: 'medical', title: 'Medical report (Farsi)', language: 'fa', sensitive: 'true' });
      // The dashboard's "add a translation" sends no sensitivity of its own.
      const translation = await uploaded(f.id, { category: 'medical', title: 'Medical report (Japanese translation)', language: 'ja', translationOfId: medical.id }, 'translation');
      // A document marked sensitive after its translation was added.
      const trauma = await uploaded(f.id, { category: 'persecution-evidence', title: 'Account of detention', language: 'fa' });
      const traumaTranslation = await uploaded(f.id, { category: 'persecution-evidence', title: 'Account of detention (Japanese)', language: 'ja', translationOfId: trauma.id }, 'translation 2');
      expect((await caseworker.patch(`/api/clients/${f.id}/documents/${trauma.id}`, { version: trauma.version, sensitive: true })).status).toBe(200);

      await emergency(outsider, f.id);
      const listed = ((await outsider.get(`/api/clients/${f.id}/documents`)).body as { items: Doc[] }).items.map((d) => d.id);
      for (const hidden of [translation, traumaTranslation]) {
        expect(listed).not.toContain(hidden.id);
        expect((await outsider.get(`/api/clients/${f.id}/documents/${hidden.id}`)).status).toBe(404);
        expect((await getBytes(outsider, `/api/clients/${f.id}/documents/${hidden.id}/versions/1/content`)).status).toBe(404);
      }
    });

    it('version numbers past the integer range (content, version deletion, submission) answer 4xx, not 500', async () => {
      const f = await file();
      const document = await uploaded(f.id);
      const huge = 99_999_999_999;
      const content = await getBytes(caseworker, `/api/clients/${f.id}/documents/${document.id}/versions/${huge}/content`);
      const deletion = await caseworker.agent.delete(`/api/clients/${f.id}/documents/${document.id}/versions/${huge}`).set('X-CSRF-Token', caseworker.csrfToken).send({ reason: 'Wrong scan uploaded' });
      const submission = await caseworker.post(`/api/clients/${f.id}/documents/${document.id}/submissions`, { versionNumber: huge, submittedTo: 'isa', submittedOn: YESTERDAY });
      expect([content.status, deletion.status, submission.status].map((status) => (status >= 400 && status < 500 ? '4xx' : status))).toEqual(['4xx', '4xx', '4xx']);
    });

    it('a NUL character in a multipart text field (title) answers 400, not 500, and stores nothing', async () => {
      const f = await file();
      const files = await storedFiles(directory);
      const response = await upload(caseworker, f.id, { ...DOCUMENT_FIELDS, title: 'Passport\u0000copy' }, tinyPdf('nul'));
      expect([response.status, response.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      expect(await documentCount(f.id)).toBe(0);
      expect(await storedFiles(directory)).toEqual(files);
    });

    it('deleting the newest version: the document shows and exports its latest readable version', async () => {
      const f = await file();
      const document = await uploaded(f.id, DOCUMENT_FIELDS, 'first');
      // The second version is added through the service, so this test does not hang on the version route.
      await api.app.get(DocumentsService).addVersion(caseworkerPrincipal(), f.id, document.id, { stream: Readable.from([tinyPdf('second')]), mediaType: PDF, fileName: 'second.pdf' });
      const deleted = await caseworker.agent.delete(`/api/clients/${f.id}/documents/${document.id}/versions/2`).set('X-CSRF-Token', caseworker.csrfToken).send({ reason: 'Wrong scan uploaded' });
      expect(deleted.status).toBe(200);

      const listed = ((await caseworker.get(`/api/clients/${f.id}/documents`)).body as { items: Doc[] }).items.find((d) => d.id === document.id);
      expect(listed?.currentVersion).toMatchObject({ number: 1, destroyed: false });
      const archive = await postForBytes(caseworker, `/api/clients/${f.id}/export/archive`, { ...EXPORT, documents: [document.id] });
      expect(archive.status).toBe(200);
      expect([...unzip(archive.body as Buffer).keys()].filter((name) => name.startsWith('documents/'))).toEqual(['documents/001-identity-v1.pdf']);
    });

    it('a "translation" in English linked as the Japanese translation is refused (it would clear the Art. 62 flag)', async () => {
      const f = await file();
      const source = await uploaded(f.id, { category: 'personal-statement', title: 'Statement (Dari)', language: 'fa', forSubmission: 'true' });
      const response = await upload(caseworker, f.id, { category: 'personal-statement', title: 'Statement (English)', language: 'en', translationOfId: source.id }, tinyPdf('en'));
      expect([response.status, response.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      expect(await documentCount(f.id)).toBe(1);
    });

    it('emergency access attaches a translation to the team’s document: refused (403), nothing stored', async () => {
      const f = await file();
      const source = await uploaded(f.id, { category: 'personal-statement', title: 'Statement (Dari)', language: 'fa', forSubmission: 'true' });
      await emergency(outsider, f.id);
      const response = await upload(outsider, f.id, { category: 'personal-statement', title: '陳述書（訳文）', language: 'ja', translationOfId: source.id }, tinyPdf('bg'));
      expect([response.status, response.body.code]).toEqual([403, 'EMERGENCY_ACCESS_NOT_ALLOWED']);
      expect(await documentCount(f.id)).toBe(1);
      // A new document without a link stays allowed (a paper the client brings in).
      expect((await upload(outsider, f.id, { category: 'isa-notice', title: '呼出状', language: 'ja' }, tinyPdf('notice'))).status).toBe(201);
    });

    it('a file name with ARABIC LETTER MARK (U+061C) is refused like the other text-direction marks', async () => {
      const f = await file();
      const response = await upload(caseworker, f.id, DOCUMENT_FIELDS, tinyPdf('alm'), 'report\u061C.pdf');
      expect([response.status, response.body.code]).toEqual([400, 'FILE_NAME_INVALID']);
    });

    it('multipart fields named after Object.prototype members (constructor, hasOwnProperty) are refused like any unknown field', async () => {
      const f = await file();
      for (const name of ['constructor', 'hasOwnProperty', 'toString']) {
        const response = await sendMultipart(caseworker, `/api/clients/${f.id}/documents`, multipart([...fields(DOCUMENT_FIELDS), { name, value: 'x' }, filePart(name)]));
        expect([name, response.status]).toEqual([name, 400]);
      }
      expect(await documentCount(f.id)).toBe(0);
    });

    it('filename* in Content-Disposition is strict RFC 8187: an apostrophe or parentheses in the name are percent-encoded', async () => {
      const f = await file();
      const name = "O'Brien (copy)*.pdf";
      const document = (await upload(caseworker, f.id, DOCUMENT_FIELDS, tinyPdf('apostrophe'), name)).body as Doc;
      const download = await getBytes(caseworker, `/api/clients/${f.id}/documents/${document.id}/versions/1/content`);
      const extended = /filename\*=UTF-8''([^;\s]*)/.exec(download.headers['content-disposition'])?.[1] ?? '';
      expect(decodeURIComponent(extended)).toBe(name);
      // RFC 8187 attr-char: ALPHA / DIGIT / "!#$&+-.^_`|~", everything else percent-encoded.
      expect(extended).toMatch(/^(?:[A-Za-z0-9!#$&+\-.^_`|~]|%[0-9A-F]{2})*$/);
    });

    it('a stored file that fails authentication (tampered wrapped key, tampered ciphertext) answers a coded error, not an anonymous 500 or a dropped connection', async () => {
      const f = await file();
      const tamperedKey = await uploaded(f.id, DOCUMENT_FIELDS, 'tampered key');
      await api.dataSource.query(`UPDATE document_version SET wrapped_key = set_byte(wrapped_key, 20, (get_byte(wrapped_key, 20) + 1) % 256) WHERE document_id = $1`, [tamperedKey.id]);
      const tamperedBytes = await uploaded(f.id, DOCUMENT_FIELDS, 'tampered bytes');
      const [{ storage_key: key }] = await api.dataSource.query<[{ storage_key: string }]>('SELECT storage_key FROM document_version WHERE document_id = $1', [tamperedBytes.id]);
      const stored = await readFile(join(directory, key));
      stored[20] ^= 1;
      await writeFile(join(directory, key), stored);

      for (const document of [tamperedKey, tamperedBytes]) {
        const answer = await getBytes(caseworker, `/api/clients/${f.id}/documents/${document.id}/versions/1/content`).then(
          (response) => ({ status: response.status, code: (JSON.parse((response.body as Buffer).toString('utf8') || '{}') as { code?: string }).code }),
          (error: unknown) => ({ status: 0, code: `connection dropped: ${String(error)}` }),
        );
        expect(answer.status).toBeGreaterThanOrEqual(400);
        expect(answer.code).toMatch(/^[A-Z_]+$/);
        expect(answer.code).not.toBe('INTERNAL');
      }
    });
  });

  describe('refused attacks the functional tests and the access matrix do not reach', () => {
    it('two new versions uploaded at once become versions 2 and 3; emergency access uploading a version is refused with 403', async () => {
      const f = await file();
      const document = await uploaded(f.id);
      const [second, third] = await Promise.all([uploadVersion(caseworker, f.id, document.id, tinyPdf('v2')), uploadVersion(caseworker, f.id, document.id, tinyPdf('v3'))]);
      expect([second.status, third.status]).toEqual([201, 201]);
      const detail = (await caseworker.get(`/api/clients/${f.id}/documents/${document.id}`)).body as Doc;
      expect(detail.versions.map((v) => v.number)).toEqual([3, 2, 1]);

      await emergency(outsider, f.id);
      const refused = await uploadVersion(outsider, f.id, document.id, tinyPdf('emergency'));
      expect([refused.status, refused.body.code]).toEqual([403, 'EMERGENCY_ACCESS_NOT_ALLOWED']);
    });

    it('ids of another client’s records under this client’s path (document, version, translationOfId, applicationId, materials request, checklist, export) are 404 and change nothing', async () => {
      const a = await file();
      const b = await file();
      const mine = await uploaded(a.id);
      const theirs = await uploaded(b.id);
      const request = (await caseworker.post(`/api/clients/${b.id}/materials-requests`, { receivedOn: YESTERDAY, dueDate: '2026-03-20', description: 'Original of the summons' })).body as { id: string; version: number };
      const before = await documentCount(a.id);

      const answers = {
        document: (await caseworker.get(`/api/clients/${a.id}/documents/${theirs.id}`)).status,
        content: (await getBytes(caseworker, `/api/clients/${a.id}/documents/${theirs.id}/versions/1/content`)).status,
        translationOf: (await upload(caseworker, a.id, { ...DOCUMENT_FIELDS, language: 'ja', translationOfId: theirs.id }, tinyPdf('t'))).status,
        uploadApplication: (await upload(caseworker, a.id, { ...DOCUMENT_FIELDS, applicationId: b.applicationId }, tinyPdf('app'))).status,
        patchApplication: (await caseworker.patch(`/api/clients/${a.id}/documents/${mine.id}`, { version: mine.version, applicationId: b.applicationId })).status,
        submissionApplication: (await caseworker.post(`/api/clients/${a.id}/documents/${mine.id}/submissions`, { versionNumber: 1, submittedTo: 'isa', submittedOn: YESTERDAY, applicationId: b.applicationId })).status,
        materialsRequest: (await caseworker.patch(`/api/clients/${a.id}/materials-requests/${request.id}`, { version: request.version, status: 'withdrawn' })).status,
        materialsRequestApplication: (await caseworker.post(`/api/clients/${a.id}/materials-requests`, { applicationId: b.applicationId, receivedOn: YESTERDAY, dueDate: '2026-03-20', description: 'x' })).status,
        checklist: (await caseworker.get(`/api/clients/${a.id}/applications/${b.applicationId}/checklist`)).status,
        export: (await postForBytes(caseworker, `/api/clients/${a.id}/export/archive`, { ...EXPORT, documents: [theirs.id] })).status,
      };
      expect(answers).toEqual({
        document: 404,
        content: 404,
        translationOf: 404,
        uploadApplication: 404,
        patchApplication: 404,
        submissionApplication: 404,
        materialsRequest: 404,
        materialsRequestApplication: 404,
        checklist: 404,
        export: 404,
      });
      expect(await documentCount(a.id)).toBe(before);
      expect(((await caseworker.get(`/api/clients/${a.id}/documents/${mine.id}`)).body as Doc & { applicationId: string | null }).applicationId).toBeNull();
      expect(((await caseworker.get(`/api/clients/${a.id}/documents?applicationId=${b.applicationId}`)).body as { items: Doc[] }).items).toEqual([]);
    });

    it('an administrator under emergency access reads non-sensitive documents and writes nothing', async () => {
      const f = await file();
      const plain = await uploaded(f.id);
      const medical = await uploaded(f.id, { category: 'medical', title: 'Medical report', language: 'fa', sensitive: 'true' });
      await emergency(admin, f.id);
      expect(((await admin.get(`/api/clients/${f.id}/documents`)).body as { items: Doc[] }).items.map((d) => d.id)).toEqual([plain.id]);
      expect((await getBytes(admin, `/api/clients/${f.id}/documents/${plain.id}/versions/1/content`)).status).toBe(200);
      expect((await getBytes(admin, `/api/clients/${f.id}/documents/${medical.id}/versions/1/content`)).status).toBe(404);
      const writes = [
        (await upload(admin, f.id, DOCUMENT_FIELDS, tinyPdf('admin'))).status,
        (await admin.patch(`/api/clients/${f.id}/documents/${plain.id}`, { version: plain.version, title: 'Changed' })).status,
        (await admin.put(`/api/clients/${f.id}/documents/${plain.id}/translation`, { version: plain.version, status: 'not-needed' })).status,
        (await admin.post(`/api/clients/${f.id}/documents/${plain.id}/submissions`, { versionNumber: 1, submittedTo: 'isa', submittedOn: YESTERDAY })).status,
        (await admin.post(`/api/clients/${f.id}/materials-requests`, { receivedOn: YESTERDAY, dueDate: '2026-03-20', description: 'More evidence' })).status,
        (await postForBytes(admin, `/api/clients/${f.id}/export/archive`, { ...EXPORT, documents: 'all' })).status,
      ];
      expect(writes).toEqual([403, 403, 403, 403, 403, 403]);
      expect(await documentCount(f.id)).toBe(2);
    });

    it('a multipart upload without the CSRF header, or with another session’s token, is 403 and stores nothing', async () => {
      const f = await file();
      const files = await storedFiles(directory);
      const body = multipart([...fields(DOCUMENT_FIELDS), filePart('csrf')]);
      const missing = await caseworker.agent.post(`/api/clients/${f.id}/documents`).set('Content-Type', body.contentType).send(body.body);
      const foreign = await caseworker.agent.post(`/api/clients/${f.id}/documents`).set('Content-Type', body.contentType).set('X-CSRF-Token', supervisor.csrfToken).send(body.body);
      expect([missing.status, missing.body.code, foreign.status, foreign.body.code]).toEqual([403, 'CSRF_TOKEN_INVALID', 403, 'CSRF_TOKEN_INVALID']);
      expect(await documentCount(f.id)).toBe(0);
      expect(await storedFiles(directory)).toEqual(files);
    });

    it('a file name written to break out of Content-Disposition stays inside filename* (quotes, semicolons, a second filename)', async () => {
      const f = await file();
      const name = 'evil"; filename="payload.html; x.pdf';
      const body = multipart([...fields(DOCUMENT_FIELDS), { name: 'file', value: tinyPdf('quote'), fileName: 'unused', type: PDF, disposition: `form-data; name="file"; filename*=UTF-8''${encodeURIComponent(name)}` }]);
      const created = await sendMultipart(caseworker, `/api/clients/${f.id}/documents`, body);
      expect(created.status).toBe(201);
      const download = await getBytes(caseworker, `/api/clients/${f.id}/documents/${(created.body as Doc).id}/versions/1/content?disposition=inline`);
      const header = download.headers['content-disposition'];
      expect(header.startsWith('inline; filename="document.pdf"; filename*=UTF-8\'\'')).toBe(true);
      expect(header.match(/filename=/g)).toHaveLength(1);
      expect(decodeURIComponent(/filename\*=UTF-8''(.*)$/.exec(header)?.[1] ?? '')).toBe(name);
    });

    it('two template edits from the same version at once: one is saved, the other is 409 STALE_VERSION', async () => {
      const step = 'subsequent-application';
      const current = ((await admin.get('/api/checklist-templates')).body as { step: string; version: number; title: unknown; basis: unknown; items: unknown[] }[]).find((t) => t.step === step)!;
      const edit = { basedOnVersion: current.version, title: current.title, basis: current.basis, items: current.items };
      const answers = await Promise.all([admin.put(`/api/checklist-templates/${step}`, edit), admin.put(`/api/checklist-templates/${step}`, edit)]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      expect(answers.find((a) => a.status === 409)?.body.code).toBe('STALE_VERSION');
    });
  });

  describe('in a real api process', () => {
    interface RealApi {
      readonly base: string;
      readonly process: RunningProcess;
      send(path: string, init?: { method?: string; body?: Buffer | string; contentType?: string; timeoutMs?: number }): Promise<{ status: number | string; text: string }>;
      stop(): Promise<void>;
    }

    /** The compiled api in its own process (debug logs captured), signed in as the caseworker. */
    async function realApi(): Promise<RealApi> {
      const port = await freePort();
      const running = startProcess(API_MAIN, { PORT: String(port), DOCUMENTS_DIR: directory, AUTH_MFA_REQUIRED_ROLES: '', LOG_LEVEL: 'debug' });
      const base = `http://127.0.0.1:${port}`;
      await pollUntil(async () => (await fetch(`${base}/health/ready`).catch(() => null))?.status === 200, 30_000, 100);
      const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: caseworker.user.email, password: caseworker.user.password }) });
      expect(login.status).toBe(200);
      const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      return {
        base,
        process: running,
        async send(path, init = {}) {
          const headers: Record<string, string> = { Cookie: cookie, 'X-CSRF-Token': csrfToken };
          if (init.contentType) headers['Content-Type'] = init.contentType;
          try {
            const response = await fetch(`${base}${path}`, { method: init.method ?? 'GET', headers, body: init.body, signal: AbortSignal.timeout(init.timeoutMs ?? 5_000) });
            return { status: response.status, text: await response.text() };
          } catch (error) {
            return { status: `failed: ${String(error)}`, text: '' };
          }
        },
        async stop() {
          if (running.child.exitCode === null) running.child.kill('SIGTERM');
          await running.exited;
        },
      };
    }

    const alive = async (real: RealApi): Promise<boolean> => real.process.child.exitCode === null && (await fetch(`${real.base}/health/ready`).catch(() => null))?.status === 200;

    it('two multipart parts without a name, sent with any client id: answered 4xx, and the api process keeps running', async () => {
      // No file in scope is needed: the parts are parsed before the scope is checked.
      const anyClient = randomUUID();
      const real = await realApi();
      try {
        const body = multipart([...fields(DOCUMENT_FIELDS), { name: '', value: 'x', disposition: 'form-data' }, { name: '', value: 'y', disposition: 'form-data' }, filePart('unnamed')]);
        const answer = await real.send(`/api/clients/${anyClient}/documents`, { method: 'POST', body: body.body, contentType: body.contentType });
        expect([400, 404]).toContain(answer.status);
        expect(await alive(real)).toBe(true);
      } finally {
        await real.stop();
      }
    });

    it('an archive export whose file cannot be read (object gone, as when a version is deleted meanwhile; key tampered; bytes tampered): the answer ends with an error, and the api process keeps running', async () => {
      const f = await file();
      const gone = await uploaded(f.id, DOCUMENT_FIELDS, 'gone');
      const [{ storage_key: goneKey }] = await api.dataSource.query<[{ storage_key: string }]>('SELECT storage_key FROM document_version WHERE document_id = $1', [gone.id]);
      await rm(join(directory, goneKey));
      const tamperedKey = await uploaded(f.id, DOCUMENT_FIELDS, 'tampered key');
      await api.dataSource.query(`UPDATE document_version SET wrapped_key = set_byte(wrapped_key, 20, (get_byte(wrapped_key, 20) + 1) % 256) WHERE document_id = $1`, [tamperedKey.id]);
      const tamperedBytes = await uploaded(f.id, DOCUMENT_FIELDS, 'tampered bytes');
      const [{ storage_key: bytesKey }] = await api.dataSource.query<[{ storage_key: string }]>('SELECT storage_key FROM document_version WHERE document_id = $1', [tamperedBytes.id]);
      const stored = await readFile(join(directory, bytesKey));
      stored[20] ^= 1;
      await writeFile(join(directory, bytesKey), stored);
      const real = await realApi();
      const exportOf = (documentId: string) =>
        real.send(`/api/clients/${f.id}/export/archive`, { method: 'POST', contentType: 'application/json', body: JSON.stringify({ ...EXPORT, documents: [documentId] }) });
      try {
        // Known before the first byte (the key, the object): an error status.
        for (const document of [gone, tamperedKey]) {
          const answer = await exportOf(document.id);
          expect([document === gone ? 'gone' : 'tampered key', typeof answer.status === 'number' && answer.status >= 400]).toEqual([document === gone ? 'gone' : 'tampered key', true]);
          expect(await alive(real)).toBe(true);
        }
        // Found while streaming: the download ends (broken off is fine), it does not hang.
        const broken = await exportOf(tamperedBytes.id);
        expect(String(broken.status)).not.toMatch(/timeout/i);
        expect(await alive(real)).toBe(true);
      } finally {
        await real.stop();
      }
    });

    it('titles, file names and contents reach neither the debug log nor audit or timeline rows (upload, refusals, download, edit, export)', async () => {
      const f = await file();
      const secret = `SECRET${Date.now()}`;
      const real = await realApi();
      try {
        const text = Buffer.from(`${secret}-content: interview notes\n`);
        const good = multipart([...fields({ category: 'medical', title: `${secret}-title`, language: 'fa', sensitive: 'true' }), { name: 'file', value: text, fileName: `${secret}-name.txt`, type: 'text/plain' }]);
        const created = await real.send(`/api/clients/${f.id}/documents`, { method: 'POST', body: good.body, contentType: good.contentType });
        expect(created.status).toBe(201);
        const document = JSON.parse(created.text) as Doc;
        const mismatch = multipart([...fields({ category: 'medical', title: `${secret}-title2`, language: 'fa' }), { name: 'file', value: tinyPdf(secret), fileName: `${secret}-name2.txt`, type: 'text/plain' }]);
        expect((await real.send(`/api/clients/${f.id}/documents`, { method: 'POST', body: mismatch.body, contentType: mismatch.contentType })).status).toBe(415);
        const badName = multipart([...fields({ category: 'medical', title: `${secret}-title3`, language: 'fa' }), filePart(secret, `${secret}/../name3.pdf`)]);
        expect((await real.send(`/api/clients/${f.id}/documents`, { method: 'POST', body: badName.body, contentType: badName.contentType })).status).toBe(400);
        expect((await real.send(`/api/clients/${f.id}/documents/${document.id}/versions/1/content`)).text).toContain(secret);
        const patched = await real.send(`/api/clients/${f.id}/documents/${document.id}`, { method: 'PATCH', contentType: 'application/json', body: JSON.stringify({ version: document.version, title: `${secret}-title4` }) });
        expect(patched.status).toBe(200);
        expect((await real.send(`/api/clients/${f.id}/export/archive`, { method: 'POST', contentType: 'application/json', body: JSON.stringify({ ...EXPORT, documents: 'all' }) })).status).toBe(200);
      } finally {
        await real.stop();
      }
      // The output was captured: the access log has the uploads (ids and paths only).
      expect(real.process.output()).toContain(`"path":"/api/clients/${f.id}/documents"`);
      expect(real.process.output()).not.toContain(secret);
      const [{ n }] = await api.dataSource.query<[{ n: number }]>(
        `SELECT (SELECT count(*) FROM audit_event a WHERE a::text LIKE $1) + (SELECT count(*) FROM timeline_event t WHERE t::text LIKE $1) AS n`,
        [`%${secret}%`],
      );
      expect(Number(n)).toBe(0);
    });
  });
});
