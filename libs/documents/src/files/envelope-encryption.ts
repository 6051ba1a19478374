import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

/**
 * Envelope encryption of stored files. Each file has its own 256-bit data key; only the key
 * wrapped by the master key is kept (in the database), so destroying it makes the file's bytes
 * unreadable everywhere, backups included.
 *
 * Stored object: MAGIC (4) | nonce prefix (7) | records. A record is up to 64 KiB of plaintext
 * sealed with AES-256-GCM (ciphertext | 16-byte tag) under nonce = prefix | counter (4, BE) |
 * last-flag (1). The counter makes reordering and swapping fail, the last-flag makes truncation at
 * a record boundary fail, and each record is authenticated before a byte of it is released.
 */
const MAGIC = Buffer.from('YRS1', 'latin1');
const PREFIX_BYTES = 7;
const HEADER_BYTES = MAGIC.length + PREFIX_BYTES;
export const RECORD_PLAINTEXT_BYTES = 64 * 1024;
const TAG_BYTES = 16;
const RECORD_BYTES = RECORD_PLAINTEXT_BYTES + TAG_BYTES;
const NONCE_BYTES = 12;
const DATA_KEY_BYTES = 32;
/** 2^32 records of 64 KiB: far beyond any upload, but never let a counter wrap. */
const MAX_RECORDS = 0xffffffff;

const WRAP_VERSION = 1;
const WRAPPED_KEY_BYTES = 1 + NONCE_BYTES + DATA_KEY_BYTES + TAG_BYTES;

/** The stored bytes failed authentication: tampered with, truncated, reordered, or not ours. */
export class CiphertextRejectedError extends Error {
  constructor(reason: string) {
    super(`The stored file failed authentication (${reason}); it was altered, truncated or is not a Yorisoi file.`);
    this.name = 'CiphertextRejectedError';
  }
}

/** The file was encrypted under another master key than the configured one. */
export class MasterKeyMismatchError extends Error {
  constructor(
    readonly expected: string,
    readonly configured: string,
  ) {
    super(
      `The file's data key is wrapped by master key ${expected}, but the configured DOCUMENTS_MASTER_KEY is ${configured}; configure the key the file was stored with.`,
    );
    this.name = 'MasterKeyMismatchError';
  }
}

/**
 * A short public fingerprint of the master key, stored beside each wrapped key so that a wrong key
 * is reported as such instead of as tampering. Domain-separated so it is not the key's plain hash.
 */
export function masterKeyId(masterKey: Buffer): string {
  return createHash('sha256').update('yorisoi/documents/master-key-id\0').update(masterKey).digest('hex').slice(0, 16);
}

export function newDataKey(): Buffer {
  return randomBytes(DATA_KEY_BYTES);
}

/**
 * Wraps a data key with AES-256-GCM under the master key. The storage key is authenticated too,
 * so a wrapped key copied onto another file's row does not open that file.
 */
export function wrapDataKey(dataKey: Buffer, masterKey: Buffer, storageKey: string): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', masterKey, nonce);
  cipher.setAAD(wrapAad(storageKey));
  const sealed = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return Buffer.concat([Buffer.from([WRAP_VERSION]), nonce, sealed, cipher.getAuthTag()]);
}

export function unwrapDataKey(wrapped: Buffer, masterKey: Buffer, storageKey: string): Buffer {
  if (wrapped.length !== WRAPPED_KEY_BYTES || wrapped[0] !== WRAP_VERSION) {
    throw new CiphertextRejectedError('the wrapped key has an unknown format');
  }
  const nonce = wrapped.subarray(1, 1 + NONCE_BYTES);
  const sealed = wrapped.subarray(1 + NONCE_BYTES, 1 + NONCE_BYTES + DATA_KEY_BYTES);
  const tag = wrapped.subarray(1 + NONCE_BYTES + DATA_KEY_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', masterKey, nonce);
  decipher.setAAD(wrapAad(storageKey));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(sealed), decipher.final()]);
  } catch {
    throw new CiphertextRejectedError('the wrapped key does not open with the master key');
  }
}

function wrapAad(storageKey: string): Buffer {
  return Buffer.from(`yorisoi/documents/data-key\0${storageKey}`, 'utf8');
}

