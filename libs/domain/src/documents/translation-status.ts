import { assertRecordedDate, isRecordedDate } from '../calendar/local-date.js';
import { isJapanese, type TranslationStatus } from './document-vocabulary.js';

/**
 * The Japanese translation of one foreign-language document, as recorded on the source document.
 * Every foreign-language document submitted to ISA needs a Japanese translation; anyone may
 * translate, but the translator signs it (Enforcement Regulation Art. 62, reference §5.2), which
 * is why a signed translation carries the translator's name and the date of signature.
 */
export interface TranslationState {
  readonly status: TranslationStatus;
  readonly translatorName: string | null;
  /** YYYY-MM-DD: the date agreed with the translator; it drives a `translation-due` deadline. */
  readonly dueDate: string | null;
  /** YYYY-MM-DD: the date the translator signed the translation. */
  readonly signedOn: string | null;
}

/** A field left out keeps its current value; `null` clears it. */
export interface TranslationChange {
  readonly status: TranslationStatus;
  readonly translatorName?: string | null;
  readonly dueDate?: string | null;
  readonly signedOn?: string | null;
}

export interface TranslationContext {
  /** ISO 639-1 code of the source document. */
  readonly language: string;
  /** YYYY-MM-DD in Japan: a signature cannot be dated after it. */
  readonly today: string;
}

export interface TranslationFieldProblem {
  readonly field: 'translatorName' | 'dueDate' | 'signedOn';
  readonly problems: string[];
}

export type TranslationChangeResult =
  | { readonly ok: true; readonly state: TranslationState }
  | { readonly ok: false; readonly code: 'TRANSLATION_STATUS_NOT_ALLOWED'; readonly allowed: TranslationStatus[] }
  | { readonly ok: false; readonly code: 'VALIDATION_FAILED'; readonly fields: TranslationFieldProblem[] };

export const MAX_TRANSLATOR_NAME_LENGTH = 200;

/**
 * The steps of a foreign-language document's translation, in the order the work happens:
 * needed → requested (a translator agreed a date) → draft (the translator delivered) → checked
 * (someone else in the team read it against the source) → signed (the translator signed it,
 * which is what ISA accepts). The check is kept as its own step because ISA relies on the
 * translation being accurate and a second reader is the NGO's only safeguard.
 *
 * Back steps are the ones that happen in practice:
 * - needed ↔ not-needed: a document that will not be submitted needs no translation, and can
 *   become evidence again later;
 * - requested → needed: the translator dropped out before delivering;
 * - draft → requested: the translator dropped out mid-way, or the draft goes to someone else;
 * - checked → draft: the check found errors and the draft goes back to the translator.
 * Signed is final: a signed translation is a fact about the document as it was. Only a new
 * version of the source reopens it (`translationAfterNewVersion`).
 */
const FOREIGN_STEPS: Readonly<Record<TranslationStatus, readonly TranslationStatus[]>> = {
  'not-needed': ['needed'],
  needed: ['not-needed', 'requested'],
  requested: ['needed', 'draft'],
  draft: ['requested', 'checked'],
  checked: ['draft', 'signed'],
  signed: [],
};

/** The statuses a translation can move to next (not counting edits within the same status). */
export function allowedTranslationSteps(current: TranslationStatus, language: string): TranslationStatus[] {
  // A Japanese document needs no translation; one recorded otherwise (its language was
  // corrected to Japanese) can only be put right.
  if (isJapanese(language)) return current === 'not-needed' ? [] : ['not-needed'];
  return [...FOREIGN_STEPS[current]];
}

/** The status a new document starts in: a foreign-language document needs a translation until someone decides otherwise. */
export function initialTranslationStatus(language: string): TranslationStatus {
  return isJapanese(language) ? 'not-needed' : 'needed';
}

/** Which fields a status carries. A field a status does not carry is null in the state. */
interface FieldRule {
  readonly translatorName: 'required' | 'absent';
  readonly dueDate: 'required' | 'optional' | 'absent';
  readonly signedOn: 'required' | 'absent';
}

