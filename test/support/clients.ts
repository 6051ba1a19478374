import { randomUUID } from 'node:crypto';
import type { SignedInBrowser } from './accounts.js';

export interface IntakeOverrides {
  readonly [field: string]: unknown;
}

/** A valid intake body for the team, with a unique name unless given. */
export function intakeBody(teamId: string, overrides: IntakeOverrides = {}): Record<string, unknown> {
  return {
    teamId,
    familyName: `Hussain-${randomUUID().slice(0, 6)}`,
    givenName: 'Amina',
    nativeName: 'أمينة حسين',
    katakanaName: 'フセイン アミナ',
    dateOfBirth: '1991-04-12',
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
