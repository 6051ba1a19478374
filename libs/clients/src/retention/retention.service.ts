import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction, AuditRetentionRepository, AuditService } from '#audit';
import { DeadlineRepository } from '#deadlines';
import { AppConfig, Clock } from '#platform';
import { ClientDataErasers } from './client-data-erasers.js';
import { ClientRetentionRepository } from './client-retention.repository.js';

/** Files anonymised per transaction. */
const BATCH_SIZE = 200;

/**
 * Anonymises client files closed more than CLIENT_RETENTION_DAYS ago (APPI Art. 22: keep personal
 * data no longer than needed). Names, date of birth, contact details, the residence card number,
 * consents and every free text tied to the file are removed in the same transaction: notes and
 * the reasons on the timeline, step notes, appointment notes, outcomes and places, deadline
 * override reasons and resolution notes, emergency access reasons, and the reasons in the file's
 * audit lines. The case number, dates, stages and deadlines stay, so the NGO's statistics still
 * add up; the audit lines stay too (who did what, when), with their reason replaced by a marker.
 * Other libraries' data about the files (evidence documents) is erased by their registered
 * erasers (ClientDataErasers) in the same transaction.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly files: ClientRetentionRepository,
    private readonly deadlines: DeadlineRepository,
    private readonly audit: AuditService,
    private readonly auditTrail: AuditRetentionRepository,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly erasers: ClientDataErasers,
  ) {}

  async anonymiseDue(): Promise<number> {
    const now = this.clock.now();
    const cutoff = new Date(now.getTime() - this.config.clientRetentionDays * 86_400_000);
    let total = 0;
    for (;;) {
      const done = await this.dataSource.transaction(async (manager) => {
        const ids = await this.files.lockClosedBefore(manager, cutoff, BATCH_SIZE);
        if (ids.length === 0) return 0;
        await this.files.anonymise(manager, ids, now);
        await this.deadlines.eraseNotesOfClients(manager, ids);
        // Documents' data keys, referrals' shared fields: each library erases its own.
        await this.erasers.eraseAll(ids, manager);
        // After the files are marked anonymised above: the audit trail's one exception acts only on those.
        await this.auditTrail.anonymiseForClients(manager, ids);
        await this.files.recordAnonymised(manager, ids, now);
        await this.audit.recordAll(
          ids.map((id) => ({ action: AuditAction.ClientAnonymised, actor: null, clientId: id, target: { type: 'client', id }, details: { retentionDays: this.config.clientRetentionDays } })),
          manager,
        );
        return ids.length;
      });
      total += done;
      if (done === 0) break;
    }
    if (total > 0) this.logger.log({ anonymised: total }, 'anonymised closed client files');
    return total;
  }
}
