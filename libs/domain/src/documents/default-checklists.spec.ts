import { describe, expect, it } from '@jest/globals';
import { validateChecklistTemplate } from './checklist.js';
import { DEFAULT_CHECKLIST_TEMPLATES } from './default-checklists.js';
import { CHECKLIST_STEPS } from './document-vocabulary.js';

describe('DEFAULT_CHECKLIST_TEMPLATES', () => {
  it('has one template per step', () => {
    expect(DEFAULT_CHECKLIST_TEMPLATES.map((template) => template.step)).toEqual([...CHECKLIST_STEPS]);
  });

  it.each(DEFAULT_CHECKLIST_TEMPLATES.map((template) => [template.step, template] as const))(
    'the %s template passes the same validation as an administrator’s edit, unchanged',
    (_step, template) => {
      expect(validateChecklistTemplate(template)).toEqual({ ok: true, content: template });
    },
  );

  const itemOf = (step: string, key: string) =>
    DEFAULT_CHECKLIST_TEMPLATES.find((template) => template.step === step)?.items.find((item) => item.key === key);

  it('asks a first application for a passport or an explanation, photographs and the personal statement (ISA 16-6)', () => {
    const required = DEFAULT_CHECKLIST_TEMPLATES[0].items.filter((item) => item.required).map((item) => item.key);
    expect(required).toEqual(['passport-or-explanation', 'photographs', 'personal-statement']);
  });

  it('expects translations of what is handed in, not of what is only shown at the counter', () => {
    expect(itemOf('first-application', 'personal-statement')?.needsTranslation).toBe(true);
    expect(itemOf('first-application', 'country-information')?.needsTranslation).toBe(true);
    expect(itemOf('first-application', 'passport-or-explanation')?.needsTranslation).toBe(false);
    expect(itemOf('first-application', 'photographs')?.needsTranslation).toBe(false);
  });

  it('requires new facts for a subsequent application', () => {
    expect(itemOf('subsequent-application', 'new-facts-or-evidence')?.required).toBe(true);
  });

  it('files the lawyer’s documents for a suit as “other”', () => {
    expect(itemOf('revocation-suit', 'power-of-attorney')?.categories).toEqual(['other']);
  });

  it('marks what rests on secondary or unverified sources', () => {
    expect(itemOf('first-application', 'medical-reports')?.hint?.en).toMatch(/\[U\]$/);
    expect(itemOf('first-application', 'medical-reports')?.hint?.ja).toMatch(/\[U\]$/);
    expect(itemOf('review-request', 'written-statement')?.hint?.en).toMatch(/\[S\/U\]$/);
    expect(itemOf('first-application', 'personal-statement')?.hint?.en).toMatch(/\[S\]$/);
  });

  it('cites the translation requirement wherever documents go to ISA', () => {
    for (const step of ['first-application', 'subsequent-application', 'review-request']) {
      const template = DEFAULT_CHECKLIST_TEMPLATES.find((t) => t.step === step);
      expect(template?.basis.en).toContain('Enforcement Regulation Art. 62');
      expect(template?.basis.ja).toContain('施行規則第62条');
    }
  });
});
