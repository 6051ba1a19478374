import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import { ClientsService, TimelineWriter } from '#clients';
import { DomainError, localDateInTimeZone, type SubmissionTarget } from '#domain';
import { AppConfig, Clock } from '#platform';
import { DocumentRepository } from '../documents/document.repository.js';
import type { DocumentDetailView } from '../documents/document.views.js';
import { DocumentsService, seesSensitive } from '../documents/documents.service.js';
import { SubmissionRepository } from './submission.repository.js';
import { sensitiveMark } from '../documents/documents.service.js';

export interface SubmissionInput {
  readonly versionNumber: number;
  readonly submittedTo: SubmissionTarget;
  /** YYYY-MM-DD, in Japan. */
  readonly submittedOn: string;
  /** The application it was handed in for; the document's own application when not given. */
  readonly applicationId?: string | null;
  readonly note?: string | null;
}

/**
 * Records that a version of a document was handed in (to ISA, the review, a court) on a date.
 * Where it went is not checked against the application's stage: a caseworker records what
 * happened, and late evidence to ISA during a review is as real as the review itself.
 */
@Injectable()
export class SubmissionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly documents: DocumentsService,
    private readonly repository: DocumentRepository,
    private readonly submissions: SubmissionRepository,
    private readonly clients: ClientsService,
    private readonly timeline: TimelineWriter,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async record(principal: Principal, clientId: string, documentId: string, input: SubmissionInput): Promise<DocumentDetailView> {
    const today = localDateInTimeZone(this.clock.now(), this.config.timeZone);
    if (input.submittedOn > today) {
      throw new DomainError('VALIDATION_FAILED', 'A submission is recorded once it happened.', { fields: [{ field: 'submittedOn', problems: ['must not be in the future'] }] });
    }
    const access = await this.dataSource.transaction(async (manager) => {
      const found = await this.clients.lockOpen(principal, clientId, manager, 'document.submission');
      const record = await this.documents.requireDocument(clientId, documentId, found.access, manager, true);
      const { document } = record;
      const version = await this.repository.findVersion(documentId, input.versionNumber, manager);
      if (!version) throw new DomainError('RECORD_NOT_FOUND', 'No such version of this document.');
      if (version.destroyedAt !== null) {
        throw new DomainError('DOCUMENT_KEY_DESTROYED', 'This version was deleted; record the submission of a version still in the file.');
      }
      const applicationId = input.applicationId === undefined || input.applicationId === null ? document.applicationId : input.applicationId;
      if (applicationId !== null && applicationId !== document.applicationId) await this.documents.requireApplication(clientId, applicationId, manager);
      const note = input.note?.trim() || null;
      const id = await this.submissions.insert(
        { documentId, versionId: version.id, clientId, applicationId, submittedTo: input.submittedTo, submittedOn: input.submittedOn, note, recordedBy: principal.userId },
        manager,
      );
      await this.timeline.add(
        [
          {
            clientId,
            kind: 'document.submitted',
            actorUserId: principal.userId,
            data: {
              documentId,
              submissionId: id,
              category: document.category,
              versionNumber: version.number,
              submittedTo: input.submittedTo,
              submittedOn: input.submittedOn,
              ...sensitiveMark(record.sensitive),
            },
          },
        ],
        manager,
      );
      await this.audit.record(
        { action: AuditAction.DocumentSubmitted, clientId, target: { type: 'document', id: documentId }, details: { version: version.number, submittedTo: input.submittedTo, submittedOn: input.submittedOn } },
        manager,
      );
      return found.access;
    });
    return this.documents.detail(clientId, documentId, seesSensitive(access));
  }
}
