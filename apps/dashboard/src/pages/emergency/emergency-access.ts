/**
 * When each emergency access opened in this tab ends. Kept in memory only (no storage: nothing
 * about a client outlives the page); after a reload the file still says it is open in
 * emergency mode, without the time.
 */
const until = new Map<string, string>();

export function rememberEmergencyAccess(clientId: string, expiresAt: string): void {
  until.set(clientId, expiresAt);
}

export function emergencyAccessUntil(clientId: string): string | undefined {
  return until.get(clientId);
}
