import { registerDecorator, type ValidationOptions } from 'class-validator';
import { parseLocalDate } from '#domain';

/** A real calendar date written YYYY-MM-DD (no time, no time zone): 2026-02-30 is refused. */
export function IsLocalDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isLocalDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must be a date written YYYY-MM-DD', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && parseLocalDate(value) !== undefined },
    });
  };
}

/** ISO 3166-1 alpha-3, with ICAO's XXA (stateless) and XXX (unknown). */
export const NATIONALITY = /^[A-Z]{3}$/;
/** ISO 639-1 or 639-3 language code. */
export const LANGUAGE = /^[a-z]{2,3}$/;

/** An object of dates written YYYY-MM-DD keyed by field name: the dates a procedure step records. */
export function IsLocalDateRecord(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isLocalDateRecord',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must be an object of dates written YYYY-MM-DD, keyed by field name', ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          Object.keys(value).length <= 10 &&
          Object.entries(value).every(([key, date]) => /^[a-zA-Z]{1,40}$/.test(key) && typeof date === 'string' && parseLocalDate(date) !== undefined),
      },
    });
  };
}

/** The largest value of a PostgreSQL integer column: versions and numbers above it are refused (400), not a database error. */
export const MAX_INT = 2_147_483_647;
