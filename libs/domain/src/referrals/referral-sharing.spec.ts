import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { sharedRows, type ReferralSnapshot } from './referral-sharing.js';
import { SHAREABLE_FIELDS, type ShareableField } from './referral-vocabulary.js';

/** Every field carries text no other field does, so a leak of any one field is visible. */
const SNAPSHOT: ReferralSnapshot = {
  familyName: 'AHMADI',
  givenName: 'Zahra',
  nativeName: 'زهرا احمدی',
  dateOfBirth: '1991-07-23',
  dateOfBirthApproximate: false,
  gender: 'female',
  nationality: 'AFG',
  languages: ['fa', 'ps'],
  interpreterNeeded: true,
  interpreterLanguage: 'prs',
  phone: '+81 90-4321-8765',
  email: 'zahra.a@example.org',
  address: '東京都新宿区西新宿2-8-1',
  procedureStage: { ja: '難民調査官による調査中', en: 'Under examination (refugee inquirer interviews)' },
  residenceStatus: { ja: '特定活動', en: 'Designated Activities' },
  workAllowed: { allowed: false, label: { ja: '仮放免中は就労不可', en: 'No work on provisional release' } },
  vulnerabilityFlags: ['torture-survivor', 'pregnant'],
};

/** What each field's value looks like in the letter; none of it may appear when the field is not chosen. */
const TELLS: Readonly<Record<ShareableField, { readonly ja: readonly string[]; readonly en: readonly string[] }>> = {
  name: { ja: ['AHMADI', 'Zahra'], en: ['AHMADI', 'Zahra'] },
  nativeName: { ja: ['زهرا'], en: ['زهرا'] },
  dateOfBirth: { ja: ['1991', '7月23日'], en: ['1991', 'July'] },
  gender: { ja: ['女性'], en: ['Female'] },
  nationality: { ja: ['AFG'], en: ['AFG'] },
  languages: { ja: ['ペルシア語', 'パシュトゥー語', '(fa)', '(ps)'], en: ['Persian', 'Pashto', '(fa)', '(ps)'] },
  interpreter: { ja: ['必要', 'ダリー語', 'prs'], en: ['Needed', 'Dari', 'prs'] },
  phone: { ja: ['4321-8765'], en: ['4321-8765'] },
  email: { ja: ['zahra.a@'], en: ['zahra.a@'] },
  address: { ja: ['新宿'], en: ['新宿'] },
  procedureStage: { ja: ['難民調査官'], en: ['refugee inquirer'] },
  residenceStatus: { ja: ['特定活動'], en: ['Designated Activities'] },
  workAllowed: { ja: ['就労不可'], en: ['No work'] },
  vulnerabilities: { ja: ['拷問', '妊娠'], en: ['torture', 'Pregnant'] },
};

const LOCALES = ['ja', 'en'] as const;
const CASES = SHAREABLE_FIELDS.flatMap((field) => LOCALES.map((locale) => [field, locale] as const));

describe('sharedRows: minimisation', () => {
  it.each(CASES)('%s in %s: its value shows when chosen', (field, locale) => {
    const text = JSON.stringify(sharedRows(SNAPSHOT, [field], locale));
    for (const tell of TELLS[field][locale]) expect(text).toContain(tell);
  });

  it.each(CASES)('%s in %s: nothing of it shows when every other field is chosen', (field, locale) => {
    const rows = sharedRows(
      SNAPSHOT,
      SHAREABLE_FIELDS.filter((other) => other !== field),
      locale,
    );
    expect(rows.map((row) => row.field)).not.toContain(field);
    const text = JSON.stringify(rows);
    for (const tell of TELLS[field][locale]) expect(text).not.toContain(tell);
  });

  it('returns exactly the chosen fields, once each, in SHAREABLE_FIELDS order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SHAREABLE_FIELDS), { maxLength: 30 }), fc.constantFrom(...LOCALES), (chosen, locale) => {
        const fields = sharedRows(SNAPSHOT, chosen, locale).map((row) => row.field);
        expect(fields).toEqual(SHAREABLE_FIELDS.filter((field) => chosen.includes(field)));
      }),
    );
  });

  it('shares nothing when nothing is chosen', () => {
    expect(sharedRows(SNAPSHOT, [], 'en')).toEqual([]);
  });
});

