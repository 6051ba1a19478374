import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { SqlStatement } from '#audit';
import type { TranslationState } from '#domain';
import { fromKeysetMicros, keysetMicros } from '#platform';
import { DocumentSubmissionEntity } from '../entities/document-submission.entity.js';
import { DocumentVersionEntity } from '../entities/document-version.entity.js';
import { DocumentEntity } from '../entities/document.entity.js';

/** A document with what its views need: the current version and the documents linked to it. */
export interface DocumentRecord {
  readonly document: DocumentEntity;
  readonly current: DocumentVersionEntity | null;
  readonly translationOf: LinkedDocument | null;
  readonly translations: readonly LinkedDocument[];
  /** It, or the original it translates, is sensitive: hidden under emergency access. */
  readonly sensitive: boolean;
}

export interface LinkedDocument {
  readonly id: string;
  readonly title: string;
  readonly language: string;
}

/**
 * The documents a caller may see, as SQL on `alias`: everything with the file's own access; under
 * emergency access nothing sensitive, and no translation of something sensitive (a translation
 * says what its original says).
 */
export function visibleDocuments(alias: string, includeSensitive: boolean): string {
  if (includeSensitive) return 'true';
  return `(NOT ${alias}.sensitive AND NOT EXISTS (SELECT 1 FROM document vis_src WHERE vis_src.id = ${alias}.translation_of_id AND vis_src.sensitive))`;
}

export interface DocumentFilter {
  /** False under emergency access: sensitive documents are not even listed. */
  readonly includeSensitive: boolean;
  readonly applicationId?: string;
  /** Only documents a translation can be of: originals not in Japanese. */
  readonly translatable?: boolean;
}

/** Where a page of the list starts: after this document (its creation time in microseconds, its id). */
export type DocumentPosition = readonly [createdMicros: string, id: string];

export interface DocumentPage {
  readonly records: DocumentRecord[];
  /** The position of the last document, when there are more after it. */
  readonly next: DocumentPosition | null;
}

/** Newest first; the id breaks ties, so every document has one place in the keyset. */
const NEWEST_FIRST = 'ORDER BY d.created_at DESC, d.id DESC';

interface DocumentRow {
  id: string;
  created_micros: string;
  client_id: string;
  application_id: string | null;
  category: DocumentEntity['category'];
  title: string;
  language: string;
  document_date: string | null;
  sensitive: boolean;
  for_submission: boolean;
  checklist_item_key: string | null;
  translation_of_id: string | null;
  translation_status: DocumentEntity['translationStatus'];
  translator_name: string | null;
  translation_due_date: string | null;
  translation_signed_on: string | null;
  version_count: number;
  deleted_at: Date | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
  v_id: string | null;
  v_number: number;
  v_storage_key: string;
  v_wrapped_key: Buffer | null;
  v_master_key_id: string;
  v_sha256: string;
  v_size_bytes: string;
  v_media_type: string;
  v_original_name: string | null;
  v_uploaded_by: string | null;
  v_uploaded_at: Date;
  translation_of: LinkedDocument | null;
  translations: LinkedDocument[];
  source_sensitive: boolean;
}

