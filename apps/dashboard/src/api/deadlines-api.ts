import { http } from './http-client';
import type { AtRiskDeadline, DeadlinePreview, DeadlineRule, DeadlineStatus, DeadlineView, MyDeadlineView } from './types';

const base = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}/deadlines`;
const path = (clientId: string, deadlineId: string) => `${base(clientId)}/${encodeURIComponent(deadlineId)}`;

/** Computed legal deadlines: a file's, my own, my teams' at risk, and the calculator. */
export const deadlinesApi = {
  ofClient(clientId: string, includeClosed: boolean, signal?: AbortSignal): Promise<DeadlineView[]> {
    return http.get<DeadlineView[]>(base(clientId), { query: { includeClosed }, signal });
  },

  /** Another due date (e.g. the bureau agreed in writing), with the reason. */
  override(clientId: string, deadlineId: string, version: number, dueDate: string, reason: string): Promise<DeadlineView> {
    return http.post<DeadlineView>(`${path(clientId, deadlineId)}/override`, { body: { version, dueDate, reason } });
  },

  waive(clientId: string, deadlineId: string, version: number, reason: string): Promise<DeadlineView> {
    return http.post<DeadlineView>(`${path(clientId, deadlineId)}/waive`, { body: { version, reason } });
  },

  met(clientId: string, deadlineId: string, version: number, on: string, note: string | null): Promise<DeadlineView> {
    return http.post<DeadlineView>(`${path(clientId, deadlineId)}/met`, { body: { version, on, note } });
  },

  /** With the rule version in force today (after a change in the law). */
  recompute(clientId: string, deadlineId: string, version: number): Promise<DeadlineView> {
    return http.post<DeadlineView>(`${path(clientId, deadlineId)}/recompute`, { body: { version } });
  },

  mine(range: { readonly from?: string; readonly to?: string; readonly status?: DeadlineStatus }, signal?: AbortSignal): Promise<MyDeadlineView[]> {
    return http.get<MyDeadlineView[]>('/api/deadlines/mine', { query: { ...range }, signal });
  },

  /** Supervisors: hard deadlines of their teams due within that many business days, or overdue. */
  atRisk(businessDays: number, signal?: AbortSignal): Promise<AtRiskDeadline[]> {
    return http.get<AtRiskDeadline[]>('/api/deadlines/at-risk', { query: { businessDays }, signal });
  },

  rules(signal?: AbortSignal): Promise<DeadlineRule[]> {
    return http.get<DeadlineRule[]>('/api/deadlines/rules', { signal });
  },

  /** 400 DEADLINE_INPUT_INVALID names every missing or impossible date (`details.fields`). */
  preview(kind: string, dates: Readonly<Record<string, string>>): Promise<DeadlinePreview> {
    return http.post<DeadlinePreview>('/api/deadlines/preview', { body: { kind, ...dates } });
  },
};
