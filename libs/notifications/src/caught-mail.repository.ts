import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaughtMailEntity } from './caught-mail.entity.js';
import type { CaughtMessage } from './mail-catcher.js';

/** Data access for the embedded catcher's mailbox. */
@Injectable()
export class CaughtMailRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(message: CaughtMessage): Promise<void> {
    await this.dataSource.getRepository(CaughtMailEntity).insert({ ...message });
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
