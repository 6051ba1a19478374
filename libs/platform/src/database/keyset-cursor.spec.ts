import { describe, expect, it } from '@jest/globals';
import { DomainError } from '#domain';
import { KeysetCursor } from './keyset-cursor.js';

const cursor = new KeysetCursor(['micros', 'uuid'] as const);
const ID = '0b5c3a52-3f4e-4a3e-9d2c-6f1d2e3a4b5c';
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('KeysetCursor', () => {
  it('gives back what it encoded', () => {
    expect(cursor.decode(cursor.encode(['1796600000123456', ID]))).toEqual(['1796600000123456', ID]);
  });

  it.each([
    ['not base64 JSON', '!!!'],
    ['JSON that is not an array', encode({ a: 1 })],
    ['too few parts', encode(['1'])],
    ['too many parts', encode(['1', ID, 'x'])],
    ['a number where a string belongs', encode([1796600000123456, ID])],
    ['a negative timestamp', encode(['-1', ID])],
    ['a fraction', encode(['1.5', ID])],
    ['a timestamp past year 9999', encode(['253402300800000000', ID])],
    ['more digits than a bigint', encode(['9'.repeat(19), ID])],
    ['a hyphens-only uuid', encode(['1', '--------------------------------'.padEnd(36, '-')])],
    ['an upper-case uuid', encode(['1', ID.toUpperCase()])],
    ['null', encode(null)],
  ])('refuses %s with a validation error on the cursor', (_: string, value: string) => {
    let thrown: unknown;
    try {
      cursor.decode(value);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: [{ field: 'cursor', problems: ['unreadable'] }] } });
  });

  it('takes only calendar dates that exist', () => {
    const dated = new KeysetCursor(['date', 'uuid'] as const);
    expect(dated.decode(dated.encode(['2028-02-29', ID]))).toEqual(['2028-02-29', ID]);
    expect(() => dated.decode(encode(['2026-02-30', ID]))).toThrow(DomainError);
    expect(() => dated.decode(encode(['2026-2-3', ID]))).toThrow(DomainError);
  });

  it('takes bigint ids only as digits within the range of a bigint', () => {
    const ids = new KeysetCursor(['bigint'] as const);
    expect(ids.decode(ids.encode(['123456789012345678']))).toEqual(['123456789012345678']);
    expect(() => ids.decode(encode(['9'.repeat(19)]))).toThrow(DomainError);
    expect(() => ids.decode(encode(['-1']))).toThrow(DomainError);
    expect(() => ids.decode(encode(['1e3']))).toThrow(DomainError);
  });

  it('refuses text the database cannot hold', () => {
    const text = new KeysetCursor(['text'] as const);
    expect(text.decode(text.encode(['Nguyễn']))).toEqual(['Nguyễn']);
    expect(() => text.decode(encode(['a\u0000b']))).toThrow(DomainError);
    expect(() => text.decode(encode(['\ud800']))).toThrow(DomainError);
  });
});
