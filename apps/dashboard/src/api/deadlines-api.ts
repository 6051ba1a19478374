import { answer, http } from './http-client';
import type { AtRiskDeadline, DeadlinePreview, DeadlineRule, DeadlineView, MyDeadlinesQuery, MyDeadlineView } from './types';

/** Computed legal deadlines: a file's, my own, my teams' at risk, and the calculator. */
export const deadlinesApi = {
  ofClient(clientId: string, includeClosed: boolean, signal?: AbortSignal): Promise<DeadlineView[]> {
    return answer(http.api.GET('/api/clients/{clientId}/deadlines', { params: { path: { clientId }, query: { includeClosed } }, signal }));
  },

  /** Another due date (e.g. the bureau agreed in writing), with the reason. */
  override(clientId: string, deadlineId: string, version: number, dueDate: string, reason: string): Promise<DeadlineView> {
    return answer(http.api.POST('/api/clients/{clientId}/deadlines/{deadlineId}/override', { params: { path: { clientId, deadlineId } }, body: { version, dueDate, reason } }));
  },

  waive(clientId: string, deadlineId: string, version: number, reason: string): Promise<DeadlineView> {
    return answer(http.api.POST('/api/clients/{clientId}/deadlines/{deadlineId}/waive', { params: { path: { clientId, deadlineId } }, body: { version, reason } }));
  },

  met(clientId: string, deadlineId: string, version: number, on: string, note: string | null): Promise<DeadlineView> {
    return answer(http.api.POST('/api/clients/{clientId}/deadlines/{deadlineId}/met', { params: { path: { clientId, deadlineId } }, body: { version, on, note } }));
  },

  /** With the rule version in force today (after a change in the law). */
  recompute(clientId: string, deadlineId: string, version: number): Promise<DeadlineView> {
    return answer(http.api.POST('/api/clients/{clientId}/deadlines/{deadlineId}/recompute', { params: { path: { clientId, deadlineId } }, body: { version } }));
  },

  mine(range: MyDeadlinesQuery, signal?: AbortSignal): Promise<MyDeadlineView[]> {
    return answer(http.api.GET('/api/deadlines/mine', { params: { query: range }, signal }));
  },

  /** Supervisors: hard deadlines of their teams due within that many business days, or overdue. */
  atRisk(businessDays: number, signal?: AbortSignal): Promise<AtRiskDeadline[]> {
    return answer(http.api.GET('/api/deadlines/at-risk', { params: { query: { businessDays } }, signal }));
  },

  rules(signal?: AbortSignal): Promise<DeadlineRule[]> {
    return answer(http.api.GET('/api/deadlines/rules', { signal }));
  },

  /** 400 DEADLINE_INPUT_INVALID names every missing or impossible date (`details.fields`). */
  preview(kind: string, dates: Readonly<Record<string, string>>): Promise<DeadlinePreview> {
    return answer(http.api.POST('/api/deadlines/preview', { body: { kind, ...dates } }));
  },
};
