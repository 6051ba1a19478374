import type { Principal } from '#accounts';
import type { ApplicationsService, ClientDeadlinesService, ClientIntakeInput, ClientsService, Gender, StatusService, TimelineService, VulnerabilityFlag } from '#clients';
import {
  addDays,
  type DeportationDateField,
  type DeportationOutcome,
  type DeportationStage,
  type LocalDate,
  type ProtectionDateField,
  type ProtectionKind,
  type ProtectionOutcome,
  type ProtectionStage,
  type ResidenceStage,
} from '#domain';

/**
 * The demo organisation's past: about fifty invented files, opened from early 2022 on, so every
 * report has something to show (outcomes by year, time in stage, deadlines kept, caseloads over
 * time, disaggregation). Every person is invented. Their procedures are played through the real
 * services with the dates things happened, so the stage machine checks each step and the
 * deadlines are met, missed or left overdue as the stories say.
 *
 * A story is dated in days after the first application was filed (day 0, negative before it),
 * and a file says how many days before the seed day that filing was: the history moves with the
 * seed day, and nothing is ever dated in the future. Complementary protection exists from
 * 1 December 2023 and the change of status to humanitarian stay from 10 June 2024, so the
 * complementary-protection files start less than 1,000 days back and the change of status lies
 * less than 900 days back.
 *
 * What the services stamp with the moment they run rather than a date given to them stays
 * today's: the files' creation, their closure, the notes. A closed file's "closed on" is the
 * seed day, and the notes count as recent contact.
 */

/** Days after the first filing. */
type Day = number;

type HistoryEvent =
  | { readonly kind: 'application'; readonly applicationKind: ProtectionKind }
  | { readonly kind: 'step'; readonly to: ProtectionStage; readonly outcome?: ProtectionOutcome; readonly dates: Readonly<Partial<Record<ProtectionDateField, Day>>> }
  | { readonly kind: 'residence'; readonly to: ResidenceStage; readonly grantedOn: Day; readonly expiresInDays: number; readonly workAllowed: boolean }
  | { readonly kind: 'custody'; readonly to: DeportationStage; readonly outcome?: DeportationOutcome; readonly dates: Readonly<Partial<Record<DeportationDateField, Day>>>; readonly reportingIntervalMonths?: number }
  /** A caseworker's decision on the open deadline of this kind: waive it, or set an earlier date. */
  | { readonly kind: 'waive'; readonly deadlineKind: string; readonly reason: string }
  | { readonly kind: 'override'; readonly deadlineKind: string; readonly dueInDays: number; readonly reason: string }
  | { readonly kind: 'note'; readonly body: string }
  | { readonly kind: 'close'; readonly reason: string };

interface HistoryFile {
  readonly primary: string;
  readonly familyName: string;
  readonly givenName: string;
  readonly nativeName?: string;
  readonly katakanaName: string;
  readonly gender: Gender;
  readonly dateOfBirth: string;
  readonly nationality: string;
  readonly languages: readonly string[];
  readonly interpreterLanguage?: string;
  readonly flags?: readonly VulnerabilityFlag[];
  /** Day 0 of the story: the first application was filed this many days before the seed day. */
  readonly filedDaysAgo: number;
  /** Landed this many days before filing: the 6-month window after landing (Art. 61-2-2(1)(i)) is met or met late. */
  readonly landed?: { readonly daysBeforeFiling: number; readonly port: string };
  /** The status found at intake; without it, no status of residence. */
  readonly residence?: { readonly stage: 'TOKUTEI' | 'REGULAR_OTHER'; readonly expiresInDays: number; readonly workAllowed: boolean };
  readonly story: readonly HistoryEvent[];
}

// ---- the steps stories are written with --------------------------------------------------------

const step = (to: ProtectionStage, dates: Readonly<Partial<Record<ProtectionDateField, Day>>>, outcome?: ProtectionOutcome): HistoryEvent => ({
  kind: 'step',
  to,
  dates,
  ...(outcome ? { outcome } : {}),
});

