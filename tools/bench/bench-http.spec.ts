import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { atWorkingPaceAcross } from './bench-http.js';

describe('the working pace across several routes at once', () => {
  const seen: { server: string; path: string; cookie: string | undefined }[] = [];
  const servers: Server[] = [];
  const bases: string[] = [];

  beforeAll(async () => {
    // One route answers every request, the other refuses every one: the figures must keep them apart.
    for (const [name, status] of [['ok', 200], ['refusing', 503]] as const) {
      const server = createServer((request, response) => {
        seen.push({ server: name, path: request.url ?? '', cookie: request.headers.cookie });
        response.writeHead(status).end('{}');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      servers.push(server);
      bases.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    }
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });

  it("sends every user's requests to each route in turn, and gives each route its own figures", async () => {
    const [ok, refusing] = await atWorkingPaceAcross(bases, (connection, n) => ({ path: `/caseload?user=${connection}&n=${n}`, cookie: `session=${connection}` }), 2);

    expect(ok.errors).toBe(0);
    expect(refusing.errors).toBeGreaterThan(0);
    // Every answer measured from the refusing route is an error; none from the other.
    expect(refusing.errors).toBe(refusing.rps * 2);
    expect(ok.rps).toBeGreaterThan(0);
    for (const request of seen) {
      const query = new URL(request.path, 'http://x').searchParams;
      expect(request.cookie).toBe(`session=${query.get('user')}`);
      // User u's n-th request goes to route (u + n) mod 2.
      expect(request.server).toBe((Number(query.get('user')) + Number(query.get('n'))) % 2 === 0 ? 'ok' : 'refusing');
    }
  });
});
