import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * Anonymisation of closed files in the client files library's own tables, inside the retention
 * transaction: the file's personal fields and every free text tied to it.
 */
@Injectable()
export class ClientRetentionRepository {
  /** Up to `limit` files closed before `cutoff`, oldest first, locked; files another worker holds are skipped. */
  async lockClosedBefore(manager: EntityManager, cutoff: Date, limit: number): Promise<string[]> {
    const due = await manager.query<{ id: string }[]>(
      `SELECT id FROM client WHERE status = 'closed' AND closed_at < $1 ORDER BY closed_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [cutoff, limit],
    );
    return due.map((row) => row.id);
  }

  /**
   * Marks the files anonymised and removes their personal fields, step notes, appointment
   * notes, outcomes and places, timeline texts and emergency access reasons. The case number,
   * dates, stages and team stay.
   */
  async anonymise(manager: EntityManager, ids: readonly string[], now: Date): Promise<void> {
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
  }

  /** The `client.anonymised` line on each file's timeline. */
  async recordAnonymised(manager: EntityManager, ids: readonly string[], now: Date): Promise<void> {
    await manager.query(
      `INSERT INTO timeline_event (client_id, occurred_at, kind, actor_user_id, data) SELECT id, $2, 'client.anonymised', NULL, '{}' FROM unnest($1::uuid[]) AS id`,
      [ids, now],
    );
  }
}
