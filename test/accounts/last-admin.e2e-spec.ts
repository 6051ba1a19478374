import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { UsersService, type Principal } from '#accounts';
import { createUser, signedIn } from '../support/accounts.js';
import { freshDatabase } from '../support/fresh-database.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

// A database of its own: "the last administrator" is a fact about the whole database.
describe('the last administrator', () => {
  let alone: TestApi;
  beforeAll(async () => {
    alone = await startTestApi({ env: { DATABASE_URL: await freshDatabase('last_admin'), SMTP_URL: 'smtp://127.0.0.1:9' } });
  });
  afterAll(async () => {
    await alone.close();
  });

  it('keeps at least one active administrator, even when two deactivate each other at once', async () => {
    const a = await signedIn(alone, { role: 'admin' });
    const b = await signedIn(alone, { role: 'admin' });
    const self = await a.patch(`/api/users/${a.user.id}`, { version: 1, role: 'caseworker' });
    expect(self.status).toBe(409);
    expect(self.body.code).toBe('CANNOT_CHANGE_OWN_ACCOUNT');
    expect((await a.post(`/api/users/${a.user.id}/deactivate`)).body.code).toBe('CANNOT_CHANGE_OWN_ACCOUNT');

    // Over HTTP the first deactivation usually ends the other session before its request is
    // checked (401); when both requests are already past the check, the row lock makes the
    // second one see a single administrator left (409). Either way one administrator remains.
    const outcomes = await Promise.all([a.post(`/api/users/${b.user.id}/deactivate`), b.post(`/api/users/${a.user.id}/deactivate`)]);
    expect(outcomes.filter((r) => r.status === 200)).toHaveLength(1);
    const [{ count }] = await alone.dataSource.query<[{ count: string }]>(`SELECT count(*) FROM user_account WHERE role = 'admin' AND active`);
    expect(count).toBe('1');
  });

  it('serialises concurrent deactivations in the service, refusing the one that would leave no administrator', async () => {
    await alone.dataSource.query(`UPDATE user_account SET active = false WHERE role = 'admin'`);
    const a = await createUser(alone, { role: 'admin' });
    const b = await createUser(alone, { role: 'admin' });
    const users = alone.app.get(UsersService);
    const as = (user: { id: string }) => ({ userId: user.id, role: 'admin' }) as Principal;
    const outcomes = await Promise.allSettled([users.deactivate(as(a), b.id), users.deactivate(as(b), a.id)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refusal = outcomes.find((o) => o.status === 'rejected');
    expect((refusal as PromiseRejectedResult).reason).toMatchObject({ code: 'LAST_ACTIVE_ADMIN' });
  });

});
