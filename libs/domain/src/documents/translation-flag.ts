import type { Bilingual } from '../deadlines/deadline-rule.js';
import { isJapanese, type TranslationStatus } from './document-vocabulary.js';

export interface TranslationFlagInput {
  readonly language: string;
  readonly forSubmission: boolean;
  readonly translationStatus: TranslationStatus;
  /** A translation document (itself a document in the file) is linked to this source. */
  readonly hasSignedTranslation: boolean;
}

export type TranslationFlagCode = 'TRANSLATION_MISSING' | 'TRANSLATION_NOT_SIGNED';

export interface TranslationFlag {
  readonly code: TranslationFlagCode;
  readonly message: Bilingual;
  readonly basis: Bilingual;
}

export const TRANSLATION_REQUIREMENT_BASIS: Bilingual = {
  en: 'Enforcement Regulation of the Immigration Control Act Art. 62: a document in a foreign language is submitted with a Japanese translation',
  ja: '出入国管理及び難民認定法施行規則第62条（外国語で作成された書類には訳文を添付する）',
};

/** True when the source has what ISA accepts: a translation its translator signed, in the file. */
export function hasUsableTranslation(doc: Pick<TranslationFlagInput, 'translationStatus' | 'hasSignedTranslation'>): boolean {
  return doc.translationStatus === 'signed' && doc.hasSignedTranslation;
}

/**
 * Whether a document must be flagged wherever it appears: it is marked for submission, it is not
 * in Japanese, and the file does not hold a signed Japanese translation of it (Enforcement
 * Regulation Art. 62). Documents not marked for submission are never flagged: a foreign-language
 * note kept for the caseworker's own reading needs no translation.
 *
 * Which flag:
 * - TRANSLATION_NOT_SIGNED: a translation exists (draft or checked) but its translator has not
 *   signed it yet; the next step is the signature.
 * - TRANSLATION_MISSING: there is no translation to submit. That includes a source recorded as
 *   'signed' with no translation document linked: what is submitted is the signed Japanese text,
 *   so a status alone does not count, and what the caseworker must do is add that document. It
 *   also includes 'not-needed' on a foreign document marked for submission, a contradiction the
 *   flag makes visible rather than trusts.
 */
export function translationFlag(doc: TranslationFlagInput): TranslationFlag | null {
  if (!doc.forSubmission || isJapanese(doc.language) || hasUsableTranslation(doc)) return null;
  switch (doc.translationStatus) {
    case 'draft':
    case 'checked':
      return {
        code: 'TRANSLATION_NOT_SIGNED',
        message: {
          en: 'Marked for submission, but its Japanese translation is not yet signed by the translator.',
          ja: '提出予定ですが、日本語訳に翻訳者の署名がまだありません。',
        },
        basis: TRANSLATION_REQUIREMENT_BASIS,
      };
    case 'signed':
      return {
        code: 'TRANSLATION_MISSING',
        message: {
          en: 'Marked for submission and recorded as signed, but no translation document is linked: add the signed Japanese translation.',
          ja: '提出予定で署名済みと記録されていますが、訳文の書類が紐付いていません。署名入りの日本語訳を追加してください。',
        },
        basis: TRANSLATION_REQUIREMENT_BASIS,
      };
    case 'not-needed':
    case 'needed':
    case 'requested':
      return {
        code: 'TRANSLATION_MISSING',
        message: {
          en: 'Marked for submission and not in Japanese: it needs a Japanese translation signed by the translator.',
          ja: '提出予定の外国語の書類です。翻訳者が署名した日本語訳が必要です。',
        },
        basis: TRANSLATION_REQUIREMENT_BASIS,
      };
  }
}
