import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { KeyedHash } from './keyed-hash.js';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';

describe('KeyedHash', () => {
  it('is stable for one secret and purpose, and is not the plain SHA-256', () => {
    const hash = new KeyedHash(SECRET, 'recovery-code');
    expect(hash.hex('ABCDEFGHJK')).toBe(new KeyedHash(SECRET, 'recovery-code').hex('ABCDEFGHJK'));
    expect(hash.hex('ABCDEFGHJK')).not.toBe(createHash('sha256').update('ABCDEFGHJK').digest('hex'));
    expect(hash.digest('ABCDEFGHJK')).toHaveLength(32);
  });

  it('differs between secrets and between purposes', () => {
    const value = 'sato@example.org';
    const base = new KeyedHash(SECRET, 'email').hex(value);
    expect(new KeyedHash(`${SECRET}-other`, 'email').hex(value)).not.toBe(base);
    expect(new KeyedHash(SECRET, 'recovery-code').hex(value)).not.toBe(base);
  });
});
