import { describe, expect, it } from '@jest/globals';
import type { ProtectionStage } from '../procedure/track-p.js';
import {
  checklistStepForApplication,
  evaluateChecklist,
  validateChecklistTemplate,
  type ChecklistDocument,
  type ChecklistTemplateContent,
} from './checklist.js';
import type { ChecklistStep } from './document-vocabulary.js';

const label = (en: string) => ({ en, ja: `${en}（日本語）` });

const template: ChecklistTemplateContent = {
  step: 'first-application',
  title: label('First application'),
  basis: label('ISA 16-6'),
  items: [
    { key: 'passport-or-explanation', label: label('Passport'), hint: null, categories: ['identity'], required: true, needsTranslation: false },
    { key: 'personal-statement', label: label('Statement'), hint: null, categories: ['personal-statement'], required: true, needsTranslation: true },
    { key: 'country-information', label: label('COI'), hint: null, categories: ['country-information'], required: false, needsTranslation: true },
  ],
};

let next = 0;
const doc = (overrides: Partial<ChecklistDocument>): ChecklistDocument => ({
  id: `doc-${++next}`,
  category: 'other',
  checklistItemKey: null,
  language: 'ja',
  translationOfId: null,
  translationStatus: 'not-needed',
  hasSignedTranslation: false,
  ...overrides,
});

const statuses = (documents: ChecklistDocument[]) =>
  Object.fromEntries(evaluateChecklist(template, documents).items.map((item) => [item.key, item.status]));

describe('evaluateChecklist', () => {
  it('an empty file misses every required item; optional ones are just absent', () => {
    const result = evaluateChecklist(template, []);
    expect(result.items.map((item) => [item.key, item.status, item.required])).toEqual([
      ['passport-or-explanation', 'missing', true],
      ['personal-statement', 'missing', true],
      ['country-information', 'optional-missing', false],
    ]);
    expect(result).toMatchObject({ missing: 2, awaitingTranslation: 0, complete: false });
  });

  it('a Japanese personal statement and a passport complete the list', () => {
    const passport = doc({ category: 'identity', language: 'fa' });
    const statement = doc({ category: 'personal-statement' });
    const result = evaluateChecklist(template, [passport, statement]);
    expect(result.items.map((item) => [item.status, item.documentIds])).toEqual([
      ['present', [passport.id]],
      ['present', [statement.id]],
      ['optional-missing', []],
    ]);
    expect(result).toMatchObject({ missing: 0, awaitingTranslation: 0, complete: true });
  });

  it('a foreign-language statement waits for its signed translation; the translation itself fills nothing', () => {
    const statement = doc({ category: 'personal-statement', language: 'fa', translationStatus: 'checked', hasSignedTranslation: true });
    const translation = doc({ category: 'personal-statement', language: 'ja', translationOfId: statement.id });
    const passport = doc({ category: 'identity' });
    const waiting = evaluateChecklist(template, [passport, statement, translation]);
    expect(waiting.items[1]).toMatchObject({ status: 'awaiting-translation', documentIds: [statement.id] });
    expect(waiting).toMatchObject({ missing: 0, awaitingTranslation: 1, complete: false });

    const signed = { ...statement, translationStatus: 'signed' as const };
    const done = evaluateChecklist(template, [passport, signed, translation]);
    expect(done.items[1].status).toBe('present');
    expect(done.complete).toBe(true);
  });

  it('a status of signed without the translation document in the file does not count', () => {
    const statement = doc({ category: 'personal-statement', language: 'fa', translationStatus: 'signed', hasSignedTranslation: false });
    expect(statuses([statement])['personal-statement']).toBe('awaiting-translation');
  });

  it('one usable document is enough even if another of the same item still waits', () => {
    expect(
      statuses([
        doc({ category: 'personal-statement', language: 'fa', translationStatus: 'needed' }),
        doc({ category: 'personal-statement', language: 'ja' }),
      ])['personal-statement'],
    ).toBe('present');
  });

  it('an item that needs no translation takes a foreign-language document as it is', () => {
    expect(statuses([doc({ category: 'identity', language: 'ar', translationStatus: 'needed' })])['passport-or-explanation']).toBe('present');
  });

  it('a key chosen by the caseworker overrides the category, and an unknown key fills nothing', () => {
    const filedAsStatement = doc({ category: 'other', checklistItemKey: 'personal-statement' });
    const identityFiledElsewhere = doc({ category: 'identity', checklistItemKey: 'country-information' });
    const staleKey = doc({ category: 'identity', checklistItemKey: 'item-from-an-old-template' });
    const result = evaluateChecklist(template, [filedAsStatement, identityFiledElsewhere, staleKey]);
    expect(result.items.map((item) => [item.key, item.status, item.documentIds])).toEqual([
      ['passport-or-explanation', 'missing', []],
      ['personal-statement', 'present', [filedAsStatement.id]],
      ['country-information', 'present', [identityFiledElsewhere.id]],
    ]);
  });

  it('a document without a key fills every item listing its category', () => {
    const shared: ChecklistTemplateContent = {
      ...template,
      items: [
        { key: 'evidence', label: label('Evidence'), hint: null, categories: ['persecution-evidence'], required: true, needsTranslation: false },
        { key: 'new-evidence', label: label('New evidence'), hint: null, categories: ['persecution-evidence', 'medical'], required: true, needsTranslation: false },
      ],
    };
    const warrant = doc({ category: 'persecution-evidence' });
    expect(evaluateChecklist(shared, [warrant]).items.map((item) => item.documentIds)).toEqual([[warrant.id], [warrant.id]]);
  });

  it('an optional item waiting for a translation is counted but does not block completion', () => {
    const result = evaluateChecklist(template, [
      doc({ category: 'identity' }),
      doc({ category: 'personal-statement' }),
      doc({ category: 'country-information', language: 'en', translationStatus: 'requested' }),
    ]);
    expect(result.items[2].status).toBe('awaiting-translation');
    expect(result).toMatchObject({ missing: 0, awaitingTranslation: 1, complete: true });
  });
});

