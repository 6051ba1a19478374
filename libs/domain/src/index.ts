export { assertNever } from './shared/assert-never.js';
export { DomainError } from './shared/domain-error.js';
export { ErrorCodes, isErrorCode, type ErrorCode } from './shared/error-codes.js';
export * from './calendar/index.js';
export * from './deadlines/index.js';
export * from './procedure/index.js';
export * from './accounts/password-policy.js';
export * from './clients/case-number.js';
export * from './clients/normalise-name.js';
