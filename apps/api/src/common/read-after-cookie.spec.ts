import { describe, expect, it } from '@jest/globals';
import { readAfterFrom } from './read-after-cookie.js';

describe('readAfterFrom', () => {
  it.each([
    ['yorisoi_read_after=0%2F3000148', '0/3000148'],
    ['yorisoi_read_after=0/3000148', '0/3000148'],
    ['yorisoi_session=abc; yorisoi_read_after=16%2FB374D848; other=1', '16/B374D848'],
    ['yorisoi_read_after=FFFFFFFF%2FFFFFFFFF', 'FFFFFFFF/FFFFFFFF'],
  ])('takes the position from %j', (header, position) => {
    expect(readAfterFrom(header)).toBe(position);
  });

  it.each([
    ['no header', undefined],
    ['no such cookie', 'yorisoi_session=abc'],
    ['garbage', 'yorisoi_read_after=garbage'],
    ['lower-case hexadecimal', 'yorisoi_read_after=0%2F3000abc'],
    ['a broken escape', 'yorisoi_read_after=%%%'],
    ['a third part', 'yorisoi_read_after=0%2F1%2F2'],
    ['more than 32 bits a half', 'yorisoi_read_after=100000000%2F0'],
    ['a huge value', `yorisoi_read_after=${'F'.repeat(5_000)}`],
    ['a huge header', `filler=${'y'.repeat(9_000)}; yorisoi_read_after=0%2F1`],
  ])('ignores %s', (_, header) => {
    expect(readAfterFrom(header)).toBeUndefined();
  });
});
