import { Injectable, type PipeTransform } from '@nestjs/common';
import { DomainError } from '#domain';
import { MAX_INT } from '../common/validators.js';

/** A version number in a path: 1 to the largest integer the database holds, else 400 (never a database error). */
@Injectable()
export class VersionNumberPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const number = /^[1-9]\d{0,9}$/.test(value) ? Number(value) : Number.NaN;
    if (!(number <= MAX_INT)) {
      throw new DomainError('VALIDATION_FAILED', 'A version number is a whole number from 1.', { fields: [{ field: 'number', problems: [`must be a whole number from 1 to ${MAX_INT}`] }] });
    }
    return number;
  }
}
