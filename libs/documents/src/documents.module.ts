import { Module } from '@nestjs/common';
import { UserDirectoryModule } from '#accounts';
import { ClientsModule } from '#clients';
import { DeadlinesModule } from '#deadlines';
import { DocumentRepository } from './documents/document.repository.js';
import { DocumentsService } from './documents/documents.service.js';
import { DocumentArchiveService } from './export/document-archive.service.js';
import { EncryptedFiles } from './files/encrypted-files.js';
import { DocumentEraser } from './retention/document-eraser.js';
import { DocumentStorageHealthIndicator } from './health/document-storage.health.js';
import { documentStorageProvider } from './storage/document-storage.provider.js';
import { ChecklistTemplateRepository } from './checklists/checklist-template.repository.js';
import { ChecklistsService } from './checklists/checklists.service.js';
import { MaterialsRequestRepository } from './materials-requests/materials-request.repository.js';
import { MaterialsRequestsService } from './materials-requests/materials-requests.service.js';
import { SubmissionRepository } from './submissions/submission.repository.js';
import { SubmissionsService } from './submissions/submissions.service.js';
import { TranslationDeadlines } from './translations/translation-deadlines.js';
import { TranslationsService } from './translations/translations.service.js';

/**
 * Evidence documents: encrypted uploads and versions, translations, the checklist of each
 * application, submissions and ISA's requests for materials. In the api and in the worker (whose
 * retention sweep needs the eraser).
 */
@Module({
  imports: [ClientsModule, DeadlinesModule, UserDirectoryModule],
  providers: [documentStorageProvider, DocumentStorageHealthIndicator, EncryptedFiles, DocumentRepository, DocumentsService, DocumentArchiveService, DocumentEraser, TranslationDeadlines, TranslationsService, SubmissionRepository, SubmissionsService, ChecklistTemplateRepository, ChecklistsService, MaterialsRequestRepository, MaterialsRequestsService],
  exports: [DocumentsService, DocumentArchiveService, EncryptedFiles, DocumentStorageHealthIndicator, TranslationDeadlines, TranslationsService, SubmissionsService, ChecklistsService, MaterialsRequestsService],
})
export class DocumentsModule {}
