import type { ConsentKind, Gender, VulnerabilityFlag } from './vocabulary.js';

/** A consent the client gave, with its scope, and when they withdrew it. */
export interface Consent {
  readonly kind: ConsentKind;
  readonly givenOn: string;
  /** What the client agreed to, in the caseworker's words (e.g. "housing partners only"). */
  readonly scope: string;
  readonly withdrawnOn: string | null;
}

/** The personal fields of a file, as a caseworker records and corrects them. */
export interface ClientDetails {
  readonly familyName?: string;
  readonly givenName?: string;
  readonly nativeName?: string | null;
  readonly katakanaName?: string | null;
  readonly aliases?: readonly string[];
  readonly dateOfBirth?: string | null;
  readonly dateOfBirthApproximate?: boolean;
  readonly gender?: Gender | null;
  readonly nationality?: string | null;
  readonly languages?: readonly string[];
  readonly interpreterNeeded?: boolean;
  readonly interpreterLanguage?: string | null;
  readonly phone?: string | null;
  readonly email?: string | null;
  readonly address?: string | null;
  readonly landingDate?: string | null;
  readonly landingPort?: string | null;
  readonly residenceCardNumber?: string | null;
  readonly vulnerabilityFlags?: readonly VulnerabilityFlag[];
  readonly consents?: readonly Consent[];
}

export const DETAIL_FIELDS = [
  'familyName',
  'givenName',
  'nativeName',
  'katakanaName',
  'aliases',
  'dateOfBirth',
  'dateOfBirthApproximate',
  'gender',
  'nationality',
  'languages',
  'interpreterNeeded',
  'interpreterLanguage',
  'phone',
  'email',
  'address',
  'landingDate',
  'landingPort',
  'residenceCardNumber',
  'vulnerabilityFlags',
  'consents',
] as const satisfies readonly (keyof ClientDetails)[];

