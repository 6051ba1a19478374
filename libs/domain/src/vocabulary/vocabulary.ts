/*
 * The closed lists of values the API speaks in, besides the procedure's stages (procedure/*):
 * one definition for the database checks, the DTO validation and the dashboard, which imports
 * them from here rather than keeping copies.
 */

export const ROLES = ['caseworker', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const MEMBERSHIP_KINDS = ['member', 'supervisor'] as const;
/** A user is a member of a team (works its cases) or supervises it (reviews its caseload). */
export type MembershipKind = (typeof MEMBERSHIP_KINDS)[number];

export const CLIENT_STATUSES = ['open', 'closed', 'anonymised'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

export const CUSTODY_STATUSES = ['none', 'detained', 'supervision', 'provisional-release'] as const;
export type CustodyStatus = (typeof CUSTODY_STATUSES)[number];

export const GENDERS = ['female', 'male', 'non-binary', 'undisclosed'] as const;
export type Gender = (typeof GENDERS)[number];

export const VULNERABILITY_FLAGS = [
  'minor',
  'unaccompanied-minor',
  'torture-survivor',
  'gender-based-violence',
  'trafficking',
  'serious-illness',
  'disability',
  'mental-health',
  'pregnant',
  'elderly',
  'lgbtiq',
  'single-parent',
] as const;
export type VulnerabilityFlag = (typeof VULNERABILITY_FLAGS)[number];

export const CONSENT_KINDS = ['data-processing', 'email-contact', 'partner-sharing'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

export const APPOINTMENT_KINDS = ['refugee-inquirer-interview', 'oral-opinion-hearing', 'reporting-date', 'lawyer-meeting', 'court-date', 'other'] as const;
export type AppointmentKind = (typeof APPOINTMENT_KINDS)[number];

export const APPOINTMENT_STATUSES = ['scheduled', 'held', 'missed', 'cancelled'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

export const DEADLINE_STATUSES = ['open', 'met', 'missed', 'waived', 'superseded'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/** Why a client file is exported: recorded with the export (APPI Arts. 29–30, 32–35). */
export const EXPORT_PURPOSES = ['subject-access', 'legal-representative', 'transfer-with-consent', 'other'] as const;
export type ExportPurpose = (typeof EXPORT_PURPOSES)[number];
