import type { Principal } from '#accounts';
import { ClientsService, type ClientIntakeInput, type ClientView } from '#clients';
import { intakeBody } from '../clients.js';
import type { ServiceContext } from './service-context.js';

/**
 * A valid intake for the team. Name and birth date are unique unless given, so files made by
 * other tests of the run never look like duplicates of this one.
 */
export function intakeInput(teamId: string, overrides: Partial<ClientIntakeInput> = {}): ClientIntakeInput {
  // The HTTP tests' intake body is the service's input as JSON: the same fields and values.
  return { ...(intakeBody(teamId) as unknown as ClientIntakeInput), confirmNotDuplicate: true, ...overrides };
}

/** A file taken in by the principal through ClientsService.intake. */
export async function newClient(ctx: ServiceContext, principal: Principal, teamId: string, overrides: Partial<ClientIntakeInput> = {}): Promise<ClientView> {
  return (await ctx.get(ClientsService).intake(principal, intakeInput(teamId, overrides))).client;
}
