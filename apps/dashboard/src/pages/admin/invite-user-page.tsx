import { useState, type FormEvent } from 'react';
import { teamsApi } from '../../api/teams-api';
import type { InvitedUser, Locale, Role, TeamView } from '../../api/types';
import { usersApi } from '../../api/users-api';
import { ErrorAlert } from '../../components/error-alert';
import { TextField } from '../../components/form-fields';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { useAction, useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router/router';
import { fitToRole, MembershipEditor, toMemberships, type MembershipChoice } from './membership-editor';
import { LanguageRadios, RoleRadios } from './role-fields';

/** Creates an account and emails its owner a one-time link to choose a password. */
export function InviteUserPage() {
  const { t } = useI18n();
  const teams = useAsync((signal) => teamsApi.list(signal), []);
  const [invited, setInvited] = useState<InvitedUser | null>(null);
  const [round, setRound] = useState(0);

  return (
    <Page title={t('invite.title')} intro={t('invite.intro')}>
      {invited ? (
        <InvitationResult
          invited={invited}
          onAnother={() => {
            setInvited(null);
            setRound((n) => n + 1);
          }}
        />
      ) : teams.error ? (
        <ErrorAlert error={teams.error} onRetry={teams.reload} />
      ) : teams.data ? (
        <InviteForm key={round} teams={teams.data} onInvited={setInvited} />
      ) : (
        <Loading />
      )}
      <p className="secondary-links">
        <Link to="/users">{t('users.backToList')}</Link>
      </p>
    </Page>
  );
}

function InvitationResult({ invited, onAnother }: { readonly invited: InvitedUser; readonly onAnother: () => void }) {
  const { t } = useI18n();
  return (
    <>
      {invited.invitationSent ? (
        <Notice tone="success">
          <p>{t('invite.sent', { name: invited.user.displayName, email: invited.user.email })}</p>
        </Notice>
      ) : (
        <Notice tone="warning">
          <p>{t('invite.notSent', { name: invited.user.displayName })}</p>
        </Notice>
      )}
      <div className="button-row">
        <Link to={`/users/${invited.user.id}`} className="button button-secondary">
          {t('invite.openAccount')}
        </Link>
        <button type="button" className="button button-primary" onClick={onAnother}>
          {t('invite.another')}
        </button>
      </div>
    </>
  );
}

function InviteForm({ teams, onInvited }: { readonly teams: readonly TeamView[]; readonly onInvited: (invited: InvitedUser) => void }) {
  const { t, locale: interfaceLocale } = useI18n();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('caseworker');
  const [locale, setLocale] = useState<Locale>(interfaceLocale);
  const [memberships, setMemberships] = useState<MembershipChoice>(new Map());
  const invite = useAction(() =>
    usersApi.invite({ email: email.trim(), displayName: displayName.trim(), role, locale, memberships: toMemberships(memberships) }),
  );

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await invite.run();
    if (result.ok) onInvited(result.value);
  };

  return (
    <>
      <ErrorAlert error={invite.error} />
      <form className="form" onSubmit={(event) => void submit(event)}>
        <TextField label={t('user.email')} type="email" autoComplete="off" required maxLength={320} value={email} onChange={(event) => setEmail(event.target.value)} />
        <TextField
          label={t('user.displayName')}
          hint={t('invite.displayNameHint')}
          autoComplete="off"
          required
          maxLength={100}
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
        />
        <RoleRadios
          value={role}
          onChange={(next) => {
            setRole(next);
            setMemberships(fitToRole(memberships, next));
          }}
        />
        <LanguageRadios value={locale} onChange={setLocale} />
        <MembershipEditor role={role} teams={teams} value={memberships} onChange={setMemberships} />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={invite.busy}>
            {invite.busy ? t('invite.sending') : t('invite.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
