import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { Principal } from '#accounts';
import { AuditAction, AuditService } from '#audit';
import { DomainError } from '#domain';
import { outsideTransaction, REDIS_CLIENT } from '#platform';
import { ClientRepository } from '../client.repository.js';

/** At most one audit line per user, file and this period, however often the file is asked for. */
export const DENIED_ACCESS_THROTTLE_MS = 60_000;

/**
 * Leaves a trace of a signed-in user asking for a client file outside their scope, so probing
 * for files is visible in the audit trail, while the answer stays the 404 of a missing file.
 *
 * The line is written after the answer, not before it: the request then takes as long as one for
 * a file that does not exist (the existence check and the insert happen later), and a write
 * attempt's transaction, which rolls back with the 404, cannot take the line with it. Asking for
 * an id that belongs to no file leaves no line: it reveals nothing and would let anyone fill the
 * trail with random ids.
 */
@Injectable()
export class DeniedAccessRecorder implements BeforeApplicationShutdown {
  private readonly logger = new Logger(DeniedAccessRecorder.name);
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly clients: ClientRepository,
    private readonly audit: AuditService,
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
  ) {}

  /** The 404 to throw where a file is not in the caller's scope; the audit line follows on its own. */
  notFound(principal: Principal, clientId: string, operation: 'read' | 'change'): DomainError {
    // Begun outside the caller's transaction, if any, on purpose: the watch on second connections lets it be.
    const recording: Promise<void> = outsideTransaction(() => this.record(principal, clientId, operation))
      .catch((error: unknown) => this.logger.warn({ err: error, clientId, userId: principal.userId }, 'could not record a denied access to a client file'))
      .finally(() => this.pending.delete(recording));
    this.pending.add(recording);
    return new DomainError('RECORD_NOT_FOUND', 'No such client file.');
  }

  /** Resolves once every line started so far is written (tests; shutdown). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.settled();
  }

  private async record(principal: Principal, clientId: string, operation: 'read' | 'change'): Promise<void> {
    // SET NX first: within the period, a repeated ask costs one Redis round trip and nothing else.
    const first = await this.redis.set(`audit:denied-access:${principal.userId}:${clientId}`, '1', 'PX', DENIED_ACCESS_THROTTLE_MS, 'NX');
    if (first !== 'OK') return;
    if (!(await this.clients.existsById(clientId))) return;
    await this.audit.record({
      action: AuditAction.ClientAccessDenied,
      outcome: 'denied',
      actor: { userId: principal.userId, role: principal.role },
      clientId,
      target: { type: 'client', id: clientId },
      details: { operation },
    });
  }
}