const filing = (day: Day = 0, applicationKind: ProtectionKind = 'REFUGEE_AND_CP'): HistoryEvent[] => [{ kind: 'application', applicationKind }, step('P1_FILED', { filedOn: day })];
const interview = (day: Day) => step('P2_EXAMINATION', { interviewNoticeReceivedOn: day });
/** A first-instance decision: the notice is handed over a few days after the date it bears. */
const decision = (to: 'P3_RECOGNISED_REFUGEE' | 'P3_CP_ONLY' | 'P3_REFUSED', noticeDay: Day) => step(to, { noticeReceivedOn: noticeDay, decidedOn: noticeDay - 5 });
/** Review requested `after` days from the notice: on time up to 7 (Art. 61-2-12(2)), late beyond the last possible holiday roll-over. */
const reviewRequested = (noticeDay: Day, after: number): HistoryEvent[] => [step('P4_APPEAL_WINDOW', {}), step('P5_APPEAL_PENDING', { requestFiledOn: noticeDay + after })];
const hearingHeld = (noticeDay: Day, heldDay: Day): HistoryEvent[] => [
  step('P5_APPEAL_PENDING', { hearingNoticeReceivedOn: noticeDay }, 'HEARING_SCHEDULED'),
  step('P5_APPEAL_PENDING', { hearingHeldOn: heldDay }, 'HEARING_HELD'),
];
const hearingOmitted = (day: Day) => step('P5_APPEAL_PENDING', { omissionKnownOn: day }, 'HEARING_OMITTED');
const reviewDecided = (outcome: 'UPHELD' | 'DISMISSED' | 'REJECTED_INADMISSIBLE', knownDay: Day) => step('P6_APPEAL_DECIDED', { knownOn: knownDay, decidedOn: knownDay - 7 }, outcome);
/** The 7-day window let pass, recorded a week after it ended: the deadline is missed. */
const reviewWindowLapsed = (noticeDay: Day): HistoryEvent[] => [step('P4_APPEAL_WINDOW', {}), step('P4X_WINDOW_LAPSED', { windowEndedOn: noticeDay + 14 })];
const litigationWindow = step('P7_LITIGATION_WINDOW', {});
/** The suit limit (ACLA Art. 14: 6 months from knowledge) passed without a suit; recorded from 200 days after knowledge. */
const refusalFinal = (day: Day) => step('P9_FINAL_NEGATIVE', { windowEndedOn: day });
const suitFiled = (day: Day) => step('P8_LITIGATION', { suitFiledOn: day });
const judgment = (outcome: 'JUDGMENT_WON' | 'JUDGMENT_LOST', day: Day) => step('P8_LITIGATION', { judgmentServedOn: day }, outcome);
const appealFiled = (day: Day) => step('P8_LITIGATION', { appealFiledOn: day }, 'APPEAL_FILED');
const withdrawn = (day: Day) => step('P_WITHDRAWN', { withdrawnOn: day });
const detained = (investigationDay: Day, detainedDay: Day): HistoryEvent[] => [
  { kind: 'custody', to: 'D1_INVESTIGATION', dates: { startedOn: investigationDay } },
  { kind: 'custody', to: 'D2_DETAINED', dates: { detainedOn: detainedDay } },
];
const provisionallyReleased = (day: Day): HistoryEvent => ({ kind: 'custody', to: 'D2_PROVISIONAL_RELEASE_PRE', dates: { releasedOn: day }, reportingIntervalMonths: 1 });
const note = (body: string): HistoryEvent => ({ kind: 'note', body });
const closed = (reason: string): HistoryEvent => ({ kind: 'close', reason });

const SATO = 'sato@demo.yorisoi.org';
const LAN = 'lan@demo.yorisoi.org';
const YAMAMOTO = 'yamamoto@demo.yorisoi.org';

// ---- the files ---------------------------------------------------------------------------------

