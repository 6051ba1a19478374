import { useEffect, useState, type FormEvent } from 'react';
import { clientsApi } from '../../api/clients-api';
import { teamsApi } from '../../api/teams-api';
import {
  CLIENT_STATUSES,
  CUSTODY_STATUSES,
  PROTECTION_STAGES,
  VULNERABILITY_FLAGS,
  type ClientSearchQuery,
  type Me,
} from '../../api/types';
import { ClientNames } from '../../components/client-names';
import { ErrorAlert } from '../../components/error-alert';
import { SelectField, TextField } from '../../components/form-fields';
import { Page } from '../../components/page';
import { useAsync } from '../../hooks/use-async';
import { useKeysetPages } from '../../hooks/use-keyset-pages';
import { KeysetList } from '../../components/keyset-list';
import { useI18n } from '../../i18n/i18n';
import { clientStatusLabel, custodyLabel, flagLabel, stageLabel } from '../../i18n/labels';
import { Link, useSearchParams } from '../../router/router';
import { useMe } from '../../session/session-context';

const PAGE_SIZE = 50;

function oneOf<T extends string>(options: readonly T[], value: string | null): T | undefined {
  return options.find((option) => option === value);
}

interface Person {
  readonly id: string;
  readonly name: string;
}

/** People whose files a supervisor may filter by: the members of the teams they supervise. */
async function supervisedPeople(me: Me, signal: AbortSignal): Promise<Person[]> {
  const supervised = me.teams.filter((m) => m.kind === 'supervisor').map((m) => m.id);
  const teams = await Promise.all(supervised.map((id) => teamsApi.get(id, signal)));
  const people = new Map<string, string>();
  for (const team of teams) for (const member of team.members) if (member.active && member.role !== 'admin') people.set(member.userId, member.displayName);
  return [...people].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

/** Finds files by any form of a name (Latin, kana, kanji, a part of it) and by what they are about. */
export function ClientSearchPage() {
  const { t } = useI18n();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const stage = oneOf(PROTECTION_STAGES, params.get('stage'));
  const flag = oneOf(VULNERABILITY_FLAGS, params.get('flag'));
  const query: ClientSearchQuery = {
    q: params.get('q')?.trim() || undefined,
    status: oneOf(CLIENT_STATUSES, params.get('status')),
    stage: stage && [stage],
    nationality: params.get('nationality')?.trim().toUpperCase() || undefined,
    language: params.get('language')?.trim().toLowerCase() || undefined,
    custody: oneOf(CUSTODY_STATUSES, params.get('custody')),
    flag: flag && [flag],
    assignedTo: params.get('assignedTo') || undefined,
  };
  const [text, setText] = useState({ q: query.q ?? '', nationality: query.nationality ?? '', language: query.language ?? '' });
  const textKey = `${query.q ?? ''}|${query.nationality ?? ''}|${query.language ?? ''}`;
  useEffect(() => {
    const [q = '', nationality = '', language = ''] = textKey.split('|');
    setText({ q, nationality, language });
  }, [textKey]);
  const people = useAsync((signal) => (me.role === 'supervisor' ? supervisedPeople(me, signal) : Promise.resolve([])), [me.id]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setParams({ q: text.q.trim().slice(0, 100), nationality: text.nationality.trim().toUpperCase(), language: text.language.trim().toLowerCase() }, { replace: true });
  };
  const choose = (name: string) => (event: { target: { value: string } }) => setParams({ [name]: event.target.value }, { replace: true });

  return (
    <Page
      title={t('clients.title')}
      actions={
        <Link to="/clients/new" className="button button-primary">
          {t('clients.intake')}
        </Link>
      }
    >
      <section aria-label={t('common.filters')} className="filters">
        <form className="filter-row" role="search" onSubmit={submit}>
          <TextField
            label={t('clients.searchLabel')}
            hint={t('clients.searchHint')}
            type="search"
            maxLength={100}
            value={text.q}
            onChange={(event) => setText({ ...text, q: event.target.value })}
          />
          <TextField
            label={t('client.nationality')}
            hint={t('client.nationalityHint')}
            maxLength={3}
            className="field-short"
            value={text.nationality}
            onChange={(event) => setText({ ...text, nationality: event.target.value })}
          />
          <TextField
            label={t('clients.language')}
            hint={t('client.languageCodeHint')}
            maxLength={3}
            className="field-short"
            value={text.language}
            onChange={(event) => setText({ ...text, language: event.target.value })}
          />
          <button type="submit" className="button button-primary">
            {t('common.search')}
          </button>
        </form>
        <div className="filter-row">
          <SelectField label={t('client.fileStatus')} value={query.status ?? ''} onChange={choose('status')}>
            <option value="">{t('clients.statusDefault')}</option>
            {CLIENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {clientStatusLabel(t, status)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('client.stage')} value={stage ?? ''} onChange={choose('stage')}>
            <option value="">{t('common.all')}</option>
            {PROTECTION_STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {stageLabel(t, stage)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('client.custody')} value={query.custody ?? ''} onChange={choose('custody')}>
            <option value="">{t('common.all')}</option>
            {CUSTODY_STATUSES.map((status) => (
              <option key={status} value={status}>
                {custodyLabel(t, status)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('client.vulnerability')} value={flag ?? ''} onChange={choose('flag')}>
            <option value="">{t('common.all')}</option>
            {VULNERABILITY_FLAGS.map((flag) => (
              <option key={flag} value={flag}>
                {flagLabel(t, flag)}
              </option>
            ))}
          </SelectField>
          {me.role === 'supervisor' ? (
            <SelectField label={t('clients.assignedTo')} value={query.assignedTo ?? ''} onChange={choose('assignedTo')}>
              <option value="">{t('common.all')}</option>
              {(people.data ?? []).map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </SelectField>
          ) : null}
          <div className="button-row">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setParams({ q: undefined, status: undefined, stage: undefined, nationality: undefined, language: undefined, custody: undefined, flag: undefined, assignedTo: undefined }, { replace: true })}
            >
              {t('common.clear')}
            </button>
          </div>
        </div>
        {people.error ? <ErrorAlert error={people.error} onRetry={people.reload} /> : null}
      </section>
      <SearchResults key={JSON.stringify(query)} query={query} />
    </Page>
  );
}

function SearchResults({ query }: { readonly query: ClientSearchQuery }) {
  const { t } = useI18n();
  const list = useKeysetPages((cursor, signal) => clientsApi.search({ ...query, cursor, limit: PAGE_SIZE }, signal), []);

  return (
    <KeysetList
      list={list}
      count={(count, more) => (more ? t('clients.countMore', { count }) : t('clients.count', { count }))}
      empty={<p>{t('clients.none')}</p>}
      moreLabel={t('common.showMore')}
    >
      {(items) => (
        <div className="table-scroll">
          <table className="table table-wide table-stack">
            <caption className="visually-hidden">{t('clients.results')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('client.caseNumber')}</th>
                <th scope="col">{t('client.names')}</th>
                <th scope="col">{t('client.nationality')}</th>
                <th scope="col">{t('client.stage')}</th>
                <th scope="col">{t('client.custody')}</th>
                <th scope="col">{t('client.fileStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((client) => (
                <tr key={client.id}>
                  <th scope="row" className="nowrap">
                    <Link to={`/clients/${client.id}`}>{client.caseNumber}</Link>
                  </th>
                  <td data-label={t('client.names')}>
                    <ClientNames names={client} />
                  </td>
                  <td data-label={t('client.nationality')}>{client.nationality ?? '—'}</td>
                  <td data-label={t('client.stage')}>{stageLabel(t, client.stage)}</td>
                  <td data-label={t('client.custody')}>{custodyLabel(t, client.custodyStatus)}</td>
                  <td data-label={t('client.fileStatus')}>
                    <span className={`badge badge-file-${client.status}`}>{clientStatusLabel(t, client.status)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </KeysetList>
  );
}