const FIELD_RULES: Readonly<Record<TranslationStatus, FieldRule>> = {
  'not-needed': { translatorName: 'absent', dueDate: 'absent', signedOn: 'absent' },
  needed: { translatorName: 'absent', dueDate: 'absent', signedOn: 'absent' },
  // From the request until the signature a translator is working to an agreed date.
  requested: { translatorName: 'required', dueDate: 'required', signedOn: 'absent' },
  draft: { translatorName: 'required', dueDate: 'required', signedOn: 'absent' },
  checked: { translatorName: 'required', dueDate: 'required', signedOn: 'absent' },
  // The agreed date stays as a record of the engagement but is no longer needed.
  signed: { translatorName: 'required', dueDate: 'optional', signedOn: 'required' },
};

/**
 * Moves a translation to `change.status`, or edits the fields of the current status (a new due
 * date, another translator). Refuses a step the workflow does not allow with the steps that are
 * allowed, and a missing or malformed field with the field list; never throws for user input.
 * Leaving a status that carries a translator or date clears them (the translator dropped out).
 */
export function changeTranslation(current: TranslationState, change: TranslationChange, context: TranslationContext): TranslationChangeResult {
  assertRecordedDate(context.today, 'today');
  const allowed = allowedTranslationSteps(current.status, context.language);
  // Staying in a status edits its fields (a later date, another translator). A signed
  // translation is final, and a Japanese document has nothing to stay in but 'not-needed'.
  const editInPlace =
    change.status === current.status && current.status !== 'signed' && (!isJapanese(context.language) || current.status === 'not-needed');
  if (!editInPlace && !allowed.includes(change.status)) {
    return { ok: false, code: 'TRANSLATION_STATUS_NOT_ALLOWED', allowed };
  }

  const rule = FIELD_RULES[change.status];
  const fields: TranslationFieldProblem[] = [];
  const problem = (field: TranslationFieldProblem['field'], text: string) => fields.push({ field, problems: [text] });
  const absentText = `not taken when the status is ${change.status}`;

  let translatorName = change.translatorName === undefined ? current.translatorName : change.translatorName;
  if (rule.translatorName === 'absent') {
    if (change.translatorName !== undefined && change.translatorName !== null) problem('translatorName', absentText);
    translatorName = null;
  } else {
    translatorName = translatorName?.trim() ?? '';
    if (translatorName === '') problem('translatorName', 'required');
    else if (translatorName.length > MAX_TRANSLATOR_NAME_LENGTH) problem('translatorName', `must be at most ${MAX_TRANSLATOR_NAME_LENGTH} characters`);
  }

  let dueDate = change.dueDate === undefined ? current.dueDate : change.dueDate;
  if (rule.dueDate === 'absent') {
    if (change.dueDate !== undefined && change.dueDate !== null) problem('dueDate', absentText);
    dueDate = null;
  } else if (dueDate === null) {
    if (rule.dueDate === 'required') problem('dueDate', 'required');
  } else if (!isRecordedDate(dueDate)) {
    problem('dueDate', 'must be a date YYYY-MM-DD');
  }

  let signedOn = change.signedOn === undefined ? current.signedOn : change.signedOn;
  if (rule.signedOn === 'absent') {
    if (change.signedOn !== undefined && change.signedOn !== null) problem('signedOn', absentText);
    signedOn = null;
  } else if (signedOn === null) {
    problem('signedOn', 'required');
  } else if (!isRecordedDate(signedOn)) {
    problem('signedOn', 'must be a date YYYY-MM-DD');
  } else if (signedOn > context.today) {
    problem('signedOn', 'must not be in the future');
  }

  if (fields.length > 0) return { ok: false, code: 'VALIDATION_FAILED', fields };
  return { ok: true, state: { status: change.status, translatorName, dueDate, signedOn } };
}

/**
 * What a new version of the source document does to its translation: a translation is of one
 * text, so it no longer matches the new one.
 * - signed → needed: the finished translation is of the old text and the engagement is over;
 *   a new one has to be arranged (the previous translation document stays as history).
 * - draft, checked → requested, same translator and date: the translator's work is on the old
 *   text and has to be revised, but the translator is still engaged.
 * - not-needed, needed, requested: unchanged; a requested translator simply works from the
 *   newest version.
 */
export function translationAfterNewVersion(state: TranslationState): TranslationState {
  switch (state.status) {
    case 'signed':
      return { status: 'needed', translatorName: null, dueDate: null, signedOn: null };
    case 'draft':
    case 'checked':
      return { ...state, status: 'requested', signedOn: null };
    case 'not-needed':
    case 'needed':
    case 'requested':
      return state;
  }
}
