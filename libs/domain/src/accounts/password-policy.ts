export const PASSWORD_MIN_LENGTH = 12;
/** Long enough for any passphrase; bounded so hashing cannot be used to exhaust the server. */
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'COMMON' | 'CONTAINS_ACCOUNT_NAME' | 'REPEATED_CHARACTER';

export interface PasswordContext {
  /** Lower-cased list of passwords known from breaches and dictionaries. */
  readonly commonPasswords: ReadonlySet<string>;
  readonly email?: string;
}

/**
 * The password rule (OWASP ASVS V2.1): at least 12 characters counted as Unicode code points
 * (so a Japanese passphrase counts fairly), no composition rules, and not a known common password
 * or the account's own name. Returns every problem, for the form to show.
 */
export function checkPassword(password: string, context: PasswordContext): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push('TOO_SHORT');
  if (length > PASSWORD_MAX_LENGTH) problems.push('TOO_LONG');
  const normalised = password.normalize('NFKC').toLowerCase();
  if (context.commonPasswords.has(normalised) || context.commonPasswords.has(normalised.replace(/\d+$/, ''))) {
    problems.push('COMMON');
  }
  const localPart = context.email?.split('@')[0]?.toLowerCase();
  if (localPart !== undefined && localPart.length >= 4 && normalised.includes(localPart)) {
    problems.push('CONTAINS_ACCOUNT_NAME');
  }
  if (length > 0 && new Set(normalised).size <= 2) problems.push('REPEATED_CHARACTER');
  return problems;
}

export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  TOO_SHORT: `Use at least ${PASSWORD_MIN_LENGTH} characters; a few unrelated words make a good passphrase.`,
  TOO_LONG: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
  COMMON: 'This password is on a list of common or leaked passwords; choose another.',
  CONTAINS_ACCOUNT_NAME: 'Do not use your email address in your password.',
  REPEATED_CHARACTER: 'Do not use the same one or two characters over and over.',
};
