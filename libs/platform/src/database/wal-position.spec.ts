import { describe, expect, it } from '@jest/globals';
import { isWalPosition, parseWalPosition } from './wal-position.js';

describe('parseWalPosition', () => {
  it.each([
    ['0/0', 0n],
    ['0/3000148', 0x3000148n],
    ['1/0', 1n << 32n],
    ['16/B374D848', (0x16n << 32n) | 0xb374d848n],
    ['FFFFFFFF/FFFFFFFF', (1n << 64n) - 1n],
  ])('reads %s as a byte offset', (text, expected) => {
    expect(parseWalPosition(text)).toBe(expected);
  });

  it('orders positions by number, not by text', () => {
    expect(parseWalPosition('0/A0000000')! > parseWalPosition('0/9FFFFFFF')!).toBe(true);
    expect(parseWalPosition('1/0')! > parseWalPosition('0/FFFFFFFF')!).toBe(true);
    expect(parseWalPosition('2/10')! > parseWalPosition('10/2')!).toBe(false);
  });

  it.each([
    undefined,
    null,
    '',
    '0',
    '/0',
    '0/',
    '0/3000148 ',
    ' 0/3000148',
    '0/3000148\n',
    '0/3000l48',
    '0/3000148/1',
    '0x0/0',
    '-1/0',
    '123456789/0',
    '0/123456789',
    'a/b',
    '0/3000148;',
    '0%2F3000148',
    'FFFFFFFF/FFFFFFFF'.repeat(100),
  ])('refuses %j', (text) => {
    expect(parseWalPosition(text)).toBeUndefined();
    expect(isWalPosition(text ?? undefined)).toBe(false);
  });
});
