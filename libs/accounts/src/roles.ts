export const ROLES = ['caseworker', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const MEMBERSHIP_KINDS = ['member', 'supervisor'] as const;
/** A user is a member of a team (works its cases) or supervises it (reviews its caseload). */
export type MembershipKind = (typeof MEMBERSHIP_KINDS)[number];
