import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { configureHttpApp, createPinoLogger, JsonLogger, type AppConfig } from '#platform';
import { ApiModule } from './api.module.js';
import { API_PREFIX, buildOpenApiDocument, mountOpenApi, UNPREFIXED_ROUTES } from './openapi.js';

export interface CreateApiAppOptions {
  /** Build the module graph without connecting to anything (used to write openapi.json). */
  readonly preview?: boolean;
}

/** The api application, configured exactly as it runs in production (used by main.ts and tests). */
export async function createApiApp(config: AppConfig, options: CreateApiAppOptions = {}): Promise<NestExpressApplication> {
  const pino = createPinoLogger(config.log.level, 'api');
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), {
    bodyParser: false,
    logger: new JsonLogger(pino),
    abortOnError: false,
    preview: options.preview ?? false,
  });
  configureHttpApp(app, config, pino.child({ context: 'http' }));
  app.setGlobalPrefix(API_PREFIX, { exclude: UNPREFIXED_ROUTES });
  mountOpenApi(app, buildOpenApiDocument(app));
  return app;
}
