import { describe, expect, it } from '@jest/globals';
import type { TranslationStatus } from './document-vocabulary.js';
import { TRANSLATION_REQUIREMENT_BASIS, translationFlag } from './translation-flag.js';

const doc = (language: string, forSubmission: boolean, translationStatus: TranslationStatus, hasSignedTranslation: boolean) => ({
  language,
  forSubmission,
  translationStatus,
  hasSignedTranslation,
});

describe('translationFlag', () => {
  it.each([
    ['a Japanese document for submission', doc('ja', true, 'not-needed', false)],
    ['a foreign document not for submission, untranslated', doc('fa', false, 'needed', false)],
    ['a foreign document not for submission, marked not needed', doc('fa', false, 'not-needed', false)],
    ['a foreign document for submission with its signed translation in the file', doc('fa', true, 'signed', true)],
  ])('does not flag %s', (_what, input) => {
    expect(translationFlag(input)).toBeNull();
  });

  it.each<[string, ReturnType<typeof doc>, 'TRANSLATION_MISSING' | 'TRANSLATION_NOT_SIGNED']>([
    ['untranslated', doc('en', true, 'needed', false), 'TRANSLATION_MISSING'],
    ['with a translator still working', doc('en', true, 'requested', false), 'TRANSLATION_MISSING'],
    ['recorded as needing none although it is to be submitted', doc('en', true, 'not-needed', false), 'TRANSLATION_MISSING'],
    ['recorded as signed with no translation document linked', doc('en', true, 'signed', false), 'TRANSLATION_MISSING'],
    ['with a draft translation', doc('my', true, 'draft', false), 'TRANSLATION_NOT_SIGNED'],
    ['with a checked translation linked but unsigned', doc('my', true, 'checked', true), 'TRANSLATION_NOT_SIGNED'],
    ['with a malformed language code', doc('JA', true, 'not-needed', false), 'TRANSLATION_MISSING'],
  ])('flags a foreign document for submission %s', (_what, input, code) => {
    const flag = translationFlag(input);
    expect(flag?.code).toBe(code);
    expect(flag?.basis).toEqual(TRANSLATION_REQUIREMENT_BASIS);
  });

  it('cites Enforcement Regulation Art. 62 in both languages', () => {
    expect(TRANSLATION_REQUIREMENT_BASIS.en).toContain('Enforcement Regulation of the Immigration Control Act Art. 62');
    expect(TRANSLATION_REQUIREMENT_BASIS.ja).toContain('施行規則第62条');
  });

  it('tells the caseworker what to do next, in both languages', () => {
    expect(translationFlag(doc('en', true, 'signed', false))?.message).toEqual({
      en: 'Marked for submission and recorded as signed, but no translation document is linked: add the signed Japanese translation.',
      ja: '提出予定で署名済みと記録されていますが、訳文の書類が紐付いていません。署名入りの日本語訳を追加してください。',
    });
    expect(translationFlag(doc('en', true, 'checked', true))?.message.en).toContain('not yet signed');
    expect(translationFlag(doc('en', true, 'needed', false))?.message.ja).toContain('日本語訳が必要');
  });
});
