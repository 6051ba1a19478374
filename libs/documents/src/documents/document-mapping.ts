import { allowedTranslationSteps, translationFlag } from '#domain';
import type { DocumentSubmissionEntity } from '../entities/document-submission.entity.js';
import type { DocumentVersionEntity } from '../entities/document-version.entity.js';
import type { DocumentRecord } from './document.repository.js';
import type { DocumentDetailView, DocumentSubmissionView, DocumentVersionView, DocumentView } from './document.views.js';

/** Display names of the people who uploaded or recorded something, by user id. */
export type NameLookup = ReadonlyMap<string, string>;

export function toVersionView(version: DocumentVersionEntity, names: NameLookup): DocumentVersionView {
  return {
    number: version.number,
    sizeBytes: version.sizeBytes,
    mediaType: version.mediaType,
    originalName: version.originalName,
    sha256: version.sha256,
    uploadedAt: version.uploadedAt.toISOString(),
    uploadedBy: version.uploadedBy,
    uploadedByName: version.uploadedBy ? (names.get(version.uploadedBy) ?? null) : null,
    destroyed: version.destroyedAt !== null,
    destroyedAt: version.destroyedAt?.toISOString() ?? null,
    destroyedReason: version.destroyedReason,
  };
}

export function toDocumentView(record: DocumentRecord, names: NameLookup): DocumentView {
  const { document } = record;
  // A signed status counts once the translation itself is in the file as a document.
  const hasSignedTranslation = document.translationStatus === 'signed' && record.translations.length > 0;
  return {
    id: document.id,
    clientId: document.clientId,
    applicationId: document.applicationId,
    category: document.category,
    title: document.title,
    language: document.language,
    documentDate: document.documentDate,
    sensitive: document.sensitive,
    forSubmission: document.forSubmission,
    checklistItemKey: document.checklistItemKey,
    translationOf: record.translationOf,
    translations: [...record.translations],
    translation: {
      status: document.translationStatus,
      translatorName: document.translatorName,
      dueDate: document.translationDueDate,
      signedOn: document.translationSignedOn,
      allowedNext: allowedTranslationSteps(document.translationStatus, document.language),
    },
    flag:
      document.translationOfId === null
        ? translationFlag({ language: document.language, forSubmission: document.forSubmission, translationStatus: document.translationStatus, hasSignedTranslation })
        : null,
    currentVersion: record.current ? toVersionView(record.current, names) : null,
    versionCount: document.versionCount,
    createdAt: document.createdAt.toISOString(),
    updatedAt: document.updatedAt.toISOString(),
    version: document.version,
  };
}

export function toSubmissionView(submission: DocumentSubmissionEntity, versionNumbers: ReadonlyMap<string, number>): DocumentSubmissionView {
  return {
    id: submission.id,
    versionNumber: versionNumbers.get(submission.versionId) ?? 0,
    submittedTo: submission.submittedTo,
    submittedOn: submission.submittedOn,
    applicationId: submission.applicationId,
    note: submission.note,
    recordedBy: submission.recordedBy,
    recordedAt: submission.createdAt.toISOString(),
  };
}

export function toDocumentDetailView(
  record: DocumentRecord,
  versions: readonly DocumentVersionEntity[],
  submissions: readonly DocumentSubmissionEntity[],
  names: NameLookup,
): DocumentDetailView {
  const numbers = new Map(versions.map((v) => [v.id, v.number]));
  return {
    ...toDocumentView(record, names),
    versions: versions.map((v) => toVersionView(v, names)),
    submissions: submissions.map((s) => toSubmissionView(s, numbers)),
  };
}
