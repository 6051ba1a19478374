import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DocumentSubmissionEntity } from '../entities/document-submission.entity.js';

export type NewSubmission = Pick<DocumentSubmissionEntity, 'documentId' | 'versionId' | 'clientId' | 'applicationId' | 'submittedTo' | 'submittedOn' | 'note' | 'recordedBy'>;

/** Data access for the record of versions handed in. Callers have checked the file's scope. */
@Injectable()
export class SubmissionRepository {
  async insert(submission: NewSubmission, manager: EntityManager): Promise<string> {
    const result = await manager.getRepository(DocumentSubmissionEntity).insert(submission);
    return (result.identifiers[0] as { id: string }).id;
  }
}
