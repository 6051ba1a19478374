import { useEffect, useMemo, useState } from 'react';
import { reportsApi } from '../../api/reports-api';
import type { ExportFormat, ReportOverview, ReportQuery } from '../../api/types';
import { DateTime } from '../../components/date-time';
import { ErrorAlert } from '../../components/error-alert';
import { SelectField, TextField } from '../../components/form-fields';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { useAction, useAsync, type AsyncState } from '../../hooks/use-async';
import { todayInTokyo } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { useSearchParams } from '../../router/router';
import { CaseloadsSection } from './caseloads-section';
import { DeadlinesSection } from './deadlines-section';
import { DisaggregationSection } from './disaggregation-section';
import { OutcomesSection } from './outcomes-section';
import { ReferralsDocumentsSection } from './referrals-documents-section';
import { PERIOD_PRESETS, presetPeriod, readFilters, yearChoices, type PeriodPreset, type PeriodProblem, type ReportFilters } from './report-period';
import { TimeInStageSection } from './time-in-stage-section';

/** How often the page asks whether a requested refresh has finished, and for how long. */
const REFRESH_POLL_MS = 3_000;
const REFRESH_WAIT_MS = 5 * 60_000;

const SECTIONS = [
  ['report-outcomes-section', 'reports.outcomes.title'],
  ['report-time-in-stage-section', 'reports.time.title'],
  ['report-deadlines-section', 'reports.deadlines.title'],
  ['report-caseloads-section', 'reports.caseloads.title'],
  ['report-referrals-documents-section', 'reports.referrals.title'],
  ['report-disaggregation-section', 'reports.disaggregation.title'],
] as const;

/** Saves a file in the browser's downloads. */
function download(fileName: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/**
 * The organisation's figures over time for supervisors (their teams) and administrators (the
 * whole organisation, in aggregate): outcomes beside the national figures, time in stage,
 * deadlines kept, caseloads, referrals and documents, and the disaggregated tables. The worker
 * precomputes them; the page says as of when, and can ask for a refresh.
 */
export function ReportsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const today = todayInTokyo();
  const filters = readFilters(params, today);
  const overview = useAsync((signal) => reportsApi.overview(signal), []);
  const teams = overview.data?.teams;
  // A team the viewer no longer has (an old link) is left out rather than refused.
  const teamId = teams?.some((team) => team.id === filters.teamId) ? filters.teamId : undefined;
  const query = useMemo<ReportQuery>(() => ({ from: filters.from, to: filters.to, teamId }), [filters.from, filters.to, teamId]);

  return (
    <Page title={t('reports.title')} intro={t('reports.intro')}>
      {overview.error ? <ErrorAlert error={overview.error} onRetry={overview.reload} /> : null}
      {!overview.data && !overview.error ? <Loading /> : null}
      {overview.data ? (
        <>
          <DataVersion overview={overview} />
          {overview.data.aggregateOnly ? <p className="muted">{t('reports.aggregateOnly')}</p> : null}
          <Filters filters={filters} teamId={teamId} overview={overview.data} today={today} onChange={(changes) => setParams(changes, { replace: true })} />
          {filters.problem ? null : <ExportButtons query={query} filters={filters} />}
          <nav aria-label={t('reports.sectionsNav')} className="secondary-links">
            {SECTIONS.map(([anchor, title], index) => (
              <span key={anchor}>
                {index > 0 ? ' · ' : null}
                <a href={`#${anchor}`}>{t(title)}</a>
              </span>
            ))}
          </nav>
          {filters.problem ? null : <Sections query={query} filters={filters} overview={overview.data} today={today} setParams={setParams} />}
        </>
      ) : null}
    </Page>
  );
}

interface SectionsProps {
  readonly query: ReportQuery;
  readonly filters: ReportFilters;
  readonly overview: ReportOverview;
  readonly today: string;
  readonly setParams: ReturnType<typeof useSearchParams>[1];
}

function Sections({ query, filters, overview, today, setParams }: SectionsProps) {
  const version = overview.dataVersion?.id ?? null;
  return (
    <>
      <OutcomesSection query={query} version={version} granularity={filters.granularity} onGranularity={(granularity) => setParams({ granularity }, { replace: true })} national={overview.national} />
      <TimeInStageSection query={query} version={version} />
      <DeadlinesSection query={query} version={version} />
      <CaseloadsSection query={query} version={version} />
      <ReferralsDocumentsSection query={query} version={version} />
      <DisaggregationSection
        year={filters.year}
        years={yearChoices(overview.earliestMonth, filters, today)}
        onYear={(year) => setParams({ year: String(year) }, { replace: true })}
        version={version}
      />
    </>
  );
}

