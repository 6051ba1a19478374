import { Injectable } from '@nestjs/common';
import { withTimeout, type DependencyCheck } from '#platform';
import { DocumentStorage } from '../storage/document-storage.js';

/** For /health/ready: evidence files can be stored (the folder is writable, the bucket answers). */
@Injectable()
export class DocumentStorageHealthIndicator implements DependencyCheck {
  readonly name = 'documents';

  constructor(private readonly storage: DocumentStorage) {}

  async check(timeoutMs: number): Promise<void> {
    await withTimeout(this.storage.check(), timeoutMs, 'document storage did not answer in time');
  }
}
