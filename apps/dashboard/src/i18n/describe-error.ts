import { ApiError, NETWORK_ERROR, type ApiErrorCode } from '../api/http-client';
import type { Locale } from '../api/types';
import { formatWait } from './format';
import type { MessageKey, Translate } from './i18n';

export interface ErrorDescription {
  readonly message: string;
  /** Specific problems (a rejected password's reasons, the invalid fields). */
  readonly items: readonly string[];
  /** For server faults: the correlation id to quote when reporting the problem. */
  readonly reference?: string;
}

/**
 * Every code an `ApiError` can carry (the API's, libs/domain `ErrorCodes`, and the client's own)
 * and how the Japanese interface says it: a message of its own, or null where the screen that
 * meets the code words it (its `overrides`) or the server's message serves. The API writes its
 * messages in English; an English-speaking user reads the server's message as sent. A new code
 * fails the type-check here until it is given its words.
 */
const CODE_MESSAGES: Readonly<Record<ApiErrorCode, MessageKey | null>> = {
  VALIDATION_FAILED: 'error.code.VALIDATION_FAILED',
  MALFORMED_REQUEST: null,
  PAYLOAD_TOO_LARGE: null,
  UNSUPPORTED_MEDIA_TYPE: null,
  ROUTE_NOT_FOUND: null,
  UNAUTHENTICATED: 'error.code.UNAUTHENTICATED',
  FORBIDDEN: 'error.code.FORBIDDEN',
  RATE_LIMITED: 'error.code.RATE_LIMITED',
  INVALID_CREDENTIALS: 'error.code.INVALID_CREDENTIALS',
  LOGIN_THROTTLED: 'error.code.LOGIN_THROTTLED',
  // The session is looked up again and the second-factor page shown: no message is read.
  SECOND_FACTOR_REQUIRED: null,
  SECOND_FACTOR_ENROLMENT_REQUIRED: null,
  INVALID_SECOND_FACTOR: 'error.code.INVALID_SECOND_FACTOR',
  SECOND_FACTOR_ALREADY_ENABLED: 'error.code.SECOND_FACTOR_ALREADY_ENABLED',
  SECOND_FACTOR_NOT_STARTED: 'error.code.SECOND_FACTOR_NOT_STARTED',
  SECOND_FACTOR_LOCKED: 'error.code.SECOND_FACTOR_LOCKED',
  PASSWORD_CONFIRMATION_FAILED: 'error.code.PASSWORD_CONFIRMATION_FAILED',
  CSRF_TOKEN_INVALID: 'error.code.CSRF_TOKEN_INVALID',
  PASSWORD_REJECTED: 'error.code.PASSWORD_REJECTED',
  TOKEN_INVALID_OR_EXPIRED: 'error.code.TOKEN_INVALID_OR_EXPIRED',
  USER_NOT_FOUND: 'error.code.USER_NOT_FOUND',
  TEAM_NOT_FOUND: 'error.code.TEAM_NOT_FOUND',
  SESSION_NOT_FOUND: 'error.code.SESSION_NOT_FOUND',
  EMAIL_ALREADY_IN_USE: 'error.code.EMAIL_ALREADY_IN_USE',
  TEAM_NAME_TAKEN: 'error.code.TEAM_NAME_TAKEN',
  LAST_ACTIVE_ADMIN: 'error.code.LAST_ACTIVE_ADMIN',
  CANNOT_CHANGE_OWN_ACCOUNT: 'error.code.CANNOT_CHANGE_OWN_ACCOUNT',
  STALE_VERSION: 'error.code.STALE_VERSION',
  RECORD_NOT_FOUND: 'error.code.RECORD_NOT_FOUND',
  DUPLICATE_SUSPECTED: 'error.code.DUPLICATE_SUSPECTED',
  CLIENT_CLOSED: 'error.code.CLIENT_CLOSED',
  STAGE_TRANSITION_NOT_ALLOWED: 'error.code.STAGE_TRANSITION_NOT_ALLOWED',
  STAGE_TRANSITION_INVALID: 'error.code.STAGE_TRANSITION_INVALID',
  NEW_APPLICATION_NOT_ALLOWED: 'error.code.NEW_APPLICATION_NOT_ALLOWED',
  ASSIGNMENT_NOT_ALLOWED: 'error.code.ASSIGNMENT_NOT_ALLOWED',
  CONSENT_REQUIRED: 'error.code.CONSENT_REQUIRED',
  EMERGENCY_ACCESS_NOT_ALLOWED: 'error.code.EMERGENCY_ACCESS_NOT_ALLOWED',
  DEADLINE_INPUT_INVALID: 'error.code.DEADLINE_INPUT_INVALID',
  DEADLINE_NOT_OPEN: 'error.code.DEADLINE_NOT_OPEN',
  // Documents and referrals: their screens word these (document-parts, referral-parts).
  FILE_NAME_INVALID: null,
  FILE_TYPE_NOT_ALLOWED: null,
  FILE_TYPE_MISMATCH: null,
  FILE_CONTENT_REFUSED: null,
  FILE_EMPTY: null,
  TRANSLATION_STATUS_NOT_ALLOWED: null,
  DOCUMENT_KEY_DESTROYED: null,
  REFERRAL_TRANSITION_NOT_ALLOWED: null,
  PARTNER_SERVICE_INACTIVE: null,
  REPLY_LINK_INVALID: null,
  REPLY_LINK_EXPIRED: null,
  // Server faults: said as such below, whatever the code.
  DOCUMENT_UNREADABLE: 'error.code.DOCUMENT_UNREADABLE',
  SERVICE_UNAVAILABLE: null,
  INTERNAL: null,
  // The client's own: the network failure is said below, the interrupted upload by its screen.
  NETWORK_ERROR: null,
  UPLOAD_INTERRUPTED: null,
};

