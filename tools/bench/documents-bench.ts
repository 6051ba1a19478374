import { randomBytes, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, openAsBlob } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';

/** Documents per client for the documents-tab measurement: a long-running asylum file. */
export const DOCUMENTS_PER_FILE = 200;
const FILE_MB = 20;
const RUNS = 3;

const CATEGORIES = ['identity', 'personal-statement', 'persecution-evidence', 'medical', 'country-information', 'isa-notice', 'court-document', 'support-letter', 'photograph', 'other'];
const LANGUAGES = ['ja', 'en', 'fa', 'ar', 'ta', 'my', 'tr', 'ku'];

/**
 * Gives each measured caseworker one of their files with DOCUMENTS_PER_FILE documents (rows only:
 * the list reads no stored bytes), so the documents tab is measured at the size a long case
 * reaches. Idempotent: files that already have them are left alone.
 */
export async function seedDocumentLists(db: pg.Client, caseworkerIds: readonly string[]): Promise<string[]> {
  const clientIds: string[] = [];
  for (const userId of caseworkerIds) {
    const { rows } = await db.query<{ client_id: string; documents: string }>(
      `SELECT a.client_id, (SELECT count(*) FROM document d WHERE d.client_id = a.client_id)::text AS documents
         FROM client_assignment a JOIN client c ON c.id = a.client_id AND c.status = 'open'
        WHERE a.user_id = $1 AND a.role = 'primary' ORDER BY 2 DESC, a.client_id LIMIT 1`,
      [userId],
    );
    const row = rows[0];
    if (!row) continue;
    clientIds.push(row.client_id);
    if (Number(row.documents) >= DOCUMENTS_PER_FILE) continue;
    await db.query(
      `WITH docs AS (
         INSERT INTO document (client_id, category, title, language, document_date, sensitive, for_submission, translation_status, version_count, created_by, version)
         SELECT $1, ($3::text[])[1 + g % 10], 'Bench document ' || g, ($4::text[])[1 + g % 8], current_date - g, g % 17 = 0, g % 3 = 0,
                CASE WHEN ($4::text[])[1 + g % 8] = 'ja' THEN 'not-needed' ELSE 'needed' END, 1, $2, 1
           FROM generate_series(1, $5::int) g RETURNING id)
       INSERT INTO document_version (document_id, client_id, number, storage_key, wrapped_key, master_key_id, sha256, size_bytes, media_type, original_name, uploaded_by)
       SELECT id, $1, 1, 'bench/' || id, '\\x00', 'bench', repeat('0', 64), 123456, 'application/pdf', 'scan.pdf', $2 FROM docs`,
      [row.client_id, userId, CATEGORIES, LANGUAGES, DOCUMENTS_PER_FILE],
    );
  }
  return clientIds;
}

export interface Throughput {
  /** MB/s per run. */
  readonly runs: readonly number[];
}

export interface FileThroughput {
  readonly copy: Throughput;
  readonly upload: Throughput;
  readonly download: Throughput;
}

/**
 * A 20 MB file (a PNG signature followed by random bytes: incompressible, like a scan) uploaded
 * through the api (multipart, inspection, SHA-256, AES-256-GCM, written to the storage folder) and
 * downloaded back (read, decrypted, streamed), next to a plain stream copy of the same file on the
 * same disk. RUNS of each.
 */
export async function measureFileThroughput(options: { base: string; cookie: string; clientId: string; folder: string }): Promise<FileThroughput> {
  await mkdir(options.folder, { recursive: true });
  const source = join(options.folder, `bench-source-${randomUUID()}.png`);
  const bytes = FILE_MB * 1024 * 1024;
  await writeFile(source, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(bytes - 8)]));
  const mb = (await stat(source)).size / (1024 * 1024);
  const me = await fetch(`${options.base}/api/auth/me`, { headers: { cookie: options.cookie } });
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const copy: number[] = [];
  const upload: number[] = [];
  const download: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const target = join(options.folder, `bench-copy-${randomUUID()}.png`);
      let started = performance.now();
      await pipeline(createReadStream(source), createWriteStream(target));
      copy.push(mb / ((performance.now() - started) / 1000));
      await rm(target, { force: true });

      const form = new FormData();
      form.set('category', 'persecution-evidence');
      form.set('title', 'Bench scan');
      form.set('language', 'en');
      form.set('file', await openAsBlob(source, { type: 'image/png' }), 'scan.png');
      started = performance.now();
      const created = await fetch(`${options.base}/api/clients/${options.clientId}/documents`, {
        method: 'POST',
        headers: { cookie: options.cookie, 'x-csrf-token': csrfToken },
        body: form,
      });
      if (created.status !== 201) throw new Error(`upload: ${created.status} ${await created.text()}`);
      const document = (await created.json()) as { id: string };
      upload.push(mb / ((performance.now() - started) / 1000));

      started = performance.now();
      const content = await fetch(`${options.base}/api/clients/${options.clientId}/documents/${document.id}/versions/1/content`, { headers: { cookie: options.cookie } });
      if (!content.ok || !content.body) throw new Error(`download: ${content.status}`);
      let received = 0;
      for await (const chunk of content.body) received += (chunk as Uint8Array).byteLength;
      if (received !== bytes) throw new Error(`download: ${received} bytes of ${bytes}`);
      download.push(mb / ((performance.now() - started) / 1000));
    }
  } finally {
    await rm(source, { force: true });
  }
  return { copy: { runs: copy }, upload: { runs: upload }, download: { runs: download } };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle]) : ((sorted[middle - 1]) + (sorted[middle])) / 2;
}
