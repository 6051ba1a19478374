import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';

/** A font a letter draws with, and the name it is registered under in each document. */
export interface LetterFace {
  readonly name: string;
  readonly font: Font;
}

/** Per weight: the main face first, then the faces that fill its gaps, in order of preference. */
export interface LetterFonts {
  readonly regular: readonly LetterFace[];
  readonly bold: readonly LetterFace[];
}

/** A stretch of text drawn with one face: `face` indexes the weight's face list. */
export interface FontRun {
  readonly face: number;
  readonly text: string;
}

/*
 * Files from npm packages, so `npm ci` installs them on every machine and no system font is ever
 * asked for. BIZ UDPGothic (OFL-1.1) is a universal-design Japanese gothic that also covers
 * Latin-1, Latin Extended-A (Turkish and Kurdish names) and Cyrillic. Noto Sans (OFL-1.1) fills
 * what it lacks for the names clients bring: Romanian, Azerbaijani and transliterated Arabic
 * letters (latin-ext) and Vietnamese with its tone marks; its script families draw the names
 * clients write in their own script: Arabic (Dari, Pashto, Arabic, Urdu), Myanmar (Burmese and
 * Rohingya names in Burmese script), Ethiopic (Tigrinya, Amharic), Tamil, Bengali and Devanagari
 * (Nepali). fontkit shapes them (joining forms, reordering of Myanmar and Indic vowels), and puts
 * an all-Arabic run in right-to-left order.
 */
const FILES = {
  regular: [
    '@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf',
    '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff',
    '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff',
    '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff',
    '@fontsource/noto-sans-myanmar/files/noto-sans-myanmar-myanmar-400-normal.woff',
    '@fontsource/noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-400-normal.woff',
    '@fontsource/noto-sans-tamil/files/noto-sans-tamil-tamil-400-normal.woff',
    '@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-400-normal.woff',
    '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-400-normal.woff',
  ],
  bold: [
    '@expo-google-fonts/biz-udpgothic/700Bold/BIZUDPGothic_700Bold.ttf',
    '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff',
    '@fontsource/noto-sans/files/noto-sans-vietnamese-700-normal.woff',
    '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff',
    '@fontsource/noto-sans-myanmar/files/noto-sans-myanmar-myanmar-700-normal.woff',
    '@fontsource/noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-700-normal.woff',
    '@fontsource/noto-sans-tamil/files/noto-sans-tamil-tamil-700-normal.woff',
    '@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-700-normal.woff',
    '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-700-normal.woff',
  ],
} as const;

let loaded: LetterFonts | undefined;

/**
 * The letter fonts, parsed once per process: parsing a 4.5 MB Japanese font for every letter
 * would cost more than drawing the letter. Resolved from this module, so it works from `dist/`
 * and from the sources under Jest alike.
 */
export function letterFonts(): LetterFonts {
  if (loaded === undefined) {
    const require = createRequire(import.meta.url);
    const open = (weight: 'regular' | 'bold') =>
      FILES[weight].map((file, index): LetterFace => {
        const font = create(readFileSync(require.resolve(file)));
        if (!('hasGlyphForCodePoint' in font)) throw new Error(`letter font ${file} is a collection, not a single font`);
        return { name: `letter-${weight}-${index}`, font };
      });
    loaded = { regular: open('regular'), bold: open('bold') };
  }
  return loaded;
}

const COMBINING_MARK = /\p{M}/u;

/**
 * Cuts text into runs by the first face that has each character, preferring the main face (index
 * 0). A combining mark stays with the character before it, so a letter and its accent are shaped
 * together. A character no face has goes to the main face: it shows as a visible empty box rather
 * than vanishing.
 */
export function splitByFace(text: string, covers: readonly ((codePoint: number) => boolean)[]): FontRun[] {
  const runs: { face: number; text: string }[] = [];
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    const previous = runs.at(-1);
    let face: number;
    // Line breaks and tabs have no glyph anywhere; pdfkit acts on them whatever the face.
    if (previous !== undefined && (codePoint < 0x20 || COMBINING_MARK.test(char))) face = previous.face;
    else {
      face = covers.findIndex((has) => has(codePoint));
      if (face < 0) face = 0;
    }
    if (previous !== undefined && previous.face === face) previous.text += char;
    else runs.push({ face, text: char });
  }
  return runs;
}
