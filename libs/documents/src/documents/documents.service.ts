import { Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { DataSource, type EntityManager } from 'typeorm';
import { UserDirectory, type Principal } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import { ApplicationFacts, ClientsService, TimelineWriter, type ScopedClient } from '#clients';
import { DomainError, isJapanese, localDateInTimeZone, translationAfterNewVersion, type ClientFileAction, type DocumentCategory } from '#domain';
import { afterCommit, AppConfig, Clock, KeysetCursor } from '#platform';
import { EncryptedFiles, type StoredFile } from '../files/encrypted-files.js';
import { checkFileName } from '../files/file-name.js';
import { DocumentRepository, type DocumentRecord } from './document.repository.js';
import { toDocumentDetailView, toDocumentView } from './document-mapping.js';
import type { DocumentDetailView, DocumentPageView } from './document.views.js';
import type { DocumentEntity } from '../entities/document.entity.js';
import { TranslationDeadlines } from '../translations/translation-deadlines.js';

export interface DocumentListInput {
  readonly applicationId?: string;
  /** Only originals not in Japanese: what a new translation can be of. */
  readonly translatable?: boolean;
  readonly cursor?: string;
  readonly limit: number;
}

/** The list's keyset: the creation time (to the microsecond) and id of a page's last document. */
const PAGE_CURSOR = new KeysetCursor(['micros', 'uuid'] as const);

export interface NewDocumentInput {
  readonly category: DocumentCategory;
  readonly title: string;
  readonly language: string;
  readonly documentDate?: string | null;
  readonly sensitive?: boolean;
  readonly forSubmission?: boolean;
  readonly applicationId?: string | null;
  readonly checklistItemKey?: string | null;
  /** Makes the new document the Japanese translation of this one. */
  readonly translationOfId?: string | null;
}

export interface DocumentUpdateInput {
  readonly version: number;
  readonly category?: DocumentCategory;
  readonly title?: string;
  readonly language?: string;
  readonly documentDate?: string | null;
  readonly sensitive?: boolean;
  readonly forSubmission?: boolean;
  readonly applicationId?: string | null;
  readonly checklistItemKey?: string | null;
}

export interface IncomingFile {
  readonly stream: Readable;
  /** What the browser declared: checked against the bytes, never trusted. */
  readonly mediaType: string | null;
  readonly fileName: string;
}

export interface OpenedVersion {
  readonly stream: Readable;
  readonly mediaType: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  /** The original name, for the Content-Disposition header only. */
  readonly fileName: string | null;
}

const UPDATABLE = ['category', 'title', 'language', 'documentDate', 'sensitive', 'forSubmission', 'applicationId', 'checklistItemKey'] as const;

/**
 * Evidence documents of a client file: upload, versions, description, download and deletion.
 * Same scope as the file; sensitive documents are hidden under emergency access (404). The bytes
 * are streamed into encrypted storage before the transaction that records them, so no row lock is
 * held while a file arrives; a file whose record then fails is removed again.
 */
@Injectable()
export class DocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly documents: DocumentRepository,
    private readonly files: EncryptedFiles,
    private readonly clients: ClientsService,
    private readonly applications: ApplicationFacts,
    private readonly timeline: TimelineWriter,
    private readonly users: UserDirectory,
    private readonly translationDeadlines: TranslationDeadlines,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** A page of the file's documents, newest first; the cursor is checked before the file is. */
  async list(principal: Principal, clientId: string, query: DocumentListInput): Promise<DocumentPageView> {
    const after = query.cursor === undefined ? undefined : PAGE_CURSOR.decode(query.cursor);
    const { access } = await this.clients.requireInScope(principal, clientId);
    const filter = { includeSensitive: seesSensitive(access), applicationId: query.applicationId, translatable: query.translatable };
    // The page and its audit line (the documents listed, in order) in one statement: no line for
    // a failed read, none for an empty page, which shows no document.
    const page = await this.documents.pageOfClient(clientId, filter, query.limit, after, (select) =>
      this.audit.readWithLine(select, { action: AuditAction.ClientRead, clientId, target: { type: 'document', id: null }, idColumn: 'id', recordLimit: query.limit }),
    );
    const names = await this.users.displayNames(page.records.map((r) => r.current?.uploadedBy ?? null));
    return { items: page.records.map((record) => toDocumentView(record, names)), nextCursor: page.next ? PAGE_CURSOR.encode(page.next) : null };
  }

  async get(principal: Principal, clientId: string, documentId: string): Promise<DocumentDetailView> {
    const { access } = await this.clients.requireInScope(principal, clientId);
    const view = await this.detail(clientId, documentId, seesSensitive(access));
    await this.audit.record({ action: AuditAction.DocumentViewed, clientId, target: { type: 'document', id: documentId } });
    return view;
  }

  /** A new document with its first version. */
  async create(principal: Principal, clientId: string, input: NewDocumentInput, file: IncomingFile): Promise<DocumentDetailView> {
    // Attaching a translation to a document is a change to that document's translation, which
    // emergency access may not make; a new document on its own is a new fact.
    const action: ClientFileAction = input.translationOfId ? 'document.translation' : 'document.upload';
    if (input.translationOfId) {
      checkTranslationLanguage(input.language);
      await this.requireVisible(principal, clientId, input.translationOfId);
    }
    await this.checkBeforeUpload(principal, clientId, action);
    const stored = await this.store(file);
    const documentId = await this.recordOrDiscard(stored, async (manager) => {
      const { access } = await this.clients.lockOpen(principal, clientId, manager, action);
      if (input.applicationId) await this.requireApplication(clientId, input.applicationId, manager);
      const source = input.translationOfId ? await this.requireDocument(clientId, input.translationOfId, access, manager, true) : null;
      if (source?.document.translationOfId) {
        throw new DomainError('VALIDATION_FAILED', 'A translation is of an original document, not of another translation.', {
          fields: [{ field: 'translationOfId', problems: ['is itself a translation'] }],
        });
      }
      const language = input.language;
      // A translation says what its original says: it is as sensitive as the original.
      const sensitive = access === 'break-glass' ? false : (input.sensitive ?? false) || (source?.sensitive ?? false);
      const id = await this.documents.insert(
        {
          clientId,
          applicationId: input.applicationId ?? null,
          category: input.category,
          title: input.title.trim(),
          language,
          documentDate: input.documentDate ?? null,
          // Under emergency access a document is never marked sensitive: its uploader could not see it.
          sensitive,
          forSubmission: input.forSubmission ?? false,
          checklistItemKey: input.checklistItemKey ?? null,
          translationOfId: input.translationOfId ?? null,
          // A foreign-language original needs a Japanese translation until someone says otherwise.
          translationStatus: isJapanese(language) || input.translationOfId ? 'not-needed' : 'needed',
          translatorName: null,
          translationDueDate: null,
          translationSignedOn: null,
          createdBy: principal.userId,
        },
        manager,
      );
      await this.documents.addVersion(id, clientId, versionColumns(stored, file, principal), manager);
      await this.timeline.add(
        [{ clientId, kind: 'document.uploaded', actorUserId: principal.userId, data: { documentId: id, category: input.category, ...(input.translationOfId ? { translationOf: input.translationOfId } : {}), ...sensitiveMark(sensitive) } }],
        manager,
      );
      await this.audit.record(
        { action: AuditAction.DocumentUploaded, clientId, target: { type: 'document', id }, details: { version: 1, sizeBytes: stored.sizeBytes, mediaType: stored.mediaType } },
        manager,
      );
      return id;
    });
    return this.detail(clientId, documentId, true);
  }

  /** Uploading again: a new version; the earlier ones stay readable. */
  async addVersion(principal: Principal, clientId: string, documentId: string, file: IncomingFile): Promise<DocumentDetailView> {
    await this.requireVisible(principal, clientId, documentId);
    await this.checkBeforeUpload(principal, clientId, 'document.version');
    const stored = await this.store(file);
    await this.recordOrDiscard(stored, async (manager) => {
      const found = await this.clients.lockOpen(principal, clientId, manager, 'document.version');
      const record = await this.requireDocument(clientId, documentId, found.access, manager, true);
      const number = await this.documents.addVersion(documentId, clientId, versionColumns(stored, file, principal), manager);
      await this.timeline.add([{ clientId, kind: 'document.version-added', actorUserId: principal.userId, data: { documentId, category: record.document.category, versionNumber: number, ...sensitiveMark(record.sensitive) } }], manager);
      await this.audit.record(
        { action: AuditAction.DocumentVersionAdded, clientId, target: { type: 'document', id: documentId }, details: { version: number, sizeBytes: stored.sizeBytes, mediaType: stored.mediaType } },
        manager,
      );
      await this.afterNewVersion(record.document, principal, manager);
    });
    return this.detail(clientId, documentId, true);
  }

  /** Corrects the description (category, title, language, date, sensitivity, application …). */
  async update(principal: Principal, clientId: string, documentId: string, input: DocumentUpdateInput): Promise<DocumentDetailView> {
    await this.requireVisible(principal, clientId, documentId);
    await this.dataSource.transaction(async (manager) => {
      const { access } = await this.clients.lockOpen(principal, clientId, manager, 'document.update');
      const record = await this.requireDocument(clientId, documentId, access, manager, true);
      const { document } = record;
      if (document.version !== input.version) throw stale(document.version);
      if (document.translationOfId !== null && input.language !== undefined) checkTranslationLanguage(input.language);
      const changed = UPDATABLE.filter((field) => input[field] !== undefined && JSON.stringify(input[field]) !== JSON.stringify(document[field]));
      if (changed.length === 0) return;
      if (input.applicationId) await this.requireApplication(clientId, input.applicationId, manager);
      const changes: Partial<DocumentEntity> = {};
      for (const field of changed) Object.assign(changes, { [field]: field === 'title' ? (input.title as string).trim() : input[field] });
      // Japanese needs no translation; a document that became foreign-language needs one.
      const language = input.language ?? document.language;
      if (changed.includes('language') && document.translationOfId === null) {
        if (isJapanese(language)) Object.assign(changes, { translationStatus: 'not-needed', translatorName: null, translationDueDate: null, translationSignedOn: null });
        else if (document.translationStatus === 'not-needed') Object.assign(changes, { translationStatus: 'needed' });
      }
      await this.documents.update(documentId, changes, document.version, manager);
      if (changes.translationStatus === 'not-needed') {
        // A document now in Japanese needs no translator: a date agreed with one no longer applies.
        await this.translationDeadlines.follow(document, { status: 'not-needed', translatorName: null, dueDate: null, signedOn: null }, this.today(), principal.userId, manager);
      }
      await this.timeline.add([{ clientId, kind: 'document.updated', actorUserId: principal.userId, data: { documentId, fields: [...changed], ...sensitiveMark(record.sensitive || input.sensitive === true) } }], manager);
      await this.audit.record({ action: AuditAction.DocumentUpdated, clientId, target: { type: 'document', id: documentId }, changedFields: [...changed] }, manager);
    });
    return this.detail(clientId, documentId, true);
  }

  /** Deletes a document: its versions' keys are destroyed, so no copy of the bytes can be read again. */
  async delete(principal: Principal, clientId: string, documentId: string, input: { version: number; reason: string }): Promise<void> {
    await this.requireVisible(principal, clientId, documentId);
    await this.dataSource.transaction(async (manager) => {
      const { access } = await this.clients.lockOpen(principal, clientId, manager, 'document.delete');
      const record = await this.requireDocument(clientId, documentId, access, manager, true);
      const { document } = record;
      if (document.version !== input.version) throw stale(document.version);
      const keys = await this.documents.markDeleted(documentId, document.version, this.clock.now(), manager);
      // Nothing is due for a document that is gone.
      await this.translationDeadlines.follow(document, null, this.today(), principal.userId, manager);
      await this.timeline.add([{ clientId, kind: 'document.deleted', actorUserId: principal.userId, data: { documentId, category: document.category, ...sensitiveMark(record.sensitive) } }], manager);
      await this.audit.record({ action: AuditAction.DocumentDeleted, clientId, target: { type: 'document', id: documentId }, reason: input.reason.trim() }, manager);
      this.removeAfterCommit(keys, manager);
    });
  }

  /** Deletes one version (a wrong file uploaded): its key is destroyed; the others stay. */
  async deleteVersion(principal: Principal, clientId: string, documentId: string, number: number, input: { reason: string }): Promise<DocumentDetailView> {
    await this.requireVisible(principal, clientId, documentId);
    await this.dataSource.transaction(async (manager) => {
      const { access } = await this.clients.lockOpen(principal, clientId, manager, 'document.delete');
      const record = await this.requireDocument(clientId, documentId, access, manager, true);
      const { document } = record;
      const version = await this.documents.findVersion(documentId, number, manager);
      if (!version || version.destroyedAt !== null) throw new DomainError('RECORD_NOT_FOUND', 'No such version of this document.');
      const keys = await this.documents.destroyVersions([version.id], 'deleted', this.clock.now(), manager);
      await this.documents.update(documentId, {}, document.version, manager);
      await this.timeline.add([{ clientId, kind: 'document.version-deleted', actorUserId: principal.userId, data: { documentId, category: document.category, versionNumber: number, ...sensitiveMark(record.sensitive) } }], manager);
      await this.audit.record(
        { action: AuditAction.DocumentVersionDeleted, clientId, target: { type: 'document', id: documentId }, reason: input.reason.trim(), details: { version: number } },
        manager,
      );
      this.removeAfterCommit(keys, manager);
    });
    return this.detail(clientId, documentId, true);
  }

  /** The bytes of one version, decrypted as they stream out (audited as a download or a preview). */
  async open(principal: Principal, clientId: string, documentId: string, number: number, disposition: 'attachment' | 'inline'): Promise<OpenedVersion> {
    const { access } = await this.clients.requireInScope(principal, clientId);
    if (!(await this.documents.findOfClient(clientId, documentId, { includeSensitive: seesSensitive(access) }))) throw notFound();
    const version = await this.documents.findVersion(documentId, number);
    if (!version) throw new DomainError('RECORD_NOT_FOUND', 'No such version of this document.');
    if (version.wrappedKey === null) throw new DomainError('DOCUMENT_KEY_DESTROYED', 'This version was deleted; its contents can no longer be read.');
    const stream = await this.files.open({ storageKey: version.storageKey, wrappedKey: version.wrappedKey, masterKeyId: version.masterKeyId });
    await this.audit.record({ action: AuditAction.DocumentDownloaded, clientId, target: { type: 'document', id: documentId }, details: { version: number, disposition } });
    return { stream, mediaType: version.mediaType, sizeBytes: version.sizeBytes, sha256: version.sha256, fileName: version.originalName };
  }

  /** The detail view, read after the change committed (or for a read). */
  async detail(clientId: string, documentId: string, includeSensitive: boolean): Promise<DocumentDetailView> {
    const record = await this.documents.findOfClient(clientId, documentId, { includeSensitive });
    if (!record) throw notFound();
    const [versions, submissions] = await Promise.all([this.documents.versionsOf(documentId), this.documents.submissionsOf(documentId)]);
    const names = await this.users.displayNames([...versions.map((v) => v.uploadedBy), ...submissions.map((s) => s.recordedBy)]);
    return toDocumentDetailView(record, versions, submissions, names);
  }

  /**
   * Before a change to a document: 404 when the caller cannot see it (outside scope, deleted, or
   * sensitive under emergency access), decided before whether their access allows the change
   * (403), so a sensitive document answers exactly like one that does not exist.
   */
  async requireVisible(principal: Principal, clientId: string, documentId: string): Promise<ScopedClient> {
    const found = await this.clients.requireInScope(principal, clientId);
    if (!(await this.documents.findOfClient(clientId, documentId, { includeSensitive: seesSensitive(found.access) }))) throw notFound();
    return found;
  }

  /**
   * The document (not deleted) of this file, as the caller's access lets them see it, else 404.
   * With `lock`, its row stays locked for the transaction.
   */
  async requireDocument(clientId: string, documentId: string, access: ScopedClient['access'], manager: EntityManager, lock = false): Promise<DocumentRecord> {
    const record = await this.documents.findOfClient(clientId, documentId, { includeSensitive: seesSensitive(access) }, manager, lock);
    if (!record) throw notFound();
    return record;
  }

  async requireApplication(clientId: string, applicationId: string, manager: EntityManager): Promise<void> {
    if (!(await this.applications.belongsToClient(clientId, applicationId, manager))) {
      throw new DomainError('RECORD_NOT_FOUND', 'No such application for this client.');
    }
  }

  /**
   * Scope, an open file, and the action allowed, decided before a byte is stored: a refused or
   * out-of-scope upload stores nothing and costs no encryption. Decided again under the lock.
   */
  private async checkBeforeUpload(principal: Principal, clientId: string, action: ClientFileAction): Promise<ScopedClient> {
    const found = await this.clients.requireInScope(principal, clientId);
    if (found.client.status !== 'open') throw new DomainError('CLIENT_CLOSED', 'This file is closed; reopen it first.');
    await this.clients.refuseUnlessAccessAllows(principal, clientId, found.access, action);
    return found;
  }

  private async store(file: IncomingFile): Promise<StoredFile> {
    checkFileName(file.fileName);
    return this.files.store(file.stream, { mediaType: file.mediaType, fileName: file.fileName });
  }

  /** Records a stored file in a transaction; if recording fails, the stored bytes are removed. */
  private async recordOrDiscard<T>(stored: StoredFile, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      await this.files.remove(stored.storageKey).catch(() => undefined);
      throw error;
    }
  }

  /** A new version of the original makes its translation out of date: it needs translating again. */
  private async afterNewVersion(document: DocumentEntity, principal: Principal, manager: EntityManager): Promise<void> {
    if (document.translationOfId !== null) return;
    const current = { status: document.translationStatus, translatorName: document.translatorName, dueDate: document.translationDueDate, signedOn: document.translationSignedOn };
    const next = translationAfterNewVersion(current);
    if (JSON.stringify(next) === JSON.stringify(current)) return;
    await this.documents.setTranslation(document.id, next, manager);
    // The translator works again (or must be found again): the translation's deadline follows.
    await this.translationDeadlines.follow(document, next, this.today(), principal.userId, manager);
  }

  private today(): string {
    return localDateInTimeZone(this.clock.now(), this.config.timeZone);
  }

  private removeAfterCommit(storageKeys: readonly string[], manager: EntityManager): void {
    // The key is already gone with the commit; removing the ciphertext is tidiness, and a failure
    // (storage down) leaves only bytes no one can read.
    afterCommit(manager, async () => {
      for (const key of storageKeys) await this.files.remove(key);
    });
  }
}

