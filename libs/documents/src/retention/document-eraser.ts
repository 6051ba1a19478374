import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ClientDataErasers } from '#clients';
import { Clock } from '#platform';
import { DocumentRepository } from '../documents/document.repository.js';

/**
 * Retention anonymises a closed file: every version's data key is destroyed in the same
 * transaction (crypto-shredding), with titles, original names, translators and submission notes.
 * The ciphertext is left where it is, as it is left in every backup: without its key it is noise,
 * and a key's destruction reaches every copy at once where deleting objects would reach only one.
 */
@Injectable()
export class DocumentEraser implements OnModuleInit {
  constructor(
    private readonly erasers: ClientDataErasers,
    private readonly documents: DocumentRepository,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.erasers.register('documents', (clientIds, manager) => this.erase(clientIds, manager));
  }

  async erase(clientIds: readonly string[], manager: EntityManager): Promise<void> {
    await this.documents.anonymiseClients(clientIds, this.clock.now(), manager);
  }
}
