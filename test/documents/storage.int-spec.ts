import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import S3rver from 's3rver';
import { DomainError } from '#domain';
import { testConfig } from '#platform/testing';
import { EncryptedFiles, type StoredFile } from '../../libs/documents/src/files/encrypted-files.js';
import { CiphertextRejectedError } from '../../libs/documents/src/files/envelope-encryption.js';
import type { DocumentStorage } from '../../libs/documents/src/storage/document-storage.js';
import { LocalDiskStorage } from '../../libs/documents/src/storage/local-disk-storage.js';
import { S3Storage } from '../../libs/documents/src/storage/s3-storage.js';
import { collect } from './fixtures/generated-files.js';

const MB = 1024 * 1024;
const BUCKET = 'yorisoi-test-documents';
/** The stored object: 11-byte header, then records of 64 KiB of ciphertext and a 16-byte tag. */
const HEADER = 11;
const RECORD = 64 * 1024 + 16;

let root: string;
let server: S3rver;
let local: LocalDiskStorage;
let s3: S3Storage;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'yorisoi-storage-'));
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: join(root, 's3'),
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const { port } = await server.run();
  local = new LocalDiskStorage(join(root, 'local'));
  s3 = new S3Storage({
    endpoint: `http://127.0.0.1:${port}`,
    region: 'ap-northeast-1',
    bucket: BUCKET,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
  });
});

