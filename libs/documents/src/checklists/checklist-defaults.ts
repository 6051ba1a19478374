import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ChecklistsService } from './checklists.service.js';

/**
 * Seeds the default checklist templates when the api starts (after its migrations ran). Only the
 * api registers it: the worker may start before the schema exists. Idempotent, so several api
 * processes starting at once, or a restart, change nothing.
 */
@Injectable()
export class ChecklistDefaults implements OnApplicationBootstrap {
  private readonly logger = new Logger(ChecklistDefaults.name);

  constructor(private readonly checklists: ChecklistsService) {}

  async onApplicationBootstrap(): Promise<void> {
    const added = await this.checklists.seedDefaults();
    if (added > 0) this.logger.log({ templates: added }, 'seeded the default checklist templates');
  }
}
