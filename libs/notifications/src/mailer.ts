import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
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
 *
 * A pool of SMTP_POOL_SIZE connections, each with one message at the server at a time: that
 * many messages can be accepted by the server and not yet recorded as sent when a worker is
 * killed, the bound on duplicates.
 */
@Injectable()
export class Mailer implements BeforeApplicationShutdown {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport: Transporter;

  constructor(private readonly config: AppConfig) {
    this.transport = nodemailer.createTransport({
      url: config.mail.smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
      pool: true,
      maxConnections: config.mail.poolSize,
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

  /**
   * Closed in Nest's second shutdown phase: after the worker's running jobs have finished (first
   * phase, `onModuleDestroy`; closing it there failed their sends), and before the queue
   * connections and the database pool (third phase), so a job abandoned at the shutdown timeout
   * cannot hand over a message it would then be unable to record.
   */
  beforeApplicationShutdown(): void {
    this.transport.close();
    this.logger.log('mail connections closed');
  }
}
