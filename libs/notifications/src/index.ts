import { CaughtMailEntity } from './caught-mail.entity.js';

export const NOTIFICATIONS_ENTITIES = [CaughtMailEntity];

export { breakGlassEmail, invitationEmail, passwordResetEmail } from './account-emails.js';
export { REDACTED } from './caught-mail-redaction.js';
export { insertCaughtMail } from './caught-mail.repository.js';
export { CaughtMailService, type CaughtMailReader, type CaughtMailSummary, type CaughtMailView } from './caught-mail.service.js';
export { startMailCatcher, type CaughtMessage, type MailCatcher, type MailCatcherOptions } from './mail-catcher.js';
export { Mailer, type OutgoingMail, type SentMail } from './mailer.js';
export { NotificationsModule } from './notifications.module.js';
export { escapeHtml, renderEmail, type EmailContent, type EmailParts } from './render-email.js';
export { reminderEmail, supervisorDigestEmail, type DigestLine, type ReminderEmailInput } from './reminder-emails.js';
export { referralLinkEmail, type ReferralLinkEmailInput } from './referral-emails.js';
