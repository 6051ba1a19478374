/** Defined in libs/domain (shared with the dashboard); exported here for this library's users. */
export { LOCALES, MEMBERSHIP_KINDS, ROLES, type Locale, type MembershipKind, type Role } from '#domain';
