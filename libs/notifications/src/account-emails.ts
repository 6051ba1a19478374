import { JAPAN_TIME_ZONE } from '#domain';
import { renderEmail, type EmailContent } from './render-email.js';

type Locale = 'ja' | 'en';

const FOOTER: Record<Locale, string> = {
  ja: 'Yorisoi（寄り添い）からの自動送信メールです。心当たりがない場合は、このメールを破棄し、管理者に連絡してください。',
  en: 'This is an automatic message from Yorisoi. If you did not expect it, ignore it and tell your administrator.',
};

function formatExpiry(at: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: JAPAN_TIME_ZONE,
  }).format(at);
}

export function invitationEmail(input: { locale: Locale; url: string; expiresAt: Date }): EmailContent {
  const expiry = formatExpiry(input.expiresAt, input.locale);
  if (input.locale === 'ja') {
    return renderEmail({
      lang: 'ja',
      subject: 'Yorisoi のアカウントが作成されました',
      paragraphs: [
        'あなたの Yorisoi アカウントが管理者によって作成されました。',
        `次のリンクからパスワードを設定してください。リンクは一度だけ使え、${expiry}（日本時間）まで有効です。`,
      ],
      action: { label: 'パスワードを設定する', url: input.url },
      footer: FOOTER.ja,
    });
  }
  return renderEmail({
    lang: 'en',
    subject: 'Your Yorisoi account is ready',
    paragraphs: [
      'An administrator has created a Yorisoi account for you.',
      `Set your password with the link below. It works once and until ${expiry} (Japan time).`,
    ],
    action: { label: 'Set your password', url: input.url },
    footer: FOOTER.en,
  });
}

export function passwordResetEmail(input: { locale: Locale; url: string; expiresAt: Date }): EmailContent {
  const expiry = formatExpiry(input.expiresAt, input.locale);
  if (input.locale === 'ja') {
    return renderEmail({
      lang: 'ja',
      subject: 'Yorisoi のパスワード再設定',
      paragraphs: [
        'パスワードの再設定が依頼されました。',
        `次のリンクから新しいパスワードを設定してください。リンクは一度だけ使え、${expiry}（日本時間）まで有効です。依頼していない場合は何もしないでください。`,
      ],
      action: { label: '新しいパスワードを設定する', url: input.url },
      footer: FOOTER.ja,
    });
  }
  return renderEmail({
    lang: 'en',
    subject: 'Reset your Yorisoi password',
    paragraphs: [
      'Someone asked to reset the password of your Yorisoi account.',
      `Choose a new password with the link below. It works once and until ${expiry} (Japan time). If it was not you, do nothing.`,
    ],
    action: { label: 'Choose a new password', url: input.url },
    footer: FOOTER.en,
  });
}

/**
 * Tells a client's supervisors that someone opened the file outside their normal access. Names
 * the case number only, never the client; the stated reason (which may describe the person's
 * situation) stays in the audit trail.
 */
export function breakGlassEmail(input: {
  locale: Locale;
  caseNumber: string;
  openedBy: string;
  expiresAt: Date;
  url: string;
}): EmailContent {
  const until = formatExpiry(input.expiresAt, input.locale);
  if (input.locale === 'ja') {
    return renderEmail({
      lang: 'ja',
      subject: `緊急アクセス: ケース ${input.caseNumber}`,
      paragraphs: [
        `${input.openedBy} さんが、通常の権限の範囲外でケース ${input.caseNumber} を開きました（${until} まで有効）。`,
        '理由は監査記録で確認できます。',
        '不適切なアクセスと思われる場合は、監査記録を確認し、管理者に連絡してください。',
      ],
      action: { label: '監査記録を見る', url: input.url },
      footer: FOOTER.ja,
    });
  }
  return renderEmail({
    lang: 'en',
    subject: `Break-glass access: case ${input.caseNumber}`,
    paragraphs: [
      `${input.openedBy} opened case ${input.caseNumber} outside their normal access (valid until ${until}).`,
      'The reason they gave is in the audit trail.',
      'If this looks wrong, check the audit trail and contact your administrator.',
    ],
    action: { label: 'View the audit trail', url: input.url },
    footer: FOOTER.en,
  });
}