/**
 * On the timeline, an event about a sensitive document says so, and the timeline leaves it out
 * under emergency access (TimelineService), as the document itself is left out.
 */
export function sensitiveMark(sensitive: boolean): { sensitive?: true } {
  return sensitive ? { sensitive: true } : {};
}

/** A translation in the sense of Enforcement Regulation Art. 62 is a Japanese one. */
function checkTranslationLanguage(language: string): void {
  if (!isJapanese(language)) {
    throw new DomainError('VALIDATION_FAILED', 'A translation linked to its original is the Japanese translation (language ja).', {
      fields: [{ field: 'language', problems: ['must be ja for a translation'] }],
    });
  }
}

/** Sensitive documents (medical, trauma) are for the file's own people, never emergency access. */
export function seesSensitive(access: ScopedClient['access']): boolean {
  return access === 'scope';
}

function versionColumns(stored: StoredFile, file: IncomingFile, principal: Principal) {
  return {
    storageKey: stored.storageKey,
    wrappedKey: stored.wrappedKey,
    masterKeyId: stored.masterKeyId,
    sha256: stored.sha256,
    sizeBytes: stored.sizeBytes,
    mediaType: stored.mediaType,
    originalName: checkFileName(file.fileName),
    uploadedBy: principal.userId,
  };
}

function notFound(): DomainError {
  return new DomainError('RECORD_NOT_FOUND', 'No such document, or not one you may see.');
}

function stale(currentVersion: number): DomainError {
  return new DomainError('STALE_VERSION', 'Someone changed this document meanwhile. Reload it.', { currentVersion });
}
