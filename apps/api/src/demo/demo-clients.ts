/**
 * The demo organisation's clients. Every person is invented; names, stories and numbers are
 * fictional, with nationalities and situations typical of the people Japanese NGOs accompany.
 * Dates are relative to the day the demo is seeded (`daysAgo`, `inDays`), so the deadlines and the
 * first reminders are always current.
 */
export interface DemoClient {
  readonly team: 'Tokyo casework' | 'Osaka casework';
  readonly primary: string;
  readonly familyName: string;
  readonly givenName: string;
  readonly nativeName?: string;
  readonly katakanaName: string;
  readonly gender: 'female' | 'male';
  readonly dateOfBirth: string;
  readonly nationality: string;
  readonly languages: readonly string[];
  readonly interpreterLanguage?: string;
  readonly landedDaysAgo?: number;
  readonly landingPort?: string;
  readonly residence: { stage: string; expiresInDays?: number; workAllowed?: boolean };
  readonly custody: { stage: string; reportingIntervalMonths?: number; releaseEndsInDays?: number };
  readonly flags?: readonly string[];
  /** What has happened in the procedure so far, oldest first. */
  readonly story: readonly DemoEvent[];
}

export type DemoEvent =
  | { readonly kind: 'application'; readonly applicationKind: 'REFUGEE_AND_CP' | 'CP_ONLY' }
  | { readonly kind: 'step'; readonly to: string; readonly outcome?: string; readonly dates: Readonly<Record<string, number>>; readonly note?: string }
  | { readonly kind: 'appointment'; readonly appointmentKind: string; readonly inDays: number; readonly hour: number; readonly place: string; readonly interpreterLanguage?: string }
  | { readonly kind: 'note'; readonly body: string };

