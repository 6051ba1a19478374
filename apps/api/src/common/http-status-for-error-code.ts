import { assertNever, type ErrorCode } from '#domain';

/**
 * The HTTP status of every error code. Exhaustive: a new code is a compile error here until
 * someone decides what the API answers for it.
 */
export function httpStatusForErrorCode(code: ErrorCode): number {
  switch (code) {
    case 'VALIDATION_FAILED':
    case 'MALFORMED_REQUEST':
    case 'PASSWORD_REJECTED':
    case 'TOKEN_INVALID_OR_EXPIRED':
    case 'SECOND_FACTOR_NOT_STARTED':
    case 'STAGE_TRANSITION_INVALID':
    case 'DEADLINE_INPUT_INVALID':
    case 'FILE_NAME_INVALID':
    case 'FILE_EMPTY':
      return 400;
    case 'UNAUTHENTICATED':
    case 'INVALID_CREDENTIALS':
    case 'INVALID_SECOND_FACTOR':
      return 401;
    case 'FORBIDDEN':
    case 'SECOND_FACTOR_REQUIRED':
    case 'SECOND_FACTOR_ENROLMENT_REQUIRED':
    case 'CSRF_TOKEN_INVALID':
    case 'PASSWORD_CONFIRMATION_FAILED':
    case 'EMERGENCY_ACCESS_NOT_ALLOWED':
      return 403;
    case 'ROUTE_NOT_FOUND':
    case 'USER_NOT_FOUND':
    case 'TEAM_NOT_FOUND':
    case 'SESSION_NOT_FOUND':
    case 'RECORD_NOT_FOUND':
    case 'REPLY_LINK_INVALID':
      return 404;
    case 'EMAIL_ALREADY_IN_USE':
    case 'TEAM_NAME_TAKEN':
    case 'LAST_ACTIVE_ADMIN':
    case 'CANNOT_CHANGE_OWN_ACCOUNT':
    case 'SECOND_FACTOR_ALREADY_ENABLED':
    case 'STALE_VERSION':
    case 'DUPLICATE_SUSPECTED':
    case 'CONSENT_REQUIRED':
    case 'CLIENT_CLOSED':
    case 'STAGE_TRANSITION_NOT_ALLOWED':
    case 'NEW_APPLICATION_NOT_ALLOWED':
    case 'ASSIGNMENT_NOT_ALLOWED':
    case 'DEADLINE_NOT_OPEN':
    case 'TRANSLATION_STATUS_NOT_ALLOWED':
    case 'REFERRAL_TRANSITION_NOT_ALLOWED':
    case 'PARTNER_SERVICE_INACTIVE':
      return 409;
    case 'DOCUMENT_KEY_DESTROYED':
    case 'REPLY_LINK_EXPIRED':
      return 410;
    case 'PAYLOAD_TOO_LARGE':
      return 413;
    case 'UNSUPPORTED_MEDIA_TYPE':
    case 'FILE_TYPE_NOT_ALLOWED':
    case 'FILE_TYPE_MISMATCH':
      return 415;
    case 'FILE_CONTENT_REFUSED':
      return 422;
    case 'RATE_LIMITED':
    case 'LOGIN_THROTTLED':
    case 'SECOND_FACTOR_LOCKED':
      return 429;
    // A stored file that fails its integrity check, or was wrapped by another master key than the
    // configured one, is the server's fault and retrying will not help: a 5xx, but answered on
    // purpose with its own code so the caseworker can tell their administrator what is wrong.
    case 'DOCUMENT_UNREADABLE':
    case 'INTERNAL':
      return 500;
    case 'SERVICE_UNAVAILABLE':
      return 503;
    default:
      return assertNever(code, 'error code');
  }
}

/** For errors raised by the framework or Express middleware, which carry a status but no code. */
export function errorCodeForHttpStatus(status: number): ErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404 || status === 405) return 'ROUTE_NOT_FOUND';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 503) return 'SERVICE_UNAVAILABLE';
  if (status >= 400 && status < 500) return 'MALFORMED_REQUEST';
  return 'INTERNAL';
}
