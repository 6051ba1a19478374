import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTeam, signedIn, type SignedInBrowser } from '../support/accounts.js';
import { takeIn } from '../support/clients.js';
import { DOCUMENT_FIELDS, getBytes, PDF, plainText, PNG, postForBytes, storedFiles, TEXT, tinyPdf, tinyPng, unzip, upload, uploadVersion } from '../support/documents.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

interface Version {
  number: number;
  sizeBytes: number;
  mediaType: string;
  originalName: string | null;
  sha256: string;
  uploadedBy: string | null;
  destroyed: boolean;
  destroyedReason: string | null;
}

interface Detail {
  id: string;
  clientId: string;
  category: string;
  title: string;
  language: string;
  documentDate: string | null;
  currentVersion: Version | null;
  versionCount: number;
  version: number;
  versions: Version[];
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Evidence documents through HTTP as a caseworker meets them: upload, the stored file's identity,
 * downloads that can never run in the dashboard's origin, versions, deletion that destroys the
 * key, the audit trail, the timeline, the export archive, a closed file, and concurrent uploads.
 */
describe('evidence documents', () => {
  let api: TestApi;
  let directory: string;
  let team: string;
  let caseworker: SignedInBrowser;

  beforeAll(async () => {
    // A storage folder of its own, so that the files stored by this test can be counted exactly.
    directory = await mkdtemp(join(tmpdir(), 'yorisoi-documents-e2e-'));
    api = await startTestApi({ env: { DOCUMENTS_DIR: directory } });
    team = await createTeam(api);
    caseworker = await signedIn(api, { role: 'caseworker', memberOf: [team] });
  });
  afterAll(async () => {
    await api.close();
    await rm(directory, { recursive: true, force: true });
  });

  async function uploaded(clientId: string, fields: Record<string, string>, bytes: Buffer, name: string, type: string | null): Promise<Detail> {
    const response = await upload(caseworker, clientId, fields, bytes, name, type);
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 201, code: undefined });
    return response.body as Detail;
  }

  const content = (clientId: string, documentId: string, number: number, disposition?: 'inline' | 'attachment') =>
    getBytes(caseworker, `/api/clients/${clientId}/documents/${documentId}/versions/${number}/content${disposition ? `?disposition=${disposition}` : ''}`);

  async function storageKeyOf(documentId: string, number: number): Promise<string> {
    const [row] = await api.dataSource.query<[{ storage_key: string }]>('SELECT storage_key FROM document_version WHERE document_id = $1 AND number = $2', [documentId, number]);
    return row.storage_key;
  }

