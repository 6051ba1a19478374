import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What retention may do to the append-only audit trail of files being anonymised. */
@Injectable()
export class AuditRetentionRepository {
  /**
   * Replaces the reasons in the files' audit lines with a marker, inside the caller's
   * transaction. The trail refuses UPDATE; this database function (migration 1796500000400) is
   * its one exception, and acts only on files already marked anonymised.
   */
  async anonymiseForClients(manager: EntityManager, clientIds: readonly string[]): Promise<void> {
    await manager.query('SELECT anonymise_audit_for_clients($1::uuid[])', [clientIds]);
  }
}
