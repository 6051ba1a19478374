import { useEffect, useState, type FormEvent } from 'react';
import { auditApi } from '../../api/audit-api';
import { teamsApi } from '../../api/teams-api';
import type { AuditEventView, AuditQuery, Me } from '../../api/types';
import { usersApi } from '../../api/users-api';
import { DateTime } from '../../components/date-time';
import { ErrorAlert } from '../../components/error-alert';
import { SelectField, TextField } from '../../components/form-fields';
import { Page } from '../../components/page';
import { useAsync } from '../../hooks/use-async';
import { useKeysetPages } from '../../hooks/use-keyset-pages';
import { KeysetList } from '../../components/keyset-list';
import { tokyoInputToIso } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { auditActionLabel, outcomeLabel } from '../../i18n/labels';
import { useSearchParams } from '../../router/router';
import { useMe } from '../../session/session-context';

const PAGE_SIZE = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface PersonOption {
  readonly id: string;
  readonly name: string;
}

/** Administrators pick from every account; supervisors from the people of the teams they supervise. */
async function peopleFor(me: Me, signal: AbortSignal): Promise<PersonOption[]> {
  if (me.role === 'admin') {
    return (await usersApi.list({}, signal)).map((u) => ({ id: u.id, name: `${u.displayName} (${u.email})` }));
  }
  const supervised = new Set(me.teams.filter((m) => m.kind === 'supervisor').map((m) => m.id));
  const teams = await teamsApi.list(signal);
  const details = await Promise.all(teams.filter((team) => supervised.has(team.id)).map((team) => teamsApi.get(team.id, signal)));
  const people = new Map<string, string>();
  for (const team of details) for (const member of team.members) people.set(member.userId, member.displayName);
  return [...people].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

/** Who did what, when: newest first, by person, client and time range, a page at a time. */
export function AuditPage() {
  const { t } = useI18n();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const applied = {
    userId: params.get('userId') ?? '',
    clientId: params.get('clientId') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
  const [draft, setDraft] = useState(applied);
  const [attempted, setAttempted] = useState(false);
  const appliedKey = JSON.stringify(applied);
  useEffect(() => setDraft(JSON.parse(appliedKey) as typeof applied), [appliedKey]);

  const people = useAsync((signal) => peopleFor(me, signal), [me.id]);

  const problems = {
    clientId: draft.clientId.trim() !== '' && !UUID.test(draft.clientId.trim()) ? t('audit.clientIdProblem') : undefined,
    from: draft.from !== '' && !tokyoInputToIso(draft.from) ? t('audit.dateProblem') : undefined,
    to:
      draft.to !== '' && !tokyoInputToIso(draft.to)
        ? t('audit.dateProblem')
        : draft.from !== '' && draft.to !== '' && draft.to <= draft.from
          ? t('audit.rangeProblem')
          : undefined,
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    if (problems.clientId || problems.from || problems.to) return;
    setParams({ userId: draft.userId, clientId: draft.clientId.trim(), from: draft.from, to: draft.to });
  };

  const query: AuditQuery = {
    userId: UUID.test(applied.userId) ? applied.userId : undefined,
    clientId: UUID.test(applied.clientId) ? applied.clientId : undefined,
    from: tokyoInputToIso(applied.from),
    to: tokyoInputToIso(applied.to),
  };

  return (
    <Page title={t('audit.title')} intro={me.role === 'admin' ? t('audit.introAdmin') : t('audit.introSupervisor')}>
      <section aria-label={t('common.filters')} className="filters">
        <form className="filter-row" onSubmit={submit} noValidate>
          <SelectField label={t('audit.person')} value={draft.userId} onChange={(event) => setDraft({ ...draft, userId: event.target.value })}>
            <option value="">{t('common.all')}</option>
            {(people.data ?? []).map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
            {draft.userId && people.data && !people.data.some((p) => p.id === draft.userId) ? (
              <option value={draft.userId}>{draft.userId}</option>
            ) : null}
          </SelectField>
          <TextField
            label={t('audit.clientId')}
            hint={t('audit.clientIdHint')}
            problem={attempted ? problems.clientId : undefined}
            spellCheck={false}
            autoComplete="off"
            value={draft.clientId}
            onChange={(event) => setDraft({ ...draft, clientId: event.target.value })}
          />
          <TextField
            label={t('audit.from')}
            type="datetime-local"
            problem={attempted ? problems.from : undefined}
            value={draft.from}
            onChange={(event) => setDraft({ ...draft, from: event.target.value })}
          />
          <TextField
            label={t('audit.to')}
            type="datetime-local"
            problem={attempted ? problems.to : undefined}
            value={draft.to}
            onChange={(event) => setDraft({ ...draft, to: event.target.value })}
          />
          <div className="button-row">
            <button type="submit" className="button button-primary">
              {t('audit.apply')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setAttempted(false);
                setParams({ userId: undefined, clientId: undefined, from: undefined, to: undefined });
              }}
            >
              {t('common.clear')}
            </button>
          </div>
        </form>
        {people.error ? <ErrorAlert error={people.error} onRetry={people.reload} /> : null}
      </section>
      <AuditResults key={JSON.stringify(query)} query={query} />
    </Page>
  );
}

function AuditResults({ query }: { readonly query: AuditQuery }) {
  const { t } = useI18n();
  const list = useKeysetPages((cursor, signal) => auditApi.find({ ...query, cursor, limit: PAGE_SIZE }, signal), []);

  return (
    <KeysetList
      list={list}
      count={(count, more) => (more ? t('audit.countMore', { count }) : t('audit.count', { count }))}
      empty={<p>{t('audit.none')}</p>}
      moreLabel={t('audit.loadOlder')}
    >
      {(events) => (
        <div className="table-scroll">
          <table className="table table-wide table-audit">
            <caption className="visually-hidden">{t('audit.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.what')}</th>
                <th scope="col">{t('audit.outcome')}</th>
                <th scope="col">{t('audit.target')}</th>
                <th scope="col">{t('audit.more')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <AuditRow key={event.id} event={event} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </KeysetList>
  );
}

function AuditRow({ event }: { readonly event: AuditEventView }) {
  const { t } = useI18n();
  const label = auditActionLabel(t, event.action);
  const facts: [string, string][] = [];
  if (event.changedFields?.length) facts.push([t('audit.changedFields'), event.changedFields.join(', ')]);
  if (event.reason) facts.push([t('audit.reason'), event.reason]);
  if (event.clientId) facts.push([t('audit.clientId'), event.clientId]);
  if (event.recordIds?.length) facts.push([t('audit.recordIds'), event.recordIds.join(', ')]);
  if (event.ip) facts.push([t('audit.ip'), event.ip]);
  if (event.correlationId) facts.push([t('audit.correlationId'), event.correlationId]);
  if (event.details && Object.keys(event.details).length > 0) facts.push([t('audit.details'), JSON.stringify(event.details)]);

  return (
    <tr>
      <td className="nowrap">
        <DateTime iso={event.occurredAt} />
      </td>
      <td>
        {event.actorName ?? (event.actorUserId ? <code>{event.actorUserId}</code> : <span className="muted">{t('audit.noActor')}</span>)}
        {event.actorRole ? <span className="muted"> ({event.actorRole})</span> : null}
      </td>
      <td>
        {label ?? <code>{event.action}</code>}
        {label ? (
          <>
            <br />
            <code className="muted small">{event.action}</code>
          </>
        ) : null}
      </td>
      <td>
        <span className={`badge badge-outcome-${event.outcome}`}>{outcomeLabel(t, event.outcome)}</span>
      </td>
      <td className="break">
        {event.targetType ? (
          <>
            {event.targetType}
            {event.targetId ? <code className="small"> {event.targetId}</code> : null}
          </>
        ) : (
          '—'
        )}
      </td>
      <td>
        {facts.length > 0 ? (
          <details>
            <summary>{t('audit.show')}</summary>
            <dl className="facts facts-compact">
              {facts.map(([name, value]) => (
                <div key={name}>
                  <dt>{name}</dt>
                  <dd className="break">{value}</dd>
                </div>
              ))}
            </dl>
          </details>
        ) : (
          '—'
        )}
      </td>
    </tr>
  );
}
