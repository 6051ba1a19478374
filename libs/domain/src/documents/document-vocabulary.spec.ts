import { describe, expect, it } from '@jest/globals';
import {
  CHECKLIST_STEPS,
  ChecklistStepLabels,
  DOCUMENT_CATEGORIES,
  DocumentCategoryLabels,
  SUBMISSION_TARGETS,
  SubmissionTargetLabels,
  TRANSLATION_STATUSES,
  TranslationStatusLabels,
  isChecklistStep,
  isDocumentCategory,
  isDocumentLanguage,
  isJapanese,
  isSubmissionTarget,
  isTranslationStatus,
} from './document-vocabulary.js';

describe('document languages are ISO 639-1 codes', () => {
  it.each([
    ['ja', true],
    ['en', true],
    ['fa', true],
    ['JA', false],
    ['jpn', false],
    ['j', false],
    ['', false],
    [' ja', false],
    [null, false],
  ])('%p is a language: %p', (value, expected) => {
    expect(isDocumentLanguage(value)).toBe(expected);
  });

  it.each([
    ['ja', true],
    ['en', false],
    ['my', false],
    // A malformed code must never pass as Japanese, or a document would skip its translation.
    ['JA', false],
    ['jp', false],
  ])('%s is Japanese: %p', (language, expected) => {
    expect(isJapanese(language)).toBe(expected);
  });
});

describe('closed lists and their labels', () => {
  it.each([
    ['category', DOCUMENT_CATEGORIES, DocumentCategoryLabels],
    ['translation status', TRANSLATION_STATUSES, TranslationStatusLabels],
    ['submission target', SUBMISSION_TARGETS, SubmissionTargetLabels],
    ['checklist step', CHECKLIST_STEPS, ChecklistStepLabels],
  ] as const)('every %s has a label in English and Japanese, and no label is shared', (_what, values, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    for (const value of values) {
      const label = (labels as Record<string, { en: string; ja: string }>)[value];
      expect(label.en.trim()).not.toBe('');
      expect(label.ja.trim()).not.toBe('');
    }
    const all = Object.values(labels as Record<string, { en: string; ja: string }>);
    expect(new Set(all.map((l) => l.en)).size).toBe(values.length);
    expect(new Set(all.map((l) => l.ja)).size).toBe(values.length);
  });

  it.each([
    [isDocumentCategory, 'medical', 'psychological'],
    [isTranslationStatus, 'signed', 'approved'],
    [isSubmissionTarget, 'review', 'minister'],
    [isChecklistStep, 'revocation-suit', 'appeal'],
  ])('guards accept known values and refuse others', (guard, known, unknown) => {
    expect(guard(known)).toBe(true);
    expect(guard(unknown)).toBe(false);
    expect(guard(undefined)).toBe(false);
  });
});
