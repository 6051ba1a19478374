import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

export interface CaughtMessage {
  readonly receivedAt: Date;
  readonly envelopeFrom: string;
  readonly envelopeTo: string[];
  readonly subject: string;
  readonly messageId: string | null;
  readonly textBody: string;
  readonly htmlBody: string | null;
}

export interface MailCatcher {
  readonly port: number;
  close(): Promise<void>;
}

export interface MailCatcherOptions {
  readonly host?: string;
  /** 0 picks a free port (tests). */
  readonly port: number;
  readonly onMessage: (message: CaughtMessage) => Promise<void>;
  /**
   * Decides the SMTP answer to each message, to simulate outages and rejections in tests:
   * 'accept', a 4xx (transient) or a 5xx (permanent) reply.
   */
  readonly respond?: (message: CaughtMessage) => 'accept' | { code: number; message: string };
}

/**
 * A local SMTP server that keeps every message instead of delivering it. Plain SMTP on loopback,
 * no authentication: it exists for demos and tests only.
 */
export async function startMailCatcher(options: MailCatcherOptions): Promise<MailCatcher> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    size: 5 * 1024 * 1024,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          const message: CaughtMessage = {
            receivedAt: new Date(),
            envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? '',
            messageId: parsed.messageId ?? null,
            textBody: parsed.text ?? '',
            htmlBody: typeof parsed.html === 'string' ? parsed.html : null,
          };
          const answer = options.respond?.(message) ?? 'accept';
          if (answer !== 'accept') {
            const error = new Error(answer.message) as Error & { responseCode: number };
            error.responseCode = answer.code;
            callback(error);
            return;
          }
          await options.onMessage(message);
          callback();
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      // Once listening, the server reports a sender that drops its connection mid-session (a
      // killed process: ECONNRESET) as an 'error' event; the message is simply not caught, and
      // without a listener the event would end the whole process.
      server.on('error', () => undefined);
      resolve();
    });
  });
  const address = (server as unknown as { server: { address(): AddressInfo } }).server.address();
  return {
    port: address.port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
