import type { ClientDetails, DeportationIntake, ResidenceIntake } from '#domain';

/** Defined in libs/domain (shared with the dashboard). */
export { DETAIL_FIELDS, type ClientDetails } from '#domain';

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
