import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { createPinoLogger, JsonLogger, type AppConfig } from '#platform';
import { WorkerModule } from './worker.module.js';

export async function createWorkerApp(config: AppConfig): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: new JsonLogger(createPinoLogger(config.log.level, 'worker')),
    abortOnError: false,
  });
}
