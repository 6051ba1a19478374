/*
 * The closed lists referrals speak in (issue 12): one definition for the database checks, the
 * DTO validation, the API and the dashboard. Services follow reference §5.1.
 */

/** What a partner offers: the kinds of referral an NGO caseworker arranges (reference §5.1). */
export const SERVICE_KINDS = [
  'housing',
  'living-allowance',
  'legal-aid',
  'immigration-paperwork',
  'japanese-language',
  'employment',
  'health',
  'psychosocial',
  'education',
  'other',
] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/** How soon the client needs the service: today (a bed tonight), within days, or routine. */
export const REFERRAL_URGENCIES = ['today', 'this-week', 'routine'] as const;
export type ReferralUrgency = (typeof REFERRAL_URGENCIES)[number];

/** Where a referral stands; see referral-lifecycle.ts for the moves between them. */
export const REFERRAL_STATUSES = ['draft', 'sent', 'acknowledged', 'accepted', 'declined', 'in-progress', 'completed', 'cancelled'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/**
 * What of the client's file a referral may carry to the partner, chosen field by field by the
 * caseworker (data minimisation, APPI Art. 27). Anything not listed never leaves Yorisoi.
 */
export const SHAREABLE_FIELDS = [
  'name',
  'nativeName',
  'dateOfBirth',
  'gender',
  'nationality',
  'languages',
  'interpreter',
  'phone',
  'email',
  'address',
  'procedureStage',
  'residenceStatus',
  'workAllowed',
  'vulnerabilities',
] as const;
export type ShareableField = (typeof SHAREABLE_FIELDS)[number];

/** The Japanese prefectures (JIS X 0401 order), by their romanised names: where a partner serves. */
export const PREFECTURES = [
  'hokkaido', 'aomori', 'iwate', 'miyagi', 'akita', 'yamagata', 'fukushima', 'ibaraki', 'tochigi', 'gunma',
  'saitama', 'chiba', 'tokyo', 'kanagawa', 'niigata', 'toyama', 'ishikawa', 'fukui', 'yamanashi', 'nagano',
  'gifu', 'shizuoka', 'aichi', 'mie', 'shiga', 'kyoto', 'osaka', 'hyogo', 'nara', 'wakayama',
  'tottori', 'shimane', 'okayama', 'hiroshima', 'yamaguchi', 'tokushima', 'kagawa', 'ehime', 'kochi', 'fukuoka',
  'saga', 'nagasaki', 'kumamoto', 'oita', 'miyazaki', 'kagoshima', 'okinawa',
] as const;
export type Prefecture = (typeof PREFECTURES)[number];

/**
 * Named public programmes a partner service can be, where Yorisoi knows an eligibility rule
 * (reference §5.1): RHQ's protection allowance for destitute applicants (保護費), RHQ's settlement
 * programme for recognised refugees and complementary protection (定住支援プログラム), and the
 * JFBA-commissioned legal aid for refugee matters (日弁連委託援助).
 */
export const PROGRAMMES = ['rhq-protection-allowance', 'rhq-settlement-programme', 'jfba-legal-aid'] as const;
export type Programme = (typeof PROGRAMMES)[number];

export function isProgramme(value: unknown): value is Programme {
  return typeof value === 'string' && (PROGRAMMES as readonly string[]).includes(value);
}

export function isServiceKind(value: unknown): value is ServiceKind {
  return typeof value === 'string' && (SERVICE_KINDS as readonly string[]).includes(value);
}

export function isReferralStatus(value: unknown): value is ReferralStatus {
  return typeof value === 'string' && (REFERRAL_STATUSES as readonly string[]).includes(value);
}

export function isShareableField(value: unknown): value is ShareableField {
  return typeof value === 'string' && (SHAREABLE_FIELDS as readonly string[]).includes(value);
}

export function isPrefecture(value: unknown): value is Prefecture {
  return typeof value === 'string' && (PREFECTURES as readonly string[]).includes(value);
}

/** How letters and e-mails name each kind of service, in both languages. */
export const SERVICE_KIND_LABELS: Readonly<Record<ServiceKind, { readonly ja: string; readonly en: string }>> = {
  housing: { ja: '住居・シェルター', en: 'Housing and shelter' },
  'living-allowance': { ja: '生活費の支援', en: 'Living allowance' },
  'legal-aid': { ja: '法律支援', en: 'Legal aid' },
  'immigration-paperwork': { ja: '入管手続の書類作成', en: 'Immigration paperwork' },
  'japanese-language': { ja: '日本語教室', en: 'Japanese language' },
  employment: { ja: '就労支援', en: 'Employment' },
  health: { ja: '医療', en: 'Health' },
  psychosocial: { ja: '心理社会的支援', en: 'Psychosocial support' },
  education: { ja: '教育', en: 'Education' },
  other: { ja: 'その他', en: 'Other' },
};

export const URGENCY_LABELS: Readonly<Record<ReferralUrgency, { readonly ja: string; readonly en: string }>> = {
  today: { ja: '至急（本日中）', en: 'Urgent (today)' },
  'this-week': { ja: '今週中', en: 'This week' },
  routine: { ja: '通常', en: 'Routine' },
};
