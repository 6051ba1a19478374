import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError } from '#domain';

export interface FieldProblem {
  /** Dotted path of the field in the request, e.g. `contact.email` or `languages.1`. */
  readonly field: string;
  readonly problems: readonly string[];
}

/** Flattens class-validator's tree into one entry per field. Values are never echoed back. */
export function describeValidationErrors(errors: readonly ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own: FieldProblem[] = error.constraints
      ? [{ field, problems: Object.values(error.constraints).map((text) => withoutSubject(text, error.property)) }]
      : [];
    return own.concat(describeValidationErrors(error.children ?? [], field));
  });
}

/** class-validator writes "label must be a string" or "property label should not exist". */
function withoutSubject(text: string, property: string): string {
  for (const subject of [`property ${property} `, `${property} `]) {
    if (text.startsWith(subject)) return text.slice(subject.length);
  }
  return text;
}

/**
 * The global pipe: unknown fields are refused (not silently dropped), types are converted from
 * the DTO's declarations, and a failure is a 400 `VALIDATION_FAILED` naming every bad field.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = describeValidationErrors(errors);
      const names = fields.map((f) => f.field).join(', ');
      return new DomainError(
        'VALIDATION_FAILED',
        fields.length > 0 ? `Invalid request: check ${names}.` : 'Invalid request body.',
        { fields },
      );
    },
  });
}