describe('checklistStepForApplication', () => {
  it.each<[ProtectionStage, number, ChecklistStep | null]>([
    ['P0_INTAKE', 1, 'first-application'],
    ['P1_FILED', 1, 'first-application'],
    ['P2_EXAMINATION', 1, 'first-application'],
    ['P0_INTAKE', 2, 'subsequent-application'],
    ['P1_FILED', 3, 'subsequent-application'],
    ['P2_EXAMINATION', 2, 'subsequent-application'],
    ['P3_REFUSED', 1, 'review-request'],
    ['P3_CP_ONLY', 1, 'review-request'],
    ['P4_APPEAL_WINDOW', 2, 'review-request'],
    ['P5_APPEAL_PENDING', 1, 'review-request'],
    ['P4X_WINDOW_LAPSED', 1, 'revocation-suit'],
    ['P6_APPEAL_DECIDED', 1, 'revocation-suit'],
    ['P7_LITIGATION_WINDOW', 1, 'revocation-suit'],
    ['P8_LITIGATION', 4, 'revocation-suit'],
    ['P3_RECOGNISED_REFUGEE', 1, null],
    ['P9_FINAL_NEGATIVE', 1, null],
    ['P_WITHDRAWN', 2, null],
  ])('%s, application %i → %s', (stage, number, step) => {
    expect(checklistStepForApplication({ number, stage })).toBe(step);
  });

  it('CP granted ends a CP-only application, but leaves the refugee refusal open to review otherwise', () => {
    expect(checklistStepForApplication({ number: 1, stage: 'P3_CP_ONLY', kind: 'CP_ONLY' })).toBeNull();
    expect(checklistStepForApplication({ number: 1, stage: 'P3_CP_ONLY', kind: 'REFUGEE_AND_CP' })).toBe('review-request');
  });

  it.each([0, -1, 1.5])('refuses application number %p', (number) => {
    expect(() => checklistStepForApplication({ number, stage: 'P1_FILED' })).toThrow(RangeError);
  });
});

