import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EncryptedFiles } from '#documents';
import { DomainError } from '#domain';
import { createTeam, signedIn, type SignedInBrowser } from '../support/accounts.js';
import { takeIn } from '../support/clients.js';
import { DOCUMENT_FIELDS, getBytes, plainText, postForBytes, TEXT, unzip, upload } from '../support/documents.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

/**
 * Stored files that cannot be read back (tampered, under another master key, gone while an export
 * streams): what the caseworker gets is a coded error when it is known before the first byte, and a
 * download that breaks off (never one that hangs, never a crashed api) when it is found later.
 */

const EXPORT = { purpose: 'subject-access', reason: 'The client asked for a copy of the file' } as const;
/** The stored object: 11-byte header, then records of 64 KiB of ciphertext and a 16-byte tag. */
const HEADER = 11;
const RECORD = 64 * 1024 + 16;

describe('documents whose stored file cannot be read', () => {
  let api: TestApi;
  let directory: string;
  let team: string;
  let caseworker: SignedInBrowser;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'yorisoi-unreadable-'));
    api = await startTestApi({ env: { DOCUMENTS_DIR: directory } });
    team = await createTeam(api);
    caseworker = await signedIn(api, { role: 'caseworker', memberOf: [team] });
  });
  afterAll(async () => {
    await api.close();
    await rm(directory, { recursive: true, force: true });
  });

  /** A client with one text document of four records (~250 KiB); its row's storage key. */
  async function storedText(): Promise<{ clientId: string; documentId: string; storageKey: string; text: Buffer }> {
    const client = await takeIn(caseworker, team);
    const text = plainText('Interview notes, synthetic, line after line.\n'.repeat(5_600));
    const created = await upload(caseworker, client.id, DOCUMENT_FIELDS, text, 'notes.txt', TEXT);
    expect(created.status).toBe(201);
    const documentId = (created.body as { id: string }).id;
    const [{ storage_key: storageKey }] = await api.dataSource.query<[{ storage_key: string }]>('SELECT storage_key FROM document_version WHERE document_id = $1', [documentId]);
    return { clientId: client.id, documentId, storageKey, text };
  }

  async function flipStoredByte(storageKey: string, at: number): Promise<void> {
    const stored = await readFile(join(directory, storageKey));
    stored[at] ^= 0x01;
    await writeFile(join(directory, storageKey), stored);
  }

  /** The answer's status and bytes, or how the connection ended when it broke off. */
  const received = (request: Promise<{ status: number; body: unknown; headers: Record<string, string> }>) =>
    request.then(
      (response) => ({ status: response.status, body: response.body as Buffer, length: Number(response.headers['content-length'] ?? NaN) }),
      (error: unknown) => ({ status: `broken off: ${String(error)}`, body: Buffer.alloc(0), length: NaN }),
    );

  it('a file stored under another master key answers 500 DOCUMENT_UNREADABLE, naming neither key', async () => {
    const file = await storedText();
    const [{ master_key_id: configured }] = await api.dataSource.query<[{ master_key_id: string }]>('SELECT master_key_id FROM document_version WHERE document_id = $1', [file.documentId]);
    await api.dataSource.query(`UPDATE document_version SET master_key_id = '0123456789abcdef' WHERE document_id = $1`, [file.documentId]);
    const answer = await getBytes(caseworker, `/api/clients/${file.clientId}/documents/${file.documentId}/versions/1/content`);
    const body = (answer.body as Buffer).toString('utf8');
    expect([answer.status, (JSON.parse(body) as { code: string }).code]).toEqual([500, 'DOCUMENT_UNREADABLE']);
    expect(body).not.toContain(configured);
    expect(body).not.toContain('0123456789abcdef');
  });

  it('a download whose third record was tampered with sends the first two records, then breaks off', async () => {
    const file = await storedText();
    await flipStoredByte(file.storageKey, HEADER + 2 * RECORD + 7);
    const answer = await received(getBytes(caseworker, `/api/clients/${file.clientId}/documents/${file.documentId}/versions/1/content`));
    // Either the client noticed the connection drop, or it kept a body shorter than announced.
    if (typeof answer.status === 'number') {
      expect(answer.status).toBe(200);
      expect(answer.body.length).toBeLessThan(answer.length);
    }
    expect(file.text.subarray(0, answer.body.length).equals(answer.body)).toBe(true);
  });

  it('an export whose file fails past its first record breaks the download off instead of hanging', async () => {
    const file = await storedText();
    await flipStoredByte(file.storageKey, HEADER + 2 * RECORD + 7);
    const answer = await received(postForBytes(caseworker, `/api/clients/${file.clientId}/export/archive`, { ...EXPORT, documents: [file.documentId] }));
    if (typeof answer.status === 'number') {
      expect(answer.status).toBe(200);
      expect(() => unzip(answer.body)).toThrow();
    }
    expect((await caseworker.get('/api/auth/me')).status).toBe(200);
  });

  it('an export whose file disappears after it was checked (a version deleted meanwhile) breaks off instead of crashing the api', async () => {
    const file = await storedText();
    const files = api.app.get(EncryptedFiles);
    const open = files.open.bind(files);
    // The check before the first byte still finds the file; the second opening, while streaming, does not.
    const spy = jest
      .spyOn(files, 'open')
      .mockImplementationOnce(open)
      .mockRejectedValueOnce(new DomainError('RECORD_NOT_FOUND', 'The stored file does not exist.'));
    try {
      const answer = await received(postForBytes(caseworker, `/api/clients/${file.clientId}/export/archive`, { ...EXPORT, documents: [file.documentId] }));
      expect(spy).toHaveBeenCalledTimes(2);
      if (typeof answer.status === 'number') {
        expect(answer.status).toBe(200);
        expect(() => unzip(answer.body)).toThrow();
      }
    } finally {
      spy.mockRestore();
    }
    const whole = await postForBytes(caseworker, `/api/clients/${file.clientId}/export/archive`, { ...EXPORT, documents: [file.documentId] });
    expect(whole.status).toBe(200);
    expect([...unzip(whole.body as Buffer).values()].some((bytes) => bytes.equals(file.text))).toBe(true);
  });
});
