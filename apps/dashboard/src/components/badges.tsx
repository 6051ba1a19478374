import type { Role, UserStatus } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { roleLabel, userStatusLabel } from '../i18n/labels';

export function RoleBadge({ role }: { readonly role: Role }) {
  const { t } = useI18n();
  return <span className={`badge badge-role-${role}`}>{roleLabel(t, role)}</span>;
}

export function StatusBadge({ status }: { readonly status: UserStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge-status-${status}`}>{userStatusLabel(t, status)}</span>;
}
