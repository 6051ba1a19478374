import type { Bilingual } from '../deadlines/deadline-rule.js';
import type { ProtectionKind, ProtectionStage } from '../procedure/track-p.js';
import {
  CHECKLIST_STEPS,
  DOCUMENT_CATEGORIES,
  isChecklistStep,
  isDocumentCategory,
  isJapanese,
  type ChecklistStep,
  type DocumentCategory,
  type TranslationStatus,
} from './document-vocabulary.js';
import { hasUsableTranslation } from './translation-flag.js';

/** One kind of document a procedure step expects. */
export interface ChecklistItem {
  /** kebab-case, unique in its template; a document can be filed under it by this key. */
  readonly key: string;
  readonly label: Bilingual;
  readonly hint: Bilingual | null;
  /** A document of one of these categories fills the item unless it was filed under another key. */
  readonly categories: DocumentCategory[];
  readonly required: boolean;
  /** A foreign-language document fills the item only once its signed Japanese translation is in the file. */
  readonly needsTranslation: boolean;
}

/** The content of one version of a checklist template (the versioning itself is the library's). */
export interface ChecklistTemplateContent {
  readonly step: ChecklistStep;
  readonly title: Bilingual;
  readonly basis: Bilingual;
  readonly items: ChecklistItem[];
}

/** What the checklist needs to know about each document of the application. */
export interface ChecklistDocument {
  readonly id: string;
  readonly category: DocumentCategory;
  readonly checklistItemKey: string | null;
  readonly language: string;
  /** Set on a translation document: the source it translates. */
  readonly translationOfId: string | null;
  readonly translationStatus: TranslationStatus;
  readonly hasSignedTranslation: boolean;
}

/**
 * - present: at least one document fills the item;
 * - awaiting-translation: documents are there, but all are foreign-language without a signed translation;
 * - missing: a required item with no document;
 * - optional-missing: an optional item with no document (nothing to chase).
 */
export type ChecklistItemStatus = 'present' | 'missing' | 'awaiting-translation' | 'optional-missing';

export interface EvaluatedChecklistItem {
  readonly key: string;
  readonly label: Bilingual;
  readonly required: boolean;
  readonly status: ChecklistItemStatus;
  /** The source documents filed under the item, in the order given. */
  readonly documentIds: string[];
}

export interface ChecklistEvaluation {
  readonly items: EvaluatedChecklistItem[];
  /** Required items with no document. */
  readonly missing: number;
  /** Items (required or not) whose documents all wait for a signed translation. */
  readonly awaitingTranslation: number;
  /** No required item is missing or waiting for a translation. */
  readonly complete: boolean;
}

/**
 * What is present, missing, or waiting for a translation for one application.
 *
 * A document fills an item when it was filed under the item's key; a document filed under no key
 * fills every item whose categories include its own. A document filed under a key this template
 * does not have fills nothing: the caseworker chose where it belongs, and guessing from its
 * category could tick an item the caseworker meant to leave open.
 *
 * Translation documents do not fill items themselves: they are counted through their source,
 * which fills an item that needs translation once it is in Japanese or has a signed translation
 * in the file (Enforcement Regulation Art. 62).
 */
export function evaluateChecklist(template: ChecklistTemplateContent, documents: readonly ChecklistDocument[]): ChecklistEvaluation {
  const sources = documents.filter((doc) => doc.translationOfId === null);
  const items = template.items.map((item): EvaluatedChecklistItem => {
    const filed = sources.filter((doc) =>
      doc.checklistItemKey === null ? item.categories.includes(doc.category) : doc.checklistItemKey === item.key,
    );
    const usable = filed.some((doc) => !item.needsTranslation || isJapanese(doc.language) || hasUsableTranslation(doc));
    const status: ChecklistItemStatus = usable
      ? 'present'
      : filed.length > 0
        ? 'awaiting-translation'
        : item.required
          ? 'missing'
          : 'optional-missing';
    return { key: item.key, label: item.label, required: item.required, status, documentIds: filed.map((doc) => doc.id) };
  });
  const missing = items.filter((item) => item.status === 'missing').length;
  const awaitingTranslation = items.filter((item) => item.status === 'awaiting-translation').length;
  const complete = items.every((item) => !item.required || item.status === 'present');
  return { items, missing, awaitingTranslation, complete };
}

