import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '#domain';
import { CaughtMailEntity } from './caught-mail.entity.js';
import type { CaughtMessage } from './mail-catcher.js';

export interface CaughtMailSummary {
  readonly id: string;
  readonly receivedAt: string;
  readonly to: string[];
  readonly subject: string;
}

export interface CaughtMailView extends CaughtMailSummary {
  readonly from: string;
  readonly messageId: string | null;
  readonly text: string;
  readonly html: string | null;
}

const toSummary = (mail: CaughtMailEntity): CaughtMailSummary => ({
  id: mail.id,
  receivedAt: mail.receivedAt.toISOString(),
  to: mail.envelopeTo,
  subject: mail.subject,
});

/** The embedded catcher's mailbox, for administrators of a demo or development installation. */
@Injectable()
export class CaughtMailService {
  constructor(private readonly dataSource: DataSource) {}

  async store(message: CaughtMessage): Promise<void> {
    await this.dataSource.getRepository(CaughtMailEntity).insert({ ...message });
  }

  async listRecent(limit: number): Promise<CaughtMailSummary[]> {
    const mails = await this.dataSource
      .getRepository(CaughtMailEntity)
      .find({ order: { receivedAt: 'DESC', id: 'DESC' }, take: limit });
    return mails.map(toSummary);
  }

  async get(id: string): Promise<CaughtMailView> {
    const mail = await this.dataSource.getRepository(CaughtMailEntity).findOneBy({ id });
    if (!mail) throw new DomainError('RECORD_NOT_FOUND', 'No such message.');
    return {
      ...toSummary(mail),
      from: mail.envelopeFrom,
      messageId: mail.messageId,
      text: mail.textBody,
      html: mail.htmlBody,
    };
  }
}
