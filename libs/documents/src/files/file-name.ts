import { DomainError } from '#domain';

const MAX_LENGTH = 255;
// C0 and C1 controls (NUL included) and DEL: invisible, and NUL truncates names in C-based tools.
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
// Bidi embeddings, overrides, isolates and marks: `invoice\u202Efdp.exe` shows as `invoiceexe.pdf`.
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const SEPARATOR = /[/\\]/u;

/**
 * The original name of an uploaded file, kept as data only (shown, offered as the download's name,
 * never used as a path): trimmed and NFC-normalised. Refuses what would mislead a caseworker or a
 * tool that does use it as a path.
 */
export function checkFileName(name: string): string {
  const normalised = name.normalize('NFC').trim();
  const problem = problemOf(normalised);
  if (problem !== null) {
    throw new DomainError('FILE_NAME_INVALID', `The file name is not accepted: ${problem}.`, { problem });
  }
  return normalised;
}

function problemOf(name: string): string | null {
  if (name.length === 0) return 'it is empty';
  if ([...name].length > MAX_LENGTH) return `it is longer than ${MAX_LENGTH} characters`;
  if (CONTROL.test(name)) return 'it contains control characters';
  if (BIDI.test(name)) return 'it contains text-direction control characters';
  if (SEPARATOR.test(name)) return 'it contains a path separator';
  if (/^\.+$/u.test(name)) return 'it consists only of dots';
  return null;
}
