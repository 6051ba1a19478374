import { localDate } from '../calendar/local-date.js';
import type { Bilingual } from '../deadlines/deadline-rule.js';
import type { WorkAllowedAnswer } from '../procedure/work-allowed.js';
import type { Gender, Locale, VulnerabilityFlag } from '../vocabulary/vocabulary.js';
import { formatLetterDate } from './referral-letter-date.js';
import { SHAREABLE_FIELDS, type ShareableField } from './referral-vocabulary.js';

/**
 * What a referral may tell a partner about the client, read from the file when the letter is
 * made. Plain data: `sharedRows` picks from it only what the caseworker chose.
 */
export interface ReferralSnapshot {
  readonly familyName: string;
  readonly givenName: string;
  readonly nativeName: string | null;
  /** YYYY-MM-DD; when only the year is known it is 1 January, marked approximate. */
  readonly dateOfBirth: string | null;
  readonly dateOfBirthApproximate: boolean;
  readonly gender: Gender | null;
  /** ISO 3166-1 alpha-3; XXA stateless, XXX unknown (ICAO Doc 9303). */
  readonly nationality: string | null;
  /** ISO 639 codes, the one the client is most at ease in first. */
  readonly languages: readonly string[];
  readonly interpreterNeeded: boolean;
  readonly interpreterLanguage: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly address: string | null;
  /** The label of the current protection stage; null without a claim on file. */
  readonly procedureStage: Bilingual | null;
  /** The label of the current residence status. */
  readonly residenceStatus: Bilingual | null;
  readonly workAllowed: Pick<WorkAllowedAnswer, 'allowed' | 'label'> | null;
  readonly vulnerabilityFlags: readonly VulnerabilityFlag[];
}

export interface SharedRow {
  readonly field: ShareableField;
  readonly label: string;
  readonly value: string;
}

export const SHAREABLE_FIELD_LABELS: Readonly<Record<ShareableField, Bilingual>> = {
  name: { ja: '氏名', en: 'Name' },
  nativeName: { ja: '氏名(母語表記)', en: 'Name in native script' },
  dateOfBirth: { ja: '生年月日', en: 'Date of birth' },
  gender: { ja: '性別', en: 'Gender' },
  nationality: { ja: '国籍', en: 'Nationality' },
  languages: { ja: '使用言語', en: 'Languages' },
  interpreter: { ja: '通訳', en: 'Interpreter' },
  phone: { ja: '電話番号', en: 'Phone' },
  email: { ja: 'メールアドレス', en: 'Email' },
  address: { ja: '住所', en: 'Address' },
  procedureStage: { ja: '難民認定手続の段階', en: 'Stage of the protection claim' },
  residenceStatus: { ja: '在留資格', en: 'Residence status' },
  workAllowed: { ja: '就労の可否', en: 'Permission to work' },
  vulnerabilities: { ja: '配慮事項', en: 'Vulnerabilities' },
};

const NOT_RECORDED: Bilingual = { ja: '記録なし', en: 'Not recorded' };

// The same words as the dashboard's client file, so the letter matches what the caseworker saw.
const GENDER_LABELS: Readonly<Record<Gender, Bilingual>> = {
  female: { ja: '女性', en: 'Female' },
  male: { ja: '男性', en: 'Male' },
  'non-binary': { ja: 'ノンバイナリー', en: 'Non-binary' },
  undisclosed: { ja: '回答しない', en: 'Prefers not to say' },
};

const VULNERABILITY_LABELS: Readonly<Record<VulnerabilityFlag, Bilingual>> = {
  minor: { ja: '未成年', en: 'Minor' },
  'unaccompanied-minor': { ja: '保護者のいない未成年', en: 'Unaccompanied minor' },
  'torture-survivor': { ja: '拷問のサバイバー', en: 'Survivor of torture' },
  'gender-based-violence': { ja: 'ジェンダーに基づく暴力', en: 'Gender-based violence' },
  trafficking: { ja: '人身取引', en: 'Trafficking' },
  'serious-illness': { ja: '重い病気', en: 'Serious illness' },
  disability: { ja: '障害', en: 'Disability' },
  'mental-health': { ja: 'メンタルヘルス', en: 'Mental health' },
  pregnant: { ja: '妊娠中', en: 'Pregnant' },
  elderly: { ja: '高齢', en: 'Elderly' },
  lgbtiq: { ja: 'LGBTIQ+', en: 'LGBTIQ+' },
  'single-parent': { ja: 'ひとり親', en: 'Single parent' },
};

