import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createUser } from '../support/accounts.js';
import { Mailbox } from '../support/mailbox.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

interface AuditRow {
  readonly target_id: string | null;
  readonly outcome: string;
  readonly ip: string | null;
  readonly details: Record<string, unknown>;
}

describe('password-reset requests are limited per address and per network address', () => {
  let api: TestApi;
  const mailbox = new Mailbox();

  beforeAll(async () => {
    const smtpUrl = await mailbox.start();
    api = await startTestApi({ env: { SMTP_URL: smtpUrl, TRUST_PROXY: 'true' } });
  });
  afterAll(async () => {
    await api.close();
    await mailbox.stop();
  });

  const ask = (email: string, ip: string) => request(api.server).post('/api/auth/password-reset').set('X-Forwarded-For', ip).send({ email });
  const mailTo = (email: string) => mailbox.messages.filter((m) => m.envelopeTo.includes(email)).length;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

  async function throttledAudit(): Promise<AuditRow[]> {
    return api.dataSource.query<AuditRow[]>(
      `SELECT target_id, outcome, host(ip) AS ip, details FROM audit_event WHERE action = 'auth.password-reset.throttled' ORDER BY id`,
    );
  }

  it('sends at most 3 links per address an hour, answering every request the same, even sent all at once', async () => {
    const user = await createUser(api, { role: 'caseworker' });
    const responses = await Promise.all(Array.from({ length: 10 }, (_, i) => ask(user.email, `10.3.0.${i + 1}`)));
    for (const response of responses) {
      expect(response.status).toBe(202);
      expect(response.body).toEqual({ status: 'accepted' });
    }
    await mailbox.waitFor(user.email);
    await settle();
    expect(mailTo(user.email)).toBe(3);

    // One audit line for the flood, naming the account but not the address.
    const rows = (await throttledAudit()).filter((row) => row.target_id === user.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ outcome: 'denied', details: { limit: 'address' } });
    expect(rows[0]?.details.addressKey).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows[0])).not.toContain(user.email);
    expect(JSON.stringify(rows[0])).not.toContain(user.email.split('@')[0]);
  });

  it('refuses a network address that asks for many addresses, with 429 and how long to wait', async () => {
    const before = (await throttledAudit()).length;
    const accepted = await Promise.all(Array.from({ length: 20 }, (_, i) => ask(`someone-${i}@test.yorisoi.org`, '10.3.1.1')));
    expect(accepted.map((r) => r.status)).toEqual(Array.from({ length: 20 }, () => 202));

    const user = await createUser(api, { role: 'caseworker' });
    const refused = await ask(user.email, '10.3.1.1');
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('RATE_LIMITED');
    expect(refused.body.details.retryAfterSeconds).toBeGreaterThan(3_000);
    expect((await ask('someone-else@test.yorisoi.org', '10.3.1.1')).status).toBe(429);

    // Another network address is not affected, and the refused request sent nothing.
    expect((await ask(user.email, '10.3.1.2')).status).toBe(202);
    await mailbox.waitFor(user.email);
    await settle();
    expect(mailTo(user.email)).toBe(1);

    const rows = (await throttledAudit()).slice(before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ target_id: null, outcome: 'denied', ip: '10.3.1.1', details: { limit: 'network-address' } });
  });
});
