import { Injectable, type OnModuleInit } from '@nestjs/common';
import { MembershipEvents } from '#accounts';
import { LeaverAssignments } from '#clients';

/**
 * Wires the two libraries at the application's root: accounts announces that someone left a
 * team, client files release their assignments (accounts never imports client files).
 */
@Injectable()
export class FollowMembershipChanges implements OnModuleInit {
  constructor(
    private readonly memberships: MembershipEvents,
    private readonly leavers: LeaverAssignments,
  ) {}

  onModuleInit(): void {
    this.memberships.onEnded((ended, manager) => this.leavers.release(ended, manager));
  }
}
