import { http } from './http-client';
import type {
  ClientDetails,
  ClientSearchQuery,
  ClientSummary,
  ClientView,
  ExportPurpose,
  DuplicateCandidate,
  DuplicateCheckRequest,
  IntakeRequest,
  IntakeResponse,
  KeysetPage,
  StatusHistory,
  StatusOptions,
  StepRequest,
  TimelineItem,
} from './types';

const path = (id: string) => `/api/clients/${encodeURIComponent(id)}`;

/** Client files: search, intake, the file itself, residence and custody steps, the timeline. */
export const clientsApi = {
  search(query: ClientSearchQuery, signal?: AbortSignal): Promise<KeysetPage<ClientSummary>> {
    return http.get<KeysetPage<ClientSummary>>('/api/clients', { query: { ...query }, signal });
  },

  /** 409 DUPLICATE_SUSPECTED with `details.candidates` unless `confirmNotDuplicate` is sent. */
  intake(request: IntakeRequest): Promise<IntakeResponse> {
    return http.post<IntakeResponse>('/api/clients', { body: request });
  },

  duplicateCheck(request: DuplicateCheckRequest): Promise<DuplicateCandidate[]> {
    return http.post<DuplicateCandidate[]>('/api/clients/duplicate-check', { body: request });
  },

  get(id: string, signal?: AbortSignal): Promise<ClientView> {
    return http.get<ClientView>(path(id), { signal });
  },

  /** 409 STALE_VERSION when the file changed since `version` was read. */
  update(id: string, version: number, details: ClientDetails): Promise<ClientView> {
    return http.patch<ClientView>(path(id), { body: { ...details, version } });
  },

  close(id: string, version: number, reason: string): Promise<ClientView> {
    return http.post<ClientView>(`${path(id)}/close`, { body: { version, reason } });
  },

  reopen(id: string, version: number): Promise<ClientView> {
    return http.post<ClientView>(`${path(id)}/reopen`, { body: { version } });
  },

  /** Supervisors: the primary caseworker and the others, from the file's team. */
  reassign(id: string, version: number, primaryWorkerId: string, otherWorkerIds: readonly string[]): Promise<ClientView> {
    return http.put<ClientView>(`${path(id)}/assignments`, { body: { version, primaryWorkerId, otherWorkerIds } });
  },

  /** The whole file as one document, with why it is exported (audited). */
  exportFile(id: string, purpose: ExportPurpose, reason: string): Promise<Readonly<Record<string, unknown>>> {
    return http.post<Readonly<Record<string, unknown>>>(`${path(id)}/export`, { body: { purpose, reason } });
  },

  /** Supervisors and administrators: one hour of audited access to a file outside their scope. */
  breakGlass(id: string, reason: string): Promise<ClientView> {
    return http.post<ClientView>(`${path(id)}/break-glass`, { body: { reason } });
  },

  statusOptions(id: string, signal?: AbortSignal): Promise<StatusOptions> {
    return http.get<StatusOptions>(`${path(id)}/status-options`, { signal });
  },

  statusHistory(id: string, signal?: AbortSignal): Promise<StatusHistory> {
    return http.get<StatusHistory>(`${path(id)}/status-history`, { signal });
  },

  residenceStep(id: string, request: StepRequest & { readonly workAllowed?: boolean }): Promise<ClientView> {
    return http.post<ClientView>(`${path(id)}/residence/steps`, { body: request });
  },

  custodyStep(id: string, request: StepRequest & { readonly reportingIntervalMonths?: number | null }): Promise<ClientView> {
    return http.post<ClientView>(`${path(id)}/custody/steps`, { body: request });
  },

  timeline(id: string, cursor: string | undefined, limit: number, signal?: AbortSignal): Promise<KeysetPage<TimelineItem>> {
    return http.get<KeysetPage<TimelineItem>>(`${path(id)}/timeline`, { query: { cursor, limit }, signal });
  },

  addNote(id: string, body: string): Promise<void> {
    return http.post<void>(`${path(id)}/notes`, { body: { body } });
  },
};
