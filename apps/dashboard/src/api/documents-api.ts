import { authApi } from './auth-api';
import { answer, ApiError, errorFromBody, http, isErrorBody, NETWORK_ERROR, UPLOAD_INTERRUPTED, withQuery } from './http-client';
import type {
  ChecklistView,
  DocumentChange,
  DocumentDetailView,
  DocumentListFilter,
  DocumentPage,
  DocumentUploadFields,
  DocumentView,
  MaterialsRequestChange,
  MaterialsRequestView,
  MissingDocumentsByCaseworker,
  NewMaterialsRequest,
  SubmissionRequest,
  TranslationChangeRequest,
} from './types';

const documentPath = (clientId: string, documentId: string) => `/api/clients/${encodeURIComponent(clientId)}/documents/${encodeURIComponent(documentId)}`;

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
  if (isErrorBody(body)) return errorFromBody(xhr.status, xhr.statusText, body, correlationId);
  // A proxy in front of the API may answer a too-large body itself, without our error shape.
  if (xhr.status === 413) return new ApiError(413, 'PAYLOAD_TOO_LARGE', 'The file is too large.', undefined, correlationId);
  if (xhr.status === 0) return new ApiError(0, NETWORK_ERROR, 'The server could not be reached.', undefined, undefined);
  return errorFromBody(xhr.status, xhr.statusText, undefined, correlationId);
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

/** The largest page the api serves. */
const MAX_PAGE = 200;

/** A file's evidence documents, their versions and translations, checklists and ISA's requests for materials. */
export const documentsApi = {
  /**
   * A page of the file's documents, newest first, without deleted ones; sensitive documents are
   * left out under emergency access.
   */
  list(id: string, filter: DocumentListFilter, cursor: string | undefined, limit: number, signal?: AbortSignal): Promise<DocumentPage> {
    return answer(http.api.GET('/api/clients/{id}/documents', { params: { path: { id }, query: { ...filter, cursor, limit } }, signal }));
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

  get(id: string, documentId: string, signal?: AbortSignal): Promise<DocumentDetailView> {
    return answer(http.api.GET('/api/clients/{id}/documents/{documentId}', { params: { path: { id, documentId } }, signal }));
  },

  /**
   * 413 PAYLOAD_TOO_LARGE, 415 FILE_TYPE_NOT_ALLOWED / FILE_TYPE_MISMATCH, 422 FILE_CONTENT_REFUSED,
   * 400 FILE_NAME_INVALID / FILE_EMPTY / VALIDATION_FAILED.
   */
  upload(clientId: string, fields: DocumentUploadFields, file: File, options: UploadOptions = {}): Promise<DocumentDetailView> {
    return upload(`/api/clients/${encodeURIComponent(clientId)}/documents`, uploadFields(fields), file, options);
  },

  /** A new version: earlier ones stay readable. */
  uploadVersion(clientId: string, documentId: string, file: File, options: UploadOptions = {}): Promise<DocumentDetailView> {
    return upload(`${documentPath(clientId, documentId)}/versions`, {}, file, options);
  },

  /** 409 STALE_VERSION when the document changed since `version` was read. */
  update(id: string, documentId: string, change: DocumentChange): Promise<DocumentDetailView> {
    return answer(http.api.PATCH('/api/clients/{id}/documents/{documentId}', { params: { path: { id, documentId } }, body: change }));
  },

  async remove(id: string, documentId: string, version: number, reason: string): Promise<void> {
    await http.api.DELETE('/api/clients/{id}/documents/{documentId}', { params: { path: { id, documentId } }, body: { version, reason } });
  },

  /** Destroys the version's key: its bytes cannot be read again, from any backup. */
  removeVersion(id: string, documentId: string, versionNumber: number, reason: string): Promise<DocumentDetailView> {
    return answer(http.api.DELETE('/api/clients/{id}/documents/{documentId}/versions/{number}', { params: { path: { id, documentId, number: versionNumber } }, body: { reason } }));
  },

  /** Where the browser reads a version's bytes: a download, or inline (images and PDF only). */
  contentUrl(clientId: string, documentId: string, versionNumber: number, disposition: 'attachment' | 'inline'): string {
    return withQuery(`${documentPath(clientId, documentId)}/versions/${versionNumber}/content`, { disposition });
  },

  /** 409 TRANSLATION_STATUS_NOT_ALLOWED with `details.allowed` for a step the workflow does not take. */
  setTranslation(id: string, documentId: string, change: TranslationChangeRequest): Promise<DocumentDetailView> {
    return answer(http.api.PUT('/api/clients/{id}/documents/{documentId}/translation', { params: { path: { id, documentId } }, body: change }));
  },

  recordSubmission(id: string, documentId: string, submission: SubmissionRequest): Promise<DocumentDetailView> {
    return answer(http.api.POST('/api/clients/{id}/documents/{documentId}/submissions', { params: { path: { id, documentId } }, body: submission }));
  },

  checklist(id: string, applicationId: string, signal?: AbortSignal): Promise<ChecklistView> {
    return answer(http.api.GET('/api/clients/{id}/applications/{applicationId}/checklist', { params: { path: { id, applicationId } }, signal }));
  },

  materialsRequests(id: string, signal?: AbortSignal): Promise<MaterialsRequestView[]> {
    return answer(http.api.GET('/api/clients/{id}/materials-requests', { params: { path: { id } }, signal }));
  },

  /** Makes a `materials-request` deadline with reminders. */
  createMaterialsRequest(id: string, request: NewMaterialsRequest): Promise<MaterialsRequestView> {
    return answer(http.api.POST('/api/clients/{id}/materials-requests', { params: { path: { id } }, body: request }));
  },

  updateMaterialsRequest(id: string, requestId: string, change: MaterialsRequestChange): Promise<MaterialsRequestView> {
    return answer(http.api.PATCH('/api/clients/{id}/materials-requests/{requestId}', { params: { path: { id, requestId } }, body: change }));
  },

  /** Supervisors: per caseworker of their teams, the files whose checklists have missing items. */
  missingByCaseworker(teamId: string | undefined, signal?: AbortSignal): Promise<MissingDocumentsByCaseworker[]> {
    return answer(http.api.GET('/api/documents/missing-by-caseworker', { params: { query: { teamId } }, signal }));
  },
};
