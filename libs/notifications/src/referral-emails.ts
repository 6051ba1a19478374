import { JAPAN_TIME_ZONE } from '#domain';
import { renderEmail, type EmailContent } from './render-email.js';

export interface ReferralLinkEmailInput {
  readonly locale: 'ja' | 'en';
  /** The sending organisation, as partners know it. */
  readonly fromOrganisation: string;
  /** The referral's short number, how the partner quotes it. */
  readonly number: number;
  readonly url: string;
  readonly expiresAt: Date;
}

function formatExpiry(at: Date, locale: 'ja' | 'en'): string {
  return new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'long', timeZone: JAPAN_TIME_ZONE }).format(at);
}

/**
 * The e-mail that tells a partner a referral waits for them. It carries no personal data (e-mail
 * is neither encrypted end to end nor deleted on request): who sent it, its number, and a link
 * that works for this referral only. The letter itself is read behind the link.
 */
export function referralLinkEmail(input: ReferralLinkEmailInput): EmailContent {
  const expiry = formatExpiry(input.expiresAt, input.locale);
  if (input.locale === 'ja') {
    return renderEmail({
      lang: 'ja',
      subject: `${input.fromOrganisation}からのご紹介（紹介番号 ${input.number}）`,
      paragraphs: [
        `${input.fromOrganisation}から、支援のご依頼（紹介番号 ${input.number}）をお送りしました。`,
        `次のリンクから紹介状をご覧いただき、受付・受入れ・お断りをご回答ください。リンクはこの紹介専用で、${expiry}まで有効です。アカウントは不要です。`,
        'このメールを他の方に転送しないでください。',
      ],
      action: { label: '紹介状を開く', url: input.url },
      footer: `このメールは Yorisoi（寄り添い）から${input.fromOrganisation}の依頼で自動送信されました。心当たりがない場合は破棄してください。`,
    });
  }
  return renderEmail({
    lang: 'en',
    subject: `Referral ${input.number} from ${input.fromOrganisation}`,
    paragraphs: [
      `${input.fromOrganisation} has sent you a referral (number ${input.number}).`,
      `Read the referral letter and acknowledge, accept or decline it with the link below. It works for this referral only, until ${expiry}; no account is needed.`,
      'Please do not forward this e-mail.',
    ],
    action: { label: 'Open the referral letter', url: input.url },
    footer: `Sent automatically by Yorisoi on behalf of ${input.fromOrganisation}. If you did not expect it, delete it.`,
  });
}
