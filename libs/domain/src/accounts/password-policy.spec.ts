import { describe, expect, it } from '@jest/globals';
import { checkPassword } from './password-policy.js';

const commonPasswords = new Set(['password', 'qwertyuiop', 'iloveyou', 'password123456']);

describe('checkPassword', () => {
  it.each([
    ['correct horse battery', []],
    ['寄り添いの会で働いています', []],
    ['short', ['TOO_SHORT']],
    ['長いけど短い', ['TOO_SHORT']],
    ['password123456', ['COMMON']],
    ['PASSWORD123456', ['COMMON']],
    ['qwertyuiop1234', ['COMMON']],
    ['aaaaaaaaaaaaaaaa', ['REPEATED_CHARACTER']],
    ['abababababababab', ['REPEATED_CHARACTER']],
    ['x'.repeat(257), ['TOO_LONG', 'REPEATED_CHARACTER']],
    ['tanaka.h and friends', ['CONTAINS_ACCOUNT_NAME']],
  ])('%s → %j', (password, problems) => {
    expect(checkPassword(password, { commonPasswords, email: 'Tanaka.H@example.org' })).toEqual(problems);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(checkPassword('𠮷野家の牛丼を食べたい', { commonPasswords })).toEqual(['TOO_SHORT']);
    expect(checkPassword('𠮷野家の牛丼を毎日食べたい', { commonPasswords })).toEqual([]);
  });

  it('ignores short email local parts, which would match too much', () => {
    expect(checkPassword('bob the builder rocks', { commonPasswords, email: 'bob@example.org' })).toEqual([]);
  });
});
