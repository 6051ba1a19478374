import { Controller, Get, HttpCode, Logger, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  DatabaseHealthIndicator,
  HEARTBEAT_STALE_AFTER_MS,
  RedisHealthIndicator,
  ShutdownState,
  WorkerHeartbeat,
  type DependencyCheck,
} from '#platform';
import { DocumentStorageHealthIndicator } from '#documents';
import { Public } from '../auth/access.decorators.js';
import { NoRateLimit } from '../auth/rate-limit.guards.js';
import { ReadinessResponse, WorkerHealthResponse, type DependencyStatus } from './health.dto.js';

const CHECK_TIMEOUT_MS = 2_000;

/**
 * Probes for load balancers and orchestrators. They answer without a session and say nothing
 * but up or down: no versions, hosts or error texts to a stranger.
 */
@ApiTags('health')
@Controller('health')
@Public()
// Probes come from the load balancer's few addresses every few seconds: never rate limited.
@NoRateLimit()
export class HealthController {
  private readonly logger = new Logger(HealthController.name);
  private readonly checks: readonly DependencyCheck[];
  private readonly lastStatus = new Map<string, DependencyStatus>();

  constructor(
    database: DatabaseHealthIndicator,
    redis: RedisHealthIndicator,
    documents: DocumentStorageHealthIndicator,
    private readonly heartbeat: WorkerHeartbeat,
    private readonly shutdown: ShutdownState,
  ) {
    this.checks = [database, redis, documents];
  }

  /** The process is running and its event loop answers. */
  @Get('live')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The api process is alive.' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * PostgreSQL, Redis and the documents' storage answer and the process is not shutting down:
   * send traffic here. From SIGTERM on it answers 503 (`draining: true`) while the process still
   * serves for SHUTDOWN_DRAIN_MS, so the proxy stops sending it requests before it closes.
   */
  @Get('ready')
  @ApiOkResponse({ type: ReadinessResponse })
  @ApiServiceUnavailableResponse({
    type: ReadinessResponse,
    description: 'PostgreSQL, Redis or the documents’ storage is unreachable, or the process is shutting down (`draining`).',
  })
  async ready(@Res({ passthrough: true }) response: Response): Promise<ReadinessResponse> {
    const results = await Promise.all(this.checks.map((check) => this.run(check)));
    const dependencies = Object.fromEntries(results) as unknown as ReadinessResponse['dependencies'];
    const draining = this.shutdown.draining;
    const ok = !draining && results.every(([, status]) => status === 'up');
    response.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'unavailable', dependencies, ...(draining ? { draining } : {}) };
  }

  /** A worker processed its scheduled heartbeat job within the last minute. */
  @Get('worker')
  @ApiOkResponse({ type: WorkerHealthResponse })
  @ApiServiceUnavailableResponse({ type: WorkerHealthResponse, description: 'No worker has processed jobs recently.' })
  async worker(@Res({ passthrough: true }) response: Response): Promise<WorkerHealthResponse> {
    const latest = await this.heartbeat.latest().catch(() => undefined);
    const fresh = latest !== undefined && Date.now() - Date.parse(latest.at) <= HEARTBEAT_STALE_AFTER_MS;
    response.status(fresh ? 200 : 503);
    return { status: fresh ? 'ok' : 'unavailable', lastHeartbeatAt: latest?.at ?? null };
  }

  private async run(check: DependencyCheck): Promise<[string, DependencyStatus]> {
    let status: DependencyStatus = 'up';
    try {
      await check.check(CHECK_TIMEOUT_MS);
    } catch (error) {
      status = 'down';
      if (this.lastStatus.get(check.name) !== 'down') {
        this.logger.warn({ dependency: check.name, err: error }, 'dependency is down');
      }
    }
    if (status === 'up' && this.lastStatus.get(check.name) === 'down') {
      this.logger.log({ dependency: check.name }, 'dependency is back');
    }
    this.lastStatus.set(check.name, status);
    return [check.name, status];
  }
}
