import { Test } from '@nestjs/testing';
import type { DynamicModule, Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { Clock, createPinoLogger, JsonLogger, type AppConfig } from '#platform';
import { FakeClock, testConfig } from '#platform/testing';
import { ApiModule } from '../../apps/api/src/api.module.js';
import { prepareApiApp } from '../../apps/api/src/create-api-app.js';

export interface TestApi {
  readonly app: NestExpressApplication;
  readonly config: AppConfig;
  /** The Node HTTP server, for supertest: `request(api.server)`. */
  readonly server: ReturnType<NestExpressApplication['getHttpServer']>;
  readonly dataSource: DataSource;
  /** The api's clock: move it to test expiry without waiting. */
  readonly clock: FakeClock;
  close(): Promise<void>;
}

export interface StartTestApiOptions {
  /**
   * Environment overrides, e.g. a Redis URL that points at a proxy the test controls.
   * By default no role needs a second factor (AUTH_MFA_REQUIRED_ROLES=''); the second-factor
   * tests set it back.
   */
  readonly env?: Readonly<Record<string, string>>;
  /** Extra modules mounted beside the api's own (test-only controllers). */
  readonly modules?: readonly (Type | DynamicModule)[];
}

/** The real ApiModule with production middleware, against the run's test database and Redis prefix. */
export async function startTestApi(options: StartTestApiOptions = {}): Promise<TestApi> {
  const config = testConfig({ AUTH_MFA_REQUIRED_ROLES: '', ...options.env });
  const clock = new FakeClock();
  const moduleRef = await Test.createTestingModule({
    imports: [ApiModule.forRoot(config), ...(options.modules ?? [])],
  })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const pino = createPinoLogger(config.log.level, 'api-test');
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: new JsonLogger(pino) });
  prepareApiApp(app, config, pino);
  await app.init();
  return {
    app,
    config,
    server: app.getHttpServer(),
    dataSource: app.get(DataSource),
    clock,
    close: () => app.close(),
  };
}
