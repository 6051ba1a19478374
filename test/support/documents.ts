// Evidence documents through HTTP, as the dashboard sends them: multipart bodies built here byte by
// byte (so a test can send exactly the name, type or part order it means to), downloads read as
// bytes, the storage folder listed, and the archive's ZIP read back. The files are tiny and
// synthetic: nothing real.
import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32, deflateSync, inflateRawSync } from 'node:zlib';
import type { DataSource } from 'typeorm';
import type { Browser } from './accounts.js';

export const PDF = 'application/pdf';
export const PNG = 'image/png';
export const TEXT = 'text/plain';

/** A one-page PDF whose page says `label` (each label gives a different file and hash). */
export function tinyPdf(label = 'Statement'): Buffer {
  const text = `BT /F1 12 Tf 72 712 Td (${label.replace(/[()\\]/g, '')}) Tj ET`;
  return Buffer.from(
    [
      '%PDF-1.7',
      '1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj',
      '2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj',
      '3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>> endobj',
      `4 0 obj <</Length ${text.length}>> stream`,
      text,
      'endstream endobj',
      'trailer <</Root 1 0 R>>',
      '%%EOF',
      '',
    ].join('\n'),
    'latin1',
  );
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A 1×1 greyscale PNG of the given shade (each shade a different file). */
export function tinyPng(shade = 0x80): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8;
  header[9] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.from([0, shade & 0xff]))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

export function plainText(text = 'Interview notes, synthetic.\n'): Buffer {
  return Buffer.from(text, 'utf8');
}

/** One part of a multipart/form-data body. A part with `fileName` is a file part. */
export interface Part {
  readonly name: string;
  readonly value: Buffer | string;
  readonly fileName?: string;
  /** The part's Content-Type; none is sent when null. */
  readonly type?: string | null;
  /** The whole Content-Disposition value, when a test sends one no browser would (`filename*=`). */
  readonly disposition?: string;
}

export interface MultipartBody {
  readonly contentType: string;
  readonly body: Buffer;
}

/**
 * A multipart/form-data body with the parts in the given order. The file name goes into the
 * header as given (only `"` is escaped, as browsers do), so a test controls every byte of it.
 */
export function multipart(parts: readonly Part[]): MultipartBody {
  const boundary = `----yorisoi-test-${randomBytes(12).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition =
      part.disposition ?? (part.fileName === undefined ? `form-data; name="${part.name}"` : `form-data; name="${part.name}"; filename="${part.fileName.replace(/"/g, '%22')}"`);
    const headers = [`--${boundary}`, `Content-Disposition: ${disposition}`];
    if (part.fileName !== undefined && part.type !== null) headers.push(`Content-Type: ${part.type ?? 'application/octet-stream'}`);
    chunks.push(Buffer.from(`${headers.join('\r\n')}\r\n\r\n`, 'utf8'), Buffer.isBuffer(part.value) ? part.value : Buffer.from(part.value, 'utf8'), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { contentType: `multipart/form-data; boundary=${boundary}`, body: Buffer.concat(chunks) };
}

/** The text fields of an upload, then its one file part: the order the contract asks for. */
export function uploadParts(fields: Readonly<Record<string, string>>, bytes: Buffer, name: string, type: string | null): Part[] {
  return [...Object.entries(fields).map(([field, value]) => ({ name: field, value })), { name: 'file', value: bytes, fileName: name, type }];
}

/** A minimal valid description of a new document. */
export const DOCUMENT_FIELDS: Readonly<Record<string, string>> = { category: 'identity', title: 'Passport, pages 1-3', language: 'fa' };

/** POSTs a multipart body as the browser (session cookie and CSRF header). */
export function sendMultipart(browser: Browser, path: string, body: MultipartBody) {
  return browser.agent.post(path).set('X-CSRF-Token', browser.csrfToken).set('Content-Type', body.contentType).send(body.body);
}

/** Uploads a new document: the fields first, then the file. Resolves to the response, whatever its status. */
export function upload(browser: Browser, clientId: string, fields: Readonly<Record<string, string>>, bytes: Buffer, name = 'scan.pdf', type: string | null = PDF) {
  return sendMultipart(browser, `/api/clients/${clientId}/documents`, multipart(uploadParts(fields, bytes, name, type)));
}

/** Uploads a new version of a document. */
export function uploadVersion(browser: Browser, clientId: string, documentId: string, bytes: Buffer, name = 'scan.pdf', type: string | null = PDF) {
  return sendMultipart(browser, `/api/clients/${clientId}/documents/${documentId}/versions`, multipart([{ name: 'file', value: bytes, fileName: name, type }]));
}

/** GET with the body kept as bytes, whatever its type (downloads, the archive). */
export function getBytes(browser: Browser, path: string) {
  return browser.agent
    .get(path)
    .buffer(true)
    .parse((response, callback) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => callback(null, Buffer.concat(chunks)));
      response.on('error', (error: Error) => callback(error, null));
    });
}

/** POST a JSON body and keep the answer as bytes (the archive export). */
export function postForBytes(browser: Browser, path: string, body: object) {
  return browser.agent
    .post(path)
    .set('X-CSRF-Token', browser.csrfToken)
    .send(body)
    .buffer(true)
    .parse((response, callback) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => callback(null, Buffer.concat(chunks)));
      response.on('error', (error: Error) => callback(error, null));
    });
}

/** Every file under the storage folder (relative paths, sorted), temporary ones included. */
export async function storedFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(directory.length + 1))
    .sort();
}

/** Rows of the documents tables, in total: an upload refused must not change them. */
export async function documentRowCounts(dataSource: DataSource): Promise<{ documents: number; versions: number }> {
  const [row] = await dataSource.query<[{ documents: number; versions: number }]>(
    'SELECT (SELECT count(*)::int FROM document) AS documents, (SELECT count(*)::int FROM document_version) AS versions',
  );
  return row;
}

/**
 * The entries of a ZIP, by name, read from its central directory (stored or deflated entries;
 * data descriptors are fine since the sizes are taken from the directory).
 */
export function unzip(archive: Buffer): Map<string, Buffer> {
  const endSignature = 0x06054b50;
  let end = archive.length - 22;
  while (end >= 0 && archive.readUInt32LE(end) !== endSignature) end -= 1;
  if (end < 0) throw new Error('not a ZIP: no end of central directory');
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i += 1) {
    if (archive.readUInt32LE(at) !== 0x02014b50) throw new Error('broken central directory');
    const method = archive.readUInt16LE(at + 10);
    const compressedSize = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const localOffset = archive.readUInt32LE(at + 42);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const localNameLength = archive.readUInt16LE(localOffset + 26);
    const localExtraLength = archive.readUInt16LE(localOffset + 28);
    const start = localOffset + 30 + localNameLength + localExtraLength;
    const data = archive.subarray(start, start + compressedSize);
    entries.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
