import { startMailCatcher, type CaughtMessage, type MailCatcher } from '#notifications';
import { pollUntil } from './poll.js';

/** An in-process SMTP server for one test file: what the api sends arrives here. */
export class Mailbox {
  readonly messages: CaughtMessage[] = [];
  private catcher: MailCatcher | undefined;
  respond: (message: CaughtMessage) => 'accept' | { code: number; message: string } = () => 'accept';
  /** A slow mail server: each message is acknowledged only after this long. */
  delayMs = 0;

  async start(): Promise<string> {
    this.catcher = await startMailCatcher({
      port: 0,
      onMessage: async (message) => {
        if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
        this.messages.push(message);
      },
      respond: (message) => this.respond(message),
    });
    return `smtp://127.0.0.1:${this.catcher.port}`;
  }

  async stop(): Promise<void> {
    await this.catcher?.close();
  }

  /** Waits for a message to this address and returns it. */
  async waitFor(to: string, timeoutMs = 5_000): Promise<CaughtMessage> {
    await pollUntil(() => Promise.resolve(this.messages.some((m) => m.envelopeTo.includes(to))), timeoutMs, 50);
    return this.messages.filter((m) => m.envelopeTo.includes(to)).at(-1) as CaughtMessage;
  }

  /** The token in a one-time link (`…#token=…`). */
  static tokenIn(message: CaughtMessage): string {
    const match = /#token=([A-Za-z0-9_-]+)/.exec(message.textBody);
    if (!match?.[1]) throw new Error('no token link in the message');
    return match[1];
  }
}
