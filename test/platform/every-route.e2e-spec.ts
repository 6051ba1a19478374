import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PATH_METADATA } from '@nestjs/common/constants.js';
import { randomUUID } from 'node:crypto';
import { ACCESS_METADATA } from '../../apps/api/src/auth/access.decorators.js';
import { signedIn, type SignedInBrowser } from '../support/accounts.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

interface OpenApi {
  paths: Record<string, Record<string, { requestBody?: unknown }>>;
}

describe('every route', () => {
  let api: TestApi;
  let browsers: SignedInBrowser[];
  let document: OpenApi;

  beforeAll(async () => {
    api = await startTestApi();
    browsers = [
      await signedIn(api, { role: 'admin' }),
      await signedIn(api, { role: 'supervisor' }),
      await signedIn(api, { role: 'caseworker' }),
    ];
    document = (await browsers[0].get('/api/docs-json')).body as OpenApi;
  });
  afterAll(async () => {
    await api.close();
  });

  it('declares who may call it (deny by default)', () => {
    const reflector = api.app.get(Reflector);
    const scanner = api.app.get(MetadataScanner);
    const undeclared: string[] = [];
    let routes = 0;
    for (const wrapper of api.app.get(DiscoveryService).getControllers()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller || !wrapper.instance) continue;
      for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(wrapper.instance) as object)) {
        const handler = (wrapper.instance as Record<string, unknown>)[name] as () => unknown;
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        routes++;
        if (!reflector.getAllAndOverride(ACCESS_METADATA, [handler, controller])) undeclared.push(`${controller.name}.${name}`);
      }
    }
    expect(routes).toBeGreaterThan(20);
    expect(undeclared).toEqual([]);
  });

  const bodies: [string, string][] = [
    ['malformed JSON', '{"a": '],
    ['an array', '[1, 2, 3]'],
    ['a number', '42'],
    ['an unknown field', '{"definitelyNotAField": true}'],
    ['wrong types everywhere', '{"email": 5, "password": [], "name": {}, "role": 7, "version": "x", "code": 123456, "token": false, "locale": 1, "memberships": "all"}'],
  ];

  it('answers bad input on any route with a structured 4xx, never a 500', async () => {
    const failures: string[] = [];
    let requests = 0;
    let routesWithBody = 0;
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        if (!operation.requestBody) continue;
        routesWithBody++;
        const url = path.replace(/\{[^}]+\}/g, randomUUID());
        for (const browser of browsers) {
          for (const [what, body] of bodies) {
            const response = await browser.agent[method as 'post' | 'patch' | 'put'](url)
              .set('X-CSRF-Token', browser.csrfToken)
              .set('Content-Type', 'application/json')
              .send(body);
            requests++;
            const ok = response.status >= 400 && response.status < 500 && typeof response.body.code === 'string' && typeof response.body.correlationId === 'string';
            if (!ok) failures.push(`${method.toUpperCase()} ${path} with ${what} as ${browser.user.role}: ${response.status}`);
          }
        }
      }
    }
    expect(routesWithBody).toBeGreaterThanOrEqual(12);
    expect(requests).toBe(routesWithBody * browsers.length * bodies.length);
    expect(failures).toEqual([]);
  }, 120_000);
});
