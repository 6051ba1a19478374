import { describe, expect, it } from '@jest/globals';
import { splitByFace } from './letter-fonts.js';

// Stand-ins for the real fonts' coverage: a main face without Vietnamese tone letters, a
// fallback with them (and without spaces, as the Noto Sans subsets have none).
const main = (codePoint: number) => codePoint < 0x1e00 && codePoint !== 0x01b0 && codePoint !== 0x0323;
const vietnamese = (codePoint: number) => codePoint === 0x01b0 || codePoint === 0x0323 || (codePoint >= 0x1ea0 && codePoint <= 0x1ef9);
const covers = [main, vietnamese];

describe('splitByFace', () => {
  it.each([
    ['text the main face has stays in one run', 'Aydın Yılmaz', [{ face: 0, text: 'Aydın Yılmaz' }]],
    [
      'a letter only the fallback has gets its own run, the space around it stays with the main face',
      'Nguyễn Thị',
      [
        { face: 0, text: 'Nguy' },
        { face: 1, text: 'ễ' },
        { face: 0, text: 'n Th' },
        { face: 1, text: 'ị' },
      ],
    ],
    ['neighbouring fallback letters share a run', 'Hương', [{ face: 0, text: 'H' }, { face: 1, text: 'ư' }, { face: 0, text: 'ơng' }]],
    [
      'a combining mark stays with the letter before it, whichever face has the mark',
      'a\u0323 ư\u0301',
      [
        { face: 0, text: 'a\u0323 ' },
        { face: 1, text: 'ư\u0301' },
      ],
    ],
    ['a line break stays in the run it is in', 'ễ\nb', [{ face: 1, text: 'ễ\n' }, { face: 0, text: 'b' }]],
    ['a character no face has goes to the main face', 'a\u{20bb7}b', [{ face: 0, text: 'a\u{20bb7}b' }]],
    ['empty text has no run', '', []],
  ])('%s', (_case, text, expected) => {
    expect(splitByFace(text, covers)).toEqual(expected);
  });
});