export const DEMO_HISTORY: readonly HistoryFile[] = [
  // Tokyo casework, Sato Yuki
  {
    primary: SATO, familyName: 'Zaw', givenName: 'Thiha', nativeName: 'သီဟဇော်', katakanaName: 'ゾー ティハ', gender: 'male', dateOfBirth: '1991-05-12',
    nationality: 'MMR', languages: ['my'], interpreterLanguage: 'my', filedDaysAgo: 1790, landed: { daysBeforeFiling: 40, port: 'Narita' },
    story: [...filing(), interview(120), decision('P3_RECOGNISED_REFUGEE', 330), closed('Recognised; settled with long-term resident status, support ended.')],
  },
  {
    primary: SATO, familyName: 'Wai', givenName: 'Hnin', nativeName: 'နှင်းဝေ', katakanaName: 'ウェイ ニン', gender: 'female', dateOfBirth: '1996-02-03',
    nationality: 'MMR', languages: ['my', 'en'], interpreterLanguage: 'my', flags: ['gender-based-violence'], filedDaysAgo: 1650,
    story: [...filing(), interview(120), decision('P3_REFUSED', 480), ...reviewRequested(480, 3), ...hearingHeld(700, 760), reviewDecided('UPHELD', 980), decision('P3_RECOGNISED_REFUGEE', 1040), note('Settlement programme enrolment confirmed; Japanese classes start next month.')],
  },
  {
    primary: SATO, familyName: 'Dogan', givenName: 'Welat', nativeName: 'Welat Doğan', katakanaName: 'ドアン ウェラト', gender: 'male', dateOfBirth: '1988-08-21',
    nationality: 'TUR', languages: ['ku', 'tr'], interpreterLanguage: 'ku', filedDaysAgo: 1600, landed: { daysBeforeFiling: 260, port: 'Narita' },
    story: [
      ...filing(), interview(200), decision('P3_REFUSED', 620), ...reviewRequested(620, 5), hearingOmitted(800), reviewDecided('DISMISSED', 1100), litigationWindow, refusalFinal(1300),
      ...filing(1330), interview(1450),
    ],
  },
  {
    primary: SATO, familyName: 'Aslan', givenName: 'Rojda', nativeName: 'Rojda Aslan', katakanaName: 'アスラン ロジダ', gender: 'female', dateOfBirth: '1993-12-09',
    nationality: 'TUR', languages: ['ku', 'tr'], interpreterLanguage: 'ku', flags: ['single-parent'], filedDaysAgo: 1480,
    story: [...filing(), decision('P3_REFUSED', 540), ...reviewWindowLapsed(540), refusalFinal(740), closed('Left Japan with her children to join relatives abroad.')],
  },
  {
    primary: SATO, familyName: 'Gurung', givenName: 'Bikash', nativeName: 'बिकाश गुरुङ', katakanaName: 'グルン ビカシュ', gender: 'male', dateOfBirth: '1985-04-30',
    nationality: 'NPL', languages: ['ne'], interpreterLanguage: 'ne', filedDaysAgo: 1790, landed: { daysBeforeFiling: 100, port: 'Narita' },
    story: [...filing(), interview(90), withdrawn(300), closed('Application withdrawn; returned home of his own accord.')],
  },
  {
    primary: SATO, familyName: 'Sivakumar', givenName: 'Tharshan', nativeName: 'தர்ஷன் சிவகுமார்', katakanaName: 'シヴァクマール タルシャン', gender: 'male', dateOfBirth: '1982-10-17',
    nationality: 'LKA', languages: ['ta', 'en'], interpreterLanguage: 'ta', flags: ['torture-survivor'], filedDaysAgo: 1745,
    story: [
      ...filing(), interview(100), decision('P3_REFUSED', 300), ...reviewRequested(300, 6), ...hearingHeld(450, 490), reviewDecided('DISMISSED', 670), litigationWindow, suitFiled(750),
      judgment('JUDGMENT_WON', 1200), step('P2_EXAMINATION', { judgmentFinalOn: 1216 }), decision('P3_RECOGNISED_REFUGEE', 1400), note('Recognition certificate received; applying for a travel document.'),
    ],
  },
  {
    primary: SATO, familyName: 'Rahimi', givenName: 'Zahra', nativeName: 'زهرا رحیمی', katakanaName: 'ラヒミ ザフラ', gender: 'female', dateOfBirth: '1997-07-25',
    nationality: 'AFG', languages: ['prs', 'fa'], interpreterLanguage: 'prs', flags: ['gender-based-violence'], filedDaysAgo: 620, landed: { daysBeforeFiling: 70, port: 'Haneda' },
    story: [
      ...filing(), interview(60), decision('P3_CP_ONLY', 330),
      { kind: 'waive', deadlineKind: 'review-request', reason: 'Content with complementary protection; decided with her lawyer not to challenge the refugee refusal.' },
    ],
  },
  {
    primary: SATO, familyName: 'Kovalenko', givenName: 'Olena', nativeName: 'Олена Коваленко', katakanaName: 'コヴァレンコ オレナ', gender: 'female', dateOfBirth: '1979-03-14',
    nationality: 'UKR', languages: ['uk', 'ru'], interpreterLanguage: 'uk', filedDaysAgo: 980,
    story: [...filing(0, 'CP_ONLY'), decision('P3_CP_ONLY', 200), closed('Complementary protection granted; moved to Sapporo, support ended.')],
  },
  {
    primary: SATO, familyName: 'Min', givenName: 'Zaw', nativeName: 'ဇော်မင်း', katakanaName: 'ミン ゾー', gender: 'male', dateOfBirth: '1999-11-02',
    nationality: 'MMR', languages: ['my'], interpreterLanguage: 'my', filedDaysAgo: 260, landed: { daysBeforeFiling: 60, port: 'Narita' }, residence: { stage: 'TOKUTEI', expiresInDays: 120, workAllowed: true },
    story: [...filing(), interview(140), note('Interview preparation with the interpreter; the statement is ready.')],
  },
  {
    // The refusal notice came three weeks ago and no review request is on record: the report's overdue deadline.
    primary: SATO, familyName: 'Haddad', givenName: 'Omar', nativeName: 'عمر حداد', katakanaName: 'ハダッド オマル', gender: 'male', dateOfBirth: '1990-06-06',
    nationality: 'SYR', languages: ['ar'], interpreterLanguage: 'ar', filedDaysAgo: 430,
    story: [...filing(), interview(100), decision('P3_REFUSED', 410)],
  },
  {
    primary: SATO, familyName: 'Tamang', givenName: 'Sita', nativeName: 'सीता तामाङ', katakanaName: 'タマン シタ', gender: 'female', dateOfBirth: '1960-01-19',
    nationality: 'NPL', languages: ['ne'], interpreterLanguage: 'ne', flags: ['elderly', 'serious-illness'], filedDaysAgo: 700,
    story: [...filing(), interview(200), decision('P3_REFUSED', 520), ...reviewRequested(520, 2), step('P5_APPEAL_PENDING', { hearingNoticeReceivedOn: 690 }, 'HEARING_SCHEDULED')],
  },
  {
    primary: SATO, familyName: 'Noori', givenName: 'Jawad', nativeName: 'جواد نوری', katakanaName: 'ヌーリ ジャワド', gender: 'male', dateOfBirth: '2010-09-30',
    nationality: 'AFG', languages: ['prs'], interpreterLanguage: 'prs', flags: ['unaccompanied-minor'], filedDaysAgo: 820, landed: { daysBeforeFiling: 20, port: 'Haneda' },
    story: [...filing(), interview(120), decision('P3_RECOGNISED_REFUGEE', 500), note('School enrolment done; the guardian attends every meeting.')],
  },
  {
    primary: SATO, familyName: 'Tesfaye', givenName: 'Meron', nativeName: 'ሜሮን ተስፋዬ', katakanaName: 'テスファイェ メロン', gender: 'female', dateOfBirth: '1994-04-08',
    nationality: 'ETH', languages: ['am', 'en'], interpreterLanguage: 'am', filedDaysAgo: 900,
    story: [...filing(), decision('P3_REFUSED', 380), step('P4_APPEAL_WINDOW', {}), step('P7_LITIGATION_WINDOW', { reviewForgoneOn: 383 }), suitFiled(560)],
  },
  {
    // The review request went in a week late and was rejected as inadmissible: a deadline met late.
    primary: SATO, familyName: 'Hossain', givenName: 'Rafiq', nativeName: 'রফিক হোসেন', katakanaName: 'ホセイン ラフィク', gender: 'male', dateOfBirth: '1987-02-27',
    nationality: 'BGD', languages: ['bn'], interpreterLanguage: 'bn', filedDaysAgo: 1200,
    story: [
      ...filing(), decision('P3_REFUSED', 400), ...reviewRequested(400, 16), reviewDecided('REJECTED_INADMISSIBLE', 560), litigationWindow, refusalFinal(600),
      closed('Refusal final; the client left Japan.'),
    ],
  },
  {
    primary: SATO, familyName: 'Myat', givenName: 'Su', nativeName: 'စုမြတ်', katakanaName: 'ミャッ スー', gender: 'female', dateOfBirth: '1992-08-15',
    nationality: 'MMR', languages: ['my', 'en'], interpreterLanguage: 'my', filedDaysAgo: 1200, landed: { daysBeforeFiling: 150, port: 'Narita' },
    story: [...filing(), decision('P3_REFUSED', 300), ...reviewRequested(300, 2), ...hearingHeld(420, 470), reviewDecided('UPHELD', 600), decision('P3_RECOGNISED_REFUGEE', 640)],
  },
  {
    primary: SATO, familyName: 'Girma', givenName: 'Yonas', nativeName: 'ዮናስ ግርማ', katakanaName: 'ギルマ ヨナス', gender: 'male', dateOfBirth: '1989-12-01',
    nationality: 'ETH', languages: ['am'], interpreterLanguage: 'am', filedDaysAgo: 640,
    story: [...filing(), decision('P3_REFUSED', 300), ...reviewRequested(300, 3), ...hearingHeld(500, 540), note('Hearing went well; waiting for the counsellors’ opinion.')],
  },
  {
    primary: SATO, familyName: 'Jafari', givenName: 'Shirin', nativeName: 'شیرین جعفری', katakanaName: 'ジャファリ シリン', gender: 'female', dateOfBirth: '1995-05-05',
    nationality: 'IRN', languages: ['fa', 'en'], interpreterLanguage: 'fa', flags: ['lgbtiq'], filedDaysAgo: 560, landed: { daysBeforeFiling: 45, port: 'Haneda' },
    story: [...filing(), interview(100), decision('P3_RECOGNISED_REFUGEE', 480)],
  },

  // Tokyo casework, Nguyen Thi Lan
  {
    primary: LAN, familyName: 'Nandar', givenName: 'Thet', nativeName: 'သက်နန္ဒာ', katakanaName: 'ナンダー テッ', gender: 'female', dateOfBirth: '1986-10-10',
    nationality: 'MMR', languages: ['my'], interpreterLanguage: 'my', flags: ['single-parent'], filedDaysAgo: 1700, landed: { daysBeforeFiling: 90, port: 'Narita' },
    story: [...filing(), interview(100), decision('P3_RECOGNISED_REFUGEE', 330), closed('Recognised with her son; support ended after the settlement programme.')],
  },
  {
    primary: LAN, familyName: 'Khant', givenName: 'Min', nativeName: 'မင်းခန့်', katakanaName: 'カン ミン', gender: 'male', dateOfBirth: '2012-03-22',
    nationality: 'MMR', languages: ['my', 'ja'], flags: ['minor'], filedDaysAgo: 1700, landed: { daysBeforeFiling: 90, port: 'Narita' },
    story: [...filing(), decision('P3_RECOGNISED_REFUGEE', 332), closed('Recognised with his mother; support ended after the settlement programme.')],
  },
  {
    primary: LAN, familyName: 'Tursun', givenName: 'Ablimit', katakanaName: 'トゥルスン アブリミト', gender: 'male', dateOfBirth: '1984-07-07',
    nationality: 'CHN', languages: ['ug', 'zh'], interpreterLanguage: 'ug', filedDaysAgo: 1100,
    story: [...filing(), interview(80), decision('P3_RECOGNISED_REFUGEE', 350)],
  },
  {
    primary: LAN, familyName: 'Mbarga', givenName: 'Solange', katakanaName: 'ムバルガ ソランジュ', gender: 'female', dateOfBirth: '1990-09-18',
    nationality: 'CMR', languages: ['fr', 'en'], filedDaysAgo: 1700,
    story: [
      ...filing(), interview(120), decision('P3_REFUSED', 250), ...reviewRequested(250, 4), hearingOmitted(450), reviewDecided('DISMISSED', 650), litigationWindow, suitFiled(750),
      judgment('JUDGMENT_LOST', 1150), appealFiled(1160), note('The High Court hearing is set; the lawyer will brief her next week.'),
    ],
  },
  {
    primary: LAN, familyName: 'Iqbal', givenName: 'Hamza', nativeName: 'حمزہ اقبال', katakanaName: 'イクバル ハムザ', gender: 'male', dateOfBirth: '1993-01-11',
    nationality: 'PAK', languages: ['ur', 'en'], interpreterLanguage: 'ur', flags: ['lgbtiq'], filedDaysAgo: 1500,
    story: [
      ...filing(), decision('P3_REFUSED', 380), ...reviewRequested(380, 6), ...hearingHeld(560, 600), reviewDecided('UPHELD', 820), decision('P3_RECOGNISED_REFUGEE', 860),
      closed('Recognised; moved to Fukuoka for work, support ended.'),
    ],
  },
  {
    primary: LAN, familyName: 'Nakato', givenName: 'Grace', katakanaName: 'ナカト グレース', gender: 'female', dateOfBirth: '1998-06-30',
    nationality: 'UGA', languages: ['en', 'lg'], flags: ['lgbtiq'], filedDaysAgo: 950, landed: { daysBeforeFiling: 30, port: 'Narita' },
    story: [...filing(), interview(90), decision('P3_RECOGNISED_REFUGEE', 420)],
  },
  {
    // Refused, then detained while preparing a second application, and provisionally released.
    primary: LAN, familyName: 'Kaya', givenName: 'Serhat', nativeName: 'Serhat Kaya', katakanaName: 'カヤ セルハト', gender: 'male', dateOfBirth: '1980-11-23',
    nationality: 'TUR', languages: ['ku', 'tr'], interpreterLanguage: 'ku', filedDaysAgo: 1550,
    story: [
      ...filing(), decision('P3_REFUSED', 480), ...reviewRequested(480, 3), hearingOmitted(650), reviewDecided('DISMISSED', 880), litigationWindow, refusalFinal(1080),
      ...detained(1090, 1100), ...filing(1110), provisionallyReleased(1250), note('Reporting monthly at the bureau; the second application is with the inquirer.'),
    ],
  },
  {
    // Special permission to stay granted while the review was pending; the review request was then withdrawn.
    primary: LAN, familyName: 'Moradi', givenName: 'Reza', nativeName: 'رضا مرادی', katakanaName: 'モラディ レザ', gender: 'male', dateOfBirth: '1983-03-03',
    nationality: 'IRN', languages: ['fa'], interpreterLanguage: 'fa', filedDaysAgo: 1000,
    story: [
      ...filing(), decision('P3_REFUSED', 350), ...reviewRequested(350, 5), hearingOmitted(500),
      { kind: 'residence', to: 'SPECIAL_PERMISSION', grantedOn: 700, expiresInDays: 65, workAllowed: true }, withdrawn(710),
    ],
  },
  {
    // Landed well over six months before filing: the 6-month window was met late.
    primary: LAN, familyName: 'Rai', givenName: 'Sunil', nativeName: 'सुनिल राई', katakanaName: 'ライ スニル', gender: 'male', dateOfBirth: '1995-09-09',
    nationality: 'NPL', languages: ['ne', 'en'], interpreterLanguage: 'ne', filedDaysAgo: 45, landed: { daysBeforeFiling: 500, port: 'Narita' }, residence: { stage: 'TOKUTEI', expiresInDays: 150, workAllowed: false },
    story: [...filing()],
  },
  {
    primary: LAN, familyName: 'Fernando', givenName: 'Dilani', katakanaName: 'フェルナンド ディラニ', gender: 'female', dateOfBirth: '1991-12-12',
    nationality: 'LKA', languages: ['si', 'en'], interpreterLanguage: 'si', flags: ['mental-health'], filedDaysAgo: 1350,
    story: [...filing(), decision('P3_REFUSED', 420), ...reviewWindowLapsed(420), refusalFinal(620), closed('Lost contact; closed after three months of attempts.')],
  },
  {
    primary: LAN, familyName: 'Mukendi', givenName: 'Patrick', katakanaName: 'ムケンディ パトリック', gender: 'male', dateOfBirth: '1978-05-16',
    nationality: 'COD', languages: ['fr', 'ln'], interpreterLanguage: 'fr', flags: ['torture-survivor'], filedDaysAgo: 1180, landed: { daysBeforeFiling: 25, port: 'Narita' },
    story: [...filing(), interview(90), decision('P3_RECOGNISED_REFUGEE', 610), note('Counselling continues every fortnight.')],
  },
  {
    primary: LAN, familyName: 'Sadat', givenName: 'Mariam', nativeName: 'مریم سادات', katakanaName: 'サダト マリアム', gender: 'female', dateOfBirth: '1988-02-14',
    nationality: 'AFG', languages: ['prs', 'fa'], interpreterLanguage: 'prs', flags: ['gender-based-violence', 'single-parent'], filedDaysAgo: 1780, landed: { daysBeforeFiling: 10, port: 'Narita' },
    story: [...filing(), interview(60), decision('P3_RECOGNISED_REFUGEE', 250), closed('Recognised with her son; support ended after resettlement in Chiba.')],
  },
  {
    primary: LAN, familyName: 'Sadat', givenName: 'Omid', nativeName: 'امید سادات', katakanaName: 'サダト オミド', gender: 'male', dateOfBirth: '2015-06-01',
    nationality: 'AFG', languages: ['prs'], flags: ['minor'], filedDaysAgo: 1780, landed: { daysBeforeFiling: 10, port: 'Narita' },
    story: [...filing(), decision('P3_RECOGNISED_REFUGEE', 252), closed('Recognised with his mother; support ended after resettlement in Chiba.')],
  },
  {
    primary: LAN, familyName: 'Ozturk', givenName: 'Ferhat', nativeName: 'Ferhat Öztürk', katakanaName: 'オズトゥルク フェルハト', gender: 'male', dateOfBirth: '1997-10-29',
    nationality: 'TUR', languages: ['ku', 'tr'], interpreterLanguage: 'ku', filedDaysAgo: 700, landed: { daysBeforeFiling: 30, port: 'Narita' },
    story: [...filing(), interview(250)],
  },

  // Osaka casework, Yamamoto Daisuke
  {
    primary: YAMAMOTO, familyName: 'Zin', givenName: 'Kyaw', nativeName: 'ကျော်ဇင်', katakanaName: 'ジン チョー', gender: 'male', dateOfBirth: '1994-04-04',
    nationality: 'MMR', languages: ['my'], interpreterLanguage: 'my', filedDaysAgo: 560, landed: { daysBeforeFiling: 120, port: 'Kansai' },
    story: [...filing(), interview(100), decision('P3_REFUSED', 420), ...reviewRequested(420, 4), note('Written statement for the review drafted with the lawyer.')],
  },
  {
    // Detained before filing, released; the suit limit after the dismissed review has passed with nothing on record: overdue.
    primary: YAMAMOTO, familyName: 'Aung', givenName: 'Htet', nativeName: 'ထက်အောင်', katakanaName: 'アウン テッ', gender: 'male', dateOfBirth: '1990-07-19',
    nationality: 'MMR', languages: ['my'], interpreterLanguage: 'my', filedDaysAgo: 1000,
    story: [
      ...detained(-30, -25), ...filing(), provisionallyReleased(120), decision('P3_REFUSED', 400), ...reviewRequested(400, 5), hearingOmitted(520), reviewDecided('DISMISSED', 800),
      litigationWindow,
    ],
  },
  {
    primary: YAMAMOTO, familyName: 'Celik', givenName: 'Berfin', nativeName: 'Berfin Çelik', katakanaName: 'チェリク ベルフィン', gender: 'female', dateOfBirth: '1996-03-08',
    nationality: 'TUR', languages: ['ku', 'tr'], interpreterLanguage: 'ku', flags: ['pregnant'], filedDaysAgo: 1420,
    story: [...filing(), decision('P3_REFUSED', 520), ...reviewWindowLapsed(520), refusalFinal(720), ...filing(760), interview(900), note('Midwife visit arranged through the clinic partner.')],
  },
  {
    primary: YAMAMOTO, familyName: 'Polat', givenName: 'Azad', nativeName: 'Azad Polat', katakanaName: 'ポラト アザド', gender: 'male', dateOfBirth: '1992-12-20',
    nationality: 'TUR', languages: ['ku', 'tr', 'ja'], filedDaysAgo: 870,
    story: [...filing(), withdrawn(120), closed('Married; changed to a spouse visa, application withdrawn.')],
  },
  {
    primary: YAMAMOTO, familyName: 'Jayasuriya', givenName: 'Kasun', nativeName: 'කසුන් ජයසූරිය', katakanaName: 'ジャヤスーリヤ カスン', gender: 'male', dateOfBirth: '1981-08-08',
    nationality: 'LKA', languages: ['si'], interpreterLanguage: 'si', filedDaysAgo: 1780, landed: { daysBeforeFiling: 300, port: 'Kansai' },
    story: [
      ...filing(), interview(120), decision('P3_REFUSED', 330), ...reviewRequested(330, 4), ...hearingHeld(520, 570), reviewDecided('DISMISSED', 800), litigationWindow, refusalFinal(1000),
      closed('Refusal final; the client returned to Sri Lanka.'),
    ],
  },
  {
    // Refused, no review; humanitarian stay granted by a change of status.
    primary: YAMAMOTO, familyName: 'Thapa', givenName: 'Ramesh', nativeName: 'रमेश थापा', katakanaName: 'タパ ラメシュ', gender: 'male', dateOfBirth: '1979-01-26',
    nationality: 'NPL', languages: ['ne', 'hi'], interpreterLanguage: 'ne', filedDaysAgo: 1050, residence: { stage: 'TOKUTEI', expiresInDays: 40, workAllowed: true },
    story: [
      ...filing(), interview(150), decision('P3_REFUSED', 600), step('P4_APPEAL_WINDOW', {}), step('P7_LITIGATION_WINDOW', { reviewForgoneOn: 603 }),
      { kind: 'residence', to: 'HUMANITARIAN', grantedOn: 640, expiresInDays: 320, workAllowed: true }, refusalFinal(800),
    ],
  },
  {
    primary: YAMAMOTO, familyName: 'Ahmadi', givenName: 'Farid', nativeName: 'فرید احمدی', katakanaName: 'アフマディ ファリド', gender: 'male', dateOfBirth: '1987-05-27',
    nationality: 'AFG', languages: ['ps', 'prs'], interpreterLanguage: 'ps', filedDaysAgo: 760,
    story: [...filing(), interview(90), decision('P3_CP_ONLY', 400), ...reviewRequested(400, 5)],
  },
  {
    primary: YAMAMOTO, familyName: 'Bondarenko', givenName: 'Andrii', nativeName: 'Андрій Бондаренко', katakanaName: 'ボンダレンコ アンドリー', gender: 'male', dateOfBirth: '1985-09-01',
    nationality: 'UKR', languages: ['uk', 'ru', 'en'], interpreterLanguage: 'uk', filedDaysAgo: 900,
    story: [...filing(0, 'CP_ONLY'), decision('P3_CP_ONLY', 240), note('Job interview at a logistics company next week.')],
  },
  {
    primary: YAMAMOTO, familyName: 'Tkachenko', givenName: 'Halyna', nativeName: 'Галина Ткаченко', katakanaName: 'トカチェンコ ハリナ', gender: 'female', dateOfBirth: '1957-02-11',
    nationality: 'UKR', languages: ['uk', 'ru'], interpreterLanguage: 'uk', flags: ['elderly'], filedDaysAgo: 940,
    story: [...filing(0, 'CP_ONLY'), decision('P3_CP_ONLY', 260), closed('Complementary protection granted; lives with her daughter in Kobe, support ended.')],
  },
  {
    primary: YAMAMOTO, familyName: 'Bekele', givenName: 'Dawit', nativeName: 'ዳዊት በቀለ', katakanaName: 'ベケレ ダウィット', gender: 'male', dateOfBirth: '1976-11-30',
    nationality: 'ETH', languages: ['am', 'en'], interpreterLanguage: 'am', flags: ['disability'], filedDaysAgo: 1250,
    story: [...filing(), interview(300)],
  },
  {
    // Won at the district court; the State appealed.
    primary: YAMAMOTO, familyName: 'Atangana', givenName: 'Paul', katakanaName: 'アタンガナ ポール', gender: 'male', dateOfBirth: '1984-02-02',
    nationality: 'CMR', languages: ['fr'], interpreterLanguage: 'fr', filedDaysAgo: 1740,
    story: [
      ...filing(), decision('P3_REFUSED', 290), ...reviewRequested(290, 3), hearingOmitted(440), reviewDecided('DISMISSED', 640), litigationWindow, suitFiled(700),
      judgment('JUDGMENT_WON', 1150), appealFiled(1162),
    ],
  },
  {
    // The lawyer wants the suit filed well before the legal limit: the due date is set earlier.
    primary: YAMAMOTO, familyName: 'Khalil', givenName: 'Rania', nativeName: 'رانيا خليل', katakanaName: 'ハリール ラニア', gender: 'female', dateOfBirth: '1993-10-05',
    nationality: 'SYR', languages: ['ar', 'en'], interpreterLanguage: 'ar', filedDaysAgo: 860,
    story: [
      ...filing(), decision('P3_REFUSED', 470), ...reviewRequested(470, 4), hearingOmitted(600), reviewDecided('DISMISSED', 830), litigationWindow,
      { kind: 'override', deadlineKind: 'revocation-suit', dueInDays: 100, reason: 'The lawyer will file with a request for a stay of execution; the papers must be ready by then.' },
    ],
  },
  {
    primary: YAMAMOTO, familyName: 'Akter', givenName: 'Nasrin', nativeName: 'নাসরিন আক্তার', katakanaName: 'アクテル ナスリン', gender: 'female', dateOfBirth: '1989-08-24',
    nationality: 'BGD', languages: ['bn'], interpreterLanguage: 'bn', filedDaysAgo: 1150,
    story: [...filing(), decision('P3_REFUSED', 500), ...reviewRequested(500, 6), withdrawn(700), closed('Review withdrawn; left Japan for a third country.')],
  },
  {
    // Detained when the investigation began, and applied from detention.
    primary: YAMAMOTO, familyName: 'Raza', givenName: 'Bilal', nativeName: 'بلال رضا', katakanaName: 'ラザ ビラル', gender: 'male', dateOfBirth: '1998-04-14',
    nationality: 'PAK', languages: ['ur', 'pa'], interpreterLanguage: 'ur', filedDaysAgo: 200,
    story: [...detained(-10, -8), ...filing(), interview(100), note('Visit at the detention centre; asked the bureau about provisional release.')],
  },
  {
    primary: YAMAMOTO, familyName: 'Okello', givenName: 'Brian', katakanaName: 'オケロ ブライアン', gender: 'male', dateOfBirth: '1986-06-16',
    nationality: 'UGA', languages: ['en', 'sw'], filedDaysAgo: 1380,
    story: [...filing(), interview(100), decision('P3_REFUSED', 700), ...reviewRequested(700, 3)],
  },
  {
    primary: YAMAMOTO, familyName: 'Rajendran', givenName: 'Kumaran', nativeName: 'குமரன் ராஜேந்திரன்', katakanaName: 'ラジェンドラン クマラン', gender: 'male', dateOfBirth: '1977-03-30',
    nationality: 'LKA', languages: ['ta'], interpreterLanguage: 'ta', filedDaysAgo: 1760,
    story: [
      ...filing(), decision('P3_REFUSED', 380), ...reviewRequested(380, 7), hearingOmitted(500), reviewDecided('DISMISSED', 700), litigationWindow, refusalFinal(900),
      closed('Refusal final; continues with an organisation in Nagoya.'),
    ],
  },
  {
    // Landed eight months before filing: the 6-month window was met late.
    primary: YAMAMOTO, familyName: 'Shrestha', givenName: 'Anjali', nativeName: 'अञ्जली श्रेष्ठ', katakanaName: 'シュレスタ アンジャリ', gender: 'female', dateOfBirth: '2000-12-03',
    nationality: 'NPL', languages: ['ne', 'en'], interpreterLanguage: 'ne', filedDaysAgo: 330, landed: { daysBeforeFiling: 240, port: 'Kansai' },
    residence: { stage: 'REGULAR_OTHER', expiresInDays: 25, workAllowed: false },
    story: [...filing(), interview(200)],
  },
  {
    primary: YAMAMOTO, familyName: 'Kalonji', givenName: 'Esperance', nativeName: 'Espérance Kalonji', katakanaName: 'カロンジ エスペランス', gender: 'female', dateOfBirth: '1985-01-07',
    nationality: 'COD', languages: ['fr', 'ln'], interpreterLanguage: 'fr', flags: ['gender-based-violence', 'single-parent'], filedDaysAgo: 1450,
    story: [...filing(), interview(100), decision('P3_REFUSED', 420), ...reviewRequested(420, 5), ...hearingHeld(600, 650), reviewDecided('DISMISSED', 1000), litigationWindow, suitFiled(1100)],
  },
  {
    primary: YAMAMOTO, familyName: 'Naing', givenName: 'Aung', nativeName: 'အောင်နိုင်', katakanaName: 'ナイン アウン', gender: 'male', dateOfBirth: '1983-09-13',
    nationality: 'MMR', languages: ['my', 'en'], interpreterLanguage: 'my', filedDaysAgo: 1000, landed: { daysBeforeFiling: 80, port: 'Kansai' },
    story: [...filing(), interview(110), decision('P3_RECOGNISED_REFUGEE', 380), closed('Recognised; moved to Tokyo for work, support ended.')],
  },
];

