import { localDateParts, type LocalDate } from '../calendar/local-date.js';
import type { Locale } from '../vocabulary/vocabulary.js';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/**
 * A date as a letter writes it: "2025年3月4日" / "4 March 2025". No weekday, unlike the deadline
 * explanations: a letter dates things, it does not plan them. Built by hand, not with Intl, so a
 * letter reads the same whatever ICU data the machine that renders it has.
 */
export function formatLetterDate(date: LocalDate, locale: Locale): string {
  const { year, month, day } = localDateParts(date);
  return locale === 'ja' ? `${year}年${month}月${day}日` : `${day} ${MONTHS_EN[month - 1]} ${year}`;
}
