import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DomainError } from '#domain';
import { testConfig } from '#platform/testing';
import { EncryptedFiles } from '../../libs/documents/src/files/encrypted-files.js';
import { LocalDiskStorage } from '../../libs/documents/src/storage/local-disk-storage.js';
import {
  collect,
  docxEntries,
  elfExecutable,
  isoMedia,
  jpeg,
  mp3,
  odtEntries,
  pdf,
  pdfWithObjectStream,
  png,
  webp,
  windowsExecutable,
  zeros,
  zip,
} from './fixtures/generated-files.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ODT = 'application/vnd.oasis.opendocument.text';
const LIMIT_MB = 5;
const MB = 1024 * 1024;

type Source = Buffer | (() => Readable);
const streamOf = (source: Source): Readable => (Buffer.isBuffer(source) ? Readable.from([source]) : source());

let directory: string;
let files: EncryptedFiles;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'yorisoi-inspection-'));
  const config = testConfig({ DOCUMENTS_DIR: directory, DOCUMENTS_MAX_UPLOAD_MB: String(LIMIT_MB) });
  files = new EncryptedFiles(new LocalDiskStorage(directory), config);
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function storedObjects(): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

async function refusal(source: Source, declared: { mediaType: string | null; fileName: string }): Promise<DomainError> {
  const error = await files.store(streamOf(source), declared).then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

/** yazl refuses to write `..` entries, so one is written under a same-length name and renamed in place. */
function escapingZip(): Readable {
  return Readable.from(
    (async function* () {
      const archive = await collect(zip(docxEntries([{ name: 'word/XX/XX/evil.sh', content: Buffer.from('x') }])));
      yield Buffer.from(archive.toString('latin1').replaceAll('word/XX/XX/evil.sh', 'word/../../evil.sh'), 'latin1');
    })(),
  );
}

describe('accepted uploads', () => {
  const text = Buffer.from('\ufeff陳述書\r\nI left my country in 2023.\tPage 1\f\n', 'utf8');
  const accepted: [string, Source, string | null, string, string][] = [
    ['a PDF', pdf(), 'application/pdf', 'statement.pdf', 'application/pdf'],
    ['a PNG photo', png(), 'image/png', 'passport.png', 'image/png'],
    ['a JPEG declared as image/jpg', jpeg(), 'image/jpg', 'photo.JPG', 'image/jpeg'],
    ['a WebP image', webp(), 'image/webp', 'scan.webp', 'image/webp'],
    ['an iPhone HEIC photo', isoMedia('heic'), 'image/heic', 'IMG_0001.HEIC', 'image/heic'],
    ['an MP3 recording', mp3(), 'audio/mpeg', 'interview.mp3', 'audio/mpeg'],
    ['an M4A recording (audio/x-m4a)', isoMedia('M4A'), 'audio/x-m4a', 'voice memo.m4a', 'audio/mp4'],
    ['UTF-8 text with a BOM', text, 'text/plain', '証言メモ.txt', 'text/plain'],
    ['text declared as text/csv', Buffer.from('date,place\n2023-04-01,Tokyo\n'), 'text/csv', 'timeline.csv', 'text/plain'],
    ['a DOCX with sizes in its headers', () => zip(docxEntries()), DOCX, '陳述書.docx', DOCX],
    [
      'a DOCX streamed with data descriptors',
      () => zip(docxEntries().map((entry) => ({ name: entry.name, content: () => Readable.from([entry.content as Buffer]) }))),
      null,
      'statement.docx',
      DOCX,
    ],
    ['an ODT from a LibreOffice-like writer', () => zip(odtEntries()), 'application/octet-stream', 'statement.odt', ODT],
    ['a PDF whose object stream holds only harmless objects', pdfWithObjectStream('obj <</Type/Catalog>> endobj'), 'application/pdf', 'compressed.pdf', 'application/pdf'],
  ];

  it.each(accepted)('stores %s with its type decided from the bytes', async (_label, source, mediaType, fileName, expected) => {
    const bytes = Buffer.isBuffer(source) ? source : await collect(source());
    const stored = await files.store(streamOf(source), { mediaType, fileName });
    expect(stored.mediaType).toBe(expected);
    expect(stored.sizeBytes).toBe(bytes.length);
    expect(stored.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect((await collect(await files.open(stored))).equals(bytes)).toBe(true);
    await files.remove(stored.storageKey);
  });
});

describe('refused uploads leave nothing stored', () => {
  afterEach(async () => {
    expect(await storedObjects()).toEqual([]);
  });

  const polyglot = pdf('7 0 obj <</S/JavaScript/JS(app.alert(1))>> endobj');
  const refused: [string, Source, string | null, string, string, Record<string, unknown> | null][] = [
    ['a PDF/JS polyglot', polyglot, 'application/pdf', 'statement.pdf', 'FILE_CONTENT_REFUSED', { reason: 'active-content' }],
    ['a PDF with a #-escaped /J#61vaScript name', pdf('7 0 obj <</S/J#61vaScript/J#53(x)>> endobj'), 'application/pdf', 'a.pdf', 'FILE_CONTENT_REFUSED', { reason: 'active-content' }],
    ['a PDF hiding /JS in a compressed object stream', pdfWithObjectStream('obj <</S/JavaScript/JS(app.alert(1))>> endobj'), 'application/pdf', 'a.pdf', 'FILE_CONTENT_REFUSED', { reason: 'active-content' }],
    ['a PDF that launches a program', pdf('7 0 obj <</S/Launch/F(cmd.exe)>> endobj'), null, 'a.pdf', 'FILE_CONTENT_REFUSED', { reason: 'active-content' }],
    ['a PDF with an embedded file', pdf('7 0 obj <</Type/EmbeddedFile>> endobj'), null, 'a.pdf', 'FILE_CONTENT_REFUSED', { reason: 'active-content' }],
    ['a PDF/HTML polyglot with <SCRIPT>', pdf('% <SCRIPT>alert(1)</SCRIPT>'), 'application/pdf', 'a.pdf', 'FILE_CONTENT_REFUSED', { reason: 'active-content' }],
    ['an SVG with a script', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'image/svg+xml', 'map.svg', 'FILE_TYPE_NOT_ALLOWED', { detected: 'image/svg+xml' }],
    ['an HTML page named .pdf', Buffer.from('  <!doctype html><html><body>hi</body></html>'), 'application/pdf', 'notice.pdf', 'FILE_TYPE_NOT_ALLOWED', { detected: 'text/html' }],
    ['an XML file', Buffer.from('<?xml version="1.0"?><a/>'), null, 'data.txt', 'FILE_TYPE_NOT_ALLOWED', { detected: 'application/xml' }],
    ['a Windows executable named .pdf', windowsExecutable(), 'application/pdf', 'statement.pdf', 'FILE_TYPE_NOT_ALLOWED', null],
    ['a Linux executable', elfExecutable(), null, 'tool', 'FILE_TYPE_NOT_ALLOWED', { detected: 'application/x-elf' }],
    ['a shell script', Buffer.from('#!/bin/sh\nrm -rf /\n'), 'text/plain', 'notes.txt', 'FILE_TYPE_NOT_ALLOWED', null],
    ['text with a NUL byte', Buffer.from('abc\0def'), 'text/plain', 'notes.txt', 'FILE_TYPE_NOT_ALLOWED', null],
    ['text that is not UTF-8', Buffer.from([0x8a, 0x4c, 0x93, 0xfc]), 'text/plain', 'shift-jis.txt', 'FILE_TYPE_NOT_ALLOWED', null],
    ['a plain ZIP named .docx', () => zip([{ name: 'evidence/photo.txt', content: Buffer.from('hello') }]), DOCX, 'a.docx', 'FILE_TYPE_NOT_ALLOWED', { detected: 'application/zip' }],
    ['a gzip archive', Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]), null, 'a.gz', 'FILE_TYPE_NOT_ALLOWED', null],
    [
      'a ZIP bomb named .docx (1 GB of zeros, streamed)',
      () => zip(docxEntries([{ name: 'word/media/image1.png', content: () => zeros(1024 * MB) }])),
      DOCX,
      'statement.docx',
      'FILE_CONTENT_REFUSED',
      { reason: 'archive-bomb' },
    ],
    ['a DOCX with macros', () => zip(docxEntries([{ name: 'word/vbaProject.bin', content: Buffer.from('macro') }])), DOCX, 'a.docx', 'FILE_CONTENT_REFUSED', { reason: 'active-content' }],
    ['a DOCX with an entry escaping its folder', () => escapingZip(), DOCX, 'a.docx', 'FILE_CONTENT_REFUSED', { reason: 'malformed' }],
    ['a PNG named .jpg', png(), null, 'photo.jpg', 'FILE_TYPE_MISMATCH', { declared: 'image/jpeg', detected: 'image/png' }],
    ['a PNG declared as a PDF', png(), 'application/pdf', 'photo', 'FILE_TYPE_MISMATCH', { declared: 'application/pdf', detected: 'image/png' }],
    ['a PDF declared as a script', pdf(), 'text/javascript', 'a.pdf', 'FILE_TYPE_MISMATCH', null],
    ['an empty file', Buffer.alloc(0), 'text/plain', 'empty.txt', 'FILE_EMPTY', null],
    ['a name with path segments', pdf(), 'application/pdf', '../../etc/passwd', 'FILE_NAME_INVALID', null],
    ['a name with NUL', pdf(), 'application/pdf', 'statement.pdf\u0000.exe', 'FILE_NAME_INVALID', null],
    ['a name with a right-to-left override', windowsExecutable(), null, 'invoice\u202Efdp.exe', 'FILE_NAME_INVALID', null],
    ['a name that is only dots', pdf(), null, '..', 'FILE_NAME_INVALID', null],
  ];

  it.each(refused)('refuses %s', async (_label, source, mediaType, fileName, code, details) => {
    const error = await refusal(source, { mediaType, fileName });
    expect(error.code).toBe(code);
    if (details !== null) expect(error.details).toMatchObject(details);
  });

  it('refuses a file one byte over the limit, and takes one exactly at it', async () => {
    const atLimit = Buffer.alloc(LIMIT_MB * MB, 'a');
    const stored = await files.store(Readable.from([atLimit]), { mediaType: 'text/plain', fileName: 'a.txt' });
    expect(stored.sizeBytes).toBe(LIMIT_MB * MB);
    await files.remove(stored.storageKey);

    const error = await refusal(Buffer.concat([atLimit, Buffer.from('a')]), { mediaType: 'text/plain', fileName: 'a.txt' });
    expect(error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(error.details).toEqual({ maxBytes: LIMIT_MB * MB });
  });

  it('refuses a 2 GB stream at the limit with flat memory', async () => {
    const total = 2 * 1024 * MB;
    const head = pdf().subarray(0, 200);
    const block = Buffer.alloc(64 * 1024, 0x41);
    let produced = 0;
    const huge = new Readable({
      read() {
        if (produced >= total) return void this.push(null);
        const chunk = produced === 0 ? Buffer.concat([head, block.subarray(head.length)]) : block;
        produced += chunk.length;
        this.push(chunk);
      },
    });
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);

    const error = await refusal(() => huge, { mediaType: 'application/pdf', fileName: 'huge.pdf' });
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);

    expect(error.code).toBe('PAYLOAD_TOO_LARGE');
    // Refused as the limit went by: the source was read hardly past it, not to its end.
    expect(produced).toBeLessThan(LIMIT_MB * MB + 2 * MB);
    expect(peak - baseline).toBeLessThan(100 * MB);
  });
});