const NATIONALITY_PLACEHOLDERS: Readonly<Record<string, Bilingual>> = {
  XXA: { ja: '無国籍', en: 'Stateless' },
  XXX: { ja: '不明', en: 'Unknown' },
};

/** "Persian (fa)": the code stays beside the name so the partner can book the right interpreter. */
function languageName(code: string, locale: Locale): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code);
  } catch {
    // Not a well-formed language tag: show what was recorded.
    name = undefined;
  }
  return name === undefined || name === code ? code : `${name} (${code})`;
}

function present(text: string | null): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

function value(snapshot: ReferralSnapshot, field: ShareableField, locale: Locale): string | null {
  const pick = (text: Bilingual) => text[locale];
  switch (field) {
    case 'name':
      // Family name first, as on the residence card the partner will be shown.
      return present(`${snapshot.familyName} ${snapshot.givenName}`);
    case 'nativeName':
      return present(snapshot.nativeName);
    case 'dateOfBirth': {
      if (snapshot.dateOfBirth === null) return null;
      const date = localDate(snapshot.dateOfBirth);
      if (!snapshot.dateOfBirthApproximate) return formatLetterDate(date, locale);
      const year = date.slice(0, 4);
      return locale === 'ja' ? `${year}年(推定)` : `${year} (approximate)`;
    }
    case 'gender':
      return snapshot.gender === null ? null : pick(GENDER_LABELS[snapshot.gender]);
    case 'nationality': {
      const code = present(snapshot.nationality);
      if (code === null) return null;
      const placeholder = NATIONALITY_PLACEHOLDERS[code];
      return placeholder === undefined ? code : pick(placeholder);
    }
    case 'languages':
      return snapshot.languages.length === 0 ? null : snapshot.languages.map((code) => languageName(code, locale)).join(locale === 'ja' ? '、' : ', ');
    case 'interpreter': {
      if (!snapshot.interpreterNeeded) return locale === 'ja' ? '不要' : 'Not needed';
      const language = present(snapshot.interpreterLanguage);
      const needed = locale === 'ja' ? '必要' : 'Needed';
      return language === null ? needed : `${needed}${locale === 'ja' ? ':' : ': '}${languageName(language, locale)}`;
    }
    case 'phone':
      return present(snapshot.phone);
    case 'email':
      return present(snapshot.email);
    case 'address':
      return present(snapshot.address);
    case 'procedureStage':
      return snapshot.procedureStage === null ? null : pick(snapshot.procedureStage);
    case 'residenceStatus':
      return snapshot.residenceStatus === null ? null : pick(snapshot.residenceStatus);
    case 'workAllowed':
      return snapshot.workAllowed === null ? null : pick(snapshot.workAllowed.label);
    case 'vulnerabilities':
      return snapshot.vulnerabilityFlags.length === 0
        ? null
        : snapshot.vulnerabilityFlags.map((flag) => pick(VULNERABILITY_LABELS[flag])).join(locale === 'ja' ? '、' : ', ');
  }
}

/**
 * The rows a referral letter (and the partner's reply page) shows: only the fields the caseworker
 * chose, in SHAREABLE_FIELDS order, each written for a letter in `locale`. A field not chosen is
 * never read, so nothing of it can reach the partner (APPI Art. 27: consent covers what was agreed
 * to be shared, and no more).
 */
export function sharedRows(snapshot: ReferralSnapshot, chosen: readonly ShareableField[], locale: Locale): SharedRow[] {
  return SHAREABLE_FIELDS.filter((field) => chosen.includes(field)).map((field) => ({
    field,
    label: SHAREABLE_FIELD_LABELS[field][locale],
    value: value(snapshot, field, locale) ?? NOT_RECORDED[locale],
  }));
}
