import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { RetentionService } from '#clients';
import { EncryptedFiles } from '#documents';
import { createTeam, signedIn, type SignedInBrowser } from '../support/accounts.js';
import { takeIn } from '../support/clients.js';
import { getBytes, PDF, PNG, storedFiles, tinyPdf, tinyPng, upload } from '../support/documents.js';
import { freshDatabase } from '../support/fresh-database.js';
import { startTestApi, type TestApi } from '../support/test-api.js';
import { collect } from './fixtures/generated-files.js';

interface VersionRow {
  document_id: string;
  number: number;
  storage_key: string;
  wrapped_key: Buffer | null;
  master_key_id: string;
}

/** `table.column` of every text-like column anywhere in the database that contains the string. */
async function textWhere(dataSource: DataSource, needle: string): Promise<string[]> {
  const columns = await dataSource.query<{ table_name: string; column_name: string }[]>(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema = 'public' AND c.data_type IN ('text', 'character varying', 'json', 'jsonb', 'ARRAY')`,
  );
  const found: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const [{ n }] = await dataSource.query<[{ n: number }]>(`SELECT count(*)::int AS n FROM "${table}" WHERE strpos("${column}"::text, $1) > 0`, [needle]);
    if (n > 0) found.push(`${table}.${column}`);
  }
  return found.sort();
}

/** `table.column` of every bytea column anywhere in the database holding these bytes. */
async function bytesWhere(dataSource: DataSource, needle: Buffer): Promise<string[]> {
  const columns = await dataSource.query<{ table_name: string; column_name: string }[]>(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema = 'public' AND c.data_type = 'bytea'`,
  );
  const found: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const [{ n }] = await dataSource.query<[{ n: number }]>(`SELECT count(*)::int AS n FROM "${table}" WHERE position($1::bytea IN "${column}") > 0`, [needle]);
    if (n > 0) found.push(`${table}.${column}`);
  }
  return found.sort();
}

/**
 * Crypto-shredding: anonymising a closed file destroys every version's data key. The ciphertext
 * stays where it is (as it stays in every backup), and nothing left in the database can open it.
 */
describe('key destruction when a closed file is anonymised', () => {
  let api: TestApi;
  let directory: string;
  let team: string;
  let caseworker: SignedInBrowser;

  beforeAll(async () => {
    // A database of its own: retention anonymises every file of the installation that is due.
    const runtimeUrl = await freshDatabase('key-destruction');
    directory = await mkdtemp(join(tmpdir(), 'yorisoi-key-destruction-'));
    api = await startTestApi({ env: { DATABASE_URL: runtimeUrl, DOCUMENTS_DIR: directory } });
    team = await createTeam(api);
    caseworker = await signedIn(api, { role: 'caseworker', memberOf: [team] });
  });
  afterAll(async () => {
    await api.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('leaves the ciphertext in storage, unreadable: no key in the database, 410 on download, titles and names gone', async () => {
    const token = `Tabriz${randomUUID().slice(0, 8)}`;
    const client = await takeIn(caseworker, team);
    const uploads: { fields: Record<string, string>; bytes: Buffer; name: string; type: string }[] = [
      { fields: { category: 'medical', title: `Medical report, ${token} clinic`, language: 'fa', sensitive: 'true' }, bytes: tinyPdf('Medical report'), name: `report-${token}.pdf`, type: PDF },
      { fields: { category: 'photograph', title: `Photograph taken in ${token}`, language: 'ja' }, bytes: tinyPng(0x55), name: `photo-${token}.png`, type: PNG },
    ];
    const documentIds: string[] = [];
    for (const file of uploads) {
      const response = await upload(caseworker, client.id, file.fields, file.bytes, file.name, file.type);
      expect(response.status).toBe(201);
      documentIds.push(response.body.id as string);
    }
    // The search below finds the title and the name where they were written, so its empty answer later means something.
    expect(await textWhere(api.dataSource, token)).toEqual(['document.title', 'document_version.original_name']);

    // What a backup holds: the rows with their wrapped keys, and the stored objects.
    const before = await api.dataSource.query<VersionRow[]>(
      'SELECT document_id, number, storage_key, wrapped_key, master_key_id FROM document_version WHERE client_id = $1 ORDER BY document_id, number',
      [client.id],
    );
    expect(before).toHaveLength(2);
    const objects = new Map<string, Buffer>();
    for (const row of before) objects.set(row.storage_key, await readFile(join(directory, row.storage_key)));
    expect((await storedFiles(directory)).sort()).toEqual([...objects.keys()].sort());

    const current = (await caseworker.get(`/api/clients/${client.id}`)).body as { version: number };
    expect((await caseworker.post(`/api/clients/${client.id}/close`, { version: current.version, reason: 'Client left Japan' })).status).toBe(200);
    // Closed longer ago than the retention period.
    await api.dataSource.query(`UPDATE client SET closed_at = closed_at - make_interval(days => $2) WHERE id = $1`, [client.id, api.config.clientRetentionDays + 1]);
    expect(await api.app.get(RetentionService).anonymiseDue()).toBe(1);

    // The ciphertext is still there, byte for byte, as in any backup.
    expect((await storedFiles(directory)).sort()).toEqual([...objects.keys()].sort());
    for (const [key, bytes] of objects) expect(Buffer.compare(await readFile(join(directory, key)), bytes)).toBe(0);

    // Every key is gone: not in its column, nor anywhere else in the database.
    const after = await api.dataSource.query<VersionRow[]>('SELECT document_id, number, storage_key, wrapped_key, master_key_id FROM document_version WHERE client_id = $1 ORDER BY document_id, number', [client.id]);
    expect(after.map((row) => row.wrapped_key)).toEqual([null, null]);
    for (const row of before) {
      const wrapped = row.wrapped_key!;
      expect(await bytesWhere(api.dataSource, wrapped)).toEqual([]);
      expect(await textWhere(api.dataSource, wrapped.toString('hex'))).toEqual([]);
      expect(await textWhere(api.dataSource, wrapped.toString('base64'))).toEqual([]);
    }

    // With the key copied before, the stored bytes still decrypt to the upload: the objects checked above are the right ones.
    const files = api.app.get(EncryptedFiles);
    for (const row of before) {
      const plain = await collect(await files.open({ storageKey: row.storage_key, wrappedKey: row.wrapped_key, masterKeyId: row.master_key_id }));
      const upload = uploads[documentIds.indexOf(row.document_id)];
      expect(Buffer.compare(plain, upload.bytes)).toBe(0);
    }
    // Without it, nothing opens them.
    for (const row of after) {
      await expect(files.open({ storageKey: row.storage_key, wrappedKey: row.wrapped_key, masterKeyId: row.master_key_id })).rejects.toMatchObject({ code: 'DOCUMENT_KEY_DESTROYED' });
    }

    // The title and the original name are gone everywhere.
    expect(await textWhere(api.dataSource, token)).toEqual([]);

    // Through HTTP: the file's own supervisor asking for the content gets 410, not bytes.
    const supervisor = await signedIn(api, { role: 'supervisor', supervises: [team] });
    for (const documentId of documentIds) {
      const response = await getBytes(supervisor, `/api/clients/${client.id}/documents/${documentId}/versions/1/content`);
      expect({ status: response.status, code: JSON.parse((response.body as Buffer).toString('utf8') || '{}').code }).toEqual({ status: 410, code: 'DOCUMENT_KEY_DESTROYED' });
    }
  });
});
