import { describe, expect, it } from '@jest/globals';
import { TRANSLATION_STATUSES, type TranslationStatus } from './document-vocabulary.js';
import {
  allowedTranslationSteps,
  changeTranslation,
  initialTranslationStatus,
  translationAfterNewVersion,
  type TranslationState,
} from './translation-status.js';

const today = '2026-03-10';
const foreign = { language: 'fa', today };
const japanese = { language: 'ja', today };

const needed: TranslationState = { status: 'needed', translatorName: null, dueDate: null, signedOn: null };
const requested: TranslationState = { status: 'requested', translatorName: 'Sara Ahmadi', dueDate: '2026-03-20', signedOn: null };
const draft: TranslationState = { ...requested, status: 'draft' };
const checked: TranslationState = { ...requested, status: 'checked' };
const signed: TranslationState = { ...requested, status: 'signed', signedOn: '2026-03-09' };
const notNeeded: TranslationState = { status: 'not-needed', translatorName: null, dueDate: null, signedOn: null };

describe('allowedTranslationSteps', () => {
  it.each<[TranslationStatus, TranslationStatus[]]>([
    ['not-needed', ['needed']],
    ['needed', ['not-needed', 'requested']],
    ['requested', ['needed', 'draft']],
    ['draft', ['requested', 'checked']],
    ['checked', ['draft', 'signed']],
    ['signed', []],
  ])('a foreign-language document at %s can go to %j', (current, expected) => {
    expect(allowedTranslationSteps(current, 'en')).toEqual(expected);
  });

  it('a Japanese document stays not-needed, and any other status can only be put right', () => {
    expect(allowedTranslationSteps('not-needed', 'ja')).toEqual([]);
    for (const status of TRANSLATION_STATUSES.filter((s) => s !== 'not-needed')) {
      expect(allowedTranslationSteps(status, 'ja')).toEqual(['not-needed']);
    }
  });

  it('cannot skip the check or the request on the way to a signature', () => {
    expect(allowedTranslationSteps('needed', 'en')).not.toContain('signed');
    expect(allowedTranslationSteps('draft', 'en')).not.toContain('signed');
    expect(allowedTranslationSteps('needed', 'en')).not.toContain('draft');
  });
});

describe('initialTranslationStatus', () => {
  it.each([
    ['ja', 'not-needed'],
    ['en', 'needed'],
    ['JA', 'needed'],
  ])('a new document in %s starts %s', (language, expected) => {
    expect(initialTranslationStatus(language)).toBe(expected);
  });
});

describe('changeTranslation walks a foreign-language document to a signed translation', () => {
  it('needed → requested → draft → checked → signed, carrying the translator and the date', () => {
    const steps: [TranslationState, Parameters<typeof changeTranslation>[1], TranslationState][] = [
      [needed, { status: 'requested', translatorName: '  Sara Ahmadi ', dueDate: '2026-03-20' }, requested],
      [requested, { status: 'draft' }, draft],
      [draft, { status: 'checked' }, checked],
      [checked, { status: 'signed', signedOn: '2026-03-09' }, signed],
    ];
    for (const [current, change, expected] of steps) {
      expect(changeTranslation(current, change, foreign)).toEqual({ ok: true, state: expected });
    }
  });

  it('signed today is accepted; signed tomorrow is not', () => {
    expect(changeTranslation(checked, { status: 'signed', signedOn: today }, foreign)).toMatchObject({ ok: true });
    expect(changeTranslation(checked, { status: 'signed', signedOn: '2026-03-11' }, foreign)).toEqual({
      ok: false,
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'signedOn', problems: ['must not be in the future'] }],
    });
  });

  it('a new translator at the signature replaces the one on the request', () => {
    const result = changeTranslation(checked, { status: 'signed', translatorName: 'Kenji Mori', signedOn: '2026-03-01' }, foreign);
    expect(result).toEqual({ ok: true, state: { ...signed, translatorName: 'Kenji Mori', signedOn: '2026-03-01' } });
  });

  it('a signed translation may drop the agreed date, which is only a record by then', () => {
    expect(changeTranslation(checked, { status: 'signed', signedOn: '2026-03-01', dueDate: null }, foreign)).toEqual({
      ok: true,
      state: { ...signed, dueDate: null, signedOn: '2026-03-01' },
    });
  });
});

