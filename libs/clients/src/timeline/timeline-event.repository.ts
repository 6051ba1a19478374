import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { fromKeysetMicros, keysetMicros } from '#platform';
import { TimelineEventEntity, type TimelineData } from '../entities/timeline-event.entity.js';

export interface TimelineEventRow {
  id: string;
  occurred_at: Date;
  /** occurred_at to the microsecond, for the page's cursor. */
  occurred_micros: string;
  kind: string;
  actor_user_id: string | null;
  data: TimelineData;
  body: string | null;
}

export type NewTimelineEvent = Pick<TimelineEventEntity, 'clientId' | 'kind' | 'actorUserId' | 'data' | 'body' | 'occurredAt'>;

/**
 * Events that other libraries mark `sensitive` (about a medical or trauma document) are left out
 * under emergency access, as the records they are about are.
 */
const HIDDEN_UNDER_EMERGENCY_ACCESS = `AND NOT COALESCE((e.data->>'sensitive')::boolean, false)`;

/** A file's timeline. Callers have checked the file's scope. */
@Injectable()
export class TimelineEventRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first, `limit` events after `before` (occurred at in microseconds since the epoch, id). */
  async pageOfClient(clientId: string, limit: number, before: readonly [string, string] | undefined, hideSensitive: boolean): Promise<TimelineEventRow[]> {
    const params: unknown[] = [clientId, limit];
    let after = '';
    if (before) {
      params.push(before[0], before[1]);
      after = `AND (e.occurred_at, e.id) < (${fromKeysetMicros('$3')}, $4)`;
    }
    return this.dataSource.query<TimelineEventRow[]>(
      `SELECT e.id, e.occurred_at, ${keysetMicros('e.occurred_at')} AS occurred_micros, e.kind, e.actor_user_id, e.data, e.body
         FROM timeline_event e
        WHERE e.client_id = $1 ${after} ${hideSensitive ? HIDDEN_UNDER_EMERGENCY_ACCESS : ''}
        ORDER BY e.occurred_at DESC, e.id DESC LIMIT $2`,
      params,
    );
  }

  async append(manager: EntityManager, events: readonly NewTimelineEvent[]): Promise<void> {
    await manager.createQueryBuilder().insert().into(TimelineEventEntity).values([...events]).execute();
  }
}
