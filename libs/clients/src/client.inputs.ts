import type { DeportationIntake, ResidenceIntake } from '#domain';
import type { Consent, Gender, VulnerabilityFlag } from './entities/client.entity.js';

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

export interface ClientIntakeInput extends ClientDetails {
  readonly teamId: string;
  readonly familyName: string;
  readonly residence: ResidenceIntake;
  readonly custody: DeportationIntake;
  /** Defaults to the caseworker taking the file in. */
  readonly primaryWorkerId?: string;
  readonly otherWorkerIds?: readonly string[];
  /** Set after reviewing the duplicate warning, to create the file anyway. */
  readonly confirmNotDuplicate?: boolean;
}

export interface ClientUpdateInput extends ClientDetails {
  readonly version: number;
}

export interface AssignmentInput {
  readonly version: number;
  readonly teamId?: string;
  readonly primaryWorkerId: string;
  readonly otherWorkerIds: readonly string[];
}
