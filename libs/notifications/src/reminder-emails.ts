import { renderEmail, type EmailContent } from './render-email.js';

type Locale = 'ja' | 'en';
type Bilingual = { readonly ja: string; readonly en: string };

export interface ReminderEmailInput {
  readonly locale: Locale;
  readonly purpose: 'owner' | 'escalation' | 'delivery-failure';
  readonly caseNumber: string;
  readonly title: Bilingual;
  readonly dueDate: string;
  /** Calendar days from today to the due date (0: today). */
  readonly daysLeft: number;
  readonly explanation: Bilingual;
  readonly url: string;
  /** Escalations and delivery failures: the caseworker who owns the deadline. */
  readonly ownerName?: string | null;
}

const FOOTER: Record<Locale, string> = {
  ja: 'Yorisoi（寄り添い）からの自動送信です。ケースの詳細はダッシュボードでご確認ください。このメールには依頼者の個人情報を記載していません。',
  en: 'Sent automatically by Yorisoi. Open the dashboard for the case details; this email carries no personal data about the client.',
};

function formatDue(date: string, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

function when(daysLeft: number, locale: Locale): string {
  if (locale === 'ja') return daysLeft === 0 ? '本日が期限です' : daysLeft < 0 ? `期限を${-daysLeft}日過ぎています` : `期限まであと${daysLeft}日です`;
  return daysLeft === 0 ? 'It is due today' : daysLeft < 0 ? `It is ${-daysLeft} day(s) overdue` : `${daysLeft} day(s) left`;
}

/**
 * A deadline reminder. Names the case by its number only: never the client's name, nationality
 * or anything about the case beyond the deadline and its legal basis.
 */
export function reminderEmail(input: ReminderEmailInput): EmailContent {
  const locale = input.locale;
  const due = formatDue(input.dueDate, locale);
  const title = input.title[locale];
  if (locale === 'ja') {
    const lead =
      input.purpose === 'owner'
        ? `ケース ${input.caseNumber} の期限のお知らせです。`
        : input.purpose === 'escalation'
          ? `ケース ${input.caseNumber}（担当: ${input.ownerName ?? '未割当'}）の法定期限が迫っていますが、まだ対応済みになっていません。`
          : `ケース ${input.caseNumber}（担当: ${input.ownerName ?? '未割当'}）の期限通知メールを配信できませんでした。担当者に直接確認してください。`;
    return renderEmail({
      lang: 'ja',
      subject: `${input.purpose === 'owner' ? '' : '【要確認】'}${title}: ${due}（ケース ${input.caseNumber}）`,
      paragraphs: [lead, `${title} — ${due}。${when(input.daysLeft, 'ja')}。`, input.explanation.ja],
      action: { label: 'ケースを開く', url: input.url },
      footer: FOOTER.ja,
    });
  }
  const lead =
    input.purpose === 'owner'
      ? `A deadline of case ${input.caseNumber} is coming up.`
      : input.purpose === 'escalation'
        ? `A legal deadline of case ${input.caseNumber} (caseworker: ${input.ownerName ?? 'unassigned'}) is close and not yet met.`
        : `A reminder for case ${input.caseNumber} (caseworker: ${input.ownerName ?? 'unassigned'}) could not be delivered. Please check with them directly.`;
  return renderEmail({
    lang: 'en',
    subject: `${input.purpose === 'owner' ? '' : '[Action needed] '}${title}: ${due} (case ${input.caseNumber})`,
    paragraphs: [lead, `${title} — ${due}. ${when(input.daysLeft, 'en')}.`, input.explanation.en],
    action: { label: 'Open the case', url: input.url },
    footer: FOOTER.en,
  });
}

export interface DigestLine {
  readonly caseworker: string;
  readonly overdue: readonly string[];
  readonly atRisk: readonly string[];
}

/** The supervisor's morning digest: per caseworker, the case numbers overdue and at risk. */
export function supervisorDigestEmail(input: { locale: Locale; date: string; lines: readonly DigestLine[]; url: string }): EmailContent {
  const locale = input.locale;
  const total = (key: 'overdue' | 'atRisk') => input.lines.reduce((sum, line) => sum + line[key].length, 0);
  const line = (l: DigestLine) =>
    locale === 'ja'
      ? `${l.caseworker}: 期限超過 ${l.overdue.length}件${l.overdue.length ? `（${l.overdue.join('、')}）` : ''}／2営業日以内 ${l.atRisk.length}件${l.atRisk.length ? `（${l.atRisk.join('、')}）` : ''}`
      : `${l.caseworker}: ${l.overdue.length} overdue${l.overdue.length ? ` (${l.overdue.join(', ')})` : ''}; ${l.atRisk.length} due within 2 business days${l.atRisk.length ? ` (${l.atRisk.join(', ')})` : ''}`;
  if (locale === 'ja') {
    return renderEmail({
      lang: 'ja',
      subject: `期限の状況 ${formatDue(input.date, 'ja')}: 超過 ${total('overdue')}件・要注意 ${total('atRisk')}件`,
      paragraphs: ['担当チームの期限の状況です（ケース番号のみ記載）。', ...input.lines.map(line)],
      action: { label: 'チームの状況を開く', url: input.url },
      footer: FOOTER.ja,
    });
  }
  return renderEmail({
    lang: 'en',
    subject: `Deadlines on ${formatDue(input.date, 'en')}: ${total('overdue')} overdue, ${total('atRisk')} at risk`,
    paragraphs: ['Where your teams’ deadlines stand (case numbers only).', ...input.lines.map(line)],
    action: { label: 'Open the team view', url: input.url },
    footer: FOOTER.en,
  });
}
