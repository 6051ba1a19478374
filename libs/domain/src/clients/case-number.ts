/** `2026-0042`: the year of intake and a sequence number within it, at least four digits. */
export function formatCaseNumber(year: number, sequence: number): string {
  return `${year}-${String(sequence).padStart(4, '0')}`;
}

export const CASE_NUMBER_PATTERN = /^\d{4}-\d{4,}$/;