export const DEMO_CLIENTS: readonly DemoClient[] = [
  {
    team: 'Tokyo casework',
    primary: 'sato@demo.yorisoi.org',
    familyName: 'Kyaw',
    givenName: 'Min Thu',
    nativeName: 'ကျော်မင်းသူ',
    katakanaName: 'チョー ミントゥ',
    gender: 'male',
    dateOfBirth: '1994-03-17',
    nationality: 'MMR',
    languages: ['my', 'en'],
    interpreterLanguage: 'my',
    landedDaysAgo: 400,
    landingPort: 'Narita',
    residence: { stage: 'TOKUTEI', expiresInDays: 75, workAllowed: true },
    custody: { stage: 'D0_NONE' },
    story: [
      { kind: 'application', applicationKind: 'REFUGEE_AND_CP' },
      { kind: 'step', to: 'P1_FILED', dates: { filedOn: 380 } },
      { kind: 'step', to: 'P2_EXAMINATION', dates: { interviewNoticeReceivedOn: 200 } },
      // The refusal notice was handed over yesterday: 7 days to request review (Art. 61-2-12(2)).
      { kind: 'step', to: 'P3_REFUSED', dates: { decidedOn: 8, noticeReceivedOn: 1 }, note: 'Notice handed over at the Tokyo bureau counter.' },
      { kind: 'note', body: 'Met the lawyer from the legal aid partner; the review request will be drafted this week.' },
    ],
  },
  {
    team: 'Tokyo casework',
    primary: 'sato@demo.yorisoi.org',
    familyName: 'Hussaini',
    givenName: 'Amina',
    nativeName: 'آمنه حسینی',
    katakanaName: 'フセイニ アミナ',
    gender: 'female',
    dateOfBirth: '1998-09-02',
    nationality: 'AFG',
    languages: ['fa', 'prs'],
    interpreterLanguage: 'prs',
    landedDaysAgo: 150,
    landingPort: 'Haneda',
    residence: { stage: 'REGULAR_OTHER', expiresInDays: 20, workAllowed: false },
    custody: { stage: 'D0_NONE' },
    flags: ['gender-based-violence'],
    story: [{ kind: 'note', body: 'Intake interview with a female interpreter; application to be filed before the 6-month window closes.' }],
  },
  {
    team: 'Tokyo casework',
    primary: 'lan@demo.yorisoi.org',
    familyName: 'Osman',
    givenName: 'Mohammed Ali',
    nativeName: 'محمد علي عثمان',
    katakanaName: 'オスマン モハメドアリ',
    gender: 'male',
    dateOfBirth: '1986-12-25',
    nationality: 'SDN',
    languages: ['ar'],
    interpreterLanguage: 'ar',
    residence: { stage: 'NO_STATUS' },
    custody: { stage: 'D8_PROVISIONAL_RELEASE', reportingIntervalMonths: 1, releaseEndsInDays: 24 },
    story: [
      { kind: 'application', applicationKind: 'REFUGEE_AND_CP' },
      { kind: 'step', to: 'P1_FILED', dates: { filedOn: 700 } },
      { kind: 'appointment', appointmentKind: 'reporting-date', inDays: 3, hour: 10, place: 'Tokyo Regional Immigration Services Bureau, Shinagawa' },
    ],
  },
  {
    team: 'Tokyo casework',
    primary: 'lan@demo.yorisoi.org',
    familyName: 'Li',
    givenName: 'Ming',
    nativeName: '李明',
    katakanaName: 'リ ミン',
    gender: 'male',
    dateOfBirth: '1979-06-08',
    nationality: 'CHN',
    languages: ['zh', 'ja'],
    residence: { stage: 'TOKUTEI', expiresInDays: 160, workAllowed: true },
    custody: { stage: 'D0_NONE' },
    story: [
      { kind: 'application', applicationKind: 'REFUGEE_AND_CP' },
      { kind: 'step', to: 'P1_FILED', dates: { filedOn: 120 } },
      { kind: 'step', to: 'P2_EXAMINATION', dates: { interviewNoticeReceivedOn: 6 } },
      { kind: 'appointment', appointmentKind: 'refugee-inquirer-interview', inDays: 5, hour: 13, place: 'Tokyo bureau, interview room 4', interpreterLanguage: 'zh' },
    ],
  },
  {
    team: 'Tokyo casework',
    primary: 'sato@demo.yorisoi.org',
    familyName: 'Demir',
    givenName: 'Yusuf',
    nativeName: 'Yûsif Demir',
    katakanaName: 'デミル ユスフ',
    gender: 'male',
    dateOfBirth: '1990-01-30',
    nationality: 'TUR',
    languages: ['ku', 'tr'],
    interpreterLanguage: 'ku',
    residence: { stage: 'TOKUTEI', expiresInDays: 45, workAllowed: true },
    custody: { stage: 'D0_NONE' },
    flags: ['single-parent'],
    story: [
      { kind: 'application', applicationKind: 'REFUGEE_AND_CP' },
      { kind: 'step', to: 'P1_FILED', dates: { filedOn: 500 } },
      { kind: 'step', to: 'P3_REFUSED', dates: { decidedOn: 60, noticeReceivedOn: 55 } },
      { kind: 'step', to: 'P4_APPEAL_WINDOW', dates: {} },
      { kind: 'step', to: 'P5_APPEAL_PENDING', dates: { requestFiledOn: 52 } },
      { kind: 'step', to: 'P5_APPEAL_PENDING', outcome: 'HEARING_SCHEDULED', dates: { hearingNoticeReceivedOn: 10 } },
      { kind: 'appointment', appointmentKind: 'oral-opinion-hearing', inDays: 12, hour: 14, place: 'Ministry of Justice, Kasumigaseki', interpreterLanguage: 'ku' },
    ],
  },
  {
    team: 'Osaka casework',
    primary: 'yamamoto@demo.yorisoi.org',
    familyName: 'Ngono',
    givenName: 'Esther',
    katakanaName: 'ンゴノ エステル',
    gender: 'female',
    dateOfBirth: '1992-11-14',
    nationality: 'CMR',
    languages: ['fr', 'en'],
    residence: { stage: 'NO_STATUS' },
    custody: { stage: 'D2_SUPERVISED_PRE', reportingIntervalMonths: 3 },
    story: [
      { kind: 'application', applicationKind: 'REFUGEE_AND_CP' },
      { kind: 'step', to: 'P1_FILED', dates: { filedOn: 90 } },
    ],
  },
  {
    team: 'Osaka casework',
    primary: 'yamamoto@demo.yorisoi.org',
    familyName: 'Karimi',
    givenName: 'Ahmad',
    nativeName: 'احمد کریمی',
    katakanaName: 'カリミ アフマド',
    gender: 'male',
    dateOfBirth: '1983-04-21',
    nationality: 'IRN',
    languages: ['fa'],
    interpreterLanguage: 'fa',
    residence: { stage: 'NO_STATUS' },
    custody: { stage: 'D0_NONE' },
    story: [
      { kind: 'application', applicationKind: 'REFUGEE_AND_CP' },
      { kind: 'step', to: 'P1_FILED', dates: { filedOn: 900 } },
      { kind: 'step', to: 'P3_REFUSED', dates: { decidedOn: 420, noticeReceivedOn: 415 } },
      { kind: 'step', to: 'P4_APPEAL_WINDOW', dates: {} },
      { kind: 'step', to: 'P5_APPEAL_PENDING', dates: { requestFiledOn: 410 } },
      { kind: 'step', to: 'P6_APPEAL_DECIDED', outcome: 'DISMISSED', dates: { decidedOn: 40, knownOn: 30 } },
      { kind: 'step', to: 'P7_LITIGATION_WINDOW', dates: {} },
      { kind: 'note', body: 'Referred to the legal aid partner for a revocation suit; first meeting next week.' },
      { kind: 'appointment', appointmentKind: 'lawyer-meeting', inDays: 6, hour: 16, place: 'Osaka legal aid office', interpreterLanguage: 'fa' },
    ],
  },
  {
    team: 'Osaka casework',
    primary: 'yamamoto@demo.yorisoi.org',
    familyName: 'Perera',
    givenName: 'Nimal',
    nativeName: 'නිමල් පෙරේරා',
    katakanaName: 'ペレラ ニマル',
    gender: 'male',
    dateOfBirth: '1975-07-03',
    nationality: 'LKA',
    languages: ['si', 'ta'],
    interpreterLanguage: 'si',
    residence: { stage: 'NO_STATUS' },
    custody: { stage: 'D8_PROVISIONAL_RELEASE', reportingIntervalMonths: 2, releaseEndsInDays: 40 },
    story: [
      { kind: 'application', applicationKind: 'REFUGEE_AND_CP' },
      { kind: 'step', to: 'P1_FILED', dates: { filedOn: 3000 } },
      { kind: 'step', to: 'P3_REFUSED', dates: { decidedOn: 2700, noticeReceivedOn: 2695 } },
      { kind: 'step', to: 'P4_APPEAL_WINDOW', dates: {} },
      { kind: 'step', to: 'P4X_WINDOW_LAPSED', dates: { windowEndedOn: 2680 } },
      { kind: 'step', to: 'P9_FINAL_NEGATIVE', dates: { windowEndedOn: 2400 } },
      { kind: 'application', applicationKind: 'REFUGEE_AND_CP' },
      { kind: 'step', to: 'P1_FILED', dates: { filedOn: 1500 } },
      { kind: 'step', to: 'P3_REFUSED', dates: { decidedOn: 1200, noticeReceivedOn: 1195 } },
      { kind: 'step', to: 'P4_APPEAL_WINDOW', dates: {} },
      { kind: 'step', to: 'P4X_WINDOW_LAPSED', dates: { windowEndedOn: 1180 } },
      { kind: 'step', to: 'P9_FINAL_NEGATIVE', dates: { windowEndedOn: 900 } },
      { kind: 'application', applicationKind: 'REFUGEE_AND_CP' },
      { kind: 'step', to: 'P1_FILED', dates: { filedOn: 20 } },
      { kind: 'note', body: 'Third application: gathering new country information to submit as reasonable-grounds material.' },
    ],
  },
];
