import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { AppConfig } from '#platform';

export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** A deterministic Message-ID makes a re-sent message recognisable as the same one. */
  readonly messageId?: string;
}

export interface SentMail {
  readonly messageId: string;
}

/**
 * The one way Yorisoi sends email (nodemailer over SMTP). Messages carry no client data: only
 * the recipient's own account, case numbers and links into the dashboard.
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport: Transporter;

  constructor(private readonly config: AppConfig) {
    this.transport = nodemailer.createTransport({
      url: config.mail.smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
      pool: true,
      maxConnections: 3,
    });
  }

  async send(mail: OutgoingMail): Promise<SentMail> {
    const info = (await this.transport.sendMail({
      from: this.config.mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
    })) as { messageId: string };
    this.logger.log({ messageId: info.messageId }, 'mail sent');
    return { messageId: info.messageId };
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