/**
 * The checklist that fits where an application stands: what the NGO gathers next.
 * - intake, filed, examination: the application file; from the 2nd application on, ISA expects
 *   new facts or evidence, so it gets its own list;
 * - a refusal (or CP granted with the refugee claim refused), the review window and a pending
 *   review: the request for administrative review;
 * - a lapsed review window, a review decided, the suit window and a pending suit: the
 *   revocation suit (an upheld review is followed by recognition, a terminal stage);
 * - recognised, withdrawn, refusal final, and CP granted on a CP-only application: none.
 * The provisional-release extension belongs to custody, not to an application, so it is never
 * returned here.
 */
export function checklistStepForApplication(application: {
  readonly number: number;
  readonly stage: ProtectionStage;
  /** Only decides P3_CP_ONLY: terminal for a CP-only application (Art. 61-2(2)). */
  readonly kind?: ProtectionKind;
}): ChecklistStep | null {
  if (!Number.isInteger(application.number) || application.number < 1) {
    throw new RangeError('application number must be a whole number from 1');
  }
  switch (application.stage) {
    case 'P0_INTAKE':
    case 'P1_FILED':
    case 'P2_EXAMINATION':
      return application.number === 1 ? 'first-application' : 'subsequent-application';
    case 'P3_CP_ONLY':
      return application.kind === 'CP_ONLY' ? null : 'review-request';
    case 'P3_REFUSED':
    case 'P4_APPEAL_WINDOW':
    case 'P5_APPEAL_PENDING':
      return 'review-request';
    case 'P4X_WINDOW_LAPSED':
    case 'P6_APPEAL_DECIDED':
    case 'P7_LITIGATION_WINDOW':
    case 'P8_LITIGATION':
      return 'revocation-suit';
    case 'P3_RECOGNISED_REFUGEE':
    case 'P9_FINAL_NEGATIVE':
    case 'P_WITHDRAWN':
      return null;
  }
}

export interface ChecklistFieldProblem {
  /** Dotted path in the template, e.g. `items.2.label.ja`. */
  readonly field: string;
  readonly problems: string[];
}

export type ChecklistTemplateValidation =
  | { readonly ok: true; readonly content: ChecklistTemplateContent }
  | { readonly ok: false; readonly fields: ChecklistFieldProblem[] };

export const CHECKLIST_LIMITS = {
  minItems: 1,
  maxItems: 40,
  maxKeyLength: 60,
  maxLabelLength: 200,
  /** Hints and the basis cite sources and caveats, so they get more room than labels. */
  maxTextLength: 500,
} as const;

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Checks a template an administrator submits and returns it normalised (texts trimmed, a
 * missing hint as null). Every problem is reported with its field, never the submitted value.
 */
export function validateChecklistTemplate(content: unknown): ChecklistTemplateValidation {
  const problems = new Problems();
  const root = asRecord(content);
  if (root === null) return { ok: false, fields: [{ field: 'template', problems: ['must be an object'] }] };
  problems.unknownKeys(root, ['step', 'title', 'basis', 'items'], '');

  const step = root.step;
  if (!isChecklistStep(step)) problems.add('step', step === undefined ? 'required' : `must be one of: ${CHECKLIST_STEPS.join(', ')}`);
  const title = bilingual(root.title, 'title', CHECKLIST_LIMITS.maxLabelLength, problems);
  const basis = bilingual(root.basis, 'basis', CHECKLIST_LIMITS.maxTextLength, problems);

  const items: ChecklistItem[] = [];
  if (!Array.isArray(root.items)) {
    problems.add('items', root.items === undefined ? 'required' : 'must be a list');
  } else if (root.items.length < CHECKLIST_LIMITS.minItems || root.items.length > CHECKLIST_LIMITS.maxItems) {
    problems.add('items', `must have ${CHECKLIST_LIMITS.minItems} to ${CHECKLIST_LIMITS.maxItems} items`);
  } else {
    const seen = new Set<string>();
    root.items.forEach((raw: unknown, index) => {
      const item = checklistItem(raw, `items.${index}`, problems);
      if (item === null) return;
      if (seen.has(item.key)) problems.add(`items.${index}.key`, 'duplicate key');
      seen.add(item.key);
      items.push(item);
    });
  }

  if (!problems.empty || !isChecklistStep(step) || title === null || basis === null) return { ok: false, fields: problems.list() };
  return { ok: true, content: { step, title, basis, items } };
}

