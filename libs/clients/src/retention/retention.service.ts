import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction, AuditService } from '#audit';
import { AppConfig, Clock } from '#platform';
import { ClientDataErasers } from './client-data-erasers.js';

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
    private readonly audit: AuditService,
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
        const due = await manager.query<{ id: string }[]>(
          `SELECT id FROM client WHERE status = 'closed' AND closed_at < $1 ORDER BY closed_at LIMIT 200 FOR UPDATE SKIP LOCKED`,
          [cutoff],
        );
        if (due.length === 0) return 0;
        const ids = due.map((row) => row.id);
        await manager.query(
          `UPDATE client SET status = 'anonymised', anonymised_at = $2, family_name = '(anonymised)', given_name = '', native_name = NULL,
                  katakana_name = NULL, aliases = '{}', date_of_birth = NULL, date_of_birth_approximate = false, gender = NULL, phone = NULL,
                  email = NULL, address = NULL, landing_port = NULL, residence_card_number = NULL, consents = '[]', closed_reason = NULL,
                  search_grams = '{}', search_text = '', sort_name = '', version = version + 1
            WHERE id = ANY($1::uuid[])`,
          [ids, now],
        );
        await manager.query(`UPDATE timeline_event SET body = NULL WHERE client_id = ANY($1::uuid[]) AND body IS NOT NULL`, [ids]);
        await manager.query(`UPDATE stage_transition SET note = NULL WHERE client_id = ANY($1::uuid[]) AND note IS NOT NULL`, [ids]);
        await manager.query(`UPDATE appointment SET notes = NULL, outcome = NULL, place = NULL WHERE client_id = ANY($1::uuid[])`, [ids]);
        await manager.query(`UPDATE break_glass_grant SET reason = '(anonymised)' WHERE client_id = ANY($1::uuid[])`, [ids]);
        await manager.query(
          `UPDATE deadline SET resolution = NULL, override_reason = NULL
            WHERE client_id = ANY($1::uuid[]) AND (resolution IS NOT NULL OR override_reason IS NOT NULL)`,
          [ids],
        );
        // Documents' data keys, referrals' shared fields: each library erases its own.
        await this.erasers.eraseAll(ids, manager);
        // The audit trail is append-only; this function (migration 1796500000400) is its one
        // exception, and acts only on files already marked anonymised above.
        await manager.query('SELECT anonymise_audit_for_clients($1::uuid[])', [ids]);
        await manager.query(
          `INSERT INTO timeline_event (client_id, occurred_at, kind, actor_user_id, data) SELECT id, $2, 'client.anonymised', NULL, '{}' FROM unnest($1::uuid[]) AS id`,
          [ids, now],
        );
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
