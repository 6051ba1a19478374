import type { DynamicModule, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger as PinoLogger } from 'pino';
import { createPinoLogger, JsonLogger, type AppConfig } from '#platform';
import { ApiModule } from './api.module.js';
import { configureHttpApp } from './common/configure-http-app.js';
import { mountQueueBoard } from './admin/queue-board.js';
import { serveDashboard } from './dashboard/serve-dashboard.js';
import { API_PREFIX, buildOpenApiDocument, mountOpenApi, UNPREFIXED_ROUTES } from './openapi.js';
import { DOCUMENT_UPLOAD_ROUTES } from './documents/documents.controller.js';

export interface CreateApiAppOptions {
  /** Build the module graph without connecting to anything (used to write openapi.json). */
  readonly preview?: boolean;
  /** Modules mounted beside the api's own (the demo seeder, loaded only when DEMO_SEED=true). */
  readonly modules?: readonly (Type | DynamicModule)[];
}

/** The api application as it runs in production (main.ts). */
export async function createApiApp(config: AppConfig, options: CreateApiAppOptions = {}): Promise<NestExpressApplication> {
  const pino = createPinoLogger(config.log.level, 'api');
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config, options.modules), {
    bodyParser: false,
    logger: new JsonLogger(pino),
    abortOnError: false,
    preview: options.preview ?? false,
  });
  prepareApiApp(app, config, pino, options);
  return app;
}

/**
 * Middleware, global pipe and filter, route prefix and OpenAPI: shared with the e2e tests, which
 * create the application from a testing module, so they exercise what production runs.
 */
export function prepareApiApp(app: NestExpressApplication, config: AppConfig, pino: PinoLogger, options: CreateApiAppOptions = {}): void {
  configureHttpApp(app, config, pino.child({ context: 'http' }), { multipartRoutes: DOCUMENT_UPLOAD_ROUTES });
  serveDashboard(app);
  if (!options.preview) mountQueueBoard(app);
  app.setGlobalPrefix(API_PREFIX, { exclude: UNPREFIXED_ROUTES });
  mountOpenApi(app, buildOpenApiDocument(app));
}