/** Problem codes of procedure steps (`details.fields[].code`) and deadline inputs (`problems`). */
const FIELD_PROBLEMS: Readonly<Record<string, MessageKey>> = {
  MISSING: 'fieldProblem.MISSING',
  required: 'fieldProblem.MISSING',
  MALFORMED: 'fieldProblem.MALFORMED',
  'not-a-date': 'fieldProblem.MALFORMED',
  UNEXPECTED: 'fieldProblem.UNEXPECTED',
  'unknown-input': 'fieldProblem.UNEXPECTED',
  IN_FUTURE: 'fieldProblem.IN_FUTURE',
  BEFORE_PREVIOUS_EVENT: 'fieldProblem.BEFORE_PREVIOUS_EVENT',
  INCONSISTENT: 'fieldProblem.INCONSISTENT',
  'before-related-input': 'fieldProblem.INCONSISTENT',
  'not-after-related-input': 'fieldProblem.INCONSISTENT',
  WINDOW_NOT_OVER: 'fieldProblem.WINDOW_NOT_OVER',
};

/** Names a request field in words (a date of a step, an input of a rule). */
export type FieldLabel = (field: string) => string;

interface FieldEntry {
  readonly field: string;
  readonly text: string;
}

/**
 * The fields an error names (`details.fields`), each with its problem in the interface language
 * where the code is known, else the server's words.
 */
export function fieldProblemsOf(error: unknown, t: Translate, locale: Locale): FieldEntry[] {
  if (!(error instanceof ApiError)) return [];
  const fields = error.details?.fields;
  if (!Array.isArray(fields)) return [];
  const entries: FieldEntry[] = [];
  for (const item of fields as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { field, problems, code } = item as { field?: unknown; problems?: unknown; code?: unknown };
    if (typeof field !== 'string') continue;
    const texts = Array.isArray(problems) ? problems.map(String) : [];
    const known = typeof code === 'string' ? FIELD_PROBLEMS[code] : texts.map((p) => FIELD_PROBLEMS[p]).find((key) => key !== undefined);
    entries.push({ field, text: known ? t(known) : locale === 'en' || texts.length === 0 ? texts.join(', ') : `${t('fieldProblem.CHECK')} (${texts.join(', ')})` });
  }
  return entries;
}

/** The problem with one field, to show beside it. */
export function problemFor(entries: readonly FieldEntry[], field: string): string | undefined {
  const found = entries.filter((entry) => entry.field === field || entry.field.startsWith(`${field}.`));
  return found.length === 0 ? undefined : found.map((entry) => entry.text).join(' ');
}

