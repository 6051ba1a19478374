import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { breakGlassEmail, invitationEmail, passwordResetEmail } from './account-emails.js';
import { REDACTED, redactSecretsInHtml, redactSecretsInText } from './caught-mail-redaction.js';
import { reminderEmail } from './reminder-emails.js';

const PUBLIC_URL = 'https://yorisoi.example.org';
const expiresAt = new Date('2026-03-02T09:00:00Z');
/** As AccountTokenService issues them: 32 random bytes in base64url. */
const newToken = () => randomBytes(32).toString('base64url');

describe('redacting sign-in secrets from caught mail', () => {
  it.each([
    ['password reset', 'ja', '/reset-password', passwordResetEmail],
    ['password reset', 'en', '/reset-password', passwordResetEmail],
    ['invitation', 'ja', '/accept-invitation', invitationEmail],
    ['invitation', 'en', '/accept-invitation', invitationEmail],
  ] as const)('hides the link of the %s email (%s) in its text and its HTML, and keeps the rest', (_kind, locale, path, build) => {
    for (const publicUrl of [PUBLIC_URL, 'http://localhost:3000', 'https://192.168.10.20:8443/yorisoi']) {
      // Many tokens, so one without digits or of one case is among them.
      for (let i = 0; i < 20; i++) {
        const token = newToken();
        const mail = build({ locale, url: `${publicUrl}${path}#token=${token}`, expiresAt });
        const text = redactSecretsInText(mail.text);
        const html = redactSecretsInHtml(mail.html);
        for (const redacted of [text, html]) {
          expect(redacted).not.toContain(token);
          expect(redacted).not.toContain(token.slice(0, 12));
          expect(redacted).toContain(`${publicUrl}${path}#${REDACTED}`);
        }
        expect(text).toBe(mail.text.replace(`#token=${token}`, `#${REDACTED}`));
        expect(html).toBe(mail.html.replaceAll(`#token=${token}`, `#${REDACTED}`));
      }
    }
  });

  it('finds the token however the link is written', () => {
    const token = newToken();
    const spellings = [
      `<a href="/reset-password#token=${token}">`,
      `<a href='${PUBLIC_URL}/reset-password?token=${token}&amp;lang=ja'>`,
      `<a href="${PUBLIC_URL}/reset-password#&#116;oken&#61;${token}">`,
      `<a href="${PUBLIC_URL}/reset-password&num;token&equals;${token}">`,
      `<a href="${PUBLIC_URL}/accept-invitation/${token}">`,
      `<a href="https://user:${token}@mail.example.org/">`,
      `your code: ${token}`,
      `data-reset-token="${token}"`,
    ];
    for (const html of spellings) {
      const redacted = redactSecretsInHtml(html);
      expect(redacted).not.toContain(token);
      expect(redacted).toContain(REDACTED);
    }
    expect(redactSecretsInHtml(`<span data-reset-token="${token}">x</span>`)).toBe(`<span data-reset-token="${REDACTED}">x</span>`);
    expect(redactSecretsInText(`reset_code=${token.slice(0, 8)} and more`)).toBe(`reset_code=${REDACTED} and more`);
    // Where a link goes stays readable; only its secret parts go.
    expect(redactSecretsInText(`open http://localhost:3000/accept-invitation/${token}/step-2?lang=ja now`)).toBe(
      `open http://localhost:3000/accept-invitation/${REDACTED}/step-2?${REDACTED} now`,
    );
  });

  it('hides hex and base64 tokens and second-factor recovery codes', () => {
    const hex = randomBytes(20).toString('hex');
    expect(redactSecretsInText(`key ${hex}`)).toBe(`key ${REDACTED}`);
    for (let i = 0; i < 20; i++) {
      const base64 = randomBytes(32).toString('base64');
      expect(redactSecretsInText(`secret ${base64} end`)).not.toMatch(/[A-Za-z0-9+/]{12,}/);
    }
    expect(redactSecretsInText('Recovery codes: ABCDE-23456, QRSTU-VWXYZ')).toBe(`Recovery codes: ${REDACTED}, ${REDACTED}`);
  });

  it('leaves ordinary mail readable', () => {
    for (const locale of ['ja', 'en'] as const) {
      const reminder = reminderEmail({
        locale,
        purpose: 'owner',
        caseNumber: '2026-0042',
        title: { ja: '審査請求の期限', en: 'Review request deadline' },
        dueDate: '2026-03-09',
        daysLeft: 7,
        explanation: { ja: '入管法第61条の2の9', en: 'Immigration Control Act Art. 61-2-9' },
        url: `${PUBLIC_URL}/clients`,
      });
      expect(redactSecretsInText(reminder.text)).toBe(reminder.text);
      expect(redactSecretsInHtml(reminder.html)).toBe(reminder.html);
    }
    const notice = breakGlassEmail({ locale: 'en', caseNumber: '2026-0042', openedBy: 'Sato Hanako', expiresAt, url: `${PUBLIC_URL}/audit` });
    expect(redactSecretsInText(notice.text)).toBe(notice.text);
    expect(redactSecretsInHtml(notice.html)).toBe(notice.html);
    const prose = 'Immigration Control Act Art. 61-2-9: file the review request within 7 days (2026-03-09).\nよろしくお願いします。';
    expect(redactSecretsInText(prose)).toBe(prose);
  });
});
