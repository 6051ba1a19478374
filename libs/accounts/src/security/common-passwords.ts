import { dictionary } from '@zxcvbn-ts/language-common';

let cached: ReadonlySet<string> | undefined;

/** About 50,000 passwords from breaches and common lists (zxcvbn-ts), lower-cased. */
export function commonPasswords(): ReadonlySet<string> {
  cached ??= new Set(dictionary['passwords-common'].map((password) => password.toLowerCase()));
  return cached;
}
