import { useState, type FormEvent } from 'react';
import { teamsApi } from '../../api/teams-api';
import type { TeamView } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { TextField } from '../../components/form-fields';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { useAction, useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router/router';

/** Every team with its head counts, and a form to create one. */
export function TeamsPage() {
  const { t } = useI18n();
  const teams = useAsync((signal) => teamsApi.list(signal), []);
  const [name, setName] = useState('');
  const [created, setCreated] = useState<TeamView | null>(null);
  const create = useAction((teamName: string) => teamsApi.create(teamName));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setCreated(null);
    const result = await create.run(name.trim());
    if (result.ok) {
      setCreated(result.value);
      setName('');
      teams.reload();
    }
  };

  return (
    <Page title={t('teams.title')}>
      {teams.error ? <ErrorAlert error={teams.error} onRetry={teams.reload} /> : null}
      {!teams.data && !teams.error ? <Loading /> : null}
      {teams.data && teams.data.length === 0 ? <p>{t('teams.none')}</p> : null}
      {teams.data && teams.data.length > 0 ? (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('teams.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('teams.name')}</th>
                <th scope="col" className="numeric">
                  {t('teams.members')}
                </th>
                <th scope="col" className="numeric">
                  {t('teams.supervisors')}
                </th>
              </tr>
            </thead>
            <tbody>
              {teams.data.map((team) => (
                <tr key={team.id}>
                  <th scope="row">
                    <Link to={`/teams/${team.id}`}>{team.name}</Link>
                  </th>
                  <td className="numeric">{team.memberCount}</td>
                  <td className="numeric">{team.supervisorCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      <section className="section" aria-labelledby="teams-create">
        <h2 id="teams-create">{t('teams.create')}</h2>
        {created ? (
          <Notice tone="success">
            {t('teams.created', { name: created.name })} <Link to={`/teams/${created.id}`}>{t('teams.openTeam')}</Link>
          </Notice>
        ) : null}
        <ErrorAlert error={create.error} />
        <form className="form form-inline" onSubmit={(event) => void submit(event)}>
          <TextField label={t('teams.name')} required maxLength={100} value={name} onChange={(event) => setName(event.target.value)} />
          <button type="submit" className="button button-primary" disabled={create.busy || name.trim() === ''}>
            {t('teams.createSubmit')}
          </button>
        </form>
      </section>
    </Page>
  );
}
