import { describe, expect, it } from '@jest/globals';
import { DomainError } from '#domain';
import { checkFileName } from './file-name.js';

function refusal(name: string): string | null {
  try {
    checkFileName(name);
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    expect(error.code).toBe('FILE_NAME_INVALID');
    return (error.details as { problem: string }).problem;
  }
}

describe('checkFileName', () => {
  // Names as clients' papers are scanned and named in the office, in the scripts of the languages
  // caseworkers meet most; a ZWNJ or ZWJ that is part of the spelling is kept.
  it.each([
    ['Japanese', '在留カード（表面）_2026年3月.pdf'],
    ['Japanese, ideographic space', '陳述書　訳文.docx'],
    ['Arabic', 'جواز السفر - الصفحة الأولى.jpg'],
    ['Arabic with vowel marks', 'شَهادة مِيلاد.pdf'],
    ['Persian with zero width non-joiner', 'نامه\u200Cهای پزشکی بیمارستان.pdf'],
    ['Persian, ZWNJ after a vowel mark', 'گزارش پزشکیِ\u200Cها.txt'],
    ['Dari / Pashto', 'تذکره\u200Cی تابعیت.png'],
    ['Urdu', 'پولیس رپورٹ.pdf'],
    ['Kurdish (Sorani)', 'بەڵگەنامەی دادگا.pdf'],
    ['Burmese', 'နိုင်ငံကူးလက်မှတ်.pdf'],
    ['Tamil', 'அடையாள அட்டை நகல்.pdf'],
    ['Sinhala with zero width joiner', 'ශ්\u200Dරී ලංකා පොලිස් වාර්තාව.pdf'],
    ['Nepali', 'नागरिकता प्रमाणपत्र.jpg'],
    ['Bengali', 'জন্ম নিবন্ধন.pdf'],
    ['Tigrinya / Amharic', 'መንነት ወረቐት.pdf'],
    ['Turkish / Kurdish Latin', 'Kimlik kartı – Şırnak.pdf'],
    ['Russian', 'Справка из полиции №12.pdf'],
    ['Vietnamese, decomposed (normalised to NFC)', 'Giấy khai sinh.pdf'.normalize('NFD')],
    ['emoji joined into one', 'family 👨\u200D👩\u200D👧.jpg'],
    ['apostrophe and parentheses', "O'Brien (copy).pdf"],
  ])('accepts a name in %s', (_label, name) => {
    expect(refusal(name)).toBeNull();
    expect(checkFileName(name)).toBe(name.normalize('NFC'));
  });

  it('trims the name', () => {
    expect(checkFileName('  statement.pdf \n')).toBe('statement.pdf');
  });

  it.each([
    ['empty', '   ', 'it is empty'],
    ['too long', `${'あ'.repeat(252)}.pdf`, 'it is longer than 255 characters'],
    ['NUL', 'statement.pdf\u0000.exe', 'it contains control characters'],
    ['a line separator', 'statement\u2028.exe.pdf', 'it contains control characters'],
    ['a paragraph separator', 'statement\u2029.pdf', 'it contains control characters'],
    ['right-to-left override', 'invoice\u202Efdp.exe', 'it contains text-direction control characters'],
    ['right-to-left isolate', 'invoice\u2067fdp.exe', 'it contains text-direction control characters'],
    ['Arabic letter mark', 'report\u061C.pdf', 'it contains text-direction control characters'],
    ['right-to-left mark', 'تقرير\u200F.pdf', 'it contains text-direction control characters'],
    ['zero width space', 'passport\u200B.pdf', 'it contains invisible characters'],
    ['byte order mark inside', 'pass\uFEFFport.pdf', 'it contains invisible characters'],
    ['word joiner', 'pass\u2060port.pdf', 'it contains invisible characters'],
    ['soft hyphen', 'pass\u00ADport.pdf', 'it contains invisible characters'],
    ['invisible tag characters', 'scan\u{E0069}\u{E0067}\u{E006E}.pdf', 'it contains invisible characters'],
    ['Hangul filler', 'scan\u3164.pdf', 'it contains invisible characters'],
    ['zero width non-joiner between Latin letters', 'pass\u200Cport.pdf', 'it contains invisible characters'],
    ['zero width joiner between Latin letters', 'report.p\u200Ddf', 'it contains invisible characters'],
    ['zero width joiner before the extension', 'نامه\u200D.pdf', 'it contains invisible characters'],
    ['zero width non-joiner at the end', 'نامه.pdf\u200C', 'it contains invisible characters'],
    ['an unpaired surrogate', 'scan\uD800.pdf', 'it is not well-formed text'],
    ['path traversal', '../../etc/passwd', 'it contains a path separator'],
    ['Windows path', 'C:\\Users\\scan.pdf', 'it contains a path separator'],
    ['only dots', '..', 'it consists only of dots'],
  ])('refuses %s', (_label, name, problem) => {
    expect(refusal(name)).toBe(problem);
  });
});
