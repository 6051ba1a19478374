import { describe, expect, it } from '@jest/globals';
import { connect } from 'node:net';
import nodemailer from 'nodemailer';
import { startMailCatcher, type CaughtMessage } from './mail-catcher.js';

/** A sender that sends a message and is killed (its connection reset) before the answer. */
async function killedWhileSending(port: number): Promise<void> {
  const socket = connect(port, '127.0.0.1');
  const answer = () => new Promise<void>((resolve) => socket.once('data', () => resolve()));
  await answer();
  for (const line of ['EHLO killed.example', 'MAIL FROM:<yorisoi@example.org>', 'RCPT TO:<worker@example.org>', 'DATA']) {
    socket.write(`${line}\r\n`);
    await answer();
  }
  socket.write('Subject: Lost\r\n\r\nReminder.\r\n.\r\n');
  await new Promise((resolve) => setTimeout(resolve, 20));
  socket.resetAndDestroy();
  await new Promise((resolve) => setTimeout(resolve, 200));
}

describe('mail catcher', () => {
  it('keeps catching after senders are killed in the middle of a message', async () => {
    const caught: CaughtMessage[] = [];
    const catcher = await startMailCatcher({ port: 0, onMessage: async (message) => {
        // As slow as a real server: the sender is gone before the answer.
        await new Promise((resolve) => setTimeout(resolve, 100));
        caught.push(message);
      }, });
    try {
      for (let i = 0; i < 3; i++) await killedWhileSending(catcher.port);
      const transport = nodemailer.createTransport({ host: '127.0.0.1', port: catcher.port, secure: false, ignoreTLS: true });
      await transport.sendMail({ from: 'yorisoi@example.org', to: 'worker@example.org', subject: 'Still here', text: 'Reminder.' });
      expect(caught.map((m) => m.subject)).toContain('Still here');
    } finally {
      await catcher.close();
    }
  });
});
