import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { QueueName } from '#platform';
import { signedIn, type SignedInBrowser } from '../support/accounts.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const BOARD = '/api/admin/queues';

/**
 * Bull Board is read-only: an administrator with a valid session, CSRF token and same Origin can
 * look at the queues but not pause, empty, obliterate or clean them, nor remove a job or a
 * scheduler (which would silently stop every reminder). Each refused attempt is audited.
 */
describe('queue board', () => {
  let api: TestApi;
  let admin: SignedInBrowser;
  let reminders: Queue;

  beforeAll(async () => {
    // Its own Redis prefix: workers of other test files running meanwhile add jobs and schedules
    // to the shared queues, and this test compares the queue before and after.
    api = await startTestApi({ env: { REDIS_PREFIX: `${process.env.REDIS_PREFIX}_board` } });
    admin = await signedIn(api, { role: 'admin' });
    reminders = api.app.get<Queue>(getQueueToken(QueueName.Reminders));
    await reminders.upsertJobScheduler('board-probe-schedule', { every: 3_600_000 }, { name: 'board-probe', data: {} });
    await reminders.add('board-probe', {}, { jobId: 'board-probe-job', delay: 3_600_000 });
  });
  afterAll(async () => {
    await api.close();
  });

  const origin = () => new URL(api.config.http.publicUrl).origin;

  it('shows the queues, read-only', async () => {
    const board = await admin.get(`${BOARD}/api/queues`);
    expect(board.status).toBe(200);
    const queues = board.body.queues as { name: string; readOnlyMode: boolean; allowRetries: boolean }[];
    expect(queues.map((q) => q.name)).toContain(QueueName.Reminders);
    for (const queue of queues) expect(queue).toMatchObject({ readOnlyMode: true, allowRetries: false });
    expect((await admin.get(`${BOARD}/`)).status).toBe(200);
    expect((await admin.agent.head(`${BOARD}/`)).status).toBe(200);
  });

  it('refuses every change through the board’s API, changes nothing and audits each attempt', async () => {
    const q = QueueName.Reminders;
    const attempts: ['put' | 'post' | 'patch' | 'delete', string][] = [
      ['put', `/api/queues/${q}/pause`],
      ['put', '/api/queues/pause'],
      ['put', `/api/queues/${q}/empty`],
      ['put', `/api/queues/${q}/obliterate`],
      ['put', `/api/queues/${q}/clean/delayed`],
      ['put', `/api/queues/${q}/promote`],
      ['put', `/api/queues/${q}/retry/failed`],
      ['put', `/api/queues/${q}/board-probe-job/clean`],
      ['put', `/api/queues/${q}/board-probe-job/promote`],
      ['put', `/api/queues/${q}/job-schedulers/board-probe-schedule/remove`],
      ['patch', `/api/queues/${q}/job-schedulers/board-probe-schedule`],
      ['post', `/api/queues/${q}/add`],
      ['delete', `/api/queues/${q}/obliterate`],
    ];
    const before = await reminders.getJobCounts();
    const answers: string[] = [];
    for (const [method, path] of attempts) {
      const response = await admin.agent[method](`${BOARD}${path}`)
        .set('Origin', origin())
        .set('X-CSRF-Token', admin.csrfToken)
        .set('Content-Type', 'application/json')
        .send(method === 'post' ? { name: 'injected', data: {} } : {});
      answers.push(`${method.toUpperCase()} ${path}: ${response.status} ${String(response.body?.code)}`);
    }
    expect(answers).toEqual(attempts.map(([method, path]) => `${method.toUpperCase()} ${path}: 403 FORBIDDEN`));

    expect(await reminders.isPaused()).toBe(false);
    expect(await reminders.getJobCounts()).toEqual(before);
    expect(before.delayed).toBeGreaterThanOrEqual(1);
    expect(await reminders.getJobState('board-probe-job')).toBe('delayed');
    expect(await reminders.getJobScheduler('board-probe-schedule')).toMatchObject({ key: 'board-probe-schedule' });
    expect(await reminders.getJobSchedulersCount()).toBe(1);

    const audited = await api.dataSource.query<{ actor_user_id: string; outcome: string; details: { method: string; path: string } }[]>(
      `SELECT actor_user_id, outcome, details FROM audit_event WHERE action = 'queue-board.change-refused' ORDER BY id`,
    );
    expect(audited.map((a) => `${a.details.method} ${a.details.path}`)).toEqual(attempts.map(([method, path]) => `${method.toUpperCase()} ${path}`));
    expect(audited.every((a) => a.actor_user_id === admin.user.id && a.outcome === 'denied')).toBe(true);
  });

  it('still keeps everyone else out, reading or not', async () => {
    const caseworker = await signedIn(api, { role: 'caseworker' });
    expect((await caseworker.get(`${BOARD}/api/queues`)).status).toBe(403);
    const refused = await caseworker.agent.put(`${BOARD}/api/queues/${QueueName.Reminders}/pause`).set('Origin', origin()).set('X-CSRF-Token', caseworker.csrfToken);
    expect(refused.status).toBe(403);
    expect(await reminders.isPaused()).toBe(false);
  });
});
