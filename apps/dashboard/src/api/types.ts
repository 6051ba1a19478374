/**
 * The shapes the REST API answers with (openapi.json). Written by hand: the dashboard has no
 * code generator, and each type names only what the screens read.
 */

export const ROLES = ['caseworker', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export type MembershipKind = 'member' | 'supervisor';
export type SessionState = 'active' | 'mfa-pending' | 'mfa-enrolment-required';

export interface Me {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly locale: Locale;
  readonly teams: readonly { readonly id: string; readonly kind: MembershipKind }[];
  readonly sessionState: SessionState;
  readonly csrfToken: string;
  /** Not in the API yet; read when present so the account page can stop guessing. */
  readonly secondFactorEnabled?: boolean;
}

export interface SessionInfo {
  readonly id: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly expiresAt: string;
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly current: boolean;
}

export interface EnrolmentStart {
  readonly secret: string;
  readonly otpauthUri: string;
  readonly qrCodeDataUrl: string;
}

export interface RecoveryCodes {
  readonly recoveryCodes: readonly string[];
  readonly csrfToken?: string;
}

export type SecondFactor = { readonly code: string } | { readonly recoveryCode: string };

export type UserStatus = 'invited' | 'active' | 'deactivated';

export interface Membership {
  readonly teamId: string;
  readonly kind: MembershipKind;
}

export interface MembershipView extends Membership {
  readonly teamName: string;
}

export interface UserView {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly locale: Locale;
  readonly status: UserStatus;
  readonly secondFactorEnabled: boolean;
  readonly lastSignInAt: string | null;
  readonly memberships: readonly MembershipView[];
  readonly version: number;
}

export interface InvitedUser {
  readonly user: UserView;
  /** False when the mail server could not be reached: resend later. */
  readonly invitationSent: boolean;
}

export interface InviteUserRequest {
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly locale: Locale;
  readonly memberships: readonly Membership[];
}

export interface UpdateUserRequest {
  readonly version: number;
  readonly displayName?: string;
  readonly role?: Role;
  readonly locale?: Locale;
  readonly memberships?: readonly Membership[];
}

export interface UserListFilter {
  readonly role?: Role;
  readonly teamId?: string;
  readonly active?: boolean;
  readonly search?: string;
}

export interface TeamView {
  readonly id: string;
  readonly name: string;
  readonly memberCount: number;
  readonly supervisorCount: number;
}

export interface TeamMemberView {
  readonly userId: string;
  readonly displayName: string;
  readonly role: Role;
  readonly kind: MembershipKind;
  readonly active: boolean;
}

export interface TeamDetailView extends TeamView {
  readonly members: readonly TeamMemberView[];
}

export type AuditOutcome = 'success' | 'failure' | 'denied';

export interface AuditEventView {
  readonly id: string;
  readonly occurredAt: string;
  readonly actorUserId: string | null;
  readonly actorName: string | null;
  readonly actorRole: string | null;
  readonly action: string;
  readonly outcome: AuditOutcome;
  readonly targetType: string | null;
  readonly targetId: string | null;
  readonly clientId: string | null;
  readonly recordIds: readonly string[] | null;
  readonly changedFields: readonly string[] | null;
  readonly ip: string | null;
  readonly correlationId: string | null;
  readonly reason: string | null;
  readonly details: Readonly<Record<string, unknown>> | null;
}

export interface AuditPage {
  readonly items: readonly AuditEventView[];
  readonly nextCursor: string | null;
}

export interface AuditQuery {
  readonly userId?: string;
  readonly clientId?: string;
  /** ISO 8601 date-times. */
  readonly from?: string;
  readonly to?: string;
  readonly cursor?: string;
  readonly limit?: number;
}

export interface CaughtMailSummary {
  readonly id: string;
  readonly receivedAt: string;
  readonly to: readonly string[];
  readonly subject: string;
}

export interface CaughtMail extends CaughtMailSummary {
  readonly from: string;
  readonly messageId: string | null;
  readonly text: string;
  readonly html: string | null;
}
