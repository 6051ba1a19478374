import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import request from 'supertest';
import { DASHBOARD_BUILD_DIR } from '../../apps/api/src/dashboard/serve-dashboard.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

describe('the api serves the built dashboard', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.close();
  });

  it('answers a client-side route with index.html, never cached', async () => {
    const response = await request(api.server).get('/clients/3f0c1a52-0000-4000-8000-000000000000').set('Accept', 'text/html');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.text).toMatch(/<div id="root">/);
  });

  it('gives a missing file a 404 instead of the app', async () => {
    for (const path of ['/favicon.ico', '/robots.txt', '/clients/photo.png']) {
      const response = await request(api.server).get(path).set('Accept', 'text/html,*/*');
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
    }
  });

  it('keeps unknown API routes as JSON 404s', async () => {
    const response = await request(api.server).get('/api/no-such-thing').set('Accept', 'text/html');
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('ROUTE_NOT_FOUND');
  });

  it('serves hashed assets with a year-long immutable cache', async () => {
    const index = await request(api.server).get('/').set('Accept', 'text/html');
    const asset = /\/assets\/[^"]+\.js/.exec(index.text)?.[0];
    expect(asset).toBeDefined();
    const response = await request(api.server).get(asset as string);
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toMatch(/max-age=31536000.*immutable/);
  });

  it('has no source maps to give away, however the name is spelled', async () => {
    const assets = readdirSync(resolve(DASHBOARD_BUILD_DIR, 'assets'));
    expect(assets.filter((name) => /\.map$/i.test(name))).toEqual([]);
    const index = await request(api.server).get('/').set('Accept', 'text/html');
    const bundle = /\/assets\/[^"]+\.js/.exec(index.text)?.[0] as string;
    expect((await request(api.server).get(bundle)).text).not.toMatch(/sourceMappingURL/);
    for (const path of [`${bundle}.map`, `${bundle}%2Emap`, `${bundle}%2emap`]) {
      expect({ path, status: (await request(api.server).get(path)).status }).toEqual({ path, status: 404 });
    }
  });
});
