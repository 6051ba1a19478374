import { Injectable } from '@nestjs/common';
import type { DeadlineEntity, DeadlineStatus } from './deadline.entity.js';
import { DeadlineRepository, type DueDateCursor, type OverdueFilter } from './deadline.repository.js';
import { toDeadlineView, type DeadlineView } from './deadline.views.js';

/**
 * Deadlines as other libraries may see them (views, never the entity). Callers have checked the
 * caller's scope on the files they ask about, or filter what they get by it.
 */
@Injectable()
export class DeadlineLists {
  constructor(private readonly deadlines: DeadlineRepository) {}

  async ofClient(clientId: string, options: { readonly applicationId?: string; readonly includeClosed: boolean }): Promise<DeadlineView[]> {
    return (await this.deadlines.listOfClient(clientId, options)).map(toDeadlineView);
  }

  async byId(deadlineId: string): Promise<DeadlineView> {
    return toDeadlineView((await this.deadlines.findById(deadlineId)) as DeadlineEntity);
  }

  /** A page of the deadlines someone owns, by due date, after `after` when given. */
  async ownedBy(
    ownerId: string,
    filter: { readonly status: DeadlineStatus; readonly from?: string; readonly to?: string },
    after: DueDateCursor | null,
    limit: number,
  ): Promise<DeadlineView[]> {
    return (await this.deadlines.ownedBy(ownerId, filter, after, limit)).map(toDeadlineView);
  }

  /** Hard deadlines of these files, open and due by `horizon` (overdue ones included), by due date. */
  async hardOpenDueBy(clientIds: readonly string[], horizon: string, limit: number): Promise<DeadlineView[]> {
    if (clientIds.length === 0) return [];
    return (await this.deadlines.hardOpenDueBy(clientIds, horizon, limit)).map(toDeadlineView);
  }

  /**
   * Open deadlines of these files due before `filter.before` (today: overdue), hard and soft, by
   * due date and then in the order the files are given, at most `limit`.
   */
  async overdue(clientIds: readonly string[], filter: OverdueFilter, limit: number): Promise<DeadlineView[]> {
    if (clientIds.length === 0) return [];
    return (await this.deadlines.overdue(clientIds, filter, limit)).map(toDeadlineView);
  }
}