function recordNonce(prefix: Buffer, counter: number, last: boolean): Buffer {
  const nonce = Buffer.alloc(NONCE_BYTES);
  prefix.copy(nonce, 0);
  nonce.writeUInt32BE(counter, PREFIX_BYTES);
  nonce[NONCE_BYTES - 1] = last ? 1 : 0;
  return nonce;
}

/** Plaintext in, stored object out. Holds at most one record of plaintext. */
export class EncryptStream extends Transform {
  private readonly prefix = randomBytes(PREFIX_BYTES);
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private counter = 0;

  constructor(private readonly dataKey: Buffer) {
    super();
    this.push(Buffer.concat([MAGIC, this.prefix]));
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      this.pending.push(chunk);
      this.pendingBytes += chunk.length;
      // Strictly more than a record: only then is it certain the buffered record is not the last.
      if (this.pendingBytes > RECORD_PLAINTEXT_BYTES) {
        const all = Buffer.concat(this.pending);
        let offset = 0;
        while (all.length - offset > RECORD_PLAINTEXT_BYTES) {
          this.push(this.seal(all.subarray(offset, offset + RECORD_PLAINTEXT_BYTES), false));
          offset += RECORD_PLAINTEXT_BYTES;
        }
        this.pending = [all.subarray(offset)];
        this.pendingBytes = all.length - offset;
      }
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      this.push(this.seal(Buffer.concat(this.pending), true));
      this.pending = [];
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  private seal(plaintext: Buffer, last: boolean): Buffer {
    if (this.counter >= MAX_RECORDS) throw new Error('file too large for one encrypted object');
    const cipher = createCipheriv('aes-256-gcm', this.dataKey, recordNonce(this.prefix, this.counter++, last));
    return Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  }
}

/** Stored object in, plaintext out; a record is released only after its tag verified. */
export class DecryptStream extends Transform {
  /**
   * Settles once the first record authenticated (resolves) or the stream failed before it did
   * (rejects with the cause): a reader can refuse a tampered file before it sends anything.
   */
  readonly firstRecord: Promise<void>;
  private settleFirstRecord!: (error?: Error) => void;
  private prefix: Buffer | null = null;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private counter = 0;

  constructor(private readonly dataKey: Buffer) {
    super();
    this.firstRecord = new Promise<void>((resolve, reject) => {
      this.settleFirstRecord = (error) => (error ? reject(error) : resolve());
    });
    // Nobody need wait for it (the stream's own error reaches its reader): never an unhandled rejection.
    this.firstRecord.catch(() => undefined);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    // A later settle is ignored: a promise settles once.
    this.settleFirstRecord(error ?? new Error('the stream closed before its first record'));
    callback(error);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      this.pending.push(chunk);
      this.pendingBytes += chunk.length;
      if (this.prefix === null) {
        if (this.pendingBytes < HEADER_BYTES) return callback();
        const all = Buffer.concat(this.pending);
        if (!all.subarray(0, MAGIC.length).equals(MAGIC)) throw new CiphertextRejectedError('unknown header');
        this.prefix = Buffer.from(all.subarray(MAGIC.length, HEADER_BYTES));
        this.pending = [all.subarray(HEADER_BYTES)];
        this.pendingBytes -= HEADER_BYTES;
      }
      if (this.pendingBytes > RECORD_BYTES) {
        const all = Buffer.concat(this.pending);
        let offset = 0;
        while (all.length - offset > RECORD_BYTES) {
          this.push(this.open(all.subarray(offset, offset + RECORD_BYTES), false));
          offset += RECORD_BYTES;
        }
        this.pending = [all.subarray(offset)];
        this.pendingBytes = all.length - offset;
      }
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      if (this.prefix === null || this.pendingBytes < TAG_BYTES) throw new CiphertextRejectedError('the file is truncated');
      this.push(this.open(Buffer.concat(this.pending), true));
      this.pending = [];
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  private open(record: Buffer, last: boolean): Buffer {
    const decipher = createDecipheriv('aes-256-gcm', this.dataKey, recordNonce(this.prefix!, this.counter, last));
    decipher.setAuthTag(record.subarray(record.length - TAG_BYTES));
    const plaintext = decipher.update(record.subarray(0, record.length - TAG_BYTES));
    try {
      decipher.final();
    } catch {
      throw new CiphertextRejectedError(`record ${this.counter} does not authenticate`);
    }
    this.counter++;
    this.settleFirstRecord();
    return plaintext;
  }
}
