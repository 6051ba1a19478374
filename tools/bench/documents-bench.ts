import { randomBytes, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { get, request } from 'node:http';
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
  /** A plain copy as `cp` makes it: written to the page cache. */
  readonly copy: Throughput;
  /** The same copy flushed to disk before close, as the storage writes every version. */
  readonly durableCopy: Throughput;
  readonly upload: Throughput;
  readonly download: Throughput;
}

/**
 * A 20 MB file (a JPEG header followed by random bytes: incompressible, like a scan) uploaded
 * through the api (multipart, inspection, SHA-256, AES-256-GCM, written to the storage folder) and
 * downloaded back (read, decrypted, streamed), next to a plain stream copy of the same file on the
 * same disk. RUNS of each.
 */
export async function measureFileThroughput(options: { base: string; cookie: string; clientId: string; folder: string }): Promise<FileThroughput> {
  await mkdir(options.folder, { recursive: true });
  const source = join(options.folder, `bench-source-${randomUUID()}.jpg`);
  const bytes = FILE_MB * 1024 * 1024;
  // SOI and a JFIF APP0 segment: what a scanner writes first, and what the type check reads.
  const header = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
  await writeFile(source, Buffer.concat([header, randomBytes(bytes - header.length)]));
  const mb = (await stat(source)).size / (1024 * 1024);
  const me = await fetch(`${options.base}/api/auth/me`, { headers: { cookie: options.cookie } });
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const copy: number[] = [];
  const durableCopy: number[] = [];
  const upload: number[] = [];
  const download: number[] = [];
  try {
    // One round first, not counted: the api's first upload warms its code paths and the disk.
    for (let run = -1; run < RUNS; run++) {
      const target = join(options.folder, `bench-copy-${randomUUID()}.jpg`);
      let started = performance.now();
      await pipeline(createReadStream(source), createWriteStream(target));
      const copied = mb / ((performance.now() - started) / 1000);
      await rm(target, { force: true });

      started = performance.now();
      await pipeline(createReadStream(source), createWriteStream(target, { flush: true }));
      const copiedDurably = mb / ((performance.now() - started) / 1000);
      await rm(target, { force: true });

      started = performance.now();
      const documentId = await uploadFile(options, csrfToken, source);
      const uploaded = mb / ((performance.now() - started) / 1000);

      started = performance.now();
      const received = await downloadFile(options, documentId);
      if (received !== bytes) throw new Error(`download: ${received} bytes of ${bytes}`);
      const downloaded = mb / ((performance.now() - started) / 1000);
      if (run < 0) continue;
      copy.push(copied);
      durableCopy.push(copiedDurably);
      upload.push(uploaded);
      download.push(downloaded);
    }
  } finally {
    await rm(source, { force: true });
  }
  return { copy: { runs: copy }, durableCopy: { runs: durableCopy }, upload: { runs: upload }, download: { runs: download } };
}

/**
 * The upload as a browser sends it (the text fields, then the file, in one multipart body), from a
 * plain node:http client streaming the file: the measurement is the api's, not a heavy client's.
 */
async function uploadFile(options: { base: string; cookie: string; clientId: string }, csrfToken: string, path: string): Promise<string> {
  const boundary = `----yorisoi-bench-${randomUUID()}`;
  const field = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const head = Buffer.from(
    field('category', 'persecution-evidence') +
      field('title', 'Bench scan') +
      field('language', 'en') +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="scan.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const size = (await stat(path)).size;
  const url = new URL(`/api/clients/${options.clientId}/documents`, options.base);
  return new Promise<string>((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: 'POST',
        headers: {
          cookie: options.cookie,
          'x-csrf-token': csrfToken,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(head.length + size + tail.length),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          if (response.statusCode !== 201) reject(new Error(`upload: ${response.statusCode} ${body}`));
          else resolve((JSON.parse(body) as { id: string }).id);
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.write(head);
    // Large reads, as a browser sends a file: the client's own per-chunk cost stays out of the figure.
    const file = createReadStream(path, { highWaterMark: 1024 * 1024 });
    file.on('error', reject);
    file.on('end', () => outgoing.end(tail));
    file.pipe(outgoing, { end: false });
  });
}

async function downloadFile(options: { base: string; cookie: string; clientId: string }, documentId: string): Promise<number> {
  const url = new URL(`/api/clients/${options.clientId}/documents/${documentId}/versions/1/content`, options.base);
  return new Promise<number>((resolve, reject) => {
    get(url, { headers: { cookie: options.cookie } }, (response) => {
      if (response.statusCode !== 200) return reject(new Error(`download: ${response.statusCode}`));
      let received = 0;
      response.on('data', (chunk: Buffer) => (received += chunk.length));
      response.on('end', () => resolve(received));
    }).on('error', reject);
  });
}
