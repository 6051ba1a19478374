import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import type { Principal } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import { outsideTransaction } from '#platform';

/**
 * Puts each change refused under emergency access on the audit trail.
 *
 * The line is written beside the refusal, not awaited by it: the refusal is decided inside the
 * write's transaction, which holds a pooled connection (and perhaps the file's row lock) until it
 * rolls back with the 403, and a line in that transaction would roll back with it. Waiting there
 * for a second connection would deadlock the pool once as many refused requests arrive at once
 * as it has connections (each holding one and waiting for another); begun here, the line takes
 * the connection that the rolled-back transaction gives back.
 */
@Injectable()
export class EmergencyRefusalsRecorder implements BeforeApplicationShutdown {
  private readonly logger = new Logger(EmergencyRefusalsRecorder.name);
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly audit: AuditService) {}

  record(principal: Principal, clientId: string, details: { readonly action: string; readonly fields?: string[] }): void {
    // Begun outside the transaction on purpose (see above): the watch on second connections lets it be.
    const recording: Promise<void> = outsideTransaction(() =>
      this.audit.record({
        action: AuditAction.BreakGlassRefused,
        outcome: 'denied',
        actor: { userId: principal.userId, role: principal.role },
        clientId,
        target: { type: 'client', id: clientId },
        details: { ...details },
      }),
    )
      .catch((error: unknown) => this.logger.error({ err: error, clientId, userId: principal.userId }, 'could not record a change refused under emergency access'))
      .finally(() => this.pending.delete(recording));
    this.pending.add(recording);
  }

  /** Resolves once every line started so far is written (tests; shutdown). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.settled();
  }
}
