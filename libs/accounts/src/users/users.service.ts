import { Injectable, Logger } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { DomainError } from '#domain';
import { AppConfig, Clock } from '#platform';
import { AuditAction, AuditService } from '#audit';
import { invitationEmail, Mailer } from '#notifications';
import { AccountTokenService } from '../auth/account-token.service.js';
import { MfaService } from '../auth/mfa.service.js';
import { UserEntity } from '../entities/user.entity.js';
import type { Principal } from '../principal.js';
import type { Locale, MembershipKind, Role } from '../roles.js';
import { SessionService } from '../sessions/session.service.js';
import { MembershipEvents } from '../teams/membership-events.js';
import { normaliseEmail, UserRepository, type UserListFilter } from './user.repository.js';
import { toUserView, type UserView } from './user.views.js';

export interface MembershipInput {
  readonly teamId: string;
  readonly kind: MembershipKind;
}

export interface InviteUserInput {
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly locale: Locale;
  readonly memberships: readonly MembershipInput[];
}

export interface UpdateUserInput {
  readonly version: number;
  readonly displayName?: string;
  readonly role?: Role;
  readonly locale?: Locale;
  readonly memberships?: readonly MembershipInput[];
}

export interface InvitedUser {
  readonly user: UserView;
  /** False when the mail server refused or was unreachable: resend the invitation later. */
  readonly invitationSent: boolean;
}

