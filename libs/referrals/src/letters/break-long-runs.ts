/** Longest run without a break that the letter hands to pdfkit: shorter than a line of the letter. */
export const LONGEST_RUN = 60;

/**
 * Cuts every run of more than `longest` characters with no break opportunity (no whitespace, no
 * kanji or kana, between which Japanese breaks anywhere) into lines of `longest`. pdfkit's line
 * wrapping searches a word that does not fit one character at a time, so a reason typed (or
 * pasted) as one 4,000-character "word" took most of a second of the api's only thread; a run
 * that long has to be cut somewhere anyway, and a line break changes no character of it.
 */
export function breakLongRuns(text: string, longest = LONGEST_RUN): string {
  return text.replace(new RegExp(`[^\\s\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]{${longest + 1},}`, 'gu'), (run) => {
    const characters = [...run];
    const lines: string[] = [];
    for (let start = 0; start < characters.length; start += longest) lines.push(characters.slice(start, start + longest).join(''));
    return lines.join('\n');
  });
}
