import { Injectable } from '@nestjs/common';
import { JobName, QueueName, WorkerHeartbeat, type JobProcessor } from '#platform';

/** Every 15 s: proves to `/health/worker` that this deployment's workers are processing jobs. */
@Injectable()
export class WorkerHeartbeatProcessor implements JobProcessor {
  readonly queue = QueueName.Maintenance;
  readonly job = JobName.WorkerHeartbeat;
  readonly schedule = { every: 15_000 };

  constructor(private readonly heartbeat: WorkerHeartbeat) {}

  async process(): Promise<void> {
    await this.heartbeat.beat(new Date());
  }
}
