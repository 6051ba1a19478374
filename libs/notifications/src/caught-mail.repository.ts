import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaughtMailEntity } from './caught-mail.entity.js';
import type { CaughtMessage } from './mail-catcher.js';

const INSERT = `INSERT INTO caught_mail (received_at, envelope_from, envelope_to, subject, message_id, text_body, html_body)
  VALUES ($1, $2, $3, $4, $5, $6, $7)`;

const insertValues = (message: CaughtMessage) => [
  message.receivedAt,
  message.envelopeFrom,
  message.envelopeTo,
  message.subject,
  message.messageId,
  message.textBody,
  message.htmlBody,
];

/**
 * Keeps a caught message through a plain connection: for `npm start`'s launcher, which catches
 * mail for the api and the worker it runs, outside any of their modules.
 */
export async function insertCaughtMail(client: { query(text: string, values: unknown[]): Promise<unknown> }, message: CaughtMessage): Promise<void> {
  await client.query(INSERT, insertValues(message));
}

/** Data access for the embedded catcher's mailbox. */
@Injectable()
export class CaughtMailRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(message: CaughtMessage): Promise<void> {
    await this.dataSource.query(INSERT, insertValues(message));
  }

  /** The newest messages, to anyone, or only to `recipient` (an address in lower case) when given. */
  findNewest(limit: number, recipient: string | null): Promise<CaughtMailEntity[]> {
    const query = this.dataSource
      .getRepository(CaughtMailEntity)
      .createQueryBuilder('mail')
      .orderBy('mail.receivedAt', 'DESC')
      .addOrderBy('mail.id', 'DESC')
      .limit(limit);
    if (recipient !== null) {
      query.where('EXISTS (SELECT 1 FROM unnest(mail.envelopeTo) AS recipient WHERE lower(recipient) = :email)', { email: recipient });
    }
    return query.getMany();
  }

  findById(id: string): Promise<CaughtMailEntity | null> {
    return this.dataSource.getRepository(CaughtMailEntity).findOneBy({ id });
  }
}
