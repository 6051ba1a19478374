import { Injectable, type OnModuleInit } from '@nestjs/common';
import { MembershipEvents } from '#accounts';
import { BreakGlassService, LeaverAssignments } from '#clients';

/**
 * Wires the two libraries at the application's root: accounts announces that someone left a
 * team, changed role or was deactivated; client files release their assignments and end their
 * emergency accesses (accounts never imports client files).
 */
@Injectable()
export class FollowMembershipChanges implements OnModuleInit {
  constructor(
    private readonly memberships: MembershipEvents,
    private readonly leavers: LeaverAssignments,
    private readonly emergencyAccess: BreakGlassService,
  ) {}

  onModuleInit(): void {
    this.memberships.onEnded((ended, manager) => this.leavers.release(ended, manager));
    this.memberships.onEnded((ended, manager) => this.emergencyAccess.endForChangedAccount(ended, manager));
  }
}