/** As of when the figures are, how often they are rebuilt, and a button to rebuild them now. */
function DataVersion({ overview }: { readonly overview: AsyncState<ReportOverview> }) {
  const { t } = useI18n();
  const data = overview.data;
  const [waiting, setWaiting] = useState<{ readonly previous: string | null; readonly since: number } | null>(null);
  const [timedOut, setTimedOut] = useState(false);
  const request = useAction(() => reportsApi.refresh());
  const setOverview = overview.setData;

  useEffect(() => {
    if (!waiting) return undefined;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const next = await reportsApi.overview(controller.signal);
        if (controller.signal.aborted) return;
        if ((next.dataVersion?.id ?? null) !== waiting.previous) {
          setOverview(next);
          setWaiting(null);
          return;
        }
      } catch {
        // A failed look is not a failed refresh: the next one may answer.
        if (controller.signal.aborted) return;
      }
      if (Date.now() - waiting.since > REFRESH_WAIT_MS) {
        setTimedOut(true);
        setWaiting(null);
        return;
      }
      timer = setTimeout(() => void poll(), REFRESH_POLL_MS);
    };
    timer = setTimeout(() => void poll(), REFRESH_POLL_MS);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [waiting, setOverview]);

  if (!data) return null;
  const refreshNow = async () => {
    setTimedOut(false);
    const result = await request.run();
    if (result.ok) setWaiting({ previous: data.dataVersion?.id ?? null, since: Date.now() });
  };

  return (
    <div className="filters" data-testid="data-version">
      <p>
        {data.dataVersion ? (
          <>
            {t('reports.asOf')} <DateTime iso={data.dataVersion.asOf} /> {t('common.japanTime')}{' '}
            <span className="muted small">{t('reports.dataVersion', { id: data.dataVersion.id })}</span>
          </>
        ) : (
          t('reports.noDataYet')
        )}
      </p>
      <p className="muted small">{t('reports.refreshEvery', { minutes: data.refreshMinutes })}</p>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={() => void refreshNow()} disabled={request.busy || waiting !== null}>
          {t('reports.refreshNow')}
        </button>
      </div>
      {waiting ? <Notice tone="info">{t('reports.refreshing')}</Notice> : null}
      {timedOut ? <Notice tone="warning">{t('reports.refreshSlow')}</Notice> : null}
      <ErrorAlert error={request.error} />
    </div>
  );
}

interface FiltersProps {
  readonly filters: ReportFilters;
  readonly teamId: string | undefined;
  readonly overview: ReportOverview;
  readonly today: string;
  readonly onChange: (changes: Readonly<Record<string, string | undefined>>) => void;
}

const PROBLEM_KEYS = {
  invalid: 'reports.period.problem.invalid',
  reversed: 'reports.period.problem.reversed',
  'too-long': 'reports.period.problem.too-long',
  'too-early': 'reports.period.problem.too-early',
  future: 'reports.period.problem.future',
} as const satisfies Record<PeriodProblem, string>;

function Filters({ filters, teamId, overview, today, onChange }: FiltersProps) {
  const { t } = useI18n();
  const choosePreset = (value: string) => {
    if (!(PERIOD_PRESETS as readonly string[]).includes(value)) return;
    const period = presetPeriod(value as PeriodPreset, today);
    onChange({ from: period.from, to: period.to });
  };
  return (
    <div className="filters" role="group" aria-label={t('common.filters')}>
      <div className="filter-row">
        <SelectField label={t('reports.period')} value={filters.preset ?? 'custom'} onChange={(event) => choosePreset(event.target.value)}>
          {PERIOD_PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {t(`reports.preset.${preset}` as const)}
            </option>
          ))}
          {filters.preset === null ? <option value="custom">{t('reports.preset.custom')}</option> : null}
        </SelectField>
        <TextField
          label={t('reports.from')}
          type="month"
          name="from"
          min="2000-01"
          max={today.slice(0, 7)}
          value={filters.from}
          onChange={(event) => onChange({ from: event.target.value })}
        />
        <TextField
          label={t('reports.to')}
          type="month"
          name="to"
          min="2000-01"
          max={today.slice(0, 7)}
          value={filters.to}
          onChange={(event) => onChange({ to: event.target.value })}
          problem={filters.problem ? t(PROBLEM_KEYS[filters.problem]) : undefined}
        />
        <SelectField label={t('reports.team')} value={teamId ?? ''} onChange={(event) => onChange({ team: event.target.value })}>
          <option value="">{overview.aggregateOnly ? t('reports.organisation') : t('reports.allMyTeams')}</option>
          {overview.teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </SelectField>
      </div>
    </div>
  );
}

function ExportButtons({ query, filters }: { readonly query: ReportQuery; readonly filters: ReportFilters }) {
  const { t, locale } = useI18n();
  const [done, setDone] = useState<string | null>(null);
  const run = useAction((format: ExportFormat) => reportsApi.export({ ...query, format, lang: locale, granularity: filters.granularity, year: filters.year }));
  const save = async (format: ExportFormat) => {
    setDone(null);
    const result = await run.run(format);
    if (result.ok) {
      download(result.value.fileName, result.value.blob);
      setDone(result.value.fileName);
    }
  };
  return (
    <section className="section section-first" aria-labelledby="report-export">
      <h2 id="report-export" className="visually-hidden">
        {t('reports.export.title')}
      </h2>
      <div className="button-row">
        <button type="button" className="button button-secondary" disabled={run.busy} onClick={() => void save('csv')}>
          {t('reports.export.csv')}
        </button>
        <button type="button" className="button button-secondary" disabled={run.busy} onClick={() => void save('xlsx')}>
          {t('reports.export.xlsx')}
        </button>
      </div>
      <p className="muted small">{t('reports.export.explain')}</p>
      {done ? <Notice tone="success">{t('reports.export.done', { file: done })}</Notice> : null}
      <ErrorAlert error={run.error} />
    </section>
  );
}
