import { DomainError } from '#domain';

const MAX_LENGTH = 255;
// C0 and C1 controls (NUL included), DEL, and the line and paragraph separators: invisible, NUL
// truncates names in C-based tools, and a line break splits the name wherever it is shown.
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const CONTROL = /[\u0000-\u001f\u007f-\u009f\p{Zl}\p{Zp}]/u;
// Bidi embeddings, overrides, isolates and marks (Arabic letter mark included):
// `invoice\u202Efdp.exe` shows as `invoiceexe.pdf`.
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/**
 * Characters that show nothing: the format characters (Unicode category Cf: zero width space,
 * word joiner, byte order mark, soft hyphen, the tag characters that can carry hidden text …) and
 * the Hangul fillers, which render blank. `passport\u200B.pdf` looks like `passport.pdf`.
 */
const INVISIBLE = /[\p{Cf}\u115f\u1160\u3164\uffa0]/u;
/**
 * Zero width non-joiner and joiner are Cf too, but they are spelling in the scripts that shape or
 * join their letters: Persian writes نامه‌ها with a non-joiner, Sinhala ශ්‍රී with a joiner after the
 * virama, and emoji are joined into one (👨‍👩‍👧). They are kept there: between two letters or marks
 * of such a script (not Latin, Greek, Cyrillic, CJK or the marks shared by all scripts, where they
 * change nothing that shows), or a joiner between emoji.
 */
const SHAPED_JOINER =
  /(?<=(?![\p{scx=Latin}\p{scx=Greek}\p{scx=Cyrillic}\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Common}\p{scx=Inherited}])[\p{L}\p{M}])[\u200c\u200d](?=[\p{L}\p{M}])|(?<=[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f])\u200d(?=\p{Extended_Pictographic})/gu;
const SEPARATOR = /[/\\]/u;
// A UTF-16 surrogate left unpaired (a file name decoded from UTF-16 can have one): not text.
const LONE_SURROGATE = /\p{Cs}/u;

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
  if (LONE_SURROGATE.test(name)) return 'it is not well-formed text';
  if (CONTROL.test(name)) return 'it contains control characters';
  if (BIDI.test(name)) return 'it contains text-direction control characters';
  if (INVISIBLE.test(name.replace(SHAPED_JOINER, ''))) return 'it contains invisible characters';
  if (SEPARATOR.test(name)) return 'it contains a path separator';
  if (/^\.+$/u.test(name)) return 'it consists only of dots';
  return null;
}
