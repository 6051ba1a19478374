import { ChecklistTemplateEntity } from './entities/checklist-template.entity.js';
import { DocumentSubmissionEntity } from './entities/document-submission.entity.js';
import { DocumentVersionEntity } from './entities/document-version.entity.js';
import { DocumentEntity } from './entities/document.entity.js';
import { MaterialsRequestEntity } from './entities/materials-request.entity.js';
import { DocumentApplicationRef, DocumentClientRef, DocumentUserRef } from './entities/refs.js';

/** Registered in migrations/schema.ts; the classes are not used outside this library. */
export const DOCUMENTS_ENTITIES = [
  DocumentEntity,
  DocumentVersionEntity,
  DocumentSubmissionEntity,
  MaterialsRequestEntity,
  ChecklistTemplateEntity,
  DocumentClientRef,
  DocumentApplicationRef,
  DocumentUserRef,
];

export { DocumentsModule } from './documents.module.js';
export { DocumentsService, type DocumentListInput, type DocumentUpdateInput, type IncomingFile, type NewDocumentInput, type OpenedVersion } from './documents/documents.service.js';
export { DocumentDetailView, DocumentPageView, DocumentSubmissionView, DocumentVersionView, DocumentView, LinkedDocumentView, TranslationFlagView, TranslationView } from './documents/document.views.js';
export { DocumentArchiveService, type ArchiveRequest } from './export/document-archive.service.js';
export { MATERIALS_REQUEST_STATUSES, type MaterialsRequestStatus } from './entities/materials-request.entity.js';
export { createDocumentStorage, DocumentStorage, documentStorageProvider, LocalDiskStorage } from './storage/index.js';
export { ALLOWED_MEDIA_TYPES, checkFileName, extensionFor, CiphertextRejectedError, EncryptedFiles, MasterKeyMismatchError, type StoredFile } from './files/index.js';
export { TranslationDeadlines, translationDeadlines, translationSource } from './translations/translation-deadlines.js';
export { TranslationsService, type TranslationChangeInput } from './translations/translations.service.js';
export { SubmissionsService, type SubmissionInput } from './submissions/submissions.service.js';
export { ChecklistsService, type ChecklistTemplateEdit } from './checklists/checklists.service.js';
export { ChecklistDefaults } from './checklists/checklist-defaults.js';
export { ChecklistItemView, ChecklistTemplateItemView, ChecklistTemplateView, ChecklistView, MissingDocumentsByCaseworkerView, MissingDocumentsFileView } from './checklists/checklist.views.js';
export { MaterialsRequestsService, type MaterialsRequestUpdateInput, type NewMaterialsRequestInput } from './materials-requests/materials-requests.service.js';
export { MaterialsRequestView } from './materials-requests/materials-request.views.js';
export { DocumentStorageHealthIndicator } from './health/document-storage.health.js';
