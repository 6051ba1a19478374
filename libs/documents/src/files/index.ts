export { ALLOWED_MEDIA_TYPES, canonicalMediaType, extensionFor, isAllowedMediaType } from './allowed-types.js';
export { EncryptedFiles, type StoredFile } from './encrypted-files.js';
export { CiphertextRejectedError, MasterKeyMismatchError, masterKeyId } from './envelope-encryption.js';
export { checkFileName } from './file-name.js';
export type { DeclaredFile } from './upload-inspection.js';
