import { randomUUID } from 'node:crypto';
import type { SignedInBrowser } from './accounts.js';

export interface IntakeOverrides {
  readonly [field: string]: unknown;
}

/**
 * A valid intake body for the team. Name and birth date are unique unless given, so files made
 * by other tests of the run never look like duplicates of this one.
 */
export function intakeBody(teamId: string, overrides: IntakeOverrides = {}): Record<string, unknown> {
  const unique = randomUUID();
  const day = Number.parseInt(unique.slice(0, 6), 16) % 16_000;
  return {
    teamId,
    familyName: `Hussain-${unique.slice(0, 6)}`,
    givenName: 'Amina',
    nativeName: null,
    katakanaName: null,
    dateOfBirth: new Date(Date.UTC(1960, 0, 1) + day * 86_400_000).toISOString().slice(0, 10),
    nationality: 'AFG',
    languages: ['fa', 'en'],
    interpreterNeeded: true,
    interpreterLanguage: 'fa',
    residence: { stage: 'NO_STATUS' },
    custody: { stage: 'D0_NONE' },
    ...overrides,
  };
}

/** Takes a client in through the API as this caseworker or supervisor; returns the new file. */
export async function takeIn(browser: SignedInBrowser, teamId: string, overrides: IntakeOverrides = {}) {
  const response = await browser.post('/api/clients', intakeBody(teamId, { confirmNotDuplicate: true, ...overrides }));
  if (response.status !== 201) throw new Error(`intake failed: ${response.status} ${JSON.stringify(response.body)}`);
  return (response.body as { client: { id: string; caseNumber: string; version: number } }).client;
}
