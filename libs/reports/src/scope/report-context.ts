import type { EntityManager } from 'typeorm';
import type { ReportPeriod } from '#domain';
import type { LatestRefresh } from '../queries/report-store.repository.js';
import type { ReportMetaView } from '../views/report-meta.views.js';
import type { ReportScope } from './report-scope.js';

/**
 * Everything a report is built from: one snapshot of the reporting store (every statement of a
 * report in one repeatable-read transaction, so a rebuild committing meanwhile cannot mix two
 * data versions), the viewer's scope and the period.
 */
export interface ReportContext {
  readonly manager: EntityManager;
  readonly scope: ReportScope;
  readonly period: ReportPeriod;
  /** The rebuild the snapshot shows; null before the first. */
  readonly refresh: LatestRefresh | null;
  readonly meta: ReportMetaView;
  /**
   * What `read` gives for this data version, scope and period, read once (ReportFigureCache):
   * `what` names the figures and any parameter that changes them.
   */
  cached<T>(what: string, read: () => Promise<T>): Promise<T>;
}

/** Days, as a report prints them: one decimal (a median of an even count ends in .5). */
export function roundDays(days: number): number {
  return Math.round(days * 10) / 10;
}
