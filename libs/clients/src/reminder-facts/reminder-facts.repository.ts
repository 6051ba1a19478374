import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '#platform';
import { ReminderFileFacts, type ReminderFile, type ReminderNote } from '#reminders';
import { TimelineEventEntity } from '../entities/timeline-event.entity.js';

/**
 * The read model this library publishes for reminders: which files are open, their case number
 * and team, the type of an appointment, and the reminder's line on the file's timeline. Never a
 * name: reminder emails carry the case number only.
 */
@Injectable()
export class ReminderFactsRepository extends ReminderFileFacts {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    super();
  }

  async openFilesIn(manager: EntityManager, clientIds: readonly string[]): Promise<Map<string, ReminderFile>> {
    if (clientIds.length === 0) return new Map();
    const rows = await manager.query<{ id: string; case_number: string; team_id: string }[]>(
      `SELECT c.id, c.case_number, c.team_id FROM client c WHERE c.id = ANY($1::uuid[]) AND c.status = 'open'`,
      [clientIds],
    );
    return new Map(rows.map((row) => [row.id, { caseNumber: row.case_number, teamId: row.team_id }]));
  }

  openFiles(clientIds: readonly string[]): Promise<Map<string, ReminderFile>> {
    return this.openFilesIn(this.dataSource.manager, clientIds);
  }

  async appointmentKinds(manager: EntityManager, appointmentIds: readonly string[]): Promise<Map<string, string>> {
    if (appointmentIds.length === 0) return new Map();
    const rows = await manager.query<{ id: string; kind: string }[]>('SELECT a.id, a.kind FROM appointment a WHERE a.id = ANY($1::uuid[])', [appointmentIds]);
    return new Map(rows.map((row) => [row.id, row.kind]));
  }

  async addToTimeline(manager: EntityManager, note: ReminderNote): Promise<void> {
    await manager.getRepository(TimelineEventEntity).insert({
      clientId: note.clientId,
      occurredAt: this.clock.now(),
      kind: note.kind,
      actorUserId: null,
      data: {
        reminderId: note.reminderId,
        deadlineId: note.deadlineId,
        deadlineKind: note.deadlineKind,
        purpose: note.purpose,
        recipientUserId: note.recipientUserId,
        ...(note.error ? { error: note.error } : {}),
      },
    });
  }
}