  it('stores an upload as it arrived: its hash, the type its bytes show, and the same bytes back as a download that cannot run', async () => {
    const client = await takeIn(caseworker, team);
    const bytes = tinyPdf('Statement of the applicant');
    const before = await storedFiles(directory);
    // Declared as "unknown": the type comes from the bytes.
    const created = await uploaded(
      client.id,
      { category: 'personal-statement', title: 'Statement (Dari), 12 pages', language: 'fa', documentDate: '2025-11-30' },
      bytes,
      'statement.pdf',
      'application/octet-stream',
    );
    expect(created).toMatchObject({ clientId: client.id, category: 'personal-statement', title: 'Statement (Dari), 12 pages', language: 'fa', documentDate: '2025-11-30', versionCount: 1 });
    expect(created.currentVersion).toMatchObject({ number: 1, sha256: sha256(bytes), mediaType: PDF, sizeBytes: bytes.length, originalName: 'statement.pdf', uploadedBy: caseworker.user.id, destroyed: false });
    // One new object in storage, and it is not the plaintext.
    const after = await storedFiles(directory);
    expect(after.filter((file) => !before.includes(file))).toEqual([await storageKeyOf(created.id, 1)]);

    const detail = await caseworker.get(`/api/clients/${client.id}/documents/${created.id}`);
    expect(detail.status).toBe(200);
    expect((detail.body as Detail).versions.map((v) => [v.number, v.sha256])).toEqual([[1, sha256(bytes)]]);
    expect(((await caseworker.get(`/api/clients/${client.id}/documents`)).body as { items: Detail[] }).items.map((d) => d.id)).toEqual([created.id]);

    const download = await content(client.id, created.id, 1);
    expect(download.status).toBe(200);
    expect(Buffer.compare(download.body as Buffer, bytes)).toBe(0);
    expect(download.headers['content-type']).toMatch(/^application\/pdf/);
    expect(download.headers['content-disposition']).toMatch(/^attachment;/);
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''statement.pdf");
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['cache-control']).toContain('no-store');
    expect(download.headers['content-security-policy']).toMatch(/(^|;)\s*sandbox(;|$)/);
  });

  it('previews only PDFs and images inline; a text file asked inline is still a download', async () => {
    const client = await takeIn(caseworker, team);
    const pdf = await uploaded(client.id, DOCUMENT_FIELDS, tinyPdf('Preview'), 'passport.pdf', PDF);
    const png = await uploaded(client.id, { ...DOCUMENT_FIELDS, category: 'photograph', title: 'Photograph of the scar' }, tinyPng(), 'scar.png', PNG);
    const text = await uploaded(client.id, { ...DOCUMENT_FIELDS, category: 'other', title: 'Interview notes' }, plainText('Interview notes: arrived 2025-11-02, no passport.\n'), 'notes.txt', TEXT);

    const pdfInline = await content(client.id, pdf.id, 1, 'inline');
    expect(pdfInline.headers['content-disposition']).toMatch(/^inline;/);
    // Whatever the PDF holds, it may load nothing and run no script.
    expect(pdfInline.headers['content-security-policy']).toContain("default-src 'none'");
    expect(pdfInline.headers['x-content-type-options']).toBe('nosniff');

    const pngInline = await content(client.id, png.id, 1, 'inline');
    expect(pngInline.headers['content-disposition']).toMatch(/^inline;/);
    expect(pngInline.headers['content-type']).toBe(PNG);
    expect(pngInline.headers['content-security-policy']).toMatch(/(^|;)\s*sandbox(;|$)/);

    const textInline = await content(client.id, text.id, 1, 'inline');
    expect(textInline.status).toBe(200);
    expect(textInline.headers['content-disposition']).toMatch(/^attachment;/);
    expect(textInline.headers['content-type']).toMatch(/^text\/plain/);
    expect(textInline.headers['content-security-policy']).toMatch(/(^|;)\s*sandbox(;|$)/);
    expect(textInline.headers['x-content-type-options']).toBe('nosniff');
  });

  it('keeps version 1 readable after a new version; deleting a version destroys its key and leaves the others', async () => {
    const client = await takeIn(caseworker, team);
    const first = tinyPdf('First scan');
    const second = tinyPng(0x20);
    const created = await uploaded(client.id, DOCUMENT_FIELDS, first, 'passport.pdf', PDF);
    const added = await uploadVersion(caseworker, client.id, created.id, second, 'passport-rescan.png', PNG);
    expect({ status: added.status, code: added.body.code }).toEqual({ status: 201, code: undefined });
    const withTwo = added.body as Detail;
    expect(withTwo.versions.map((v) => [v.number, v.mediaType, v.sha256])).toEqual([
      [2, PNG, sha256(second)],
      [1, PDF, sha256(first)],
    ]);
    expect(withTwo.currentVersion?.number).toBe(2);
    expect(Buffer.compare((await content(client.id, created.id, 1)).body as Buffer, first)).toBe(0);
    expect(Buffer.compare((await content(client.id, created.id, 2)).body as Buffer, second)).toBe(0);

    const firstKey = await storageKeyOf(created.id, 1);
    const removed = await caseworker.delete(`/api/clients/${client.id}/documents/${created.id}/versions/1`).send({ reason: 'Wrong scan, pages missing' });
    expect(removed.status).toBe(200);
    expect((removed.body as Detail).versions.map((v) => [v.number, v.destroyed])).toEqual([
      [2, false],
      [1, true],
    ]);
    const gone = await content(client.id, created.id, 1);
    expect({ status: gone.status, code: JSON.parse((gone.body as Buffer).toString('utf8')).code }).toEqual({ status: 410, code: 'DOCUMENT_KEY_DESTROYED' });
    expect(Buffer.compare((await content(client.id, created.id, 2)).body as Buffer, second)).toBe(0);
    // The key is gone from the database (every copy of the ciphertext, backups included, is noise
    // now), and a deleted version's object is removed from the storage too.
    const [row] = await api.dataSource.query<[{ wrapped_key: Buffer | null }]>('SELECT wrapped_key FROM document_version WHERE document_id = $1 AND number = 1', [created.id]);
    expect(row.wrapped_key).toBeNull();
    expect(await storedFiles(directory)).not.toContain(firstKey);
    expect(await storedFiles(directory)).toContain(await storageKeyOf(created.id, 2));
  });

  it('refuses an edit made on a stale version and changes nothing', async () => {
    const client = await takeIn(caseworker, team);
    const created = await uploaded(client.id, DOCUMENT_FIELDS, tinyPdf('Edit'), 'passport.pdf', PDF);
    const edited = await caseworker.patch(`/api/clients/${client.id}/documents/${created.id}`, { version: created.version, title: 'Passport, all pages', documentDate: '2019-04-02' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ title: 'Passport, all pages', documentDate: '2019-04-02' });
    expect(edited.body.version).toBeGreaterThan(created.version);

    const stale = await caseworker.patch(`/api/clients/${client.id}/documents/${created.id}`, { version: created.version, title: 'Someone else’s title' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    expect((await caseworker.get(`/api/clients/${client.id}/documents/${created.id}`)).body).toMatchObject({ title: 'Passport, all pages', version: edited.body.version });
  });

  it('pages the list newest first: every document once, ties in the same microsecond kept apart, each page’s audit line listing what it showed, a bad cursor or limit a 400', async () => {
    const client = await takeIn(caseworker, team);
    const made: Detail[] = [];
    for (const [index, language] of ['fa', 'ja', 'my', 'fa', 'ja'].entries()) {
      made.push(await uploaded(client.id, { ...DOCUMENT_FIELDS, title: `Page test ${index}`, language }, tinyPdf(`Page ${index}`), `page-${index}.pdf`, PDF));
    }
    // Three documents written in the same microsecond, one a microsecond later: the keyset must
    // neither skip nor repeat them at a page boundary (a millisecond cursor would).
    const ids = made.map((d) => d.id);
    await api.dataSource.query(`UPDATE document SET created_at = timestamptz '2026-11-30 10:00:00.123456+00' WHERE id = ANY($1::uuid[])`, [ids.slice(0, 3)]);
    await api.dataSource.query(`UPDATE document SET created_at = timestamptz '2026-11-30 10:00:00.123457+00' WHERE id = $1`, [ids[3]]);
    const expected = [ids[4], ids[3], ...ids.slice(0, 3).sort().reverse()];

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await caseworker.get(`/api/clients/${client.id}/documents`).query({ limit: 2, ...(cursor ? { cursor } : {}) });
      expect(page.status).toBe(200);
      const body = page.body as { items: Detail[]; nextCursor: string | null };
      expect(body.items.length).toBeLessThanOrEqual(2);
      seen.push(...body.items.map((d) => d.id));
      cursor = body.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(expected);
    // Each page's audit line, written in the page's own statement, lists exactly the documents
    // shown, in their order: not the extra one read to know whether another page follows.
    const lines = await api.dataSource.query<{ record_ids: string[] }[]>(
      `SELECT record_ids FROM audit_event WHERE client_id = $1 AND action = 'client.read' AND target_type = 'document' ORDER BY id`,
      [client.id],
    );
    expect(lines.map((line) => line.record_ids)).toEqual([expected.slice(0, 2), expected.slice(2, 4), expected.slice(4)]);
    // A file without documents: an empty page shows none, and its read writes no line.
    const empty = await takeIn(caseworker, team);
    expect((await caseworker.get(`/api/clients/${empty.id}/documents`)).body).toEqual({ items: [], nextCursor: null });
    expect(await api.dataSource.query(`SELECT 1 FROM audit_event WHERE client_id = $1 AND action = 'client.read' AND target_type = 'document'`, [empty.id])).toEqual([]);

    // What a translation can be of: originals not in Japanese.
    const translatable = await caseworker.get(`/api/clients/${client.id}/documents`).query({ translatable: true });
    expect((translatable.body as { items: Detail[] }).items.map((d) => d.language).sort()).toEqual(['fa', 'fa', 'my']);

    const forged = Buffer.from(JSON.stringify(['-1', ids[0]])).toString('base64url');
    for (const query of [{ cursor: 'not-a-cursor' }, { cursor: forged }, { limit: 0 }, { limit: 201 }, { translatable: 'maybe' }]) {
      const refused = await caseworker.get(`/api/clients/${client.id}/documents`).query(query);
      expect({ query, status: refused.status, code: refused.body.code }).toEqual({ query, status: 400, code: 'VALIDATION_FAILED' });
    }
  });

  it('deletes a document: gone from the list, its detail and content answer 404, its key destroyed; a stale delete is refused', async () => {
    const client = await takeIn(caseworker, team);
    const kept = await uploaded(client.id, DOCUMENT_FIELDS, tinyPdf('Kept'), 'kept.pdf', PDF);
    const doomed = await uploaded(client.id, { ...DOCUMENT_FIELDS, title: 'Uploaded to the wrong file' }, tinyPdf('Doomed'), 'wrong.pdf', PDF);
    const path = `/api/clients/${client.id}/documents/${doomed.id}`;

    expect((await caseworker.delete(path).send({ version: doomed.version + 1, reason: 'Uploaded to the wrong file' })).status).toBe(409);
    const deleted = await caseworker.delete(path).send({ version: doomed.version, reason: 'Uploaded to the wrong file' });
    expect(deleted.status).toBe(204);
    expect(((await caseworker.get(`/api/clients/${client.id}/documents`)).body as { items: Detail[] }).items.map((d) => d.id)).toEqual([kept.id]);
    expect((await caseworker.get(path)).status).toBe(404);
    expect((await content(client.id, doomed.id, 1)).status).toBe(404);
    const keys = await api.dataSource.query<{ wrapped_key: Buffer | null }[]>('SELECT wrapped_key FROM document_version WHERE document_id = $1', [doomed.id]);
    expect(keys).toEqual([{ wrapped_key: null }]);
  });

  it('audits each upload, view, download and deletion, with no title or file name in the audit trail or the timeline', async () => {
    const client = await takeIn(caseworker, team);
    const title = 'Arrest warrant, Revolutionary Court Qazvin';
    const created = await uploaded(client.id, { category: 'persecution-evidence', title, language: 'fa' }, tinyPdf('Warrant'), 'warrant-qazvin.pdf', PDF);
    expect((await caseworker.get(`/api/clients/${client.id}/documents/${created.id}`)).status).toBe(200);
    expect((await content(client.id, created.id, 1)).status).toBe(200);
    expect((await content(client.id, created.id, 1, 'inline')).status).toBe(200);
    expect((await caseworker.delete(`/api/clients/${client.id}/documents/${created.id}`).send({ version: created.version, reason: 'Client withdrew it' })).status).toBe(204);

    const audit = await api.dataSource.query<{ action: string; actor_user_id: string; target_id: string; reason: string | null; details: Record<string, unknown> | null }[]>(
      `SELECT action, actor_user_id, target_id, reason, details FROM audit_event WHERE client_id = $1 AND action LIKE 'document.%' ORDER BY id`,
      [client.id],
    );
    expect(audit.map((line) => [line.action, line.actor_user_id, line.target_id])).toEqual([
      ['document.uploaded', caseworker.user.id, created.id],
      ['document.viewed', caseworker.user.id, created.id],
      ['document.downloaded', caseworker.user.id, created.id],
      ['document.downloaded', caseworker.user.id, created.id],
      ['document.deleted', caseworker.user.id, created.id],
    ]);
    expect(audit.map((line) => line.details?.disposition ?? null).filter((d) => d !== null)).toEqual(['attachment', 'inline']);
    expect(audit.at(-1)?.reason).toBe('Client withdrew it');
    expect(JSON.stringify(audit)).not.toMatch(/Qazvin|warrant-qazvin/);

    const timeline = await caseworker.get(`/api/clients/${client.id}/timeline`);
    expect(timeline.status).toBe(200);
    const items = timeline.body.items as { kind: string; data: Record<string, unknown> | null; body: string | null }[];
    expect(items.find((item) => item.kind === 'document.uploaded')).toMatchObject({ data: { documentId: created.id, category: 'persecution-evidence' } });
    expect(JSON.stringify(items)).not.toMatch(/Qazvin|warrant-qazvin/);
  });

  it('exports a ZIP of client.json and the chosen documents, byte for byte as uploaded', async () => {
    const client = await takeIn(caseworker, team);
    const statement = tinyPdf('Statement for the export');
    const photo = tinyPng(0x33);
    const a = await uploaded(client.id, { category: 'personal-statement', title: 'Statement', language: 'fa' }, statement, 'statement.pdf', PDF);
    const b = await uploaded(client.id, { category: 'photograph', title: 'Photograph', language: 'ja' }, photo, 'photo.png', PNG);
    const left = await uploaded(client.id, { category: 'other', title: 'Not chosen', language: 'ja' }, tinyPdf('Left out'), 'left.pdf', PDF);

    const response = await postForBytes(caseworker, `/api/clients/${client.id}/export/archive`, { purpose: 'subject-access', reason: 'Asked for by the client in person', documents: [a.id, b.id] });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/zip/);
    expect(response.headers['content-disposition']).toMatch(/^attachment;/);
    const entries = unzip(response.body as Buffer);
    const names = [...entries.keys()].sort();
    expect(names.filter((name) => name !== 'client.json')).toHaveLength(2);
    expect(names).toContain('client.json');

    const manifest = JSON.parse(entries.get('client.json')!.toString('utf8')) as { client: { id: string; caseNumber: string }; documents: { id: string; file: string | null }[] };
    expect(manifest.client.caseNumber).toBe(client.caseNumber);
    const fileOf = (id: string) => manifest.documents.find((d) => d.id === id)?.file;
    expect(fileOf(left.id)).toBeNull();
    expect(Buffer.compare(entries.get(fileOf(a.id)!)!, statement)).toBe(0);
    expect(Buffer.compare(entries.get(fileOf(b.id)!)!, photo)).toBe(0);
    // Names inside the archive are made by Yorisoi, not taken from the uploads.
    expect(names.join()).not.toMatch(/statement\.pdf|photo\.png/);
  });

  it('refuses an upload to a closed file with 409 and stores nothing', async () => {
    const client = await takeIn(caseworker, team);
    const current = (await caseworker.get(`/api/clients/${client.id}`)).body as { version: number };
    expect((await caseworker.post(`/api/clients/${client.id}/close`, { version: current.version, reason: 'Client moved abroad' })).status).toBe(200);
    const before = await storedFiles(directory);

    const refused = await upload(caseworker, client.id, DOCUMENT_FIELDS, tinyPdf('Too late'), 'late.pdf', PDF);
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 409, code: 'CLIENT_CLOSED' });
    expect(await storedFiles(directory)).toEqual(before);
    expect(await api.dataSource.query('SELECT id FROM document WHERE client_id = $1', [client.id])).toEqual([]);
  });

  it('numbers new versions uploaded at the same time 1..N, each readable', async () => {
    const client = await takeIn(caseworker, team);
    const created = await uploaded(client.id, DOCUMENT_FIELDS, tinyPdf('Version 1'), 'v1.pdf', PDF);
    const files = Array.from({ length: 6 }, (_, i) => tinyPdf(`Version ${i + 2}`));
    const responses = await Promise.all(files.map((bytes, i) => uploadVersion(caseworker, client.id, created.id, bytes, `v${i + 2}.pdf`, PDF)));
    expect(responses.map((r) => r.status)).toEqual(Array(6).fill(201));

    const detail = (await caseworker.get(`/api/clients/${client.id}/documents/${created.id}`)).body as Detail;
    expect(detail.versions.map((v) => v.number).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(detail.versionCount).toBe(7);
    // Each number holds the bytes of exactly one upload.
    const hashes = new Map(detail.versions.map((v) => [v.number, v.sha256]));
    expect(new Set(hashes.values()).size).toBe(7);
    for (const [number, hash] of hashes) {
      expect(sha256((await content(client.id, created.id, number)).body as Buffer)).toBe(hash);
    }
  });

  describe('checklist templates and the missing-documents view (not per file)', () => {
    interface Template {
      step: string;
      version: number;
      title: { ja: string; en: string };
      basis: { ja: string; en: string };
      items: { key: string; label: { ja: string; en: string }; hint: { ja: string; en: string } | null; categories: string[]; required: boolean; needsTranslation: boolean }[];
    }
    // Not the step the workflow test edits, so the two never race for a version.
    const STEP = 'revocation-suit';

    it('lets any signed-in role read the templates, and only an administrator edit one', async () => {
      const admin = await signedIn(api, { role: 'admin' });
      const supervisor = await signedIn(api, { role: 'supervisor', supervises: [team] });
      for (const browser of [caseworker, supervisor, admin]) expect((await browser.get('/api/checklist-templates')).status).toBe(200);
      expect((await caseworker.get(`/api/checklist-templates/${STEP}/versions`)).status).toBe(200);

      const current = ((await admin.get('/api/checklist-templates')).body as Template[]).find((t) => t.step === STEP)!;
      const edit = {
        basedOnVersion: current.version,
        title: current.title,
        basis: current.basis,
        items: current.items.map(({ key, label, hint, categories, required, needsTranslation }) => ({ key, label, hint, categories, required, needsTranslation })),
      };
      const byCaseworker = await caseworker.put(`/api/checklist-templates/${STEP}`, edit);
      expect({ status: byCaseworker.status, code: byCaseworker.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
      expect((await supervisor.put(`/api/checklist-templates/${STEP}`, edit)).status).toBe(403);
      const saved = await admin.put(`/api/checklist-templates/${STEP}`, edit);
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({ step: STEP, version: current.version + 1 });
      expect((await admin.put(`/api/checklist-templates/${STEP}`, edit)).body.code).toBe('STALE_VERSION');
    });

    it('shows the missing documents of a team to its supervisors only', async () => {
      const supervisor = await signedIn(api, { role: 'supervisor', supervises: [team] });
      const otherSupervisor = await signedIn(api, { role: 'supervisor', supervises: [await createTeam(api)] });
      const admin = await signedIn(api, { role: 'admin' });
      const client = await takeIn(caseworker, team, { primaryWorkerId: caseworker.user.id });
      expect((await caseworker.post(`/api/clients/${client.id}/applications`, { kind: 'REFUGEE_AND_CP' })).status).toBe(201);

      const own = await supervisor.get(`/api/documents/missing-by-caseworker?teamId=${team}`);
      expect(own.status).toBe(200);
      const rows = own.body as { teamId: string; caseworkerId: string | null; files: { clientId: string; missing: number }[] }[];
      const mine = rows.find((row) => row.caseworkerId === caseworker.user.id);
      expect(mine?.files.find((f) => f.clientId === client.id)?.missing).toBeGreaterThan(0);

      expect((await caseworker.get(`/api/documents/missing-by-caseworker?teamId=${team}`)).status).toBe(403);
      expect((await admin.get(`/api/documents/missing-by-caseworker?teamId=${team}`)).status).toBe(403);
      const foreign = await otherSupervisor.get(`/api/documents/missing-by-caseworker?teamId=${team}`);
      expect(foreign.status).toBe(404);
      expect(JSON.stringify(foreign.body)).not.toContain(client.id);
    });
  });
});
