import { authApi } from './auth-api';
import { ApiError, http, NETWORK_ERROR, withQuery } from './http-client';
import type {
  ChecklistView,
  DocumentChange,
  DocumentDetailView,
  DocumentUploadFields,
  DocumentView,
  KeysetPage,
  MaterialsRequestChange,
  MaterialsRequestView,
  MissingDocumentsByCaseworker,
  SubmissionRequest,
  TranslationChangeRequest,
} from './types';

const clientPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}`;
const documentsPath = (clientId: string) => `${clientPath(clientId)}/documents`;
const documentPath = (clientId: string, documentId: string) => `${documentsPath(clientId)}/${encodeURIComponent(documentId)}`;
const requestsPath = (clientId: string) => `${clientPath(clientId)}/materials-requests`;

/** Code made up by the client: the connection broke while the file was being sent (a size limit answered mid-upload looks like this). */
export const UPLOAD_INTERRUPTED = 'UPLOAD_INTERRUPTED';

export interface UploadProgress {
  readonly loaded: number;
  readonly total: number;
}

export interface UploadOptions {
  readonly onProgress?: (progress: UploadProgress) => void;
  readonly signal?: AbortSignal;
}

/**
 * Sends a multipart upload with XMLHttpRequest, the one browser API that reports how much of the
 * body has left (fetch has no upload progress). The text fields go first and the file last: the
 * server reads the stream in order and checks the fields before it stores a byte of the file.
 */
async function upload(path: string, fields: Readonly<Record<string, string>>, file: File, options: UploadOptions): Promise<DocumentDetailView> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', file, file.name);
  // The token belongs to the session, which another tab may have renewed: ask for the current
  // one (this also hands it to the shared client) rather than keep a copy that can go stale.
  const { csrfToken } = await authApi.me(options.signal);

  return new Promise<DocumentDetailView>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.({ loaded: event.loaded, total: event.total });
    };
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body as DocumentDetailView);
        return;
      }
      reject(toApiError(xhr, body));
    };
    xhr.onerror = () => reject(new ApiError(0, UPLOAD_INTERRUPTED, 'The upload was interrupted.', undefined, undefined));
    // Only the caller's signal aborts: its reason is the AbortError that `isAbort` recognises.
    xhr.onabort = () => reject(options.signal?.reason as Error);
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function toApiError(xhr: XMLHttpRequest, body: unknown): ApiError {
  const correlationId = xhr.getResponseHeader('X-Correlation-Id') ?? undefined;
  if (typeof body === 'object' && body !== null) {
    const { code, message, details } = body as { code?: unknown; message?: unknown; details?: unknown };
    if (typeof code === 'string' && typeof message === 'string') {
      return new ApiError(xhr.status, code, message, typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : undefined, correlationId);
    }
  }
  // A proxy in front of the API may answer a too-large body itself, without our error shape.
  if (xhr.status === 413) return new ApiError(413, 'PAYLOAD_TOO_LARGE', 'The file is too large.', undefined, correlationId);
  if (xhr.status === 0) return new ApiError(0, NETWORK_ERROR, 'The server could not be reached.', undefined, undefined);
  return new ApiError(xhr.status, xhr.status >= 500 ? 'INTERNAL' : 'MALFORMED_REQUEST', xhr.statusText || `HTTP ${xhr.status}`, undefined, correlationId);
}

function uploadFields(fields: DocumentUploadFields): Record<string, string> {
  const out: Record<string, string> = { category: fields.category, title: fields.title, language: fields.language };
  if (fields.documentDate) out.documentDate = fields.documentDate;
  if (fields.sensitive !== undefined) out.sensitive = String(fields.sensitive);
  if (fields.forSubmission !== undefined) out.forSubmission = String(fields.forSubmission);
  if (fields.applicationId) out.applicationId = fields.applicationId;
  if (fields.checklistItemKey) out.checklistItemKey = fields.checklistItemKey;
  if (fields.translationOfId) out.translationOfId = fields.translationOfId;
  return out;
}

export interface DocumentListFilter {
  readonly applicationId?: string;
  /** Only originals not in Japanese. */
  readonly translatable?: boolean;
}

/** The largest page the api serves. */
const MAX_PAGE = 200;

/** A file's evidence documents, their versions and translations, checklists and ISA's requests for materials. */
export const documentsApi = {
  /**
   * A page of the file's documents, newest first, without deleted ones; sensitive documents are
   * left out under emergency access.
   */
  list(clientId: string, query: DocumentListFilter, cursor: string | undefined, limit: number, signal?: AbortSignal): Promise<KeysetPage<DocumentView>> {
    return http.get<KeysetPage<DocumentView>>(documentsPath(clientId), { query: { ...query, cursor, limit }, signal });
  },

  /** Every original not in Japanese (what a new translation can be of), page after page. */
  async translatable(clientId: string, signal?: AbortSignal): Promise<DocumentView[]> {
    const all: DocumentView[] = [];
    let cursor: string | undefined;
    do {
      const page = await documentsApi.list(clientId, { translatable: true }, cursor, MAX_PAGE, signal);
      all.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    return all;
  },

  get(clientId: string, documentId: string, signal?: AbortSignal): Promise<DocumentDetailView> {
    return http.get<DocumentDetailView>(documentPath(clientId, documentId), { signal });
  },

  /**
   * 413 PAYLOAD_TOO_LARGE, 415 FILE_TYPE_NOT_ALLOWED / FILE_TYPE_MISMATCH, 422 FILE_CONTENT_REFUSED,
   * 400 FILE_NAME_INVALID / FILE_EMPTY / VALIDATION_FAILED.
   */
  upload(clientId: string, fields: DocumentUploadFields, file: File, options: UploadOptions = {}): Promise<DocumentDetailView> {
    return upload(documentsPath(clientId), uploadFields(fields), file, options);
  },

  /** A new version: earlier ones stay readable. */
  uploadVersion(clientId: string, documentId: string, file: File, options: UploadOptions = {}): Promise<DocumentDetailView> {
    return upload(`${documentPath(clientId, documentId)}/versions`, {}, file, options);
  },

  /** 409 STALE_VERSION when the document changed since `version` was read. */
  update(clientId: string, documentId: string, change: DocumentChange): Promise<DocumentDetailView> {
    return http.patch<DocumentDetailView>(documentPath(clientId, documentId), { body: change });
  },

  remove(clientId: string, documentId: string, version: number, reason: string): Promise<void> {
    return http.delete<void>(documentPath(clientId, documentId), { body: { version, reason } });
  },

  /** Destroys the version's key: its bytes cannot be read again, from any backup. */
  removeVersion(clientId: string, documentId: string, versionNumber: number, reason: string): Promise<DocumentDetailView> {
    return http.delete<DocumentDetailView>(`${documentPath(clientId, documentId)}/versions/${versionNumber}`, { body: { reason } });
  },

  /** Where the browser reads a version's bytes: a download, or inline (images and PDF only). */
  contentUrl(clientId: string, documentId: string, versionNumber: number, disposition: 'attachment' | 'inline'): string {
    return withQuery(`${documentPath(clientId, documentId)}/versions/${versionNumber}/content`, { disposition });
  },

  /** 409 TRANSLATION_STATUS_NOT_ALLOWED with `details.allowed` for a step the workflow does not take. */
  setTranslation(clientId: string, documentId: string, change: TranslationChangeRequest): Promise<DocumentDetailView> {
    return http.put<DocumentDetailView>(`${documentPath(clientId, documentId)}/translation`, { body: change });
  },

  recordSubmission(clientId: string, documentId: string, submission: SubmissionRequest): Promise<DocumentDetailView> {
    return http.post<DocumentDetailView>(`${documentPath(clientId, documentId)}/submissions`, { body: submission });
  },

  checklist(clientId: string, applicationId: string, signal?: AbortSignal): Promise<ChecklistView> {
    return http.get<ChecklistView>(`${clientPath(clientId)}/applications/${encodeURIComponent(applicationId)}/checklist`, { signal });
  },

  materialsRequests(clientId: string, signal?: AbortSignal): Promise<MaterialsRequestView[]> {
    return http.get<MaterialsRequestView[]>(requestsPath(clientId), { signal });
  },

  /** Makes a `materials-request` deadline with reminders. */
  createMaterialsRequest(clientId: string, request: { readonly applicationId?: string; readonly receivedOn: string; readonly dueDate: string; readonly description: string }): Promise<MaterialsRequestView> {
    return http.post<MaterialsRequestView>(requestsPath(clientId), { body: request });
  },

  updateMaterialsRequest(clientId: string, requestId: string, change: MaterialsRequestChange): Promise<MaterialsRequestView> {
    return http.patch<MaterialsRequestView>(`${requestsPath(clientId)}/${encodeURIComponent(requestId)}`, { body: change });
  },

  /** Supervisors: per caseworker of their teams, the files whose checklists have missing items. */
  missingByCaseworker(teamId: string | undefined, signal?: AbortSignal): Promise<MissingDocumentsByCaseworker[]> {
    return http.get<MissingDocumentsByCaseworker[]>('/api/documents/missing-by-caseworker', { query: { teamId }, signal });
  },
};
