import { randomUUID } from 'node:crypto';
import type { SignedInBrowser } from './accounts.js';
import type { DataSource } from 'typeorm';

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

/**
 * The copies kept by triggers on the client row (latest application's stage, primary caseworker)
 * must match their sources for every file in the database: the files that disagree, by id.
 */
export async function clientSummaryMismatches(dataSource: DataSource): Promise<string[]> {
  const rows = await dataSource.query<{ id: string }[]>(
    `SELECT c.id FROM client c
      WHERE c.current_stage IS DISTINCT FROM (SELECT p.stage FROM protection_application p WHERE p.client_id = c.id ORDER BY p.application_no DESC LIMIT 1)
         OR c.primary_user_id IS DISTINCT FROM (SELECT a.user_id FROM client_assignment a WHERE a.client_id = c.id AND a.role = 'primary')`,
  );
  return rows.map((r) => r.id);
}
