import { localDate } from '../../calendar/local-date.js';

/**
 * Act No. 56 of 2023 (令和5年法律第56号) came fully into force on 10 June 2024: supervision
 * measures, the renumbered review article (61-2-12) and the current provisional-release rules
 * date from then (reference §0.1, [V]). Rules citing the Immigration Control Act as it now
 * reads start on this date; earlier triggers have no rule rather than a guessed one.
 */
export const amendment2023InForce = localDate('2024-06-10');

/**
 * For dates someone sets (appointments, ISA due dates) there is no law to change: the rule
 * applies to any date, and 1970-01-01 is simply the start of the supported calendar.
 */
export const noLegalStartDate = localDate('1970-01-01');
