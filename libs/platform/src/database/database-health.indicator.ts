import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { withTimeout } from '../health/with-timeout.js';
import type { DependencyCheck } from '../health/dependency-check.js';

/** Readiness of PostgreSQL: one trivial query through the application's own pool. */
@Injectable()
export class DatabaseHealthIndicator implements DependencyCheck {
  readonly name = 'postgres';

  constructor(private readonly dataSource: DataSource) {}

  async check(timeoutMs: number): Promise<void> {
    await withTimeout(this.dataSource.query('SELECT 1'), timeoutMs, 'postgres did not answer in time');
  }
}
