import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { createPinoLogger, JsonLogger } from '#platform';
import { testConfig } from '#platform/testing';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';

/** The real worker (every processor and schedule) in this process, on the run's database and Redis prefix. */
export async function startTestWorker(env: Readonly<Record<string, string>> = {}): Promise<INestApplicationContext> {
  const config = testConfig(env);
  const moduleRef = await Test.createTestingModule({ imports: [WorkerModule.forRoot(config)] })
    .setLogger(new JsonLogger(createPinoLogger(config.log.level, 'worker-test')))
    .compile();
  return moduleRef.init();
}
