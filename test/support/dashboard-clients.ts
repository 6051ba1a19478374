import { heardBy, type SignedInBrowser } from './accounts.js';
import type { TestApi } from './test-api.js';

/**
 * Helpers for the dashboard's case-work tests: dates relative to the api's clock (in Japan, where
 * the procedure's days are counted) and the procedure steps a test needs before its screen.
 */

/** The date in Japan `offsetDays` from the api's clock: `YYYY-MM-DD`. */
export function tokyoDate(api: TestApi, offsetDays = 0): string {
  const now = api.clock.now();
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const today = Date.UTC(Number(part('year')), Number(part('month')) - 1, Number(part('day')));
  return new Date(today + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(date: string): { year: number; month: number; day: number; weekday: number } {
  const [year, month, day] = date.split('-').map(Number);
  return { year, month, day, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
}

/** How a calendar date reads in the Japanese interface (and on official notices): 2026年1月5日(月). */
export function jaDate(date: string): string {
  const { year, month, day, weekday } = parts(date);
  return `${year}年${month}月${day}日(${WEEKDAYS_JA[weekday]})`;
}

/** How a calendar date reads in the English interface: Mon 5 Jan 2026. */
export function enDate(date: string): string {
  const { year, month, day, weekday } = parts(date);
  return `${WEEKDAYS_EN[weekday]} ${day} ${MONTHS_EN[month - 1]} ${year}`;
}

/** Calendar days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A random date of birth, so that files of other tests never look like duplicates. */
export function uniqueBirthDate(): string {
  return new Date(Date.UTC(1950, 0, 1) + Math.floor(Math.random() * 18_000) * 86_400_000).toISOString().slice(0, 10);
}

export async function setDisplayName(api: TestApi, userId: string, name: string): Promise<void> {
  await api.dataSource.query('UPDATE user_account SET display_name = $2 WHERE id = $1', [userId, name]);
  await heardBy(api, userId);
}

/** Records the next application of the file through the API; returns its id. */
export async function openApplication(browser: SignedInBrowser, clientId: string, kind: 'REFUGEE_AND_CP' | 'CP_ONLY' = 'REFUGEE_AND_CP'): Promise<string> {
  const response = await browser.post(`/api/clients/${clientId}/applications`, { kind });
  if (response.status !== 201) throw new Error(`opening the application failed: ${response.status} ${JSON.stringify(response.body)}`);
  return (response.body as { id: string }).id;
}

/** Records a step of an application at its current version (fails the test if refused). */
export async function recordStep(browser: SignedInBrowser, clientId: string, applicationId: string, step: { to: string; outcome?: string; dates?: Record<string, string> }): Promise<void> {
  const current = await browser.get(`/api/clients/${clientId}/applications/${applicationId}`);
  const response = await browser.post(`/api/clients/${clientId}/applications/${applicationId}/steps`, { version: (current.body as { version: number }).version, ...step });
  if (response.status !== 201) throw new Error(`recording ${step.to} failed: ${response.status} ${JSON.stringify(response.body)}`);
}
