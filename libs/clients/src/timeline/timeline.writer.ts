import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '#platform';
import { TimelineEventEntity, type TimelineData } from '../entities/timeline-event.entity.js';

export interface TimelineEntry {
  readonly clientId: string;
  readonly kind: string;
  readonly actorUserId: string | null;
  readonly data?: TimelineData;
  readonly body?: string | null;
  readonly occurredAt?: Date;
}

/** Appends to a client's timeline inside the caller's transaction. */
@Injectable()
export class TimelineWriter {
  constructor(private readonly clock: Clock) {}

  async add(entries: readonly TimelineEntry[], manager: EntityManager): Promise<void> {
    if (entries.length === 0) return;
    const now = this.clock.now();
    await manager
      .createQueryBuilder()
      .insert()
      .into(TimelineEventEntity)
      .values(
        entries.map((entry) => ({
          clientId: entry.clientId,
          kind: entry.kind,
          actorUserId: entry.actorUserId,
          data: entry.data ?? {},
          body: entry.body ?? null,
          occurredAt: entry.occurredAt ?? now,
        })),
      )
      .execute();
  }
}