describe('changeTranslation refuses what the work cannot have done', () => {
  it.each<[string, TranslationState, TranslationStatus, TranslationStatus[]]>([
    ['skipping the request', needed, 'draft', ['not-needed', 'requested']],
    ['signing an unchecked draft', draft, 'signed', ['requested', 'checked']],
    ['reopening a signed translation', signed, 'draft', []],
    ['dropping a requested translation without going back to needed', requested, 'not-needed', ['needed', 'draft']],
  ])('%s', (_what, current, status, allowed) => {
    expect(changeTranslation(current, { status }, foreign)).toEqual({ ok: false, code: 'TRANSLATION_STATUS_NOT_ALLOWED', allowed });
  });

  it('a signed translation cannot even be edited in place', () => {
    expect(changeTranslation(signed, { status: 'signed', translatorName: 'Someone Else' }, foreign)).toEqual({
      ok: false,
      code: 'TRANSLATION_STATUS_NOT_ALLOWED',
      allowed: [],
    });
  });

  it('a Japanese document can only be not-needed', () => {
    expect(changeTranslation(notNeeded, { status: 'needed' }, japanese)).toEqual({ ok: false, code: 'TRANSLATION_STATUS_NOT_ALLOWED', allowed: [] });
    expect(changeTranslation(requested, { status: 'draft' }, japanese)).toEqual({
      ok: false,
      code: 'TRANSLATION_STATUS_NOT_ALLOWED',
      allowed: ['not-needed'],
    });
    expect(changeTranslation(requested, { status: 'not-needed' }, japanese)).toEqual({ ok: true, state: notNeeded });
  });

  it.each<[string, TranslationState, Parameters<typeof changeTranslation>[1], { field: string; problems: string[] }[]]>([
    [
      'a request without translator or date',
      needed,
      { status: 'requested' },
      [
        { field: 'translatorName', problems: ['required'] },
        { field: 'dueDate', problems: ['required'] },
      ],
    ],
    ['a blank translator name', needed, { status: 'requested', translatorName: '   ', dueDate: '2026-04-01' }, [{ field: 'translatorName', problems: ['required'] }]],
    ['a name too long', needed, { status: 'requested', translatorName: 'x'.repeat(201), dueDate: '2026-04-01' }, [{ field: 'translatorName', problems: ['must be at most 200 characters'] }]],
    ['an impossible due date', needed, { status: 'requested', translatorName: 'A', dueDate: '2026-02-30' }, [{ field: 'dueDate', problems: ['must be a date YYYY-MM-DD'] }]],
    ['a signature without a date', checked, { status: 'signed' }, [{ field: 'signedOn', problems: ['required'] }]],
    ['a signature dated in another format', checked, { status: 'signed', signedOn: '09/03/2026' }, [{ field: 'signedOn', problems: ['must be a date YYYY-MM-DD'] }]],
    ['clearing the translator of a draft', draft, { status: 'draft', translatorName: null }, [{ field: 'translatorName', problems: ['required'] }]],
    ['a signature date before the signature', draft, { status: 'checked', signedOn: '2026-03-01' }, [{ field: 'signedOn', problems: ['not taken when the status is checked'] }]],
    ['a translator on a translation not yet requested', notNeeded, { status: 'needed', translatorName: 'A' }, [{ field: 'translatorName', problems: ['not taken when the status is needed'] }]],
  ])('%s', (_what, current, change, fields) => {
    expect(changeTranslation(current, change, foreign)).toEqual({ ok: false, code: 'VALIDATION_FAILED', fields });
  });

  it('refuses a `today` that is not a date: it is the caller’s value, not the user’s', () => {
    expect(() => changeTranslation(needed, { status: 'not-needed' }, { language: 'en', today: '10/03/2026' })).toThrow(RangeError);
  });
});

describe('changeTranslation steps back where practice needs it', () => {
  it('the translator drops out: requested → needed clears translator and date', () => {
    expect(changeTranslation(requested, { status: 'needed' }, foreign)).toEqual({ ok: true, state: needed });
  });

  it('the check finds errors: checked → draft keeps the translator and date', () => {
    expect(changeTranslation(checked, { status: 'draft' }, foreign)).toEqual({ ok: true, state: draft });
  });

  it('the draft goes to another translator with a new date', () => {
    expect(changeTranslation(draft, { status: 'requested', translatorName: 'Kenji Mori', dueDate: '2026-04-02' }, foreign)).toEqual({
      ok: true,
      state: { ...requested, translatorName: 'Kenji Mori', dueDate: '2026-04-02' },
    });
  });

  it('evidence that will not be submitted needs no translation, and can need one again', () => {
    expect(changeTranslation(needed, { status: 'not-needed' }, foreign)).toEqual({ ok: true, state: notNeeded });
    expect(changeTranslation(notNeeded, { status: 'needed' }, foreign)).toEqual({ ok: true, state: needed });
  });

  it('a requested translation can be given a later date without changing status', () => {
    expect(changeTranslation(requested, { status: 'requested', dueDate: '2026-03-27' }, foreign)).toEqual({
      ok: true,
      state: { ...requested, dueDate: '2026-03-27' },
    });
  });
});

describe('translationAfterNewVersion', () => {
  it.each<[string, TranslationState, TranslationState]>([
    ['a signed translation is of the old text: translate again', signed, needed],
    ['a draft goes back to its translator for the new text', draft, requested],
    ['a checked draft too', checked, requested],
    ['a requested translator works from the newest version', requested, requested],
    ['still needed', needed, needed],
    ['not needed stays so', notNeeded, notNeeded],
  ])('%s', (_what, before, after) => {
    expect(translationAfterNewVersion(before)).toEqual(after);
  });
});
