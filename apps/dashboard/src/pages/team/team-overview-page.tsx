import { caseloadApi } from '../../api/caseload-api';
import { deadlinesApi } from '../../api/deadlines-api';
import { documentsApi } from '../../api/documents-api';
import { teamsApi } from '../../api/teams-api';
import type { CaseworkerLoad, MissingDocumentsByCaseworker } from '../../api/types';
import { ConfidenceBadge, HardnessBadge } from '../../components/deadline-parts';
import { ErrorAlert } from '../../components/error-alert';
import { SelectField } from '../../components/form-fields';
import { LocalDate } from '../../components/local-date';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n/i18n';
import { anyStageLabel, deadlineKindLabel } from '../../i18n/labels';
import { Link, useSearchParams } from '../../router/router';
import { useMe } from '../../session/session-context';

const BUSINESS_DAY_CHOICES = [0, 3, 5, 10, 20] as const;

/** A supervisor's teams: who carries how many files, at which stages, what is overdue or due soon, and what is at risk. */
export function TeamOverviewPage() {
  const { t } = useI18n();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const supervised = me.teams.filter((m) => m.kind === 'supervisor').map((m) => m.id);
  const teamId = supervised.find((id) => id === params.get('team'));
  const parsedDays = Number(params.get('days') ?? '5');
  const businessDays = Number.isInteger(parsedDays) && parsedDays >= 0 && parsedDays <= 60 ? parsedDays : 5;
  const teams = useAsync((signal) => teamsApi.list(signal), []);
  const overview = useAsync((signal) => caseloadApi.team(teamId, signal), [teamId]);
  const atRisk = useAsync((signal) => deadlinesApi.atRisk(businessDays, signal), [businessDays]);
  const missingDocuments = useAsync((signal) => documentsApi.missingByCaseworker(teamId, signal), [teamId]);
  const teamNames = new Map((teams.data ?? []).map((team) => [team.id, team.name]));
  const dayChoices = (BUSINESS_DAY_CHOICES as readonly number[]).includes(businessDays) ? BUSINESS_DAY_CHOICES : [...BUSINESS_DAY_CHOICES, businessDays].sort((a, b) => a - b);

  return (
    <Page title={t('teamView.title')} intro={t('teamView.intro')}>
      {supervised.length === 0 ? <p>{t('teamView.noTeams')}</p> : null}
      {supervised.length > 1 ? (
        <div className="filters">
          <div className="filter-row">
            <SelectField label={t('teamView.team')} value={teamId ?? ''} onChange={(event) => setParams({ team: event.target.value }, { replace: true })}>
              <option value="">{t('teamView.allTeams')}</option>
              {supervised.map((id) => (
                <option key={id} value={id}>
                  {teamNames.get(id) ?? id}
                </option>
              ))}
            </SelectField>
          </div>
        </div>
      ) : null}

      <section className="section section-first" aria-labelledby="team-load">
        <h2 id="team-load">{t('teamView.loadTitle')}</h2>
        {overview.error ? <ErrorAlert error={overview.error} onRetry={overview.reload} /> : null}
        {!overview.data && !overview.error ? <Loading /> : null}
        {overview.data ? (
          <>
            <p className="muted">
              {t('teamView.asOf')} <LocalDate value={overview.data.today} />
            </p>
            {overview.data.unassigned.map((files) => (
              <Notice key={files.teamId} tone="warning">
                {t('teamView.unassigned', { team: files.teamName, count: files.clients })}
              </Notice>
            ))}
            {overview.data.caseworkers.length === 0 ? <p>{t('teamView.noCaseworkers')}</p> : <LoadTable rows={overview.data.caseworkers} />}
          </>
        ) : null}
      </section>

      <section className="section" aria-labelledby="team-missing-documents">
        <h2 id="team-missing-documents">{t('teamView.missingDocumentsTitle')}</h2>
        <p className="muted">{t('teamView.missingDocumentsIntro')}</p>
        {missingDocuments.error ? <ErrorAlert error={missingDocuments.error} onRetry={missingDocuments.reload} /> : null}
        {!missingDocuments.data && !missingDocuments.error ? <Loading /> : null}
        {missingDocuments.data ? <MissingDocumentsTable rows={missingDocuments.data} teamNames={teamNames} /> : null}
      </section>

      <section className="section" aria-labelledby="team-at-risk">
        <h2 id="team-at-risk">{t('teamView.atRiskTitle')}</h2>
        <p className="muted">{t('teamView.atRiskIntro')}</p>
        <div className="filter-row">
          <SelectField label={t('teamView.businessDays')} value={String(businessDays)} onChange={(event) => setParams({ days: event.target.value }, { replace: true })}>
            {dayChoices.map((days) => (
              <option key={days} value={days}>
                {days === 0 ? t('teamView.overdueOnly') : t('teamView.withinDays', { days })}
              </option>
            ))}
          </SelectField>
        </div>
        {atRisk.error ? <ErrorAlert error={atRisk.error} onRetry={atRisk.reload} /> : null}
        {!atRisk.data && !atRisk.error ? <Loading /> : null}
        {atRisk.data && atRisk.data.length === 0 ? <p>{t('teamView.noneAtRisk')}</p> : null}
        {atRisk.data && atRisk.data.length > 0 ? (
          <div className="table-scroll">
            <table className="table table-wide">
              <caption className="visually-hidden">{t('teamView.atRiskTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('client.caseNumber')}</th>
                  <th scope="col">{t('deadlines.kind')}</th>
                  <th scope="col">{t('deadlines.dueDate')}</th>
                  <th scope="col">{t('teamView.businessDaysLeft')}</th>
                  <th scope="col">{t('teamView.owner')}</th>
                </tr>
              </thead>
              <tbody>
                {atRisk.data.map((item) => (
                  <tr key={item.deadline.id} className={item.businessDaysLeft < 0 ? 'row-overdue' : undefined}>
                    <th scope="row" className="nowrap">
                      <Link to={`/clients/${item.deadline.clientId}?tab=deadlines`}>{item.caseNumber}</Link>
                    </th>
                    <td>
                      {deadlineKindLabel(t, item.deadline.kind)} <HardnessBadge hardness={item.deadline.hardness} />
                      {item.deadline.confidence === 'U' ? (
                        <>
                          {' '}
                          <ConfidenceBadge confidence="U" />
                        </>
                      ) : null}
                    </td>
                    <td className="nowrap">
                      <LocalDate value={item.deadline.dueDate} />
                    </td>
                    <td className="numeric">
                      {item.businessDaysLeft < 0 ? (
                        <span className="days-left days-overdue">{t('teamView.businessDaysOverdue', { days: -item.businessDaysLeft })}</span>
                      ) : (
                        t('teamView.businessDaysValue', { days: item.businessDaysLeft })
                      )}
                    </td>
                    <td>{item.ownerName ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </Page>
  );
}

function LoadTable({ rows }: { readonly rows: readonly CaseworkerLoad[] }) {
  const { t } = useI18n();
  const teams = new Set(rows.map((row) => row.teamId));
  return (
    <div className="table-scroll">
      <table className="table table-wide">
        <caption className="visually-hidden">{t('teamView.loadTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('teamView.caseworker')}</th>
            {teams.size > 1 ? <th scope="col">{t('teamView.team')}</th> : null}
            <th scope="col" className="numeric">
              {t('teamView.clients')}
            </th>
            <th scope="col" className="numeric">
              {t('teamView.overdue')}
            </th>
            <th scope="col" className="numeric">
              {t('teamView.dueWithin7Days')}
            </th>
            <th scope="col">{t('teamView.byStage')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.teamId}:${row.userId}`} className={row.overdue > 0 ? 'row-overdue' : undefined}>
              <th scope="row">
                <Link to={`/clients?assignedTo=${encodeURIComponent(row.userId)}`}>{row.displayName}</Link>
              </th>
              {teams.size > 1 ? <td>{row.teamName}</td> : null}
              <td className="numeric">{row.clients}</td>
              <td className="numeric">{row.overdue > 0 ? <strong className="days-overdue">{row.overdue}</strong> : row.overdue}</td>
              <td className="numeric">{row.dueWithin7Days}</td>
              <td>
                {Object.keys(row.byStage).length === 0 ? (
                  <span className="muted">—</span>
                ) : (
                  <ul className="plain-list small">
                    {Object.entries(row.byStage)
                      .sort(([a], [b]) => a.localeCompare(b))
                      .map(([stage, count]) => (
                        <li key={stage}>
                          {anyStageLabel(t, stage)}: {count}
                        </li>
                      ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Per caseworker, how many of their files lack a required document or wait for a signed translation. */
function MissingDocumentsTable({ rows, teamNames }: { readonly rows: readonly MissingDocumentsByCaseworker[]; readonly teamNames: ReadonlyMap<string, string> }) {
  const { t } = useI18n();
  const withFiles = rows.filter((row) => row.files.length > 0);
  if (withFiles.length === 0) return <p>{t('teamView.noMissingDocuments')}</p>;
  const teams = new Set(withFiles.map((row) => row.teamId));
  const sorted = [...withFiles].sort((a, b) => filesMissing(b) - filesMissing(a) || (a.caseworkerName ?? '').localeCompare(b.caseworkerName ?? ''));
  return (
    <div className="table-scroll">
      <table className="table table-wide">
        <caption className="visually-hidden">{t('teamView.missingDocumentsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('teamView.caseworker')}</th>
            {teams.size > 1 ? <th scope="col">{t('teamView.team')}</th> : null}
            <th scope="col" className="numeric">
              {t('teamView.filesWithMissing')}
            </th>
            <th scope="col" className="numeric">
              {t('teamView.filesAwaitingTranslation')}
            </th>
            <th scope="col">{t('teamView.files')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={`${row.teamId}:${row.caseworkerId ?? 'none'}`}>
              <th scope="row">{row.caseworkerName ?? <span className="muted">{t('teamView.noPrimaryCaseworker')}</span>}</th>
              {teams.size > 1 ? <td>{teamNames.get(row.teamId) ?? row.teamId}</td> : null}
              <td className="numeric">{filesMissing(row) > 0 ? <strong className="days-overdue">{filesMissing(row)}</strong> : 0}</td>
              <td className="numeric">{row.files.filter((file) => file.awaitingTranslation > 0).length}</td>
              <td>
                <ul className="plain-list small">
                  {row.files.map((file) => (
                    <li key={file.clientId}>
                      <Link to={`/clients/${file.clientId}?tab=applications`}>{file.caseNumber}</Link>{' '}
                      {t('teamView.fileMissingCounts', { missing: file.missing, awaiting: file.awaitingTranslation })}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function filesMissing(row: MissingDocumentsByCaseworker): number {
  return row.files.filter((file) => file.missing > 0).length;
}
