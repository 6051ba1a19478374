import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TimelineData } from '../entities/timeline-event.entity.js';

export interface TimelineEventRow {
  id: string;
  occurred_at: Date;
  kind: string;
  actor_user_id: string | null;
  actor_name: string | null;
  data: TimelineData;
  body: string | null;
}

/**
 * Events that other libraries mark `sensitive` (about a medical or trauma document) are left out
 * under emergency access, as the records they are about are.
 */
const HIDDEN_UNDER_EMERGENCY_ACCESS = `AND NOT COALESCE((e.data->>'sensitive')::boolean, false)`;

/** Reads a file's timeline. Callers have checked the file's scope; the writer adds to it. */
@Injectable()
export class TimelineEventRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first, `limit` events after `before` (occurred at, id), with the actor's display name. */
  async pageOfClient(clientId: string, limit: number, before: readonly [Date, string] | undefined, hideSensitive: boolean): Promise<TimelineEventRow[]> {
    const params: unknown[] = [clientId, limit];
    let after = '';
    if (before) {
      params.push(before[0], before[1]);
      after = 'AND (e.occurred_at, e.id) < ($3, $4)';
    }
    return this.dataSource.query<TimelineEventRow[]>(
      `SELECT e.id, e.occurred_at, e.kind, e.actor_user_id, u.display_name AS actor_name, e.data, e.body
         FROM timeline_event e LEFT JOIN user_account u ON u.id = e.actor_user_id
        WHERE e.client_id = $1 ${after} ${hideSensitive ? HIDDEN_UNDER_EMERGENCY_ACCESS : ''}
        ORDER BY e.occurred_at DESC, e.id DESC LIMIT $2`,
      params,
    );
  }
}