describe('validateChecklistTemplate', () => {
  const item = { key: 'passport', label: { en: 'Passport', ja: '旅券' }, hint: null, categories: ['identity'], required: true, needsTranslation: false };
  const valid = { step: 'first-application', title: { en: 'First', ja: '初回' }, basis: { en: 'ISA 16-6', ja: '入管庁16-6' }, items: [item] };

  it('accepts a valid template and returns it trimmed, with a missing hint as null', () => {
    const { hint: _hint, ...withoutHint } = item;
    const result = validateChecklistTemplate({ ...valid, title: { en: '  First ', ja: '初回 ' }, items: [withoutHint] });
    expect(result).toEqual({ ok: true, content: { ...valid, items: [{ ...item, hint: null }] } });
  });

  it('accepts 40 items and refuses 41 or none', () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => ({ ...item, key: `item-${i + 1}` }));
    expect(validateChecklistTemplate({ ...valid, items: items(40) }).ok).toBe(true);
    expect(validateChecklistTemplate({ ...valid, items: items(41) })).toEqual({ ok: false, fields: [{ field: 'items', problems: ['must have 1 to 40 items'] }] });
    expect(validateChecklistTemplate({ ...valid, items: [] })).toEqual({ ok: false, fields: [{ field: 'items', problems: ['must have 1 to 40 items'] }] });
  });

  it('accepts labels of 200 characters and refuses 201', () => {
    expect(validateChecklistTemplate({ ...valid, items: [{ ...item, label: { en: 'a'.repeat(200), ja: 'あ'.repeat(200) } }] }).ok).toBe(true);
    expect(validateChecklistTemplate({ ...valid, items: [{ ...item, label: { en: 'Passport', ja: 'あ'.repeat(201) } }] })).toEqual({
      ok: false,
      fields: [{ field: 'items.0.label.ja', problems: ['must be at most 200 characters'] }],
    });
  });

  it.each<[string, unknown, { field: string; problems: string[] }[]]>([
    ['not an object', 'template', [{ field: 'template', problems: ['must be an object'] }]],
    ['an unknown step', { ...valid, step: 'appeal' }, [{ field: 'step', problems: ['must be one of: first-application, subsequent-application, review-request, revocation-suit, provisional-release-extension'] }]],
    ['no title', { ...valid, title: undefined }, [{ field: 'title', problems: ['required'] }]],
    ['a title in one language only', { ...valid, title: { en: 'First' } }, [{ field: 'title.ja', problems: ['required'] }]],
    ['a blank basis', { ...valid, basis: { en: ' ', ja: '入管庁' } }, [{ field: 'basis.en', problems: ['required'] }]],
    ['an unknown field', { ...valid, owner: 'x' }, [{ field: 'owner', problems: ['should not exist'] }]],
    ['items not a list', { ...valid, items: {} }, [{ field: 'items', problems: ['must be a list'] }]],
    [
      'duplicate keys',
      { ...valid, items: [item, { ...item }] },
      [{ field: 'items.1.key', problems: ['duplicate key'] }],
    ],
    ['a key in camelCase', { ...valid, items: [{ ...item, key: 'personalStatement' }] }, [{ field: 'items.0.key', problems: ['must be kebab-case (a-z, 0-9, single hyphens between words)'] }]],
    ['a key with a double hyphen', { ...valid, items: [{ ...item, key: 'a--b' }] }, [{ field: 'items.0.key', problems: ['must be kebab-case (a-z, 0-9, single hyphens between words)'] }]],
    ['a key too long', { ...valid, items: [{ ...item, key: 'a'.repeat(61) }] }, [{ field: 'items.0.key', problems: ['must be at most 60 characters'] }]],
    ['an unknown category', { ...valid, items: [{ ...item, categories: ['identity', 'passport'] }] }, [{ field: 'items.0.categories.1', problems: [expect.stringMatching(/^must be one of: identity, /) as unknown as string] }]],
    ['no category', { ...valid, items: [{ ...item, categories: [] }] }, [{ field: 'items.0.categories', problems: ['must name at least one category'] }]],
    ['a repeated category', { ...valid, items: [{ ...item, categories: ['identity', 'identity'] }] }, [{ field: 'items.0.categories.1', problems: ['duplicate category'] }]],
    ['required as text', { ...valid, items: [{ ...item, required: 'yes' }] }, [{ field: 'items.0.required', problems: ['must be true or false'] }]],
    ['needsTranslation missing', { ...valid, items: [{ ...item, needsTranslation: undefined }] }, [{ field: 'items.0.needsTranslation', problems: ['required'] }]],
    ['a hint with one language', { ...valid, items: [{ ...item, hint: { en: 'Shown at the counter' } }] }, [{ field: 'items.0.hint.ja', problems: ['required'] }]],
    ['an item that is not an object', { ...valid, items: ['passport'] }, [{ field: 'items.0', problems: ['must be an object'] }]],
  ])('refuses %s, naming the field', (_what, content, fields) => {
    expect(validateChecklistTemplate(content)).toEqual({ ok: false, fields });
  });

  it('reports every problem at once', () => {
    const result = validateChecklistTemplate({ step: 'x', items: [{ ...item, key: 'Bad Key', categories: ['nope'] }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fields.map((f) => f.field)).toEqual(['step', 'title', 'basis', 'items.0.key', 'items.0.categories.0']);
  });
});
