import { createServer } from 'node:http';
import pg from 'pg';
import type { Principal } from '#accounts';
import { caseloadQuery, clientSearchQuery, teamOverviewQuery } from '#clients';
import { addDays, localDateInTimeZone } from '#domain';

/**
 * The benchmark's yardstick: a bare node:http server running the very same SQL statements as
 * Yorisoi's caseload, team view and search, with no framework, no session, no audit. Yorisoi's
 * figures are compared to this one's, on the same data, in the same run. Its statements are not
 * prepared (each is parsed and planned anew), except at /caseload-prepared, the caseload prepared
 * once per connection as the api prepares it: the yardstick for the api's own overhead alone.
 */
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10) });

function principal(userId: string, teams: string[]): Principal {
  return {
    userId,
    role: teams.length > 0 ? 'supervisor' : 'caseworker',
    email: '',
    displayName: '',
    locale: 'ja',
    sessionId: '',
    sessionState: 'active',
    secondFactorEnabled: false,
    csrfToken: '',
    teamIds: [],
    supervisedTeamIds: teams,
    breakGlassClientIds: [],
  };
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://raw');
  const user = url.searchParams.get('user') ?? '';
  const teams = (url.searchParams.get('teams') ?? '').split(',').filter(Boolean);
  const now = new Date();
  const today = localDateInTimeZone(now, 'Asia/Tokyo');
  const query =
    url.pathname === '/caseload' || url.pathname === '/caseload-prepared'
      ? caseloadQuery(user, now, 51)
      : url.pathname === '/team'
        ? teamOverviewQuery(teams, today, addDays(today, 7))
        : clientSearchQuery(principal(user, teams), { q: url.searchParams.get('q') ?? '', limit: 50 });
  // /caseload-prepared: the same statement, prepared once per connection as the api's is.
  const run = url.pathname === '/caseload-prepared' ? pool.query({ name: 'caseload', text: query.sql, values: query.params }) : pool.query(query.sql, query.params);
  run.then(
    (result) => {
      const body = JSON.stringify({ items: result.rows.slice(0, 50) });
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      response.end(body);
    },
    (error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    },
  );
});

server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('raw server ready\n'));
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
