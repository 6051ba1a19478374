import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * Someone stopped working as they did: they left some teams, their role changed, or their
 * account was deactivated.
 */
export interface MembershipsEnded {
  readonly userId: string;
  /**
   * `left-team`: what they hold in teams they no longer belong to must go; `role-changed`: what
   * they hold by their former role (an emergency access) must go; `deactivated`: all of it (they
   * can no longer act, and reminders to an inactive account are never sent).
   */
  readonly reason: 'left-team' | 'role-changed' | 'deactivated';
  /** The administrator who made the change. */
  readonly actorUserId: string;
}

export type MembershipsEndedListener = (ended: MembershipsEnded, manager: EntityManager) => Promise<void>;

/**
 * Lets other libraries follow membership changes without this one depending on them (client
 * files depend on accounts, never the reverse): the application registers a listener at start,
 * and every listener runs inside the transaction that changes the memberships, so the change and
 * its consequences commit or roll back together.
 */
@Injectable()
export class MembershipEvents {
  private readonly listeners: MembershipsEndedListener[] = [];

  onEnded(listener: MembershipsEndedListener): void {
    this.listeners.push(listener);
  }

  async ended(event: MembershipsEnded, manager: EntityManager): Promise<void> {
    for (const listener of this.listeners) await listener(event, manager);
  }
}
