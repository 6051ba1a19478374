import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { JOB_PROCESSORS, type JobProcessor } from './job-processor.js';
import { QueueWorkers } from './queue-workers.js';

/** The worker process's consumers: pass every processor class; each becomes a provider. */
@Module({})
export class QueueWorkersModule {
  static forRoot(options: {
    readonly processors: readonly Type<JobProcessor>[];
    /** Modules exporting the services the processors call. */
    readonly imports?: DynamicModule['imports'];
  }): DynamicModule {
    const { processors } = options;
    return {
      module: QueueWorkersModule,
      imports: options.imports ?? [],
      providers: [
        ...processors,
        { provide: JOB_PROCESSORS, inject: [...processors], useFactory: (...instances: JobProcessor[]) => instances },
        QueueWorkers,
      ],
    };
  }
}
