import { authApi } from './auth-api';
import { answer, ApiError, errorFromBody, http, NETWORK_ERROR } from './http-client';
import type {
  ClientDetails,
  ClientSearchPage,
  ClientSearchQuery,
  ClientView,
  CustodyStepRequest,
  DuplicateCandidate,
  DuplicateCheckRequest,
  ExportPurpose,
  IntakeRequest,
  IntakeResponse,
  ResidenceStepRequest,
  Schema,
  StatusHistory,
  StatusOptions,
  TimelinePage,
} from './types';

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
async function postForArchive(url: string, body: Schema['ClientArchiveRequest']): Promise<ClientArchive> {
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
    throw errorFromBody(response.status, response.statusText, error, correlationId);
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
  search(query: ClientSearchQuery, signal?: AbortSignal): Promise<ClientSearchPage> {
    return answer(http.api.GET('/api/clients', { params: { query }, signal }));
  },

  /** 409 DUPLICATE_SUSPECTED with `details.candidates` unless `confirmNotDuplicate` is sent. */
  intake(request: IntakeRequest): Promise<IntakeResponse> {
    return answer(http.api.POST('/api/clients', { body: request }));
  },

  duplicateCheck(request: DuplicateCheckRequest): Promise<DuplicateCandidate[]> {
    return answer(http.api.POST('/api/clients/duplicate-check', { body: request }));
  },

  get(id: string, signal?: AbortSignal): Promise<ClientView> {
    return answer(http.api.GET('/api/clients/{id}', { params: { path: { id } }, signal }));
  },

  /** 409 STALE_VERSION when the file changed since `version` was read. */
  update(id: string, version: number, details: ClientDetails): Promise<ClientView> {
    return answer(http.api.PATCH('/api/clients/{id}', { params: { path: { id } }, body: { ...details, version } }));
  },

  close(id: string, version: number, reason: string): Promise<ClientView> {
    return answer(http.api.POST('/api/clients/{id}/close', { params: { path: { id } }, body: { version, reason } }));
  },

  reopen(id: string, version: number): Promise<ClientView> {
    return answer(http.api.POST('/api/clients/{id}/reopen', { params: { path: { id } }, body: { version } }));
  },

  /** Supervisors: the primary caseworker and the others, from the file's team. */
  reassign(id: string, version: number, primaryWorkerId: string, otherWorkerIds: readonly string[]): Promise<ClientView> {
    return answer(http.api.PUT('/api/clients/{id}/assignments', { params: { path: { id } }, body: { version, primaryWorkerId, otherWorkerIds: [...otherWorkerIds] } }));
  },

  /** The whole file as one document, with why it is exported (audited). */
  exportFile(id: string, purpose: ExportPurpose, reason: string): Promise<Schema['ClientExportView']> {
    return answer(http.api.POST('/api/clients/{id}/export', { params: { path: { id } }, body: { purpose, reason } }));
  },

  /**
   * The file as a ZIP: the JSON export and the chosen documents' latest versions (all of them, or
   * these ids). Same rules and audit as `exportFile`.
   */
  exportArchive(id: string, purpose: ExportPurpose, reason: string, documents: 'all' | readonly string[]): Promise<ClientArchive> {
    const request: Schema['ClientArchiveRequest'] = { purpose, reason, documents: documents === 'all' ? documents : [...documents] };
    return postForArchive(`/api/clients/${encodeURIComponent(id)}/export/archive`, request);
  },

  /** Supervisors and administrators: one hour of audited access to a file outside their scope. */
  breakGlass(id: string, reason: string): Promise<ClientView> {
    return answer(http.api.POST('/api/clients/{id}/break-glass', { params: { path: { id } }, body: { reason } }));
  },

  statusOptions(clientId: string, signal?: AbortSignal): Promise<StatusOptions> {
    return answer(http.api.GET('/api/clients/{clientId}/status-options', { params: { path: { clientId } }, signal }));
  },

  statusHistory(clientId: string, signal?: AbortSignal): Promise<StatusHistory> {
    return answer(http.api.GET('/api/clients/{clientId}/status-history', { params: { path: { clientId } }, signal }));
  },

  residenceStep(clientId: string, request: ResidenceStepRequest): Promise<ClientView> {
    return answer(http.api.POST('/api/clients/{clientId}/residence/steps', { params: { path: { clientId } }, body: request }));
  },

  custodyStep(clientId: string, request: CustodyStepRequest): Promise<ClientView> {
    return answer(http.api.POST('/api/clients/{clientId}/custody/steps', { params: { path: { clientId } }, body: request }));
  },

  timeline(clientId: string, cursor: string | undefined, limit: number, signal?: AbortSignal): Promise<TimelinePage> {
    return answer(http.api.GET('/api/clients/{clientId}/timeline', { params: { path: { clientId }, query: { cursor, limit } }, signal }));
  },

  async addNote(clientId: string, body: string): Promise<void> {
    await http.api.POST('/api/clients/{clientId}/notes', { params: { path: { clientId } }, body: { body } });
  },
};
