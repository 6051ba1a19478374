import { useState, type FormEvent } from 'react';
import { isApiError } from '../../api/http-client';
import { teamsApi } from '../../api/teams-api';
import type { InvitedUser, Locale, Role, TeamView, UserView } from '../../api/types';
import { usersApi } from '../../api/users-api';
import { RoleBadge, StatusBadge } from '../../components/badges';
import { ConfirmButton } from '../../components/confirm-button';
import { DateTime } from '../../components/date-time';
import { ErrorAlert } from '../../components/error-alert';
import { TextField } from '../../components/form-fields';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { useAction, useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n/i18n';
import { membershipLabel } from '../../i18n/labels';
import { Link } from '../../router/router';
import { useMe, useSession } from '../../session/session-context';
import { fitToRole, MembershipEditor, sameChoice, toChoice, toMemberships, type MembershipChoice } from './membership-editor';
import { LanguageRadios, RoleRadios } from './role-fields';

/** One account: what it is, its edit form (with optimistic locking) and the account actions. */
export function UserPage({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const session = useSession();
  const user = useAsync((signal) => usersApi.get(id, signal), [id]);
  const teams = useAsync((signal) => teamsApi.list(signal), []);
  const [saved, setSaved] = useState(false);

  if (user.error && !user.data) {
    return (
      <Page title={t('user.title')}>
        <ErrorAlert error={user.error} onRetry={isApiError(user.error, 'USER_NOT_FOUND') ? undefined : user.reload} />
        <p className="secondary-links">
          <Link to="/users">{t('users.backToList')}</Link>
        </p>
      </Page>
    );
  }
  if (!user.data) {
    return (
      <Page title={t('user.title')}>
        <Loading />
      </Page>
    );
  }
  const current = user.data;

  return (
    <Page title={current.displayName} intro={<Link to="/users">{t('users.backToList')}</Link>}>
      <UserFacts user={current} />
      <section className="section" aria-labelledby="user-edit">
        <h2 id="user-edit">{t('user.edit')}</h2>
        {saved ? <Notice tone="success">{t('common.saved')}</Notice> : null}
        {teams.error ? <ErrorAlert error={teams.error} onRetry={teams.reload} /> : null}
        {teams.data ? (
          <EditUserForm
            key={`${current.id}:${current.version}`}
            user={current}
            teams={teams.data}
            onEdit={() => setSaved(false)}
            onSaved={(updated) => {
              user.setData(updated);
              setSaved(true);
              // An administrator renaming themself: the header shows the new name.
              if (updated.id === session.me?.id) void session.refresh();
            }}
            onReload={() => {
              setSaved(false);
              user.reload();
            }}
          />
        ) : (
          <Loading />
        )}
      </section>
      <AccountActions user={current} onChanged={user.setData} />
      <p className="secondary-links">
        <Link to={`/audit?userId=${encodeURIComponent(current.id)}`}>{t('user.auditLink')}</Link>
      </p>
    </Page>
  );
}

function UserFacts({ user }: { readonly user: UserView }) {
  const { t, locale } = useI18n();
  return (
    <dl className="facts">
      <div>
        <dt>{t('user.email')}</dt>
        <dd className="break">{user.email}</dd>
      </div>
      <div>
        <dt>{t('user.role')}</dt>
        <dd>
          <RoleBadge role={user.role} />
        </dd>
      </div>
      <div>
        <dt>{t('user.status')}</dt>
        <dd>
          <StatusBadge status={user.status} />
        </dd>
      </div>
      <div>
        <dt>{t('user.teams')}</dt>
        <dd>
          {user.memberships.length === 0
            ? '—'
            : user.memberships.map((m) => `${m.teamName} (${membershipLabel(t, m.kind)})`).join(locale === 'ja' ? '、' : ', ')}
        </dd>
      </div>
      <div>
        <dt>{t('user.secondFactor')}</dt>
        <dd>{user.secondFactorEnabled ? t('common.on') : t('common.off')}</dd>
      </div>
      <div>
        <dt>{t('user.lastSignIn')}</dt>
        <dd>
          <DateTime iso={user.lastSignInAt} />
        </dd>
      </div>
    </dl>
  );
}

interface EditUserFormProps {
  readonly user: UserView;
  readonly teams: readonly TeamView[];
  /** The form is about to send: an earlier "saved" no longer describes it. */
  readonly onEdit: () => void;
  readonly onSaved: (user: UserView) => void;
  readonly onReload: () => void;
}

/** Sends only what changed, with the version it was read at; a stale version is said plainly. */
function EditUserForm({ user, teams, onEdit, onSaved, onReload }: EditUserFormProps) {
  const { t } = useI18n();
  const me = useMe();
  const own = me.id === user.id;
  const [displayName, setDisplayName] = useState(user.displayName);
  const [role, setRole] = useState<Role>(user.role);
  const [locale, setLocale] = useState<Locale>(user.locale);
  const [memberships, setMemberships] = useState<MembershipChoice>(() => toChoice(user.memberships));
  const [unchanged, setUnchanged] = useState(false);
  const save = useAction((changes: Parameters<typeof usersApi.update>[1]) => usersApi.update(user.id, changes));

  const membershipsChanged = !sameChoice(memberships, toChoice(user.memberships));
  const roleChanged = role !== user.role;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setUnchanged(false);
    onEdit();
    const name = displayName.trim();
    const changes = {
      version: user.version,
      ...(name !== user.displayName ? { displayName: name } : {}),
      ...(roleChanged ? { role } : {}),
      ...(locale !== user.locale ? { locale } : {}),
      ...(membershipsChanged ? { memberships: toMemberships(memberships) } : {}),
    };
    if (Object.keys(changes).length === 1) {
      setUnchanged(true);
      return;
    }
    // The form is keyed by version: the saved account mounts a fresh form.
    const result = await save.run(changes);
    if (result.ok) onSaved(result.value);
  };

  const stale = isApiError(save.error, 'STALE_VERSION');
  return (
    <>
      {unchanged ? <Notice tone="info">{t('user.nothingChanged')}</Notice> : null}
      {stale ? (
        <div className="alert alert-warning" role="alert">
          <p className="alert-message">{t('user.staleTitle')}</p>
          <p>{t('user.staleBody')}</p>
          <button type="button" className="button button-primary" onClick={onReload}>
            {t('user.staleReload')}
          </button>
        </div>
      ) : (
        <ErrorAlert error={save.error} />
      )}
      <form className="form" onSubmit={(event) => void submit(event)}>
        <TextField label={t('user.displayName')} required maxLength={100} value={displayName} onChange={(event) => setDisplayName(event.target.value)} />
        <RoleRadios
          value={role}
          disabled={own}
          onChange={(next) => {
            setRole(next);
            setMemberships(fitToRole(memberships, next));
          }}
        />
        {own ? <p className="field-hint">{t('user.ownRoleHint')}</p> : null}
        <LanguageRadios value={locale} onChange={setLocale} />
        <MembershipEditor role={role} teams={teams} value={memberships} onChange={setMemberships} />
        {roleChanged || membershipsChanged ? <Notice tone="info">{t('user.rightsChangeSignsOut')}</Notice> : null}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={save.busy}>
            {t('common.saveChanges')}
          </button>
        </div>
      </form>
    </>
  );
}

type ActionOutcome = { kind: 'invitation'; sent: boolean } | { kind: 'done'; message: string } | null;

function AccountActions({ user, onChanged }: { readonly user: UserView; readonly onChanged: (user: UserView) => void }) {
  const { t } = useI18n();
  const me = useMe();
  const own = me.id === user.id;
  const [outcome, setOutcome] = useState<ActionOutcome>(null);
  const action = useAction(async (run: () => Promise<UserView | InvitedUser>) => run());

  const perform = async (run: () => Promise<UserView | InvitedUser>, message: string) => {
    setOutcome(null);
    const result = await action.run(run);
    if (!result.ok) return;
    if ('invitationSent' in result.value) {
      onChanged(result.value.user);
      setOutcome({ kind: 'invitation', sent: result.value.invitationSent });
    } else {
      onChanged(result.value);
      setOutcome({ kind: 'done', message });
    }
  };

  return (
    <section className="section" aria-labelledby="user-actions">
      <h2 id="user-actions">{t('user.actions')}</h2>
      {outcome?.kind === 'done' ? <Notice tone="success">{outcome.message}</Notice> : null}
      {outcome?.kind === 'invitation' && outcome.sent ? <Notice tone="success">{t('user.invitationResent', { email: user.email })}</Notice> : null}
      {outcome?.kind === 'invitation' && !outcome.sent ? <Notice tone="warning">{t('invite.notSent', { name: user.displayName })}</Notice> : null}
      <ErrorAlert error={action.error} />
      {own ? <p className="field-hint">{t('user.ownAccountHint')}</p> : null}
      <div className="action-list">
        {user.status === 'invited' ? (
          <div className="action-item">
            <p>{t('user.resendExplain')}</p>
            <button
              type="button"
              className="button button-secondary"
              disabled={action.busy}
              onClick={() => void perform(() => usersApi.resendInvitation(user.id), '')}
            >
              {t('user.resendInvitation')}
            </button>
          </div>
        ) : null}
        {user.secondFactorEnabled ? (
          <div className="action-item">
            <p>{t('user.resetSecondFactorExplain')}</p>
            <ConfirmButton
              label={t('user.resetSecondFactor')}
              question={t('user.resetSecondFactorQuestion', { name: user.displayName })}
              confirmLabel={t('user.resetSecondFactorConfirm')}
              busy={action.busy}
              onConfirm={() => void perform(() => usersApi.resetSecondFactor(user.id), t('user.secondFactorWasReset'))}
            />
          </div>
        ) : null}
        {user.status === 'deactivated' ? (
          <div className="action-item">
            <p>{t('user.reactivateExplain')}</p>
            <button
              type="button"
              className="button button-secondary"
              disabled={action.busy}
              onClick={() => void perform(() => usersApi.reactivate(user.id), t('user.reactivated'))}
            >
              {t('user.reactivate')}
            </button>
          </div>
        ) : own ? null : (
          <div className="action-item">
            <p>{t('user.deactivateExplain')}</p>
            <ConfirmButton
              label={t('user.deactivate')}
              question={t('user.deactivateQuestion', { name: user.displayName })}
              confirmLabel={t('user.deactivateConfirm')}
              danger
              busy={action.busy}
              onConfirm={() => void perform(() => usersApi.deactivate(user.id), t('user.deactivated'))}
            />
          </div>
        )}
      </div>
    </section>
  );
}
