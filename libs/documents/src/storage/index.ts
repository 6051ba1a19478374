export { assertStorageKey, DocumentStorage } from './document-storage.js';
export { createDocumentStorage, documentStorageProvider } from './document-storage.provider.js';
export { LocalDiskStorage } from './local-disk-storage.js';
export { S3Storage, type S3StorageSettings } from './s3-storage.js';
