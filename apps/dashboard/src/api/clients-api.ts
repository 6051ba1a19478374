import { authApi } from './auth-api';
import { ApiError, http, NETWORK_ERROR } from './http-client';
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

/** The export with the documents' files, as the browser saves it. */
export interface ClientArchive {
  /** From the answer's Content-Disposition (`yorisoi-<case number>.zip`). */
  readonly fileName: string;
  readonly blob: Blob;
}

/** The plain `filename="…"` of an attachment; the archive's name is made by the server from the case number. */
function attachmentName(disposition: string | null): string | undefined {
  const match = disposition ? /filename="([^"]+)"/i.exec(disposition) : null;
  return match?.[1];
}

/**
 * The archive answers with bytes, not JSON, so it is fetched here rather than through the JSON
 * client; a refusal still comes back as the API's error body and becomes the same `ApiError`.
 */
async function postForArchive(url: string, body: unknown): Promise<ClientArchive> {
  // The token belongs to the session, which another tab may have renewed: ask for the current one.
  const { csrfToken } = await authApi.me();
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/zip, application/json', 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken },
      body: JSON.stringify(body),
      cache: 'no-store',
    });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, 'The server could not be reached.', undefined, undefined);
  }
  const correlationId = response.headers.get('X-Correlation-Id') ?? undefined;
  if (!response.ok) {
    let error: unknown;
    try {
      error = await response.json();
    } catch {
      error = undefined;
    }
    const { code, message, details } = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; message?: unknown; details?: unknown };
    if (typeof code === 'string' && typeof message === 'string') {
      throw new ApiError(response.status, code, message, typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : undefined, correlationId);
    }
    throw new ApiError(response.status, response.status >= 500 ? 'INTERNAL' : 'MALFORMED_REQUEST', response.statusText || `HTTP ${response.status}`, undefined, correlationId);
  }
  try {
    return { fileName: attachmentName(response.headers.get('Content-Disposition')) ?? 'yorisoi-export.zip', blob: await response.blob() };
  } catch {
    // The archive streams out as it is built: a connection cut mid-way leaves no usable file.
    throw new ApiError(0, NETWORK_ERROR, 'The download was interrupted.', undefined, correlationId);
  }
}

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

  /**
   * The file as a ZIP: the JSON export and the chosen documents' latest versions (all of them, or
   * these ids). Same rules and audit as `exportFile`.
   */
  exportArchive(id: string, purpose: ExportPurpose, reason: string, documents: 'all' | readonly string[]): Promise<ClientArchive> {
    return postForArchive(`${path(id)}/export/archive`, { purpose, reason, documents });
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
