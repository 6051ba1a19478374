import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { pipeline, type Readable } from 'node:stream';
import { DomainError } from '#domain';
import { AppConfig } from '#platform';
import { DocumentStorage } from '../storage/document-storage.js';
import {
  CiphertextRejectedError,
  DecryptStream,
  EncryptStream,
  MasterKeyMismatchError,
  masterKeyId,
  newDataKey,
  unwrapDataKey,
  wrapDataKey,
} from './envelope-encryption.js';
import { checkFileName } from './file-name.js';
import { UploadInspection, type DeclaredFile } from './upload-inspection.js';
import { DEFAULT_MAX_ZIP_ENTRIES, DEFAULT_MAX_ZIP_RATIO } from './zip-container.js';

export interface StoredFile {
  /** e.g. `v1/<uuid>`, generated here. */
  readonly storageKey: string;
  /** The file's data key wrapped by the master key (AES-256-GCM, its nonce and tag inside). */
  readonly wrappedKey: Buffer;
  /** Fingerprint of the master key that wrapped it, so a wrong key is reported, not garbage. */
  readonly masterKeyId: string;
  /** Hex SHA-256 of the plaintext. */
  readonly sha256: string;
  /** Plaintext size. */
  readonly sizeBytes: number;
  /** Decided from the bytes, canonical. */
  readonly mediaType: string;
}

/** A DOCX/ODT may inflate to ten times the upload limit, and never past this. */
const MAX_UNCOMPRESSED_BYTES = 250 * 1024 * 1024;

/**
 * Evidence files in and out of storage: inspected and encrypted on the way in (each under its own
 * data key, wrapped by the configured master key), authenticated and decrypted on the way out.
 * Only ciphertext reaches the storage adapter.
 */
@Injectable()
export class EncryptedFiles {
  private readonly logger = new Logger(EncryptedFiles.name);
  private readonly masterKey: Buffer;
  private readonly masterKeyId: string;

  constructor(
    private readonly storage: DocumentStorage,
    private readonly config: AppConfig,
  ) {
    this.masterKey = config.documents.masterKey;
    if (this.masterKey.length !== 32) throw new Error('the documents master key must be 32 bytes');
    this.masterKeyId = masterKeyId(this.masterKey);
  }

  /**
   * Streams an upload through the size limit, type decision, content checks, SHA-256 and
   * encryption into storage. Throws DomainError PAYLOAD_TOO_LARGE, FILE_EMPTY,
   * FILE_TYPE_NOT_ALLOWED, FILE_TYPE_MISMATCH, FILE_CONTENT_REFUSED or FILE_NAME_INVALID; on any
   * failure nothing stays in storage.
   */
  async store(upload: Readable, declared: DeclaredFile, options: { maxBytes?: number } = {}): Promise<StoredFile> {
    try {
      checkFileName(declared.fileName);
    } catch (error) {
      upload.destroy();
      throw error;
    }
    const maxBytes = options.maxBytes ?? this.config.documents.maxUploadBytes;
    const storageKey = `v1/${randomUUID()}`;
    const dataKey = newDataKey();
    const inspection = new UploadInspection(maxBytes, declared, {
      maxTotalBytes: Math.min(10 * maxBytes, MAX_UNCOMPRESSED_BYTES),
      maxEntries: DEFAULT_MAX_ZIP_ENTRIES,
      maxRatio: DEFAULT_MAX_ZIP_RATIO,
    });
    try {
      let encrypted!: Readable;
      const piped = new Promise<Error | undefined>((resolve) => {
        encrypted = pipeline(upload, inspection, new EncryptStream(dataKey), (error) => resolve(error ?? undefined));
      });
      const written = this.storage.write(storageKey, encrypted).then(
        () => undefined,
        (error: unknown) => {
          // An adapter that failed before reading leaves the pipeline waiting: end it.
          encrypted.destroy(error as Error);
          return error as Error;
        },
      );
      const [pipeError, writeError] = await Promise.all([piped, written]);
      // The inspection's refusal is the cause; the adapter's error is then only its echo.
      const failure = [pipeError, writeError].find((error) => error instanceof DomainError) ?? pipeError ?? writeError;
      if (failure !== undefined) {
        await this.storage.remove(storageKey);
        throw failure;
      }
      return {
        storageKey,
        wrappedKey: wrapDataKey(dataKey, this.masterKey, storageKey),
        masterKeyId: this.masterKeyId,
        sha256: inspection.sha256,
        sizeBytes: inspection.sizeBytes,
        mediaType: inspection.mediaType,
      };
    } finally {
      dataKey.fill(0);
    }
  }

