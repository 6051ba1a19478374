import { randomUUID } from 'node:crypto';
import type { Principal } from '#accounts';
import { ClientsService, type ClientIntakeInput, type ClientView } from '#clients';
import type { ServiceContext } from './service-context.js';

/**
 * A valid intake for the team. Name and birth date are unique unless given, so files made by
 * other tests of the run never look like duplicates of this one.
 */
export function intakeInput(teamId: string, overrides: Partial<ClientIntakeInput> = {}): ClientIntakeInput {
  const unique = randomUUID();
  const day = Number.parseInt(unique.slice(0, 6), 16) % 16_000;
  return {
    teamId,
    familyName: `Rahimi-${unique.slice(0, 6)}`,
    givenName: 'Nadia',
    dateOfBirth: new Date(Date.UTC(1960, 0, 1) + day * 86_400_000).toISOString().slice(0, 10),
    nationality: 'AFG',
    languages: ['fa', 'en'],
    interpreterNeeded: true,
    interpreterLanguage: 'fa',
    residence: { stage: 'NO_STATUS' },
    custody: { stage: 'D0_NONE' },
    confirmNotDuplicate: true,
    ...overrides,
  };
}

/** A file taken in by the principal through ClientsService.intake. */
export async function newClient(ctx: ServiceContext, principal: Principal, teamId: string, overrides: Partial<ClientIntakeInput> = {}): Promise<ClientView> {
  return (await ctx.get(ClientsService).intake(principal, intakeInput(teamId, overrides))).client;
}
