import { addBusinessDays } from '../calendar/business-days.js';
import type { JapaneseCalendar } from '../calendar/japanese-calendar.js';
import type { LocalDate } from '../calendar/local-date.js';
import { DomainError } from '../shared/domain-error.js';

/**
 * The day a sent referral still without an answer becomes a follow-up for the caseworker:
 * `businessDays` open days after `sentOn`. Partners are offices and NGOs that keep the
 * administrative calendar (Act on Holidays of Administrative Organs Art. 1: weekends, national
 * holidays and 29 Dec – 3 Jan), so a referral sent before Golden Week or the year-end closure is
 * not chased while nobody could have answered it.
 */
export function referralFollowUpDue(sentOn: LocalDate, businessDays: number, calendar: JapaneseCalendar): LocalDate {
  if (!Number.isSafeInteger(businessDays) || businessDays < 1) {
    throw new DomainError('VALIDATION_FAILED', 'The follow-up delay must be a whole number of business days from 1', { businessDays });
  }
  return addBusinessDays(calendar, sentOn, businessDays, 'administrative');
}
