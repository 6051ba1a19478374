import { useState } from 'react';
import { teamsApi } from '../../api/teams-api';
import type { MembershipKind, TeamView } from '../../api/types';
import { RoleBadge } from '../../components/badges';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { SessionsList } from '../../components/sessions-list';
import { useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n/i18n';
import { membershipLabel } from '../../i18n/labels';
import { Link } from '../../router/router';
import { useMe } from '../../session/session-context';
import { CaseloadSection } from '../caseload/caseload-section';
import { WaitingReferralsSection } from './waiting-referrals-section';

/**
 * A caseworker's or supervisor's start: their caseload first (what is due next), then who they
 * are, their teams and where they are signed in.
 */
export function HomePage() {
  const { t } = useI18n();
  const me = useMe();
  const teams = useAsync((signal) => teamsApi.list(signal), []);

  return (
    <Page
      title={t('home.title')}
      intro={t('home.greeting', { name: me.displayName })}
      actions={
        <>
          <Link to="/clients/new" className="button button-primary">
            {t('clients.intake')}
          </Link>
          {me.role === 'supervisor' ? (
            <Link to="/team" className="button button-secondary">
              {t('teamView.title')}
            </Link>
          ) : null}
        </>
      }
    >
      <section className="section section-first" aria-labelledby="home-caseload">
        <h2 id="home-caseload">{t('caseload.title')}</h2>
        <p className="muted">{t('caseload.intro')}</p>
        <CaseloadSection />
      </section>

      <WaitingReferralsSection />

      <section className="section" aria-labelledby="home-you">
        <h2 id="home-you">{t('home.you')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('user.displayName')}</dt>
            <dd>{me.displayName}</dd>
          </div>
          <div>
            <dt>{t('user.email')}</dt>
            <dd>{me.email}</dd>
          </div>
          <div>
            <dt>{t('user.role')}</dt>
            <dd>
              <RoleBadge role={me.role} /> <span className="muted">{t(`home.roleExplain.${me.role}` as const)}</span>
            </dd>
          </div>
        </dl>
        <p>
          <Link to="/account">{t('home.manageAccount')}</Link>
        </p>
      </section>

      <section className="section" aria-labelledby="home-teams">
        <h2 id="home-teams">{t('home.teams')}</h2>
        {teams.error ? <ErrorAlert error={teams.error} onRetry={teams.reload} /> : null}
        {!teams.data && !teams.error ? <Loading /> : null}
        {teams.data && teams.data.length === 0 ? <p>{t('home.noTeams')}</p> : null}
        {teams.data && teams.data.length > 0 ? (
          <ul className="team-cards">
            {teams.data.map((team) => (
              <TeamCard key={team.id} team={team} kinds={me.teams.filter((m) => m.id === team.id).map((m) => m.kind)} />
            ))}
          </ul>
        ) : null}
      </section>

      <section className="section" aria-labelledby="home-sessions">
        <h2 id="home-sessions">{t('home.sessions')}</h2>
        <p className="muted">{t('home.sessionsExplain')}</p>
        <SessionsList />
      </section>
    </Page>
  );
}

function TeamCard({ team, kinds }: { readonly team: TeamView; readonly kinds: readonly MembershipKind[] }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <li className="team-card">
      <h3>{team.name}</h3>
      <p>
        {kinds.map((kind) => (
          <span key={kind} className="badge">
            {membershipLabel(t, kind)}
          </span>
        ))}
      </p>
      <p className="muted">{t('teams.counts', { members: team.memberCount, supervisors: team.supervisorCount })}</p>
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{t('home.showMembers')}</summary>
        {open ? <TeamMembers teamId={team.id} /> : null}
      </details>
    </li>
  );
}

function TeamMembers({ teamId }: { readonly teamId: string }) {
  const { t } = useI18n();
  const team = useAsync((signal) => teamsApi.get(teamId, signal), [teamId]);
  if (team.error) return <ErrorAlert error={team.error} onRetry={team.reload} />;
  if (!team.data) return <Loading />;
  const members = team.data.members.filter((member) => member.active);
  if (members.length === 0) return <p>{t('teams.noMembers')}</p>;
  return (
    <ul className="plain-list">
      {members.map((member) => (
        <li key={`${member.userId}:${member.kind}`}>
          {member.displayName} <span className="muted">({membershipLabel(t, member.kind)})</span>
        </li>
      ))}
    </ul>
  );
}