  /**
   * The plaintext as a stream; each 64 KiB record is authenticated before it is emitted, so
   * tampering, truncation and reordering error the stream (CiphertextRejectedError). Resolves only
   * once the first record authenticated, so everything that can be known before the first byte is
   * thrown here: DOCUMENT_KEY_DESTROYED when the key was destroyed; DOCUMENT_UNREADABLE when the
   * wrapped key or the first record fails authentication or another master key is configured;
   * RECORD_NOT_FOUND when the object is missing; SERVICE_UNAVAILABLE when storage fails.
   */
  async open(file: { storageKey: string; wrappedKey: Buffer | null; masterKeyId: string }): Promise<Readable> {
    if (file.wrappedKey === null) {
      throw new DomainError('DOCUMENT_KEY_DESTROYED', "The file's key was destroyed (the version was deleted or the client anonymised), so its content can no longer be read.");
    }
    if (file.masterKeyId !== this.masterKeyId) throw this.unreadable(file.storageKey, new MasterKeyMismatchError(file.masterKeyId, this.masterKeyId));
    let dataKey: Buffer;
    try {
      dataKey = unwrapDataKey(file.wrappedKey, this.masterKey, file.storageKey);
    } catch (error) {
      if (error instanceof CiphertextRejectedError) throw this.unreadable(file.storageKey, error);
      throw error;
    }
    let stored: Readable;
    try {
      stored = await this.storage.read(file.storageKey);
    } catch (error) {
      dataKey.fill(0);
      throw this.storageFailure(file.storageKey, error);
    }
    const decrypt = new DecryptStream(dataKey);
    let streaming = false;
    const plaintext = pipeline(stored, decrypt, (error) => {
      dataKey.fill(0);
      // Past the first record the reader only sees the stream break off: the cause goes to the log.
      if (!streaming || !error || error.code === 'ERR_STREAM_PREMATURE_CLOSE') return;
      if (error instanceof CiphertextRejectedError) this.logger.error({ storageKey: file.storageKey, reason: error.message }, 'stored document failed authentication while streaming');
      else this.logger.warn({ storageKey: file.storageKey, err: error }, 'reading a stored document failed while streaming');
    });
    try {
      await decrypt.firstRecord;
    } catch (error) {
      plaintext.destroy();
      throw error instanceof CiphertextRejectedError ? this.unreadable(file.storageKey, error) : this.storageFailure(file.storageKey, error);
    }
    streaming = true;
    return plaintext;
  }

  /** Logged with its cause (key fingerprints included, no personal data); the client only learns the code. */
  private unreadable(storageKey: string, cause: CiphertextRejectedError | MasterKeyMismatchError): DomainError {
    this.logger.error({ storageKey, reason: cause.message }, 'stored document cannot be read');
    return new DomainError(
      'DOCUMENT_UNREADABLE',
      'The stored file failed its integrity check or cannot be decrypted with the configured key. Nothing was sent; tell your administrator and quote the correlation id.',
    );
  }

  private storageFailure(storageKey: string, cause: unknown): DomainError {
    if (cause instanceof DomainError) return cause as DomainError;
    this.logger.error({ storageKey, err: cause }, 'document storage failed to read a stored document');
    return new DomainError('SERVICE_UNAVAILABLE', 'The document store could not be read. Try again in a few minutes.');
  }

  async remove(storageKey: string): Promise<void> {
    await this.storage.remove(storageKey);
  }
}
