import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '#platform';
import type { TimelineData } from '../entities/timeline-event.entity.js';
import { TimelineEventRepository } from './timeline-event.repository.js';

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
  constructor(
    private readonly events: TimelineEventRepository,
    private readonly clock: Clock,
  ) {}

  async add(entries: readonly TimelineEntry[], manager: EntityManager): Promise<void> {
    if (entries.length === 0) return;
    const now = this.clock.now();
    await this.events.append(
      manager,
      entries.map((entry) => ({
        clientId: entry.clientId,
        kind: entry.kind,
        actorUserId: entry.actorUserId,
        data: entry.data ?? {},
        body: entry.body ?? null,
        occurredAt: entry.occurredAt ?? now,
      })),
    );
  }
}
