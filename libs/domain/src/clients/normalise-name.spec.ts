import { describe, expect, it } from '@jest/globals';
import { nameGrams, nameSimilarity, normaliseName, queryGrams, searchText } from './normalise-name.js';

describe('normaliseName', () => {
  it.each([
    ['山田 太郎', '山田太郎'],
    ['ヤマダ　タロウ', 'やまだたろう'],
    ['ﾔﾏﾀﾞ ﾀﾛｳ', 'やまだたろう'],
    ['やまだ', 'やまだ'],
    ['ＹＡＭＡＤＡ', 'yamada'],
    ['Nguyễn Thị Lan', 'nguyenthilan'],
    ['Đặng', 'dang'],
    ["O'Brien-Smith", 'obriensmith'],
    ['Müller', 'muller'],
    ['ガブリエル', 'がぶりえる'],
    ['محمد', 'محمد'],
    ['Мухаммад', 'мухаммад'],
    ['李', '李'],
    ['   ', ''],
  ])('%s → %s', (input, expected) => {
    expect(normaliseName(input)).toBe(expected);
  });

  it('keeps voiced and unvoiced kana apart', () => {
    expect(normaliseName('カ')).not.toBe(normaliseName('ガ'));
  });
});

describe('nameGrams and queryGrams', () => {
  const grams = nameGrams(['Yamada', '山田 太郎', 'ヤマダ']);

  it('indexes single characters and adjacent pairs of each form', () => {
    expect(grams).toEqual(expect.arrayContaining(['山', '田', '山田', '田太', '太郎', 'や', 'やま', 'まだ', 'ya', 'am']));
  });

  it('never pairs characters of two different forms', () => {
    expect(nameGrams(['ab', 'cd'])).toEqual(['a', 'ab', 'b', 'c', 'cd', 'd']);
  });

  it.each([
    ['李', ['李']],
    ['山田', ['山田']],
    ['やまだ', ['まだ', 'やま']],
    ['ヤマダ', ['まだ', 'やま']],
    ['Yam', ['am', 'ya']],
    ['a', ['a']],
    ['  ', []],
  ])('a search for %s looks for %j', (query, expected) => {
    expect(queryGrams(query)).toEqual(expected);
  });

  it('finds every query that is a substring of a form', () => {
    for (const query of ['山', '山田', '田太郎', 'ヤマ', 'やまだ', 'y', 'ya', 'mad', 'YAMADA']) {
      expect(queryGrams(query).every((gram) => grams.includes(gram))).toBe(true);
    }
  });
});

describe('searchText', () => {
  it('separates forms so a substring never spans two', () => {
    expect(searchText(['Ab', '', 'カ'])).toBe('|ab|か|');
  });
});

describe('nameSimilarity', () => {
  it.each([
    ['Mohammed Ali', 'mohammed ali', 1],
    ['ヤマダ タロウ', 'やまだたろう', 1],
  ])('%s and %s are the same name', (a, b, expected) => {
    expect(nameSimilarity(a, b)).toBe(expected);
  });

  it('sees spelling variants as similar and different names as different', () => {
    expect(nameSimilarity('Mohammed Ali', 'Mohamed Ali')).toBeGreaterThan(0.8);
    expect(nameSimilarity('Nguyen Thi Lan', 'Nguyễn Thị Lan')).toBe(1);
    expect(nameSimilarity('Mohammed Ali', 'Tanaka Yuki')).toBeLessThan(0.2);
  });

  it('compares one-character names', () => {
    expect(nameSimilarity('李', '李')).toBe(1);
    expect(nameSimilarity('李', '王')).toBe(0);
  });
});
