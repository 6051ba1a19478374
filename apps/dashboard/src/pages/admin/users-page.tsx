import { useEffect, useState, type FormEvent } from 'react';
import { teamsApi } from '../../api/teams-api';
import { ROLES, type UserStatus, type UserView } from '../../api/types';
import { usersApi } from '../../api/users-api';
import { RoleBadge, StatusBadge } from '../../components/badges';
import { DateTime } from '../../components/date-time';
import { ErrorAlert } from '../../components/error-alert';
import { SelectField, TextField } from '../../components/form-fields';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n/i18n';
import { membershipLabel, roleLabel, userStatusLabel } from '../../i18n/labels';
import { Link, useSearchParams } from '../../router/router';

const STATUSES: readonly UserStatus[] = ['active', 'invited', 'deactivated'];

function oneOf<T extends string>(options: readonly T[], value: string | null): T | undefined {
  return options.find((option) => option === value);
}

/** Every account, filtered by role, team, status and a part of a name or email. */
export function UsersPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const role = oneOf(ROLES, params.get('role'));
  const status = oneOf(STATUSES, params.get('status'));
  const teamId = params.get('team') ?? undefined;
  const search = params.get('q') ?? undefined;
  const [searchText, setSearchText] = useState(search ?? '');
  useEffect(() => setSearchText(search ?? ''), [search]);

  const teams = useAsync((signal) => teamsApi.list(signal), []);
  const users = useAsync(
    (signal) =>
      // The API filters by active or not; "invited" and "active" are both active accounts.
      usersApi.list({ role, teamId, search, active: status === undefined ? undefined : status !== 'deactivated' }, signal),
    [role, teamId, status, search],
  );
  const shown = users.data?.filter((user) => status === undefined || user.status === status);

  const submitSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setParams({ q: searchText.trim().slice(0, 100) || undefined }, { replace: true });
  };

  return (
    <Page
      title={t('users.title')}
      actions={
        <Link to="/users/new" className="button button-primary">
          {t('users.invite')}
        </Link>
      }
    >
      <section aria-label={t('common.filters')} className="filters">
        <form className="filter-row" onSubmit={submitSearch} role="search">
          <TextField
            label={t('users.search')}
            type="search"
            value={searchText}
            maxLength={100}
            onChange={(event) => setSearchText(event.target.value)}
          />
          <button type="submit" className="button button-secondary">
            {t('common.search')}
          </button>
        </form>
        <div className="filter-row">
          <SelectField label={t('user.role')} value={role ?? ''} onChange={(event) => setParams({ role: event.target.value }, { replace: true })}>
            <option value="">{t('common.all')}</option>
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {roleLabel(t, option)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('user.team')} value={teamId ?? ''} onChange={(event) => setParams({ team: event.target.value }, { replace: true })}>
            <option value="">{t('common.all')}</option>
            {(teams.data ?? []).map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('user.status')} value={status ?? ''} onChange={(event) => setParams({ status: event.target.value }, { replace: true })}>
            <option value="">{t('common.all')}</option>
            {STATUSES.map((option) => (
              <option key={option} value={option}>
                {userStatusLabel(t, option)}
              </option>
            ))}
          </SelectField>
        </div>
      </section>

      {users.error ? <ErrorAlert error={users.error} onRetry={users.reload} /> : null}
      {!shown && !users.error ? <Loading /> : null}
      {shown ? <UsersTable users={shown} busy={users.loading} /> : null}
    </Page>
  );
}

function UsersTable({ users, busy }: { readonly users: readonly UserView[]; readonly busy: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <p className="result-count" role="status" aria-busy={busy}>
        {t('users.count', { count: users.length })}
      </p>
      {users.length === 0 ? (
        <p>{t('users.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table table-wide">
            <caption className="visually-hidden">{t('users.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('user.displayName')}</th>
                <th scope="col">{t('user.email')}</th>
                <th scope="col">{t('user.role')}</th>
                <th scope="col">{t('user.teams')}</th>
                <th scope="col">{t('user.status')}</th>
                <th scope="col">{t('user.secondFactor')}</th>
                <th scope="col">{t('user.lastSignIn')}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id}>
                  <th scope="row">
                    <Link to={`/users/${user.id}`}>{user.displayName}</Link>
                  </th>
                  <td className="break">{user.email}</td>
                  <td>
                    <RoleBadge role={user.role} />
                  </td>
                  <td>
                    {user.memberships.length === 0 ? (
                      <span className="muted">—</span>
                    ) : (
                      <ul className="plain-list">
                        {user.memberships.map((m) => (
                          <li key={m.teamId}>
                            {m.teamName} <span className="muted">({membershipLabel(t, m.kind)})</span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    <StatusBadge status={user.status} />
                  </td>
                  <td>{user.secondFactorEnabled ? t('common.on') : t('common.off')}</td>
                  <td>
                    <DateTime iso={user.lastSignInAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

