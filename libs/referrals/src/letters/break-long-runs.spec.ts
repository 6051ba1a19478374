import { describe, expect, it } from '@jest/globals';
import { breakLongRuns } from './break-long-runs.js';

describe('breakLongRuns', () => {
  it.each([
    ['short words stay as they are', 'Needs a bed tonight', 8, 'Needs a bed tonight'],
    ['a run of exactly the limit stays', 'abcde fgh', 5, 'abcde fgh'],
    ['a longer run is cut into lines of the limit', 'abcdefghijkl', 5, 'abcde\nfghij\nkl'],
    ['only the long run is cut', 'go to https://example.org/abcdefgh now', 10, 'go to https://ex\nample.org/\nabcdefgh now'],
    ['characters outside the BMP count as one', '𝒜𝒜𝒜𝒜', 3, '𝒜𝒜𝒜\n𝒜'],
    ['Japanese, which breaks between any kanji or kana, is left to pdfkit', '難民認定申請の資料です', 4, '難民認定申請の資料です'],
    ['a long Latin run inside Japanese is cut', '資料abcdefg資料', 3, '資料abc\ndef\ng資料'],
  ])('%s', (_name, text, longest, expected) => {
    expect(breakLongRuns(text, longest)).toBe(expected);
  });

  it('changes no character: only line breaks are added', () => {
    const reason = 'ệ'.repeat(4000);
    const broken = breakLongRuns(reason);
    expect(broken.replace(/\n/g, '')).toBe(reason);
    expect(Math.max(...broken.split('\n').map((line) => [...line].length))).toBe(60);
  });
});
