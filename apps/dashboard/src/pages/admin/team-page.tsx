import { useState, type FormEvent } from 'react';
import { isApiError } from '../../api/http-client';
import { teamsApi } from '../../api/teams-api';
import type { MembershipKind, TeamDetailView, TeamMemberView, UserView } from '../../api/types';
import { usersApi } from '../../api/users-api';
import { RoleBadge } from '../../components/badges';
import { ErrorAlert } from '../../components/error-alert';
import { SelectField, TextField } from '../../components/form-fields';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { useAction, useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n/i18n';
import { membershipLabel } from '../../i18n/labels';
import { Link } from '../../router/router';

/**
 * Memberships belong to the user (PATCH /api/users/{id} replaces them all): adding or removing
 * one reads the user's current version first and writes the whole list back.
 */
async function changeMembership(userId: string, teamId: string, kind: MembershipKind | null): Promise<UserView> {
  const user = await usersApi.get(userId);
  const others = user.memberships.filter((m) => m.teamId !== teamId).map(({ teamId: id, kind: k }) => ({ teamId: id, kind: k }));
  const memberships = kind ? [...others, { teamId, kind }] : others;
  return usersApi.update(userId, { version: user.version, memberships });
}

/** One team: its name, its people, adding and removing them. */
export function TeamPage({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const team = useAsync((signal) => teamsApi.get(id, signal), [id]);

  if (team.error && !team.data) {
    return (
      <Page title={t('team.title')}>
        <ErrorAlert error={team.error} onRetry={isApiError(team.error, 'TEAM_NOT_FOUND') ? undefined : team.reload} />
        <p className="secondary-links">
          <Link to="/teams">{t('teams.backToList')}</Link>
        </p>
      </Page>
    );
  }
  if (!team.data) {
    return (
      <Page title={t('team.title')}>
        <Loading />
      </Page>
    );
  }
  return (
    <Page title={team.data.name} intro={<Link to="/teams">{t('teams.backToList')}</Link>}>
      <p className="muted">{t('teams.counts', { members: team.data.memberCount, supervisors: team.data.supervisorCount })}</p>
      <Members team={team.data} onChanged={team.reload} />
      <AddMember team={team.data} onAdded={team.reload} />
      <RenameTeam team={team.data} onRenamed={team.setData} />
    </Page>
  );
}

function Members({ team, onChanged }: { readonly team: TeamDetailView; readonly onChanged: () => void }) {
  const { t } = useI18n();
  const [removed, setRemoved] = useState<string | null>(null);
  const remove = useAction((member: TeamMemberView) => changeMembership(member.userId, team.id, null));

  const onRemove = async (member: TeamMemberView) => {
    setRemoved(null);
    const result = await remove.run(member);
    if (result.ok) {
      setRemoved(member.displayName);
      onChanged();
    }
  };

  return (
    <section className="section" aria-labelledby="team-members">
      <h2 id="team-members">{t('team.people')}</h2>
      {removed ? <Notice tone="success">{t('team.removed', { name: removed })}</Notice> : null}
      <ErrorAlert error={remove.error} />
      {team.members.length === 0 ? (
        <p>{t('teams.noMembers')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('team.people')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('user.displayName')}</th>
                <th scope="col">{t('user.role')}</th>
                <th scope="col">{t('team.position')}</th>
                <th scope="col">{t('user.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {team.members.map((member) => (
                <tr key={`${member.userId}:${member.kind}`}>
                  <th scope="row">
                    <Link to={`/users/${member.userId}`}>{member.displayName}</Link>
                  </th>
                  <td>
                    <RoleBadge role={member.role} />
                  </td>
                  <td>{membershipLabel(t, member.kind)}</td>
                  <td>{member.active ? t('team.memberActive') : t('team.memberInactive')}</td>
                  <td>
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      disabled={remove.busy}
                      aria-label={t('team.removeLabel', { name: member.displayName })}
                      onClick={() => void onRemove(member)}
                    >
                      {t('team.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="field-hint">{t('user.rightsChangeSignsOut')}</p>
    </section>
  );
}

function AddMember({ team, onAdded }: { readonly team: TeamDetailView; readonly onAdded: () => void }) {
  const { t } = useI18n();
  const candidates = useAsync((signal) => usersApi.list({ active: true }, signal), [team.id, team.members.length]);
  const [userId, setUserId] = useState('');
  const [kind, setKind] = useState<MembershipKind>('member');
  const [added, setAdded] = useState<string | null>(null);
  const add = useAction((id: string, as: MembershipKind) => changeMembership(id, team.id, as));

  const inTeam = new Set(team.members.map((m) => m.userId));
  const eligible = (candidates.data ?? []).filter((u) => u.role !== 'admin' && !inTeam.has(u.id));
  const chosen = eligible.find((u) => u.id === userId);
  const effectiveKind: MembershipKind = chosen?.role === 'supervisor' ? kind : 'member';

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!chosen) return;
    setAdded(null);
    const result = await add.run(chosen.id, effectiveKind);
    if (result.ok) {
      setAdded(chosen.displayName);
      setUserId('');
      onAdded();
    }
  };

  return (
    <section className="section" aria-labelledby="team-add">
      <h2 id="team-add">{t('team.add')}</h2>
      {added ? <Notice tone="success">{t('team.added', { name: added })}</Notice> : null}
      {candidates.error ? <ErrorAlert error={candidates.error} onRetry={candidates.reload} /> : null}
      <ErrorAlert error={add.error} />
      {candidates.data && eligible.length === 0 ? <p>{t('team.noCandidates')}</p> : null}
      {eligible.length > 0 ? (
        <form className="form form-inline" onSubmit={(event) => void submit(event)}>
          <SelectField label={t('team.person')} required value={userId} onChange={(event) => setUserId(event.target.value)}>
            <option value="">{t('team.choosePerson')}</option>
            {eligible.map((user) => (
              <option key={user.id} value={user.id}>
                {user.displayName} ({user.email})
              </option>
            ))}
          </SelectField>
          {chosen?.role === 'supervisor' ? (
            <SelectField label={t('team.position')} value={kind} onChange={(event) => setKind(event.target.value as MembershipKind)}>
              <option value="supervisor">{t('membership.supervisor')}</option>
              <option value="member">{t('membership.member')}</option>
            </SelectField>
          ) : null}
          <button type="submit" className="button button-primary" disabled={add.busy || !chosen}>
            {t('team.addSubmit')}
          </button>
        </form>
      ) : null}
    </section>
  );
}

function RenameTeam({ team, onRenamed }: { readonly team: TeamDetailView; readonly onRenamed: (team: TeamDetailView) => void }) {
  const { t } = useI18n();
  const [name, setName] = useState(team.name);
  const [done, setDone] = useState(false);
  const rename = useAction((value: string) => teamsApi.rename(team.id, value));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(false);
    const result = await rename.run(name.trim());
    if (result.ok) {
      onRenamed(result.value);
      setDone(true);
    }
  };

  return (
    <section className="section" aria-labelledby="team-rename">
      <h2 id="team-rename">{t('team.rename')}</h2>
      {done ? <Notice tone="success">{t('common.saved')}</Notice> : null}
      <ErrorAlert error={rename.error} />
      <form className="form form-inline" onSubmit={(event) => void submit(event)}>
        <TextField label={t('teams.name')} required maxLength={100} value={name} onChange={(event) => setName(event.target.value)} />
        <button type="submit" className="button button-primary" disabled={rename.busy || name.trim() === '' || name.trim() === team.name}>
          {t('team.renameSubmit')}
        </button>
      </form>
    </section>
  );
}