afterAll(async () => {
  s3?.onApplicationShutdown();
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

const key = (): string => `test/${randomBytes(8).toString('hex')}`;

/** `total` random bytes made as they are read, in chunks of `chunkBytes`. */
function randomStream(total: number, chunkBytes = 256 * 1024): { stream: Readable; sha256: () => string } {
  const hash = createHash('sha256');
  let left = total;
  const stream = new Readable({
    read() {
      if (left === 0) return void this.push(null);
      const chunk = randomBytes(Math.min(left, chunkBytes));
      left -= chunk.length;
      hash.update(chunk);
      this.push(chunk);
    },
  });
  return { stream, sha256: () => hash.digest('hex') };
}

function failingAfter(bytes: number): Readable {
  let sent = false;
  return new Readable({
    read() {
      if (!sent) {
        sent = true;
        this.push(randomBytes(bytes));
      } else this.destroy(new Error('the client went away'));
    },
  });
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

describe.each([
  ['local disk', () => local as DocumentStorage],
  ['S3 (s3rver)', () => s3 as DocumentStorage],
])('%s storage', (_name, storageOf) => {
  it('reads back what it wrote, then removes it idempotently', async () => {
    const storage = storageOf();
    const k = key();
    const bytes = randomBytes(100_000);
    await storage.write(k, Readable.from([bytes]));
    expect(await storage.exists(k)).toBe(true);
    expect(sha256(await collect(await storage.read(k)))).toBe(sha256(bytes));
    await storage.remove(k);
    expect(await storage.exists(k)).toBe(false);
    await expect(storage.remove(k)).resolves.toBeUndefined();
  });

  it('streams an object larger than one multipart part', async () => {
    const storage = storageOf();
    const k = key();
    const source = randomStream(12 * MB);
    await storage.write(k, source.stream);
    expect(sha256(await collect(await storage.read(k)))).toBe(source.sha256());
    await storage.remove(k);
  });

  it('keeps concurrent writes apart', async () => {
    const storage = storageOf();
    const objects = Array.from({ length: 8 }, () => ({ key: key(), bytes: randomBytes(300_000) }));
    await Promise.all(objects.map((object) => storage.write(object.key, Readable.from([object.bytes]))));
    for (const object of objects) {
      expect(sha256(await collect(await storage.read(object.key)))).toBe(sha256(object.bytes));
      await storage.remove(object.key);
    }
  });

  it('answers RECORD_NOT_FOUND for a missing key', async () => {
    const error = await storageOf().read(key()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('RECORD_NOT_FOUND');
  });

  it('leaves no object behind when the body fails mid-way', async () => {
    const storage = storageOf();
    const k = key();
    await expect(storage.write(k, failingAfter(64 * 1024))).rejects.toThrow('the client went away');
    expect(await storage.exists(k)).toBe(false);
  });

  it('refuses keys that could escape or are not ours', async () => {
    const storage = storageOf();
    for (const bad of ['../outside', '/etc/passwd', 'a//b', 'Upper', 'dot.ted', 'a/', '']) {
      await expect(storage.write(bad, Readable.from([Buffer.from('x')]))).rejects.toThrow('invalid storage key');
    }
  });

  it('passes its readiness check', async () => {
    await expect(storageOf().check()).resolves.toBeUndefined();
  });
});

describe('local disk storage on the file system', () => {
  it('writes files only the service user can read, and leaves no temporary file', async () => {
    const directory = join(root, 'modes');
    const storage = new LocalDiskStorage(directory);
    await storage.write('v1/abc-def', Readable.from([Buffer.from('x')]));
    expect((await stat(join(directory, 'v1', 'abc-def'))).mode & 0o777).toBe(0o600);
    expect((await stat(join(directory, 'v1'))).mode & 0o777).toBe(0o700);
    await storage.write('v1/failed', failingAfter(10)).catch(() => undefined);
    expect(await readdir(join(directory, 'v1'))).toEqual(['abc-def']);
  });

  it('reports a folder it cannot write to as not ready', async () => {
    const file = join(root, 'not-a-folder');
    await writeFile(file, 'x');
    await expect(new LocalDiskStorage(file).check()).rejects.toThrow();
  });
});

describe.each([
  ['local disk', () => local as DocumentStorage],
  ['S3 (s3rver)', () => s3 as DocumentStorage],
])('encrypted files on %s', (_name, storageOf) => {
  const MARKER = 'CONFIDENTIAL-PERSONAL-STATEMENT-';
  let files: EncryptedFiles;
  let plaintext: Buffer;
  let stored: StoredFile;

  beforeAll(async () => {
    files = new EncryptedFiles(storageOf(), testConfig({ DOCUMENTS_MAX_UPLOAD_MB: '8' }));
    // ~5 MB of text that is easy to recognise: a marker, then random hex, line after line.
    const lines: string[] = [];
    for (let size = 0; size < 5 * MB; ) {
      const line = `${MARKER}${randomBytes(48).toString('hex')}\n`;
      lines.push(line);
      size += line.length;
    }
    plaintext = Buffer.from(lines.join(''));
    stored = await files.store(Readable.from([plaintext]), { mediaType: 'text/plain', fileName: 'statement.txt' });
  });

  const storedBytes = async (): Promise<Buffer> => collect(await storageOf().read(stored.storageKey));
  const replaceStored = async (bytes: Buffer): Promise<StoredFile> => {
    const copy = { ...stored, storageKey: stored.storageKey };
    await storageOf().write(copy.storageKey, Readable.from([bytes]));
    return copy;
  };
  const readAll = async (file: StoredFile): Promise<Buffer> => collect(await files.open(file));

  it('round-trips the file and reports its hash, size and type', async () => {
    expect(stored).toMatchObject({ sizeBytes: plaintext.length, sha256: sha256(plaintext), mediaType: 'text/plain' });
    expect(stored.storageKey).toMatch(/^v1\/[0-9a-f-]{36}$/);
    expect(sha256(await readAll(stored))).toBe(sha256(plaintext));
  });

  it('stores ciphertext that holds no run of the plaintext', async () => {
    const ciphertext = await storedBytes();
    expect(ciphertext.length).toBeGreaterThan(plaintext.length);
    expect(ciphertext.includes(Buffer.from(MARKER))).toBe(false);
    for (let sample = 0; sample < 200; sample++) {
      const at = Math.floor(Math.random() * (plaintext.length - 16));
      expect(ciphertext.includes(plaintext.subarray(at, at + 16))).toBe(false);
    }
  });

  it('fails on a single flipped byte, a truncation or swapped records', async () => {
    const original = await storedBytes();
    try {
      const flipped = Buffer.from(original);
      flipped[HEADER + 3 * RECORD + 100] ^= 0x01;
      await expect(readAll(await replaceStored(flipped))).rejects.toBeInstanceOf(CiphertextRejectedError);

      // Cut exactly at a record boundary: every remaining record is intact, but the last is missing.
      await expect(readAll(await replaceStored(original.subarray(0, HEADER + 10 * RECORD)))).rejects.toBeInstanceOf(CiphertextRejectedError);
      await expect(readAll(await replaceStored(original.subarray(0, original.length - 1)))).rejects.toBeInstanceOf(CiphertextRejectedError);

      const swapped = Buffer.concat([
        original.subarray(0, HEADER),
        original.subarray(HEADER + RECORD, HEADER + 2 * RECORD),
        original.subarray(HEADER, HEADER + RECORD),
        original.subarray(HEADER + 2 * RECORD),
      ]);
      // The first record is already refused by open, before the reader has a stream.
      await expect(readAll(await replaceStored(swapped))).rejects.toMatchObject({ code: 'DOCUMENT_UNREADABLE' });
    } finally {
      await replaceStored(original);
    }
    expect(sha256(await readAll(stored))).toBe(sha256(plaintext));
  });

  it('never emits an unauthenticated record: a tampered record stops the stream before its bytes', async () => {
    const original = await storedBytes();
    try {
      const flipped = Buffer.from(original);
      flipped[HEADER + 2 * RECORD + 5] ^= 0x80;
      const received: Buffer[] = [];
      const stream = await files.open(await replaceStored(flipped));
      await expect(
        (async () => {
          for await (const chunk of stream) received.push(chunk as Buffer);
        })(),
      ).rejects.toBeInstanceOf(CiphertextRejectedError);
      expect(Buffer.concat(received).equals(plaintext.subarray(0, 2 * 64 * 1024))).toBe(true);
    } finally {
      await replaceStored(original);
    }
  });

  it('refuses a file whose first record fails (flipped byte, wrong header) before handing out a stream', async () => {
    const original = await storedBytes();
    try {
      for (const at of [HEADER + 100, 0]) {
        const flipped = Buffer.from(original);
        flipped[at] ^= 0x01;
        await expect(files.open(await replaceStored(flipped))).rejects.toMatchObject({ code: 'DOCUMENT_UNREADABLE' });
      }
    } finally {
      await replaceStored(original);
    }
  });

  it('reports a wrong master key as DOCUMENT_UNREADABLE, with the fingerprints in the log only', async () => {
    const otherKey = randomBytes(32).toString('base64');
    const elsewhere = new EncryptedFiles(storageOf(), testConfig({ DOCUMENTS_MASTER_KEY: otherKey }));
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    try {
      const error = await elsewhere.open(stored).catch((caught: unknown) => caught);
      expect([error instanceof DomainError, (error as DomainError).code]).toEqual([true, 'DOCUMENT_UNREADABLE']);
      expect((error as Error).message).not.toContain(stored.masterKeyId);
      const log = JSON.stringify(logged.mock.calls);
      expect(log).toContain(stored.masterKeyId);
      expect(log).toContain('DOCUMENTS_MASTER_KEY');
      expect(log).toContain(stored.storageKey);
    } finally {
      logged.mockRestore();
    }
  });

  it('does not open a file with another file’s wrapped key', async () => {
    const other = await files.store(Readable.from([Buffer.from('another statement')]), { mediaType: null, fileName: 'other.txt' });
    await expect(files.open({ ...stored, wrappedKey: other.wrappedKey })).rejects.toMatchObject({ code: 'DOCUMENT_UNREADABLE' });
    await files.remove(other.storageKey);
  });

  it('answers RECORD_NOT_FOUND when the object is gone', async () => {
    const other = await files.store(Readable.from([Buffer.from('a statement removed meanwhile')]), { mediaType: null, fileName: 'gone.txt' });
    await files.remove(other.storageKey);
    await expect(files.open(other)).rejects.toMatchObject({ code: 'RECORD_NOT_FOUND' });
  });

  it('answers DOCUMENT_KEY_DESTROYED once the key is gone, though the ciphertext is still stored', async () => {
    const error = await files.open({ ...stored, wrappedKey: null }).catch((caught: unknown) => caught);
    expect((error as DomainError).code).toBe('DOCUMENT_KEY_DESTROYED');
    expect(await storageOf().exists(stored.storageKey)).toBe(true);
  });
});

describe('a stored object on disk', () => {
  it('is ciphertext under the configured folder, named by the storage key only', async () => {
    const directory = join(root, 'named');
    const files = new EncryptedFiles(new LocalDiskStorage(directory), testConfig());
    const stored = await files.store(Readable.from([Buffer.from('家族の証言\n')]), { mediaType: 'text/plain', fileName: '証言.txt' });
    const onDisk = await readFile(join(directory, stored.storageKey));
    expect(onDisk.includes(Buffer.from('家族の証言'))).toBe(false);
    expect(await readdir(join(directory, 'v1'))).toEqual([stored.storageKey.slice(3)]);
  });
});
