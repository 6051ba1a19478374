import { Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import yazl from 'yazl';
import { UserDirectory, type Principal } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import { ClientExportService, type ExportPurpose } from '#clients';
import { DomainError } from '#domain';
import { EncryptedFiles } from '../files/encrypted-files.js';
import { DocumentRepository } from '../documents/document.repository.js';
import { toDocumentView } from '../documents/document-mapping.js';

export interface ArchiveRequest {
  readonly purpose: ExportPurpose;
  readonly reason: string;
  /** The documents whose files go in (their latest readable version); all of them when 'all'. */
  readonly documents: readonly string[] | 'all';
}

export interface ClientArchive {
  readonly fileName: string;
  readonly stream: Readable;
}

/** Extensions by stored type, for the names of the files inside the archive. */
const EXTENSIONS: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/heic': 'heic',
  'image/tiff': 'tif',
  'image/webp': 'webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'text/plain': 'txt',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'audio/x-m4a': 'm4a',
};

/**
 * The client export with the documents' files: a ZIP holding `client.json` (the same document as
 * the JSON export, plus the documents' descriptions) and the chosen files, decrypted one after the
 * other as the archive streams out. The export's own rules apply (not under emergency access,
 * purpose and reason audited); which documents left is audited too.
 */
@Injectable()
export class DocumentArchiveService {
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
    const zip = new yazl.ZipFile();
    const included: { documentId: string; version: number; path: string }[] = [];
    chosen.forEach((record, index) => {
      const version = record.current;
      if (!version || version.wrappedKey === null) return;
      // Names inside the archive are made here, never from the uploaded name or the title.
      const path = `documents/${String(index + 1).padStart(3, '0')}-${record.document.category}-v${version.number}.${EXTENSIONS[version.mediaType] ?? 'bin'}`;
      included.push({ documentId: record.document.id, version: version.number, path });
      const file = { storageKey: version.storageKey, wrappedKey: version.wrappedKey, masterKeyId: version.masterKeyId };
      zip.addReadStreamLazy(path, { compress: false }, (callback) => {
        this.files.open(file).then(
          (stream) => callback(null, stream),
          (error: unknown) => callback(error instanceof Error ? error : new Error('document could not be opened'), null as unknown as Readable),
        );
      });
    });
    const manifest = {
      ...exported,
      documents: all.map((record) => ({
        ...toDocumentView(record, names),
        file: included.find((entry) => entry.documentId === record.document.id)?.path ?? null,
      })),
    };
    zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'), 'client.json');
    zip.end();
    await this.audit.record({
      action: AuditAction.DocumentsExported,
      clientId,
      target: { type: 'client', id: clientId },
      details: { purpose: request.purpose, documents: included.length, documentIds: included.map((entry) => entry.documentId).join(',') },
    });
    return { fileName: `yorisoi-${exported.client.caseNumber}.zip`, stream: zip.outputStream as Readable };
  }
}
