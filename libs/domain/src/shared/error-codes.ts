/**
 * Every error code the system can answer with. One list, so that the HTTP mapping in
 * platform/http can be an exhaustive switch: adding a code without deciding its status is a
 * type error.
 */
export const ErrorCodes = [
  // Requests the API could not accept as sent.
  'VALIDATION_FAILED',
  'MALFORMED_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'ROUTE_NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  // Sign-in and accounts.
  'INVALID_CREDENTIALS',
  'LOGIN_THROTTLED',
  'SECOND_FACTOR_REQUIRED',
  'SECOND_FACTOR_ENROLMENT_REQUIRED',
  'INVALID_SECOND_FACTOR',
  'SECOND_FACTOR_ALREADY_ENABLED',
  'SECOND_FACTOR_NOT_STARTED',
  'SECOND_FACTOR_LOCKED',
  'PASSWORD_CONFIRMATION_FAILED',
  'CSRF_TOKEN_INVALID',
  'PASSWORD_REJECTED',
  'TOKEN_INVALID_OR_EXPIRED',
  'USER_NOT_FOUND',
  'TEAM_NOT_FOUND',
  'SESSION_NOT_FOUND',
  'EMAIL_ALREADY_IN_USE',
  'TEAM_NAME_TAKEN',
  'LAST_ACTIVE_ADMIN',
  'CANNOT_CHANGE_OWN_ACCOUNT',
  'STALE_VERSION',
  // Client files.
  'RECORD_NOT_FOUND',
  'DUPLICATE_SUSPECTED',
  'CLIENT_CLOSED',
  'STAGE_TRANSITION_NOT_ALLOWED',
  'STAGE_TRANSITION_INVALID',
  'NEW_APPLICATION_NOT_ALLOWED',
  'ASSIGNMENT_NOT_ALLOWED',
  'CONSENT_REQUIRED',
  'EMERGENCY_ACCESS_NOT_ALLOWED',
  // Deadlines.
  'DEADLINE_INPUT_INVALID',
  'DEADLINE_NOT_OPEN',
  // Documents.
  'FILE_NAME_INVALID',
  'FILE_TYPE_NOT_ALLOWED',
  'FILE_TYPE_MISMATCH',
  'FILE_CONTENT_REFUSED',
  'FILE_EMPTY',
  'TRANSLATION_STATUS_NOT_ALLOWED',
  'DOCUMENT_KEY_DESTROYED',
  'DOCUMENT_UNREADABLE',
  // Referrals.
  'REFERRAL_TRANSITION_NOT_ALLOWED',
  'PARTNER_SERVICE_INACTIVE',
  'REPLY_LINK_INVALID',
  'REPLY_LINK_EXPIRED',
  // Infrastructure.
  'SERVICE_UNAVAILABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ErrorCodes)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ErrorCodes as readonly string[]).includes(value);
}
