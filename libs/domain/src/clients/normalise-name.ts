/** Letters NFKD does not decompose into a base letter + accent. */
const LATIN_FOLDS: Record<string, string> = {
  đ: 'd',
  ð: 'd',
  ø: 'o',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ı: 'i',
};

/** Spaces, punctuation and separators that people write or omit at will in names. */
const IGNORED = /[\s\p{P}\p{S}\u30fb\uff65]/gu;

/**
 * The form a name is searched and compared in: width-insensitive (NFKC turns half-width kana and
 * full-width Latin into their usual forms), case-insensitive, kana-insensitive (katakana folded
 * to hiragana), accent-insensitive for Latin letters (Nguyễn → nguyen), without spaces or
 * punctuation (山田 太郎 = 山田太郎, O'Brien = obrien).
 */
export function normaliseName(value: string): string {
  const folded = value
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFKD')
    // Combining marks: accents on Latin letters. Kana voicing marks (U+3099, U+309A) are kept,
    // since が and か are different sounds; they are recomposed by the NFC below.
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
  let result = '';
  for (const character of folded) {
    const code = character.codePointAt(0) as number;
    // Katakana ァ (U+30A1) … ヶ (U+30F6) → hiragana ぁ (U+3041) … ゖ (U+3096).
    if (code >= 0x30a1 && code <= 0x30f6) result += String.fromCodePoint(code - 0x60);
    else result += LATIN_FOLDS[character] ?? character;
  }
  return result.replace(IGNORED, '');
}

/**
 * What the search index holds for one client: every single character and every pair of adjacent
 * characters of each normalised name form. One- and two-character queries (李, 山田) are then a
 * plain containment test on an indexed array; longer ones contain all their pairs. Pairs never
 * span two different forms.
 */
export function nameGrams(forms: readonly string[]): string[] {
  const grams = new Set<string>();
  for (const form of forms) {
    const characters = [...normaliseName(form)];
    characters.forEach((character, i) => {
      grams.add(character);
      const next = characters[i + 1];
      if (next !== undefined) grams.add(character + next);
    });
  }
  return [...grams].sort();
}

/**
 * The grams a query must find, all of them: the query itself when it is one or two characters,
 * otherwise its adjacent pairs. Empty when nothing searchable is left after normalising.
 */
export function queryGrams(query: string): string[] {
  const characters = [...normaliseName(query)];
  if (characters.length <= 2) return characters.length === 0 ? [] : [characters.join('')];
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < characters.length; i++) pairs.add(characters[i] + characters[i + 1]);
  return [...pairs].sort();
}

/**
 * The text searched for a substring once the index has narrowed the candidates: each normalised
 * form between separators, so a match never spans two forms.
 */
export function searchText(forms: readonly string[]): string {
  return `|${forms.map(normaliseName).filter((form) => form.length > 0).join('|')}|`;
}

/**
 * How alike two names are, 0…1: the Dice coefficient of their character pairs after normalising
 * (1 for equal names). Used for the duplicate warning at intake, across any two name forms.
 */
export function nameSimilarity(a: string, b: string): number {
  const left = pairs(normaliseName(a));
  const right = pairs(normaliseName(b));
  if (left.length === 0 || right.length === 0) return normaliseName(a) === normaliseName(b) && left.length + right.length > 0 ? 1 : 0;
  const counts = new Map<string, number>();
  for (const pair of left) counts.set(pair, (counts.get(pair) ?? 0) + 1);
  let shared = 0;
  for (const pair of right) {
    const count = counts.get(pair) ?? 0;
    if (count > 0) {
      shared++;
      counts.set(pair, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

function pairs(value: string): string[] {
  const characters = [...value];
  if (characters.length === 1) return [characters[0]];
  const result: string[] = [];
  for (let i = 0; i + 1 < characters.length; i++) result.push(characters[i] + characters[i + 1]);
  return result;
}
