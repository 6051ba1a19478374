import { randomUUID } from 'node:crypto';
import { SessionService, TeamsService, UsersService, type MembershipInput, type Principal, type Role } from '#accounts';
import type { ServiceContext } from './service-context.js';

export interface NewAccount {
  readonly role: Role;
  readonly memberOf?: readonly string[];
  readonly supervises?: readonly string[];
  readonly displayName?: string;
}

/** A team made as an administrator makes one (TeamsService.create), with a unique name. */
export async function newTeam(ctx: ServiceContext, name = `Team ${randomUUID().slice(0, 8)}`): Promise<string> {
  return (await ctx.get(TeamsService).create(name)).id;
}

/**
 * An account invited as an administrator invites one (UsersService.invite), signed in: the
 * principal is what a request with its session cookie resolves to (SessionService.resolve).
 */
export async function newAccount(ctx: ServiceContext, account: NewAccount): Promise<Principal> {
  const memberships: MembershipInput[] = [
    ...(account.memberOf ?? []).map((teamId) => ({ teamId, kind: 'member' as const })),
    ...(account.supervises ?? []).map((teamId) => ({ teamId, kind: 'supervisor' as const })),
  ];
  const { user } = await ctx.get(UsersService).invite({
    email: `${account.role}-${randomUUID().slice(0, 8)}@test.yorisoi.org`,
    displayName: account.displayName ?? `Test ${account.role}`,
    role: account.role,
    locale: 'en',
    memberships,
  });
  return signedInAs(ctx, user.id);
}

/** The principal of a fresh session of the user: call again after their teams or grants change. */
export async function signedInAs(ctx: ServiceContext, userId: string): Promise<Principal> {
  const sessions = ctx.get(SessionService);
  const { token } = await sessions.issue(userId, 'active', { ip: '127.0.0.1', userAgent: 'service-test' });
  const principal = await sessions.resolve(token);
  if (!principal) throw new Error('the session just issued did not resolve');
  return principal;
}

export const newCaseworker = (ctx: ServiceContext, teamId: string) => newAccount(ctx, { role: 'caseworker', memberOf: [teamId] });
export const newSupervisor = (ctx: ServiceContext, teamId: string) => newAccount(ctx, { role: 'supervisor', supervises: [teamId] });
export const newAdmin = (ctx: ServiceContext) => newAccount(ctx, { role: 'admin' });
