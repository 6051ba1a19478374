import type { ReactNode } from 'react';
import type { Locale, ReportQuery } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import type { AsyncState } from '../../hooks/use-async';
import { useI18n } from '../../i18n/i18n';

/** What every section loads by: the period, the team, and the data version (a refresh reloads). */
export interface SectionProps {
  readonly query: ReportQuery;
  readonly version: string | null;
}

const intlLocale = (locale: Locale) => (locale === 'ja' ? 'ja-JP' : 'en-GB');

/** A count as the tables print it (and as the exports hold it, without separators). */
export function formatCount(value: number, locale: Locale): string {
  return value.toLocaleString(intlLocale(locale), { maximumFractionDigits: 0 });
}

/** A rate or a median: up to one decimal, as the API rounds it. */
export function formatDecimal(value: number, locale: Locale): string {
  return value.toLocaleString(intlLocale(locale), { maximumFractionDigits: 1 });
}

/** `2024-03` → 2024年3月 / Mar 2024. */
export function formatMonth(month: string, locale: Locale): string {
  const date = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
  return new Intl.DateTimeFormat(intlLocale(locale), { year: 'numeric', month: locale === 'ja' ? 'long' : 'short', timeZone: 'UTC' }).format(date);
}

/** `2024` or `2024-Q1` → 2024年 / 2024年第1四半期 / 2024 / Q1 2024. */
export function formatPeriod(period: string, locale: Locale): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return locale === 'ja' ? `${quarter[1]}年第${quarter[2]}四半期` : `Q${quarter[2]} ${quarter[1]}`;
  return locale === 'ja' ? `${period}年` : period;
}

/** A number cell of a report table, named for the browser test by `testId`. */
export function NumberCell({ value, testId, children }: { readonly value: number | null; readonly testId: string; readonly children?: ReactNode }) {
  const { locale } = useI18n();
  return (
    <td className="numeric" data-testid={testId}>
      {children ?? (value === null ? <NotAvailable /> : formatCount(value, locale))}
    </td>
  );
}

/** A figure that does not exist (no decision yet, not published): a dash, with its meaning for screen readers. */
export function NotAvailable({ title }: { readonly title?: string }) {
  const { t } = useI18n();
  const meaning = title ?? t('reports.notAvailable');
  return (
    <span className="muted" title={meaning}>
      —<span className="visually-hidden">{meaning}</span>
    </span>
  );
}

interface ReportSectionProps<T> {
  readonly id: string;
  readonly title: string;
  readonly intro?: ReactNode;
  readonly state: AsyncState<T>;
  /** Controls of this section only (granularity, year). */
  readonly controls?: ReactNode;
  readonly children: (data: T) => ReactNode;
}

/** A titled section of the Reports page with its own load, error and retry. */
export function ReportSection<T>({ id, title, intro, state, controls, children }: ReportSectionProps<T>) {
  return (
    <section className="section" aria-labelledby={id} id={`${id}-section`}>
      <h2 id={id}>{title}</h2>
      {intro ? <p className="muted">{intro}</p> : null}
      {controls ? <div className="filter-row">{controls}</div> : null}
      {state.error ? <ErrorAlert error={state.error} onRetry={state.reload} /> : null}
      {!state.data && !state.error ? <Loading /> : null}
      {state.data ? <div aria-busy={state.loading}>{children(state.data)}</div> : null}
    </section>
  );
}

/** A caption a table is named by (tests and screen readers find it by this name). */
export function TableCaption({ children }: { readonly children: string }) {
  return <caption className="visually-hidden">{children}</caption>;
}

/**
 * A table's horizontal scroll frame. Positioned, so the visually hidden words inside the cells
 * (absolutely placed) stay inside it instead of widening the whole page.
 */
export function TableScroll({ children }: { readonly children: ReactNode }) {
  return (
    <div className="table-scroll" style={{ position: 'relative' }}>
      {children}
    </div>
  );
}

/** One block of a section (a chart, a table and its note) under its own heading. */
export function SubSection({ id, title, children }: { readonly id: string; readonly title: string; readonly children: ReactNode }) {
  return (
    <div className="subsection">
      <h3 id={id}>{title}</h3>
      {children}
    </div>
  );
}