function checklistItem(raw: unknown, path: string, problems: Problems): ChecklistItem | null {
  const item = asRecord(raw);
  if (item === null) {
    problems.add(path, 'must be an object');
    return null;
  }
  problems.unknownKeys(item, ['key', 'label', 'hint', 'categories', 'required', 'needsTranslation'], `${path}.`);

  let key: string | null = null;
  if (typeof item.key !== 'string') problems.add(`${path}.key`, item.key === undefined ? 'required' : 'must be text');
  else if (item.key.length > CHECKLIST_LIMITS.maxKeyLength) problems.add(`${path}.key`, `must be at most ${CHECKLIST_LIMITS.maxKeyLength} characters`);
  else if (!KEBAB_CASE.test(item.key)) problems.add(`${path}.key`, 'must be kebab-case (a-z, 0-9, single hyphens between words)');
  else key = item.key;

  const label = bilingual(item.label, `${path}.label`, CHECKLIST_LIMITS.maxLabelLength, problems);
  const hint = item.hint === undefined || item.hint === null ? null : bilingual(item.hint, `${path}.hint`, CHECKLIST_LIMITS.maxTextLength, problems);

  const categories: DocumentCategory[] = [];
  if (!Array.isArray(item.categories)) {
    problems.add(`${path}.categories`, item.categories === undefined ? 'required' : 'must be a list');
  } else if (item.categories.length === 0) {
    problems.add(`${path}.categories`, 'must name at least one category');
  } else {
    item.categories.forEach((category: unknown, index) => {
      if (!isDocumentCategory(category)) problems.add(`${path}.categories.${index}`, `must be one of: ${DOCUMENT_CATEGORIES.join(', ')}`);
      else if (categories.includes(category)) problems.add(`${path}.categories.${index}`, 'duplicate category');
      else categories.push(category);
    });
  }

  for (const flag of ['required', 'needsTranslation'] as const) {
    if (typeof item[flag] !== 'boolean') problems.add(`${path}.${flag}`, item[flag] === undefined ? 'required' : 'must be true or false');
  }

  const hintOk = hint !== null || item.hint === undefined || item.hint === null;
  if (key === null || label === null || !hintOk || typeof item.required !== 'boolean' || typeof item.needsTranslation !== 'boolean') return null;
  return { key, label, hint, categories, required: item.required, needsTranslation: item.needsTranslation };
}

function bilingual(raw: unknown, path: string, maxLength: number, problems: Problems): Bilingual | null {
  const value = asRecord(raw);
  if (value === null) {
    problems.add(path, raw === undefined ? 'required' : 'must be an object with en and ja');
    return null;
  }
  problems.unknownKeys(value, ['en', 'ja'], `${path}.`);
  const texts: Partial<Record<'en' | 'ja', string>> = {};
  for (const language of ['en', 'ja'] as const) {
    const text = value[language];
    const field = `${path}.${language}`;
    if (typeof text !== 'string') problems.add(field, text === undefined ? 'required' : 'must be text');
    else if (text.trim() === '') problems.add(field, 'required');
    else if (text.trim().length > maxLength) problems.add(field, `must be at most ${maxLength} characters`);
    else texts[language] = text.trim();
  }
  return texts.en === undefined || texts.ja === undefined ? null : { en: texts.en, ja: texts.ja };
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** Collects problems per field, in the order found. */
class Problems {
  private readonly byField = new Map<string, string[]>();

  get empty(): boolean {
    return this.byField.size === 0;
  }

  add(field: string, problem: string): void {
    const list = this.byField.get(field);
    if (list) list.push(problem);
    else this.byField.set(field, [problem]);
  }

  unknownKeys(record: Record<string, unknown>, known: readonly string[], prefix: string): void {
    for (const key of Object.keys(record)) if (!known.includes(key)) this.add(`${prefix}${key}`, 'should not exist');
  }

  list(): ChecklistFieldProblem[] {
    return [...this.byField].map(([field, problems]) => ({ field, problems }));
  }
}
