import type { FactoryProvider } from '@nestjs/common';
import { AppConfig } from '#platform';
import { DocumentStorage } from './document-storage.js';
import { LocalDiskStorage } from './local-disk-storage.js';
import { S3Storage } from './s3-storage.js';

export function createDocumentStorage(config: AppConfig): DocumentStorage {
  const { documents } = config;
  return documents.storage === 's3' ? new S3Storage(documents.s3) : new LocalDiskStorage(documents.directory);
}

/** The configured adapter under the `DocumentStorage` token. */
export const documentStorageProvider: FactoryProvider<DocumentStorage> = {
  provide: DocumentStorage,
  useFactory: createDocumentStorage,
  inject: [AppConfig],
};
