import { answer, ApiError, http, NETWORK_ERROR } from './http-client';
import type {
  CaseloadsReport,
  DeadlinesReport,
  DisaggregationReport,
  OutcomesReport,
  OverdueDeadline,
  OverdueQuery,
  ReferralsDocumentsReport,
  ReportExportQuery,
  ReportGranularity,
  ReportOverview,
  ReportQuery,
  TimeInStageReport,
} from './types';

/** A report file as the browser saves it. */
export interface ReportFile {
  /** From the answer's Content-Disposition (`yorisoi-report-<from>-<to>.csv`). */
  readonly fileName: string;
  readonly blob: Blob;
}

function attachmentName(disposition: string | null): string | undefined {
  const match = disposition ? /filename="([^"]+)"/i.exec(disposition) : null;
  return match?.[1];
}

function exportCall(query: ReportExportQuery) {
  return http.api.GET('/api/reports/export', { params: { query }, parseAs: 'blob' });
}

/**
 * Reports over the figures the worker precomputes: every answer carries the data version it was
 * built from. Supervisors see their teams; administrators the whole organisation, in aggregate.
 */
export const reportsApi = {
  /** The viewer's teams, the data version, and the national figures file; audited as a view. */
  overview(signal?: AbortSignal): Promise<ReportOverview> {
    return answer(http.api.GET('/api/reports/overview', { signal }));
  },

  /** Asks the worker to rebuild the figures now; repeated requests collapse into one job. */
  refresh(): Promise<{ queued: true }> {
    return answer(http.api.POST('/api/reports/refresh'));
  },

  outcomes(query: ReportQuery, granularity: ReportGranularity, signal?: AbortSignal): Promise<OutcomesReport> {
    return answer(http.api.GET('/api/reports/outcomes', { params: { query: { ...query, granularity } }, signal }));
  },

  timeInStage(query: ReportQuery, signal?: AbortSignal): Promise<TimeInStageReport> {
    return answer(http.api.GET('/api/reports/time-in-stage', { params: { query }, signal }));
  },

  deadlines(query: ReportQuery, signal?: AbortSignal): Promise<DeadlinesReport> {
    return answer(http.api.GET('/api/reports/deadlines', { params: { query }, signal }));
  },

  caseloads(query: ReportQuery, signal?: AbortSignal): Promise<CaseloadsReport> {
    return answer(http.api.GET('/api/reports/caseloads', { params: { query }, signal }));
  },

  referralsDocuments(query: ReportQuery, signal?: AbortSignal): Promise<ReferralsDocumentsReport> {
    return answer(http.api.GET('/api/reports/referrals-documents', { params: { query }, signal }));
  },

  /** One calendar year over the viewer's whole scope (no team filter), small cells suppressed. */
  disaggregation(year: number, signal?: AbortSignal): Promise<DisaggregationReport> {
    return answer(http.api.GET('/api/reports/disaggregation', { params: { query: { year } }, signal }));
  },

  /** Supervisors: the open deadlines of their teams already past due, live (not the report's figures). */
  overdue(query: OverdueQuery, signal?: AbortSignal): Promise<OverdueDeadline[]> {
    return answer(http.api.GET('/api/deadlines/overdue', { params: { query }, signal }));
  },

  /**
   * Every section as one CSV or XLSX file, read as bytes through the same client (so a refusal
   * is the API's error on the page, not a file saved with an error in it).
   */
  async export(query: ReportExportQuery): Promise<ReportFile> {
    let answered: Awaited<ReturnType<typeof exportCall>>;
    try {
      answered = await exportCall(query);
    } catch (error) {
      if (error instanceof ApiError) throw error;
      // The file streams in after the headers: a cut connection leaves no usable file.
      throw new ApiError(0, NETWORK_ERROR, 'The download was interrupted.', undefined, undefined);
    }
    const { data, response } = answered;
    if (!(data instanceof Blob)) throw new ApiError(0, NETWORK_ERROR, 'The download was interrupted.', undefined, response.headers.get('X-Correlation-Id') ?? undefined);
    return { fileName: attachmentName(response.headers.get('Content-Disposition')) ?? `yorisoi-report-${query.from}-${query.to}.${query.format}`, blob: data };
  },
};
