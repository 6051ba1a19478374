import type { NextFunction, Request, Response } from 'express';
import { DomainError } from '#domain';

/**
 * Deepest nesting a JSON body may have. The api's deepest request (an intake with its consents) is
 * three levels; a body nested thousands of levels deep exhausts the stack of the recursive
 * transformers and validators that run before any handler (found by the fuzz test as a 500).
 */
export const MAX_JSON_DEPTH = 32;

/**
 * Text the database can store as sent: PostgreSQL refuses the NUL character in text (a 500 when
 * it reached an insert), and an unpaired UTF-16 surrogate would be stored silently replaced by
 * U+FFFD, so the database would hold something other than what the user typed.
 */
export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && (text as string & { isWellFormed(): boolean }).isWellFormed();
}

type Found = { readonly kind: 'too-deep' } | { readonly kind: 'text' | 'reserved'; readonly field: string } | undefined;

/**
 * Names of Object.prototype's members. class-validator looks a field's rules up by name in a plain
 * object, where these are always "found": a body field named `constructor` or `toString` would
 * slip past the refusal of unknown fields. No request field of ours has such a name.
 */
const RESERVED_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Walks a parsed body or query without recursion (a deep body must not overflow the walk itself). */
function findProblem(value: unknown, root: string): Found {
  const stack: [unknown, string, number][] = [[value, root, 0]];
  while (stack.length > 0) {
    const [current, path, depth] = stack.pop()!;
    if (typeof current === 'string') {
      if (!isStorableText(current)) return { kind: 'text', field: path };
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) return { kind: 'too-deep' };
    for (const [key, inner] of Object.entries(current)) {
      const field = path ? `${path}.${key}` : key;
      if (!isStorableText(key)) return { kind: 'text', field: path || '(key)' };
      if (RESERVED_NAMES.has(key)) return { kind: 'reserved', field };
      stack.push([inner, field, depth + 1]);
    }
  }
  return undefined;
}

/**
 * Refuses, before validation, a JSON body nested deeper than MAX_JSON_DEPTH and any text in the
 * body or the query string that contains NUL or unpaired surrogates: a 400 naming the field
 * (never echoing the value) instead of a crash further in.
 */
export function refuseUnstorableInput(request: Request, _response: Response, next: NextFunction): void {
  const found = findProblem(request.body, '') ?? findProblem(request.query, '');
  if (found?.kind === 'too-deep') {
    next(new DomainError('MALFORMED_REQUEST', `The request body is nested more than ${MAX_JSON_DEPTH} levels deep.`));
    return;
  }
  if (found?.kind === 'reserved') {
    next(new DomainError('VALIDATION_FAILED', `Invalid request: check ${found.field}.`, { fields: [{ field: found.field, problems: ['should not exist'] }] }));
    return;
  }
  if (found?.kind === 'text') {
    next(
      new DomainError('VALIDATION_FAILED', `Invalid request: check ${found.field || 'the request body'}.`, {
        fields: [{ field: found.field, problems: ['must be text without NUL characters or unpaired surrogates'] }],
      }),
    );
    return;
  }
  next();
}
