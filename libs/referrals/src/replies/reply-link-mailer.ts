import { Injectable } from '@nestjs/common';
import { AuditAction, AuditService } from '#audit';
import { Mailer, referralLinkEmail } from '#notifications';
import { AppConfig } from '#platform';
import type { LetterLocale } from '../entities/referral.entity.js';
import { ReplyLinks } from './reply-links.js';

/** A reply link just issued, to e-mail to the partner. */
export interface LinkMail {
  readonly clientId: string;
  readonly referralId: string;
  readonly to: string;
  readonly link: { readonly id: string; readonly url: string; readonly expiresAt: Date };
  readonly number: number;
  readonly locale: LetterLocale;
}

@Injectable()
export class ReplyLinkMailer {
  constructor(
    private readonly mailer: Mailer,
    private readonly links: ReplyLinks,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /**
   * E-mails the link once its transaction has committed, and records what the mail server said:
   * a refused e-mail shows on the referral (the caseworker sends a new link or calls the partner)
   * and in the audit trail, instead of a sent referral whose partner never heard of it.
   */
  async mail(mail: LinkMail): Promise<void> {
    const content = referralLinkEmail({ locale: mail.locale, fromOrganisation: this.config.referrals.organisationName, number: mail.number, url: mail.link.url, expiresAt: mail.link.expiresAt });
    const delivered = await this.mailer.send({ to: mail.to, ...content }).then(
      () => true,
      () => false,
    );
    await this.links.recordMailing(mail.link.id, delivered);
    await this.audit.record({
      action: AuditAction.ReferralLinkMailed,
      outcome: delivered ? 'success' : 'failure',
      clientId: mail.clientId,
      target: { type: 'referral', id: mail.referralId },
      details: { sentTo: mail.to },
    });
  }
}
