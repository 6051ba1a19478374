import { Injectable } from '@nestjs/common';
import { AuditAction, AuditService } from '#audit';
import { DomainError } from '#domain';
import { redactSecretsInHtml, redactSecretsInText } from './caught-mail-redaction.js';
import type { CaughtMailEntity } from './caught-mail.entity.js';
import { CaughtMailRepository } from './caught-mail.repository.js';
import type { CaughtMessage } from './mail-catcher.js';

/** Who is reading the caught mail. */
export interface CaughtMailReader {
  readonly userId: string;
  readonly email: string;
  /** Administrators see every message's envelope; everyone else only the mail sent to them. */
  readonly administrator: boolean;
}

export interface CaughtMailSummary {
  readonly id: string;
  readonly receivedAt: string;
  readonly to: string[];
  readonly subject: string;
  /** Sent to the reader: shown in full. Otherwise sign-in secrets are hidden. */
  readonly addressedToYou: boolean;
}

export interface CaughtMailView extends CaughtMailSummary {
  readonly from: string;
  readonly messageId: string | null;
  readonly text: string;
  readonly html: string | null;
  /** Links, tokens and codes that could sign someone in were removed from this copy. */
  readonly redacted: boolean;
}

const normalised = (email: string) => email.trim().toLowerCase();

function addressedTo(mail: CaughtMailEntity, reader: CaughtMailReader): boolean {
  const email = normalised(reader.email);
  return mail.envelopeTo.some((to) => normalised(to) === email);
}

function toSummary(mail: CaughtMailEntity, reader: CaughtMailReader): CaughtMailSummary {
  const own = addressedTo(mail, reader);
  return {
    id: mail.id,
    receivedAt: mail.receivedAt.toISOString(),
    to: mail.envelopeTo,
    subject: own ? mail.subject : redactSecretsInText(mail.subject),
    addressedToYou: own,
  };
}

/**
 * The embedded catcher's mailbox (`npm start` without SMTP_URL). Caught mail holds real
 * password-reset and invitation links, so it must never hand one account's way in to another:
 * each person reads the mail sent to them in full; an administrator, who helps newcomers, also
 * sees who was sent what, but every sign-in secret in someone else's mail is redacted. Every
 * listing and every opening is audited.
 */
@Injectable()
export class CaughtMailService {
  constructor(
    private readonly mails: CaughtMailRepository,
    private readonly audit: AuditService,
  ) {}

  async store(message: CaughtMessage): Promise<void> {
    await this.mails.insert(message);
  }

  async listRecent(reader: CaughtMailReader, limit: number): Promise<CaughtMailSummary[]> {
    const mails = await this.mails.findNewest(limit, reader.administrator ? null : normalised(reader.email));
    await this.audit.record({
      action: AuditAction.CaughtMailListed,
      target: { type: 'caught-mail', id: null },
      details: { count: mails.length, everyone: reader.administrator },
    });
    return mails.map((mail) => toSummary(mail, reader));
  }

  /** A message the reader may open: theirs in full, or (administrators) anyone's with secrets hidden. */
  async open(reader: CaughtMailReader, id: string): Promise<CaughtMailView> {
    const mail = await this.mails.findById(id);
    const own = mail !== null && addressedTo(mail, reader);
    if (!mail || (!own && !reader.administrator)) {
      await this.audit.record({ action: AuditAction.CaughtMailRead, outcome: 'denied', target: { type: 'caught-mail', id } });
      throw new DomainError('RECORD_NOT_FOUND', 'No such message.');
    }
    await this.audit.record({
      action: AuditAction.CaughtMailRead,
      target: { type: 'caught-mail', id },
      details: { addressedToReader: own, redacted: !own },
    });
    return {
      ...toSummary(mail, reader),
      from: mail.envelopeFrom,
      messageId: mail.messageId,
      text: own ? mail.textBody : redactSecretsInText(mail.textBody),
      html: own || mail.htmlBody === null ? mail.htmlBody : redactSecretsInHtml(mail.htmlBody),
      redacted: !own,
    };
  }
}