/** Administrators manage accounts: invitations, roles, teams, deactivation. */
@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly tokens: AccountTokenService,
    private readonly sessions: SessionService,
    private readonly mfa: MfaService,
    private readonly membershipEvents: MembershipEvents,
    private readonly audit: AuditService,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async list(filter: UserListFilter): Promise<UserView[]> {
    const users = await this.users.list(filter);
    const memberships = await this.users.membershipsOf(users.map((u) => u.id));
    return users.map((user) => toUserView(user, memberships.get(user.id) ?? []));
  }

  async get(id: string): Promise<UserView> {
    const user = await this.users.findById(id);
    if (!user) throw new DomainError('USER_NOT_FOUND', 'No such user.');
    return toUserView(user, (await this.users.membershipsOf([id])).get(id) ?? []);
  }

  async invite(input: InviteUserInput): Promise<InvitedUser> {
    const email = normaliseEmail(input.email);
    const { userId, token, expiresAt } = await this.dataSource.transaction(async (manager) => {
      await this.checkMemberships(input.role, input.memberships, manager);
      const created = await this.insertUser(manager, { email, displayName: input.displayName.trim(), role: input.role, locale: input.locale });
      await this.users.replaceMemberships(created, input.memberships, manager);
      const issued = await this.tokens.issue(created, 'invitation', manager);
      await this.audit.record(
        {
          action: AuditAction.UserCreated,
          target: { type: 'user', id: created },
          changedFields: ['email', 'displayName', 'role', 'locale', 'memberships'],
          details: { role: input.role },
        },
        manager,
      );
      return { userId: created, ...issued };
    });
    const invitationSent = await this.sendInvitation(userId, email, input.locale, token, expiresAt);
    return { user: await this.get(userId), invitationSent };
  }

  async resendInvitation(id: string): Promise<InvitedUser> {
    const user = await this.users.findById(id);
    if (!user) throw new DomainError('USER_NOT_FOUND', 'No such user.');
    if (!user.active || user.passwordHash !== null) {
      throw new DomainError('VALIDATION_FAILED', 'Only an active account that has not set its password can be invited again.');
    }
    const { token, expiresAt } = await this.tokens.issue(user.id, 'invitation');
    const invitationSent = await this.sendInvitation(user.id, user.email, user.locale, token, expiresAt);
    return { user: await this.get(id), invitationSent };
  }

  async update(actor: Principal, id: string, input: UpdateUserInput): Promise<UserView> {
    await this.dataSource.transaction(async (manager) => {
      await this.users.lockRoster(manager);
      const user = await this.lockCurrent(id, input.version, manager);
      const changed: string[] = [];
      const role = input.role ?? user.role;
      if (input.role !== undefined && input.role !== user.role) {
        if (id === actor.userId) throw new DomainError('CANNOT_CHANGE_OWN_ACCOUNT', 'Ask another administrator to change your role.');
        if (user.role === 'admin' && user.active) await this.requireAnotherAdmin(manager);
        changed.push('role');
      }
      if (input.displayName !== undefined && input.displayName.trim() !== user.displayName) changed.push('displayName');
      if (input.locale !== undefined && input.locale !== user.locale) changed.push('locale');
      if (input.memberships !== undefined || changed.includes('role')) {
        const memberships = input.memberships ?? (await this.users.membershipsOf([id], manager)).get(id) ?? [];
        await this.checkMemberships(role, memberships, manager);
        if (input.memberships !== undefined) {
          await this.users.replaceMemberships(id, input.memberships, manager);
          changed.push('memberships');
          // Whatever they held in a team they left (client files assigned to them) goes with it.
          await this.membershipEvents.ended({ userId: id, reason: 'left-team', actorUserId: actor.userId }, manager);
        }
      }
      await this.users.update(
        id,
        {
          displayName: input.displayName?.trim() ?? user.displayName,
          role,
          locale: input.locale ?? user.locale,
          version: user.version + 1,
        },
        manager,
      );
      // What they held by their former role (an emergency access) ends with it.
      if (changed.includes('role')) await this.membershipEvents.ended({ userId: id, reason: 'role-changed', actorUserId: actor.userId }, manager);
      // New privileges take effect at the next sign-in, never silently inside an open session.
      if (changed.includes('role') || changed.includes('memberships')) {
        await this.sessions.endAllForUser(id, 'privileges-changed', undefined, manager);
      }
      await this.audit.record({ action: AuditAction.UserUpdated, target: { type: 'user', id }, changedFields: changed }, manager);
    });
    return this.get(id);
  }

  async deactivate(actor: Principal, id: string): Promise<UserView> {
    if (id === actor.userId) throw new DomainError('CANNOT_CHANGE_OWN_ACCOUNT', 'Ask another administrator to deactivate your account.');
    await this.dataSource.transaction(async (manager) => {
      await this.users.lockRoster(manager);
      const user = await this.users.findByIdForUpdate(id, manager);
      if (!user) throw new DomainError('USER_NOT_FOUND', 'No such user.');
      if (!user.active) return;
      if (user.role === 'admin') await this.requireAnotherAdmin(manager);
      await this.users.update(id, { active: false, deactivatedAt: this.clock.now(), version: user.version + 1 }, manager);
      const ended = await this.sessions.endAllForUser(id, 'deactivated', undefined, manager);
      await this.membershipEvents.ended({ userId: id, reason: 'deactivated', actorUserId: actor.userId }, manager);
      await this.audit.record(
        { action: AuditAction.UserDeactivated, target: { type: 'user', id }, details: { sessionsEnded: ended } },
        manager,
      );
    });
    return this.get(id);
  }

  async reactivate(id: string): Promise<UserView> {
    await this.dataSource.transaction(async (manager) => {
      const user = await this.users.findByIdForUpdate(id, manager);
      if (!user) throw new DomainError('USER_NOT_FOUND', 'No such user.');
      if (user.active) return;
      await this.users.update(id, { active: true, deactivatedAt: null, version: user.version + 1 }, manager);
      await this.audit.record({ action: AuditAction.UserReactivated, target: { type: 'user', id } }, manager);
    });
    return this.get(id);
  }

  async resetSecondFactor(id: string): Promise<UserView> {
    await this.mfa.resetForUser(id);
    return this.get(id);
  }

  private async insertUser(
    manager: EntityManager,
    values: { email: string; displayName: string; role: Role; locale: Locale },
  ): Promise<string> {
    try {
      return await this.users.insert(values, manager);
    } catch (error) {
      if (error instanceof QueryFailedError && (error as QueryFailedError & { constraint?: string }).constraint === 'uq_user_account_email') {
        throw new DomainError('EMAIL_ALREADY_IN_USE', 'An account with this email address already exists.');
      }
      throw error;
    }
  }

  private async lockCurrent(id: string, version: number, manager: EntityManager): Promise<UserEntity> {
    const user = await this.users.findByIdForUpdate(id, manager);
    if (!user) throw new DomainError('USER_NOT_FOUND', 'No such user.');
    if (user.version !== version) {
      throw new DomainError('STALE_VERSION', 'Someone changed this account meanwhile. Reload it and make your change again.', {
        currentVersion: user.version,
      });
    }
    return user;
  }

  private async requireAnotherAdmin(manager: EntityManager): Promise<void> {
    if ((await this.users.countActiveAdmins(manager)) <= 1) {
      throw new DomainError('LAST_ACTIVE_ADMIN', 'This is the last active administrator; make someone else an administrator first.');
    }
  }

  /**
   * Caseworkers are members of teams; supervisors supervise teams (and may also be members);
   * administrators manage accounts and belong to no team (they have no access to client files).
   */
  private async checkMemberships(role: Role, memberships: readonly MembershipInput[], manager: EntityManager): Promise<void> {
    const teamIds = memberships.map((m) => m.teamId);
    if (new Set(teamIds).size !== teamIds.length) {
      throw new DomainError('VALIDATION_FAILED', 'A team is listed twice.', { fields: [{ field: 'memberships', problems: ['duplicate team'] }] });
    }
    if (role === 'admin' && memberships.length > 0) {
      throw new DomainError('VALIDATION_FAILED', 'Administrators do not belong to teams.', {
        fields: [{ field: 'memberships', problems: ['must be empty for an administrator'] }],
      });
    }
    if (role === 'caseworker' && memberships.some((m) => m.kind === 'supervisor')) {
      throw new DomainError('VALIDATION_FAILED', 'Only supervisors can supervise a team.', {
        fields: [{ field: 'memberships', problems: ['a caseworker can only be a member'] }],
      });
    }
    const existing = await this.users.existingTeamIds(teamIds, manager);
    const missing = teamIds.filter((id) => !existing.has(id));
    if (missing.length > 0) throw new DomainError('TEAM_NOT_FOUND', 'No such team.', { teamIds: missing });
  }

  private async sendInvitation(userId: string, email: string, locale: Locale, token: string, expiresAt: Date): Promise<boolean> {
    const url = `${this.config.http.publicUrl}/accept-invitation#token=${token}`;
    try {
      await this.mailer.send({ to: email, ...invitationEmail({ locale, url, expiresAt }) });
      await this.audit.record({ action: AuditAction.InvitationSent, target: { type: 'user', id: userId } });
      return true;
    } catch (error) {
      this.logger.warn({ err: error, userId }, 'invitation email not sent');
      await this.audit.record({ action: AuditAction.InvitationSent, outcome: 'failure', target: { type: 'user', id: userId } });
      return false;
    }
  }
}
