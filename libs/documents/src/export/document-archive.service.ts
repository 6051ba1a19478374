import { Injectable, Logger } from '@nestjs/common';
import type { Readable } from 'node:stream';
import yazl from 'yazl';
import { UserDirectory, type Principal } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import { ClientExportService, type ExportPurpose } from '#clients';
import { DomainError } from '#domain';
import { EncryptedFiles } from '../files/encrypted-files.js';
import { DocumentRepository } from '../documents/document.repository.js';
import { toDocumentView } from '../documents/document-mapping.js';
import { extensionFor } from '../files/allowed-types.js';

export interface ArchiveRequest {
  readonly purpose: ExportPurpose;
  readonly reason: string;
  /** The documents whose files go in (their latest readable version); all of them when 'all'. */
  readonly documents: readonly string[] | 'all';
}

interface ArchivedFile {
  readonly storageKey: string;
  readonly wrappedKey: Buffer;
  readonly masterKeyId: string;
}

/** Files checked at once before the archive starts: enough to hide storage latency, few streams. */
const CHECKS_AT_ONCE = 4;

export interface ClientArchive {
  readonly fileName: string;
  readonly stream: Readable;
}

/**
 * The client export with the documents' files: a ZIP holding `client.json` (the same document as
 * the JSON export, plus the documents' descriptions) and the chosen files, decrypted one after the
 * other as the archive streams out. The export's own rules apply (not under emergency access,
 * purpose and reason audited); which documents left is audited too.
 */
@Injectable()
export class DocumentArchiveService {
  private readonly logger = new Logger(DocumentArchiveService.name);

  constructor(
    private readonly exports: ClientExportService,
    private readonly documents: DocumentRepository,
    private readonly files: EncryptedFiles,
    private readonly users: UserDirectory,
    private readonly audit: AuditService,
  ) {}

  async export(principal: Principal, clientId: string, request: ArchiveRequest): Promise<ClientArchive> {
    // Scope, the emergency access rule, consent for a transfer: the JSON export decides.
    const exported = await this.exports.export(principal, clientId, { purpose: request.purpose, reason: request.reason });
    const all = await this.documents.listOfClient(clientId, { includeSensitive: true });
    const chosen = request.documents === 'all' ? all : all.filter((record) => request.documents.includes(record.document.id));
    if (request.documents !== 'all' && chosen.length !== new Set(request.documents).size) {
      throw new DomainError('RECORD_NOT_FOUND', 'One of the chosen documents is not in this file.');
    }
    const names = await this.users.displayNames(all.map((r) => r.current?.uploadedBy ?? null));
    const included: { documentId: string; version: number; path: string; file: ArchivedFile }[] = [];
    chosen.forEach((record, index) => {
      const version = record.current;
      if (!version || version.wrappedKey === null) return;
      // Names inside the archive are made here, never from the uploaded name or the title.
      const path = `documents/${String(index + 1).padStart(3, '0')}-${record.document.category}-v${version.number}.${extensionFor(version.mediaType)}`;
      included.push({ documentId: record.document.id, version: version.number, path, file: { storageKey: version.storageKey, wrappedKey: version.wrappedKey, masterKeyId: version.masterKeyId } });
    });
    await this.checkReadable(included.map((entry) => entry.file));
    // Recorded before the archive starts: from here on nothing is awaited until it is handed over.
    await this.audit.record({
      action: AuditAction.DocumentsExported,
      clientId,
      target: { type: 'client', id: clientId },
      details: { purpose: request.purpose, documents: included.length, documentIds: included.map((entry) => entry.documentId).join(',') },
    });
    const zip = new yazl.ZipFile();
    const output = zip.outputStream as Readable;
    let current: Readable | null = null;
    // Once the first byte is out, a file that fails can only break the download off: never leave
    // the client waiting, and never let the error go unheard (yazl's 'error' would kill the process).
    const breakOff = (error: Error): void => {
      if (output.destroyed) return;
      this.logger.error({ clientId, reason: error.message }, 'document archive broken off while streaming');
      current?.destroy();
      output.destroy(error);
    };
    zip.on('error', breakOff);
    // Broken off before the caller's pipeline listens: it still sees the error (the stream is errored).
    output.on('error', () => undefined);
    // The client went away: release the storage stream the archive was reading.
    output.once('close', () => current?.destroy());
    for (const entry of included) {
      zip.addReadStreamLazy(entry.path, { compress: false }, (callback) => {
        this.files.open(entry.file).then((stream) => {
          if (output.destroyed) {
            stream.destroy();
            return;
          }
          current = stream;
          // yazl pipes the entry without listening for its errors: a tampered record would hang it.
          stream.once('error', breakOff);
          callback(null, stream);
        }, breakOff);
      });
    }
    const manifest = {
      ...exported,
      documents: all.map((record) => ({
        ...toDocumentView(record, names),
        file: included.find((entry) => entry.documentId === record.document.id)?.path ?? null,
      })),
    };
    zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'), 'client.json');
    zip.end();
    return { fileName: `yorisoi-${exported.client.caseNumber}.zip`, stream: output };
  }

  /**
   * Opens every chosen file (its key unwrapped, its object read up to the first authenticated
   * record) and closes it again, a few at a time, so that a missing object, a tampered key or a
   * tampered first record is answered as an error before the first byte of the ZIP. The files are
   * opened again one by one as the archive streams: kept open, dozens of storage streams would sit
   * idle for as long as the files before them take (S3 resets idle connections, and the client's
   * socket pool would run dry), for the price of reading each file's first record twice.
   */
  private async checkReadable(files: readonly ArchivedFile[]): Promise<void> {
    let next = 0;
    let failed = false;
    const worker = async (): Promise<void> => {
      while (next < files.length && !failed) {
        const file = files[next++];
        try {
          (await this.files.open(file)).destroy();
        } catch (error) {
          // The answer is already this error: the other workers stop opening files.
          failed = true;
          throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(CHECKS_AT_ONCE, files.length) }, worker));
  }
}
