/*
 * The closed lists the evidence documents speak in (issue 11): one definition for the database
 * checks, the DTO validation, the API and the dashboard, with their labels in both languages.
 */
import type { Bilingual } from '../deadlines/deadline-rule.js';

/**
 * What a document is evidence of, following the typical evidence of reference §5.2.
 * 'photograph' is the application photographs ISA asks for, not photos as evidence of
 * persecution (those are 'persecution-evidence'); 'medical' covers medical and psychological
 * reports; 'isa-notice' covers ISA's notices and decisions.
 */
export const DOCUMENT_CATEGORIES = [
  'identity',
  'personal-statement',
  'persecution-evidence',
  'medical',
  'country-information',
  'isa-notice',
  'court-document',
  'support-letter',
  'photograph',
  'other',
] as const;
export type DocumentCategory = (typeof DOCUMENT_CATEGORIES)[number];

/** Where the Japanese translation of a foreign-language document stands (see translation-status.ts). */
export const TRANSLATION_STATUSES = ['not-needed', 'needed', 'requested', 'draft', 'checked', 'signed'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

/**
 * Who a version was submitted to: ISA at first instance (the regional bureau), the Minister of
 * Justice on a request for administrative review (審査請求), or a court (revocation suit etc.).
 */
export const SUBMISSION_TARGETS = ['isa', 'review', 'court'] as const;
export type SubmissionTarget = (typeof SUBMISSION_TARGETS)[number];

/** The procedure steps a checklist template is kept for. */
export const CHECKLIST_STEPS = [
  'first-application',
  'subsequent-application',
  'review-request',
  'revocation-suit',
  'provisional-release-extension',
] as const;
export type ChecklistStep = (typeof CHECKLIST_STEPS)[number];

/**
 * A document's language is an ISO 639-1 code in lower case. The list is deliberately open:
 * clients come from everywhere, and a closed list would push caseworkers to pick a wrong
 * language that then decides whether a translation is required.
 */
export const DOCUMENT_LANGUAGE_PATTERN = /^[a-z]{2}$/;

export function isDocumentLanguage(value: unknown): value is string {
  return typeof value === 'string' && DOCUMENT_LANGUAGE_PATTERN.test(value);
}

/**
 * Japanese needs no translation for ISA (Enforcement Regulation Art. 62 asks for a Japanese
 * translation of documents in a foreign language). Anything but exactly 'ja' counts as foreign,
 * so a malformed code ('JA', 'jp') errs towards asking for a translation, never towards
 * submitting an untranslated document.
 */
export function isJapanese(language: string): boolean {
  return language === 'ja';
}

export function isDocumentCategory(value: unknown): value is DocumentCategory {
  return typeof value === 'string' && (DOCUMENT_CATEGORIES as readonly string[]).includes(value);
}

export function isTranslationStatus(value: unknown): value is TranslationStatus {
  return typeof value === 'string' && (TRANSLATION_STATUSES as readonly string[]).includes(value);
}

export function isSubmissionTarget(value: unknown): value is SubmissionTarget {
  return typeof value === 'string' && (SUBMISSION_TARGETS as readonly string[]).includes(value);
}

export function isChecklistStep(value: unknown): value is ChecklistStep {
  return typeof value === 'string' && (CHECKLIST_STEPS as readonly string[]).includes(value);
}

export const DocumentCategoryLabels: Readonly<Record<DocumentCategory, Bilingual>> = {
  identity: { en: 'Identity document', ja: '身分関係書類' },
  'personal-statement': { en: 'Personal statement', ja: '陳述書' },
  'persecution-evidence': { en: 'Evidence of persecution', ja: '迫害に関する証拠' },
  medical: { en: 'Medical or psychological report', ja: '診断書・心理的所見' },
  'country-information': { en: 'Country-of-origin information', ja: '出身国情報' },
  'isa-notice': { en: 'ISA notice or decision', ja: '入管庁からの通知・処分書' },
  'court-document': { en: 'Court document', ja: '裁判所関係書類' },
  'support-letter': { en: 'Letter of support', ja: '支援者等の意見書・推薦状' },
  photograph: { en: 'Application photographs', ja: '申請用写真' },
  other: { en: 'Other', ja: 'その他' },
};

export const TranslationStatusLabels: Readonly<Record<TranslationStatus, Bilingual>> = {
  'not-needed': { en: 'No translation needed', ja: '翻訳不要' },
  needed: { en: 'Translation needed', ja: '翻訳が必要' },
  requested: { en: 'Translation requested', ja: '翻訳依頼済み' },
  draft: { en: 'Draft translation', ja: '翻訳原稿あり' },
  checked: { en: 'Translation checked', ja: '翻訳確認済み' },
  signed: { en: 'Translation signed', ja: '翻訳者署名済み' },
};

export const SubmissionTargetLabels: Readonly<Record<SubmissionTarget, Bilingual>> = {
  isa: { en: 'ISA (first instance, regional bureau)', ja: '地方出入国在留管理局（一次審査）' },
  review: { en: 'Administrative review (Minister of Justice)', ja: '審査請求（法務大臣）' },
  court: { en: 'Court', ja: '裁判所' },
};

export const ChecklistStepLabels: Readonly<Record<ChecklistStep, Bilingual>> = {
  'first-application': { en: 'First application', ja: '初回申請' },
  'subsequent-application': { en: 'Subsequent application', ja: '複数回目の申請' },
  'review-request': { en: 'Request for administrative review', ja: '審査請求' },
  'revocation-suit': { en: 'Revocation suit', ja: '取消訴訟' },
  'provisional-release-extension': { en: 'Extension of provisional release', ja: '仮放免の期間延長' },
};