// ---- seeding -----------------------------------------------------------------------------------

export interface DemoHistoryServices {
  readonly clients: ClientsService;
  readonly applications: ApplicationsService;
  readonly status: StatusService;
  readonly deadlines: ClientDeadlinesService;
  readonly timeline: TimelineService;
}

/** Plays every history file through the services as its caseworker would have, dated as it happened. Returns the number of files. */
export async function seedDemoHistory(services: DemoHistoryServices, people: ReadonlyMap<string, Principal>, today: LocalDate): Promise<number> {
  for (const file of DEMO_HISTORY) {
    const worker = people.get(file.primary);
    if (!worker) throw new Error(`demo history ${file.familyName}: no demo account ${file.primary}`);
    await seedHistoryFile(services, worker, file, today).catch((error: unknown) => {
      // The demo data is ours: a refusal is a bug in it, reported with what was refused.
      const details = (error as { details?: unknown }).details;
      throw new Error(`demo history ${file.familyName} ${file.givenName}: ${(error as Error).message} ${JSON.stringify(details ?? {})}`);
    });
  }
  return DEMO_HISTORY.length;
}

async function seedHistoryFile(services: DemoHistoryServices, worker: Principal, file: HistoryFile, today: LocalDate): Promise<void> {
  const on = (day: Day): string => {
    const daysAgo = file.filedDaysAgo - day;
    if (daysAgo < 0) throw new Error(`day ${day} lies after the seed day`);
    return addDays(today, -daysAgo);
  };
  const onDates = (dates: Readonly<Record<string, Day | undefined>>) => Object.fromEntries(Object.entries(dates).map(([field, day]) => [field, on(day as Day)]));
  const firstDay = Math.min(0, ...file.story.flatMap((event) => (event.kind === 'custody' ? Object.values(event.dates) : [])));

  const intake: ClientIntakeInput = {
    teamId: worker.teamIds[0],
    familyName: file.familyName,
    givenName: file.givenName,
    nativeName: file.nativeName ?? null,
    katakanaName: file.katakanaName,
    gender: file.gender,
    dateOfBirth: file.dateOfBirth,
    nationality: file.nationality,
    languages: file.languages,
    interpreterNeeded: file.interpreterLanguage !== undefined,
    interpreterLanguage: file.interpreterLanguage ?? null,
    landingDate: file.landed ? on(-file.landed.daysBeforeFiling) : null,
    landingPort: file.landed?.port ?? null,
    vulnerabilityFlags: file.flags ?? [],
    consents: [{ kind: 'data-processing', givenOn: on(firstDay), scope: 'Case work by the NGO', withdrawnOn: null }],
    residence: file.residence
      ? { stage: file.residence.stage, expiresOn: addDays(today, file.residence.expiresInDays), workAllowed: file.residence.workAllowed }
      : { stage: 'NO_STATUS', expiresOn: null, workAllowed: null },
    custody: { stage: 'D0_NONE', reportingIntervalMonths: null, provisionalReleaseUntil: null },
    confirmNotDuplicate: true,
  };
  const { client } = await services.clients.intake(worker, intake);
  let clientVersion = client.version;
  let application: { id: string; version: number } | null = null;

  for (const event of file.story) {
    switch (event.kind) {
      case 'application':
        application = await services.applications.open(worker, client.id, { kind: event.applicationKind });
        break;
      case 'step': {
        if (!application) throw new Error('a step before any application');
        application = await services.applications.transition(worker, client.id, application.id, {
          version: application.version,
          to: event.to,
          outcome: event.outcome ?? null,
          dates: onDates(event.dates),
          note: null,
        });
        break;
      }
      case 'residence':
        clientVersion = (
          await services.status.residenceStep(worker, client.id, {
            version: clientVersion,
            to: event.to,
            dates: { grantedOn: on(event.grantedOn), expiresOn: addDays(today, event.expiresInDays) },
            workAllowed: event.workAllowed,
          })
        ).version;
        break;
      case 'custody':
        clientVersion = (
          await services.status.custodyStep(worker, client.id, {
            version: clientVersion,
            to: event.to,
            outcome: event.outcome ?? null,
            dates: onDates(event.dates),
            ...(event.reportingIntervalMonths !== undefined ? { reportingIntervalMonths: event.reportingIntervalMonths } : {}),
          })
        ).version;
        break;
      case 'waive':
      case 'override': {
        const deadline = (await services.deadlines.ofClient(worker, client.id, { includeClosed: false })).find((d) => d.kind === event.deadlineKind && d.status === 'open');
        if (!deadline) throw new Error(`no open ${event.deadlineKind} deadline to decide on`);
        if (event.kind === 'waive') await services.deadlines.waive(worker, client.id, deadline.id, { version: deadline.version, reason: event.reason });
        else await services.deadlines.override(worker, client.id, deadline.id, { version: deadline.version, dueDate: addDays(today, event.dueInDays), reason: event.reason });
        break;
      }
      case 'note':
        await services.timeline.addNote(worker, client.id, event.body);
        break;
      case 'close':
        clientVersion = (await services.clients.close(worker, client.id, event.reason, clientVersion)).version;
        break;
    }
  }
}
