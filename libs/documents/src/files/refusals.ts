import { DomainError } from '#domain';

export type ContentRefusal = 'active-content' | 'archive-bomb' | 'malformed';

export function contentRefused(reason: ContentRefusal, message: string): DomainError<'FILE_CONTENT_REFUSED'> {
  return new DomainError('FILE_CONTENT_REFUSED', message, { reason });
}

export function typeNotAllowed(detected: string): DomainError<'FILE_TYPE_NOT_ALLOWED'> {
  return new DomainError(
    'FILE_TYPE_NOT_ALLOWED',
    `Files of type ${detected} are not accepted. Upload a PDF, a photo (JPEG, PNG, HEIC, TIFF, WebP), a Word or OpenDocument text, plain text, or an MP3/M4A recording.`,
    { detected },
  );
}

export function typeMismatch(declared: string, detected: string): DomainError<'FILE_TYPE_MISMATCH'> {
  return new DomainError(
    'FILE_TYPE_MISMATCH',
    `The file is declared as ${declared} but its content is ${detected}. Check that the right file was chosen and that its name ends in the right extension.`,
    { declared, detected },
  );
}

export function payloadTooLarge(maxBytes: number): DomainError<'PAYLOAD_TOO_LARGE'> {
  return new DomainError(
    'PAYLOAD_TOO_LARGE',
    `The file is larger than the limit of ${describeBytes(maxBytes)}.`,
    { maxBytes },
  );
}

export function fileEmpty(): DomainError<'FILE_EMPTY'> {
  return new DomainError('FILE_EMPTY', 'The file is empty.');
}

function describeBytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return Number.isInteger(megabytes) ? `${megabytes} MB` : `${bytes} bytes`;
}