describe('sharedRows: values written for a letter', () => {
  it('writes every field in English', () => {
    expect(sharedRows(SNAPSHOT, SHAREABLE_FIELDS, 'en')).toEqual([
      { field: 'name', label: 'Name', value: 'AHMADI Zahra' },
      { field: 'nativeName', label: 'Name in native script', value: 'زهرا احمدی' },
      { field: 'dateOfBirth', label: 'Date of birth', value: '23 July 1991' },
      { field: 'gender', label: 'Gender', value: 'Female' },
      { field: 'nationality', label: 'Nationality', value: 'AFG' },
      { field: 'languages', label: 'Languages', value: 'Persian (fa), Pashto (ps)' },
      { field: 'interpreter', label: 'Interpreter', value: 'Needed: Dari (prs)' },
      { field: 'phone', label: 'Phone', value: '+81 90-4321-8765' },
      { field: 'email', label: 'Email', value: 'zahra.a@example.org' },
      { field: 'address', label: 'Address', value: '東京都新宿区西新宿2-8-1' },
      { field: 'procedureStage', label: 'Stage of the protection claim', value: 'Under examination (refugee inquirer interviews)' },
      { field: 'residenceStatus', label: 'Residence status', value: 'Designated Activities' },
      { field: 'workAllowed', label: 'Permission to work', value: 'No work on provisional release' },
      { field: 'vulnerabilities', label: 'Vulnerabilities', value: 'Survivor of torture, Pregnant' },
    ]);
  });

  it('writes every field in Japanese', () => {
    expect(sharedRows(SNAPSHOT, SHAREABLE_FIELDS, 'ja')).toEqual([
      { field: 'name', label: '氏名', value: 'AHMADI Zahra' },
      { field: 'nativeName', label: '氏名(母語表記)', value: 'زهرا احمدی' },
      { field: 'dateOfBirth', label: '生年月日', value: '1991年7月23日' },
      { field: 'gender', label: '性別', value: '女性' },
      { field: 'nationality', label: '国籍', value: 'AFG' },
      { field: 'languages', label: '使用言語', value: 'ペルシア語 (fa)、パシュトゥー語 (ps)' },
      { field: 'interpreter', label: '通訳', value: '必要:ダリー語 (prs)' },
      { field: 'phone', label: '電話番号', value: '+81 90-4321-8765' },
      { field: 'email', label: 'メールアドレス', value: 'zahra.a@example.org' },
      { field: 'address', label: '住所', value: '東京都新宿区西新宿2-8-1' },
      { field: 'procedureStage', label: '難民認定手続の段階', value: '難民調査官による調査中' },
      { field: 'residenceStatus', label: '在留資格', value: '特定活動' },
      { field: 'workAllowed', label: '就労の可否', value: '仮放免中は就労不可' },
      { field: 'vulnerabilities', label: '配慮事項', value: '拷問のサバイバー、妊娠中' },
    ]);
  });

  const EMPTY: ReferralSnapshot = {
    familyName: ' ',
    givenName: '',
    nativeName: null,
    dateOfBirth: null,
    dateOfBirthApproximate: false,
    gender: null,
    nationality: null,
    languages: [],
    interpreterNeeded: false,
    interpreterLanguage: null,
    phone: '  ',
    email: null,
    address: null,
    procedureStage: null,
    residenceStatus: null,
    workAllowed: null,
    vulnerabilityFlags: [],
  };

  it.each([
    ['an empty file, English', EMPTY, 'en', 'Not recorded', 'Not needed'],
    ['an empty file, Japanese', EMPTY, 'ja', '記録なし', '不要'],
  ] as const)('%s says what is not recorded', (_name, snapshot, locale, notRecorded, noInterpreter) => {
    for (const row of sharedRows(snapshot, SHAREABLE_FIELDS, locale)) {
      expect(row.value).toBe(row.field === 'interpreter' ? noInterpreter : notRecorded);
    }
  });

  it.each([
    [{ dateOfBirth: '1988-01-01', dateOfBirthApproximate: true }, 'dateOfBirth', '1988年(推定)', '1988 (approximate)'],
    [{ nationality: 'XXA' }, 'nationality', '無国籍', 'Stateless'],
    [{ nationality: 'XXX' }, 'nationality', '不明', 'Unknown'],
    [{ interpreterLanguage: null }, 'interpreter', '必要', 'Needed'],
    [{ languages: ['not a tag!'] }, 'languages', 'not a tag!', 'not a tag!'],
    [{ gender: 'undisclosed' }, 'gender', '回答しない', 'Prefers not to say'],
  ] as const)('%j: %s is written %s / %s', (change, field, ja, en) => {
    const snapshot: ReferralSnapshot = { ...SNAPSHOT, ...change };
    expect(sharedRows(snapshot, [field], 'ja')[0].value).toBe(ja);
    expect(sharedRows(snapshot, [field], 'en')[0].value).toBe(en);
  });
});