function toRecord(row: DocumentRow): DocumentRecord {
  const document: DocumentEntity = {
    id: row.id,
    clientId: row.client_id,
    applicationId: row.application_id,
    category: row.category,
    title: row.title,
    language: row.language,
    documentDate: row.document_date,
    sensitive: row.sensitive,
    forSubmission: row.for_submission,
    checklistItemKey: row.checklist_item_key,
    translationOfId: row.translation_of_id,
    translationStatus: row.translation_status,
    translatorName: row.translator_name,
    translationDueDate: row.translation_due_date,
    translationSignedOn: row.translation_signed_on,
    versionCount: row.version_count,
    deletedAt: row.deleted_at,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
  const current: DocumentVersionEntity | null =
    row.v_id === null
      ? null
      : {
          id: row.v_id,
          documentId: row.id,
          clientId: row.client_id,
          number: row.v_number,
          storageKey: row.v_storage_key,
          wrappedKey: row.v_wrapped_key,
          masterKeyId: row.v_master_key_id,
          sha256: row.v_sha256,
          sizeBytes: Number(row.v_size_bytes),
          mediaType: row.v_media_type,
          originalName: row.v_original_name,
          uploadedBy: row.v_uploaded_by,
          uploadedAt: row.v_uploaded_at,
          destroyedAt: null,
          destroyedReason: null,
        };
  return { document, current, translationOf: row.translation_of, translations: row.translations, sensitive: row.sensitive || row.source_sensitive };
}

export type NewDocument = Pick<
  DocumentEntity,
  | 'clientId'
  | 'applicationId'
  | 'category'
  | 'title'
  | 'language'
  | 'documentDate'
  | 'sensitive'
  | 'forSubmission'
  | 'checklistItemKey'
  | 'translationOfId'
  | 'translationStatus'
  | 'translatorName'
  | 'translationDueDate'
  | 'translationSignedOn'
  | 'createdBy'
>;

export type NewVersion = Pick<DocumentVersionEntity, 'storageKey' | 'wrappedKey' | 'masterKeyId' | 'sha256' | 'sizeBytes' | 'mediaType' | 'originalName' | 'uploadedBy'>;

/** Data access for documents and their versions. Callers have checked the client file's scope. */
@Injectable()
export class DocumentRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The file's documents (not deleted), newest first, each with its current version and links. */
  async listOfClient(clientId: string, filter: DocumentFilter, manager: EntityManager = this.dataSource.manager): Promise<DocumentRecord[]> {
    return (await this.find(manager, 'd.client_id = $1', [clientId], filter, NEWEST_FIRST)).map((row) => row.record);
  }

  /**
   * One page of the file's documents, newest first: `limit` of them after `after`. A long case
   * holds hundreds; the tab shows a page and loads the next on request. `withLine` (AuditService's
   * readWithLine) adds the read's audit line to the same statement.
   */
  async pageOfClient(clientId: string, filter: DocumentFilter, limit: number, after?: DocumentPosition, withLine?: (select: SqlStatement) => SqlStatement): Promise<DocumentPage> {
    const condition = after ? `d.client_id = $1 AND (d.created_at, d.id) < (${fromKeysetMicros('$2')}, $3::uuid)` : 'd.client_id = $1';
    const values = after ? [clientId, after[0], after[1]] : [clientId];
    const rows = await this.find(this.dataSource.manager, condition, values, filter, `${NEWEST_FIRST} LIMIT ${limit + 1}`, withLine);
    const records = rows.slice(0, limit);
    const last = records.at(-1);
    return { records: records.map((row) => row.record), next: rows.length > limit && last ? [last.createdMicros, last.record.document.id] : null };
  }

  /** One document of the file (not deleted), or null; with `lock`, its row stays locked. */
  async findOfClient(
    clientId: string,
    documentId: string,
    filter: DocumentFilter,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<DocumentRecord | null> {
    if (lock) await manager.query('SELECT 1 FROM document WHERE id = $1 AND client_id = $2 FOR UPDATE', [documentId, clientId]);
    const [row] = await this.find(manager, 'd.client_id = $1 AND d.id = $2', [clientId, documentId], filter, '');
    return row?.record ?? null;
  }

  /** Several documents of the file by id (for an export), in the order asked. */
  async findManyOfClient(clientId: string, documentIds: readonly string[], filter: DocumentFilter): Promise<DocumentRecord[]> {
    const found = await this.find(this.dataSource.manager, 'd.client_id = $1 AND d.id = ANY($2::uuid[])', [clientId, documentIds], filter, '');
    const byId = new Map(found.map(({ record }) => [record.document.id, record]));
    return documentIds.flatMap((id) => byId.get(id) ?? []);
  }

  private async find(
    manager: EntityManager,
    condition: string,
    values: unknown[],
    filter: DocumentFilter,
    order: string,
    withLine: (select: SqlStatement) => SqlStatement = (select) => select,
  ): Promise<{ record: DocumentRecord; createdMicros: string }[]> {
    const params = [...values];
    const where = [condition, 'd.deleted_at IS NULL', visibleDocuments('d', filter.includeSensitive)];
    if (filter.applicationId !== undefined) {
      params.push(filter.applicationId);
      where.push(`d.application_id = $${params.length}`);
    }
    if (filter.translatable) where.push(`d.translation_of_id IS NULL AND d.language <> 'ja'`);
    // One statement, mapped by hand: the documents tab of a long case lists a few hundred, and
    // hydrating entities in two more queries cost more than the query itself. The current version
    // is the latest one still readable; both directions of the translation link come from
    // subqueries on the same table.
    const statement = withLine({
      sql: `SELECT d.id, d.client_id, d.application_id, d.category, d.title, d.language, d.document_date::text AS document_date, d.sensitive,
              d.for_submission, d.checklist_item_key, d.translation_of_id, d.translation_status, d.translator_name,
              d.translation_due_date::text AS translation_due_date, d.translation_signed_on::text AS translation_signed_on, d.version_count,
              d.deleted_at, d.created_by, d.created_at, ${keysetMicros('d.created_at')} AS created_micros, d.updated_at, d.version,
              cv.id AS v_id, cv.number AS v_number, cv.storage_key AS v_storage_key, cv.wrapped_key AS v_wrapped_key, cv.master_key_id AS v_master_key_id,
              cv.sha256 AS v_sha256, cv.size_bytes AS v_size_bytes, cv.media_type AS v_media_type, cv.original_name AS v_original_name,
              cv.uploaded_by AS v_uploaded_by, cv.uploaded_at AS v_uploaded_at,
              COALESCE((SELECT s.sensitive FROM document s WHERE s.id = d.translation_of_id), false) AS source_sensitive,
              CASE WHEN src.id IS NULL THEN NULL ELSE json_build_object('id', src.id, 'title', src.title, 'language', src.language) END AS translation_of,
              COALESCE((SELECT json_agg(json_build_object('id', t.id, 'title', t.title, 'language', t.language) ORDER BY t.created_at)
                          FROM document t WHERE t.translation_of_id = d.id AND t.deleted_at IS NULL
                           AND ${visibleDocuments('t', filter.includeSensitive)}), '[]') AS translations
         FROM document d
         LEFT JOIN LATERAL (SELECT v.* FROM document_version v WHERE v.document_id = d.id AND v.destroyed_at IS NULL ORDER BY v.number DESC LIMIT 1) cv ON true
         LEFT JOIN document src ON src.id = d.translation_of_id AND src.deleted_at IS NULL AND (${filter.includeSensitive ? 'true' : 'NOT src.sensitive'})
        WHERE ${where.join(' AND ')} ${order}`,
      params,
    });
    const rows = await manager.query<DocumentRow[]>(statement.sql, [...statement.params]);
    return rows.map((row) => ({ record: toRecord(row), createdMicros: row.created_micros }));
  }

  /** Every version of a document, newest first. */
  async versionsOf(documentId: string, manager: EntityManager = this.dataSource.manager): Promise<DocumentVersionEntity[]> {
    return manager.getRepository(DocumentVersionEntity).find({ where: { documentId }, order: { number: 'DESC' } });
  }

  async findVersion(documentId: string, number: number, manager: EntityManager = this.dataSource.manager): Promise<DocumentVersionEntity | null> {
    return manager.getRepository(DocumentVersionEntity).findOneBy({ documentId, number });
  }

  async submissionsOf(documentId: string, manager: EntityManager = this.dataSource.manager): Promise<DocumentSubmissionEntity[]> {
    return manager.getRepository(DocumentSubmissionEntity).find({ where: { documentId }, order: { submittedOn: 'DESC', createdAt: 'DESC' } });
  }

  async insert(document: NewDocument, manager: EntityManager): Promise<string> {
    const result = await manager.getRepository(DocumentEntity).insert({ ...document, versionCount: 0 });
    return (result.identifiers[0] as { id: string }).id;
  }

  /** Adds the next version (the document's row is locked by the caller) and returns its number. */
  async addVersion(documentId: string, clientId: string, version: NewVersion, manager: EntityManager): Promise<number> {
    const [row] = await manager.query<[{ version_count: number }[], number]>(
      `UPDATE document SET version_count = version_count + 1, updated_at = now(), version = version + 1 WHERE id = $1 RETURNING version_count`,
      [documentId],
    );
    const number = row[0]?.version_count;
    await manager.getRepository(DocumentVersionEntity).insert({ ...version, documentId, clientId, number });
    return number;
  }

  async update(documentId: string, changes: Partial<DocumentEntity>, currentVersion: number, manager: EntityManager): Promise<void> {
    await manager.getRepository(DocumentEntity).update({ id: documentId }, { ...changes, version: currentVersion + 1 });
  }

  /** The translation's status and its facts; the caller holds the document's row lock. */
  async setTranslation(documentId: string, state: TranslationState, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE document SET translation_status = $2, translator_name = $3, translation_due_date = $4, translation_signed_on = $5, version = version + 1, updated_at = now()
        WHERE id = $1`,
      [documentId, state.status, state.translatorName, state.dueDate, state.signedOn],
    );
  }

  /**
   * Destroys the data keys of the given versions: from now on their ciphertext, wherever it is
   * kept (storage, backups), cannot be decrypted. Returns the storage keys, whose objects the
   * caller removes once the transaction has committed.
   */
  async destroyVersions(versionIds: readonly string[], reason: 'deleted' | 'anonymised', now: Date, manager: EntityManager): Promise<string[]> {
    if (versionIds.length === 0) return [];
    const rows = await manager.query<[{ storage_key: string }[], number]>(
      `UPDATE document_version SET wrapped_key = NULL, destroyed_at = $2, destroyed_reason = $3
        WHERE id = ANY($1::uuid[]) AND destroyed_at IS NULL RETURNING storage_key`,
      [versionIds, now, reason],
    );
    return rows[0].map((r) => r.storage_key);
  }

  async markDeleted(documentId: string, currentVersion: number, now: Date, manager: EntityManager): Promise<string[]> {
    await manager.getRepository(DocumentEntity).update({ id: documentId }, { deletedAt: now, version: currentVersion + 1 });
    // A translation of a deleted document stays (it is a document of its own), unlinked.
    await manager.query('UPDATE document SET translation_of_id = NULL, version = version + 1, updated_at = now() WHERE translation_of_id = $1', [documentId]);
    const versions = await manager.query<{ id: string }[]>('SELECT id FROM document_version WHERE document_id = $1', [documentId]);
    return this.destroyVersions(
      versions.map((v) => v.id),
      'deleted',
      now,
      manager,
    );
  }

  /**
   * Retention: every version of these files loses its key and its original name, and every
   * document its title and translator; categories, dates and counts stay for the statistics.
   */
  async anonymiseClients(clientIds: readonly string[], now: Date, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE document_version SET wrapped_key = NULL, original_name = NULL, destroyed_at = COALESCE(destroyed_at, $2), destroyed_reason = COALESCE(destroyed_reason, 'anonymised')
        WHERE client_id = ANY($1::uuid[])`,
      [clientIds, now],
    );
    await manager.query(
      `UPDATE document SET title = '(anonymised)', translator_name = NULL, version = version + 1, updated_at = now() WHERE client_id = ANY($1::uuid[])`,
      [clientIds],
    );
    await manager.query(`UPDATE document_submission SET note = NULL WHERE client_id = ANY($1::uuid[]) AND note IS NOT NULL`, [clientIds]);
    await manager.query(`UPDATE materials_request SET description = '(anonymised)' WHERE client_id = ANY($1::uuid[])`, [clientIds]);
  }
}