const PASSWORD_PROBLEMS: Readonly<Record<string, MessageKey>> = {
  TOO_SHORT: 'password.problem.TOO_SHORT',
  TOO_LONG: 'password.problem.TOO_LONG',
  COMMON: 'password.problem.COMMON',
  CONTAINS_ACCOUNT_NAME: 'password.problem.CONTAINS_ACCOUNT_NAME',
  REPEATED_CHARACTER: 'password.problem.REPEATED_CHARACTER',
};

/** Refusals that say how long to wait (`details.retryAfterSeconds`). */
const WAIT_CODES: ReadonlySet<ApiErrorCode> = new Set<ApiErrorCode>(['LOGIN_THROTTLED', 'SECOND_FACTOR_LOCKED', 'RATE_LIMITED']);

export function retryAfterSeconds(error: unknown): number | undefined {
  if (!(error instanceof ApiError) || !WAIT_CODES.has(error.code)) return undefined;
  const value = error.details?.retryAfterSeconds;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Codes a screen words for its own context (a wrong *current* password is not a wrong sign-in). */
export type CodeMessages = Readonly<Partial<Record<ApiErrorCode, MessageKey>>>;

export function describeError(error: unknown, t: Translate, locale: Locale, overrides: CodeMessages = {}, fieldLabel?: FieldLabel): ErrorDescription {
  if (!(error instanceof ApiError)) return { message: t('error.unexpected'), items: [] };
  if (error.code === NETWORK_ERROR) return { message: t('error.network'), items: [] };
  if (error.isServerFault) {
    return {
      // A stored file that fails its integrity check is a server fault too, but retrying will not help.
      message: error.code === 'DOCUMENT_UNREADABLE' ? t('error.code.DOCUMENT_UNREADABLE') : error.status === 503 ? t('error.unavailable') : t('error.server'),
      items: [],
      reference: error.correlationId,
    };
  }

  const own = overrides[error.code] ?? CODE_MESSAGES[error.code];
  let message = locale === 'en' || !own ? error.message : t(own);
  const items: string[] = [];

  if (WAIT_CODES.has(error.code)) {
    const wait = retryAfterSeconds(error);
    if (wait !== undefined) message = `${message} ${t('error.retryAfter', { wait: formatWait(wait, locale) })}`;
  }
  if (error.code === 'PASSWORD_REJECTED' && locale !== 'en') {
    const problems = error.details?.problems;
    if (Array.isArray(problems)) {
      for (const problem of problems) {
        const key = typeof problem === 'string' ? PASSWORD_PROBLEMS[problem] : undefined;
        if (key) items.push(t(key));
      }
    }
    if (items.length === 0) message = error.message;
  }
  if (error.code === 'VALIDATION_FAILED') {
    const fields = error.details?.fields;
    if (Array.isArray(fields)) {
      for (const field of fields as unknown[]) {
        if (typeof field !== 'object' || field === null) continue;
        const { field: name, problems } = field as { field?: unknown; problems?: unknown };
        if (typeof name === 'string' && Array.isArray(problems)) items.push(`${name}: ${problems.map(String).join(', ')}`);
      }
    }
    // The server's sentence is more specific than any generic wording; keep it visible.
    if (locale !== 'en' && own) items.unshift(error.message);
  }
  if (error.code === 'STAGE_TRANSITION_INVALID' || error.code === 'DEADLINE_INPUT_INVALID') {
    const label = fieldLabel ?? ((field: string) => field);
    for (const entry of fieldProblemsOf(error, t, locale)) items.push(`${label(entry.field)}: ${entry.text}`);
  }
  if (error.code === 'STAGE_TRANSITION_NOT_ALLOWED') {
    const allowed = error.details?.allowed;
    if (Array.isArray(allowed)) {
      for (const option of allowed as unknown[]) {
        const { labelJa, labelEn } = (option ?? {}) as { labelJa?: unknown; labelEn?: unknown };
        const label = locale === 'ja' ? labelJa : labelEn;
        if (typeof label === 'string') items.push(label);
      }
      if (items.length === 0) items.push(t('error.noStepsNow'));
    }
  }
  return { message, items };
}
