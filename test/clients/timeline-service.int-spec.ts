import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Principal } from '#accounts';
import { TimelineService } from '#clients';
import { DomainError } from '#domain';
import { newCaseworker, newTeam } from '../support/factories/accounts.factory.js';
import { newClient } from '../support/factories/clients.factory.js';
import { startServiceContext, type ServiceContext } from '../support/factories/service-context.js';

// The timeline's pages against the real database: every event once, in order, however close
// together they were written, and a cursor that was edited or guessed refused as bad input.
describe('TimelineService pages', () => {
  let ctx: ServiceContext;
  let timeline: TimelineService;
  let caseworker: Principal;
  let team: string;

  beforeAll(async () => {
    ctx = await startServiceContext();
    ctx.clock.set(new Date('2026-03-02T10:00:00+09:00'));
    timeline = ctx.get(TimelineService);
    team = await newTeam(ctx);
    caseworker = await newCaseworker(ctx, team);
  });
  afterAll(() => ctx.close());

  it('reads every event exactly once, newest first, when events are microseconds apart within one millisecond', async () => {
    const file = await newClient(ctx, caseworker, team);
    // Seven notes within the same millisecond, one microsecond apart: a cursor kept to the
    // millisecond (a JavaScript Date) would skip or repeat some of them at a page boundary.
    await ctx.dataSource.query(
      `INSERT INTO timeline_event (client_id, occurred_at, kind, actor_user_id, data, body)
       SELECT $1, timestamptz '2026-03-02 01:00:00.123000+00' + n * interval '1 microsecond', 'note', $2, '{}'::jsonb, 'note ' || n
         FROM generate_series(1, 7) AS n`,
      [file.id, caseworker.userId],
    );
    const { items: all } = await timeline.page(caseworker, file.id, 100);

    const paged: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 50; pages++) {
      const page = await timeline.page(caseworker, file.id, 2, cursor);
      paged.push(...page.items.map((item) => item.id));
      if (page.nextCursor === null) break;
      cursor = page.nextCursor;
    }

    expect(all.filter((item) => item.kind === 'note').map((item) => item.body)).toEqual(['note 7', 'note 6', 'note 5', 'note 4', 'note 3', 'note 2', 'note 1']);
    expect(paged).toEqual(all.map((item) => item.id));
  });

  it.each([
    ['not base64 JSON', 'garbage'],
    ['a date where the time should be', Buffer.from(JSON.stringify(['2026-03-02T01:00:00.123Z', '1'])).toString('base64url')],
    ['an id beyond bigint', Buffer.from(JSON.stringify(['1772413200123000', '99999999999999999999'])).toString('base64url')],
    ['a time after year 9999', Buffer.from(JSON.stringify(['999999999999999999', '1'])).toString('base64url')],
    ['one part only', Buffer.from(JSON.stringify(['1772413200123000'])).toString('base64url')],
  ])('refuses a cursor that is %s with VALIDATION_FAILED', async (_case, cursor) => {
    const file = await newClient(ctx, caseworker, team);
    const error = await timeline.page(caseworker, file.id, 2, cursor).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('VALIDATION_FAILED');
  });
});
