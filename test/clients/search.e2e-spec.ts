import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTeam, signedIn, type SignedInBrowser } from '../support/accounts.js';
import { takeIn } from '../support/clients.js';
import { queryAsOwner } from '../support/fresh-database.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

describe('client search', () => {
  let api: TestApi;
  let team: string;
  let caseworker: SignedInBrowser;
  let supervisor: SignedInBrowser;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi();
    team = await createTeam(api);
    const busyTeam = await createTeam(api);
    caseworker = await signedIn(api, { role: 'caseworker', memberOf: [team] });
    supervisor = await signedIn(api, { role: 'supervisor', supervises: [team, busyTeam] });
    const people: [string, Record<string, unknown>][] = [
      ['li', { familyName: 'Li', givenName: 'Ming', nativeName: '李明', katakanaName: 'リ ミン', nationality: 'CHN', languages: ['zh'] }],
      ['yamada', { familyName: 'Yamada', givenName: 'Taro', nativeName: '山田 太郎', katakanaName: 'ヤマダ タロウ', nationality: 'JPN', languages: ['ja'] }],
      ['nguyen', { familyName: 'Nguyễn', givenName: 'Thị Lan', nativeName: null, katakanaName: 'グエン ティ ラン', nationality: 'VNM', languages: ['vi'], vulnerabilityFlags: ['single-parent'] }],
      ['ahmed', { familyName: 'Ahmed', givenName: 'Omar', nativeName: 'عمر أحمد', katakanaName: 'アハメド オマル', aliases: ['Abu Yusuf'], nationality: 'SDN', languages: ['ar'] }],
      ['kyaw', { familyName: 'Kyaw', givenName: 'Min Thu', nativeName: 'ကျော်မင်းသူ', katakanaName: 'チョー ミントゥ', nationality: 'MMR', languages: ['my'], custody: { stage: 'D2_PROVISIONAL_RELEASE_PRE', reportingIntervalMonths: 1 } }],
    ];
    for (const [key, overrides] of people) ids[key] = (await takeIn(caseworker, team, { dateOfBirth: null, ...overrides })).id;
    // Volume, so the planner has a reason to prefer an index: 20,000 more files the supervisor sees.
    await api.dataSource.query(
      `INSERT INTO client (case_number, team_id, family_name, given_name, residence, residence_stage, deportation, custody_status, search_grams, search_text, sort_name, version)
       SELECT 'S-' || g, $1, 'Person' || g, 'Given', '{"stage":"NO_STATUS","workAllowed":false,"expiresOn":null,"triageCategory":null,"lastEventOn":null}',
              'NO_STATUS', '{"stage":"D0_NONE","custody":"NONE","reportingIntervalMonths":null,"lastEventOn":null}', 'none',
              ARRAY['p','e','r','s','o','n','pe','er','rs','so','on'], '|person' || g || '|', 'person' || g, 1
         FROM generate_series(1, 20000) g`,
      [busyTeam],
    );
    // Only the table's owner may ANALYZE; the api's role is not it.
    await queryAsOwner('ANALYZE client');
  });
  afterAll(async () => {
    await api.close();
  });

  const find = async (browser: SignedInBrowser, query: string) => {
    const response = await browser.get(`/api/clients?${query}`);
    expect(response.status).toBe(200);
    return (response.body as { items: { id: string }[] }).items.map((item) => item.id);
  };

  it.each([
    ['李', 'li'],
    ['山田', 'yamada'],
    ['田太', 'yamada'],
    ['やまだ', 'yamada'],
    ['ﾔﾏﾀﾞ', 'yamada'],
    ['YAMA', 'yamada'],
    ['ｙａｍａｄａ', 'yamada'],
    ['nguyen', 'nguyen'],
    ['NGUYỄN', 'nguyen'],
    ['ぐえん', 'nguyen'],
    ['أحمد', 'ahmed'],
    ['yusuf', 'ahmed'],
    ['ကျော်', 'kyaw'],
    ['ミントゥ', 'kyaw'],
  ])('finds %s', async (q, key) => {
    expect(await find(caseworker, `q=${encodeURIComponent(q)}`)).toEqual([ids[key]]);
  });

  it('filters by nationality, language, custody and flags, alone or together', async () => {
    expect(await find(caseworker, 'nationality=CHN')).toEqual([ids.li]);
    expect(await find(caseworker, 'language=vi')).toEqual([ids.nguyen]);
    expect(await find(caseworker, 'custody=provisional-release')).toEqual([ids.kyaw]);
    expect(await find(caseworker, 'flag=single-parent')).toEqual([ids.nguyen]);
    expect(await find(caseworker, `assignedTo=${caseworker.user.id}&nationality=SDN`)).toEqual([ids.ahmed]);
    expect(await find(caseworker, 'q=a&language=ja')).toEqual([ids.yamada]);
  });

  it('pages with a cursor, in name order', async () => {
    const first = await caseworker.get('/api/clients?limit=2');
    const second = await caseworker.get(`/api/clients?limit=2&cursor=${first.body.nextCursor}`);
    const third = await caseworker.get(`/api/clients?limit=2&cursor=${second.body.nextCursor}`);
    const all = [...first.body.items, ...second.body.items, ...third.body.items].map((i: { id: string }) => i.id);
    expect(new Set(all).size).toBe(5);
    expect(third.body.nextCursor).toBeNull();
  });

  it('refuses a search with nothing searchable and an unknown filter value', async () => {
    expect((await caseworker.get(`/api/clients?q=${encodeURIComponent('・ ')}`)).status).toBe(400);
    expect((await caseworker.get('/api/clients?custody=jail')).status).toBe(400);
  });

  /**
   * The SQL the search runs, captured from the service, explained with sequential scans
   * disabled: if the name condition could not use the GIN index on the name grams, the planner
   * would still have to scan the table. For a supervisor of 20,000 files the name is the selective
   * condition and the gram index serves it; for a caseworker the planner may start from their few
   * assignments instead, and must still read no table sequentially.
   */
  it.each([
    ['kanji, 1 character', '李'],
    ['kanji, 2 characters', '山田'],
    ['kanji, 3 characters', '山田太'],
    ['kana, 1 character', 'ヤ'],
    ['kana, 2 characters', 'やま'],
    ['kana, 3 characters', 'ヤマダ'],
    ['Latin, 1 character', 'k'],
    ['Latin, 2 characters', 'ng'],
    ['Latin, 3 characters', 'ahm'],
  ])('uses the name-gram index for a %s search', async (_what, q) => {
    for (const browser of [caseworker, supervisor]) {
      const original = api.dataSource.query.bind(api.dataSource);
      let captured: { sql: string; params: unknown[] } | undefined;
      api.dataSource.query = ((sql: string, params?: unknown[]) => {
        if (sql.includes('search_grams @>')) captured = { sql, params: params ?? [] };
        return original(sql, params);
      }) as typeof api.dataSource.query;
      try {
        expect((await browser.get(`/api/clients?q=${encodeURIComponent(q)}`)).status).toBe(200);
      } finally {
        api.dataSource.query = original;
      }
      expect(captured).toBeDefined();
      const plan = await api.dataSource.transaction(async (manager) => {
        await manager.query('SET LOCAL enable_seqscan = off');
        const [row] = await manager.query<[{ 'QUERY PLAN': unknown }]>(`EXPLAIN (FORMAT JSON) ${captured!.sql}`, captured!.params);
        return JSON.stringify(row['QUERY PLAN']);
      });
      expect(plan).not.toContain('"Node Type":"Seq Scan"');
      if (browser === supervisor) expect(plan).toContain('idx_client_search_grams');
    }
  });
});
