import type { AuditOutcome, MembershipKind, Role, UserStatus } from '../api/types';
import type { MessageKey, Translate } from './i18n';

export function roleLabel(t: Translate, role: Role): string {
  return t(`role.${role}` as const);
}

export function userStatusLabel(t: Translate, status: UserStatus): string {
  return t(`userStatus.${status}` as const);
}

export function membershipLabel(t: Translate, kind: MembershipKind): string {
  return t(`membership.${kind}` as const);
}

export function outcomeLabel(t: Translate, outcome: AuditOutcome): string {
  return t(`audit.outcome.${outcome}` as const);
}

/** Audit actions the trail names in words; others (added later) show their code. */
const ACTION_LABELS: Readonly<Record<string, MessageKey>> = {
  'auth.sign-in': 'audit.action.auth.sign-in',
  'auth.sign-in.second-factor': 'audit.action.auth.sign-in.second-factor',
  'auth.sign-out': 'audit.action.auth.sign-out',
  'auth.session.revoked': 'audit.action.auth.session.revoked',
  'auth.password.changed': 'audit.action.auth.password.changed',
  'auth.password-reset.requested': 'audit.action.auth.password-reset.requested',
  'auth.password-reset.completed': 'audit.action.auth.password-reset.completed',
  'auth.invitation.accepted': 'audit.action.auth.invitation.accepted',
  'auth.mfa.enrolled': 'audit.action.auth.mfa.enrolled',
  'auth.mfa.reset': 'audit.action.auth.mfa.reset',
  'auth.mfa.recovery-codes.regenerated': 'audit.action.auth.mfa.recovery-codes.regenerated',
  'account.user.created': 'audit.action.account.user.created',
  'account.user.updated': 'audit.action.account.user.updated',
  'account.user.deactivated': 'audit.action.account.user.deactivated',
  'account.user.reactivated': 'audit.action.account.user.reactivated',
  'account.invitation.sent': 'audit.action.account.invitation.sent',
  'account.team.created': 'audit.action.account.team.created',
  'account.team.updated': 'audit.action.account.team.updated',
  'account.profile.updated': 'audit.action.account.profile.updated',
  'audit.queried': 'audit.action.audit.queried',
  'client.read': 'audit.action.client.read',
  'client.listed': 'audit.action.client.listed',
  'client.created': 'audit.action.client.created',
  'client.updated': 'audit.action.client.updated',
  'client.exported': 'audit.action.client.exported',
  'client.break-glass': 'audit.action.client.break-glass',
};

export function auditActionLabel(t: Translate, action: string): string | undefined {
  const key = ACTION_LABELS[action];
  return key ? t(key) : undefined;
}
