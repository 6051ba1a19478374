export { addBusinessDays, countBusinessDays, nextOpenDay, previousOpenDay } from './business-days.js';
export { formatLocalDateEn, formatLocalDateJa } from './format-local-date.js';
export {
  CalendarCoverageError,
  JapaneseCalendar,
  type CalendarCoverage,
  type ClosedDay,
  type ClosedDayReason,
  type ClosedDayRegime,
  type NationalHoliday,
  type NationalHolidayInput,
} from './japanese-calendar.js';
export { JAPAN_TIME_ZONE } from './japan-time-zone.js';
export { localDateInTimeZone } from './local-date-in-time-zone.js';
export {
  addDays,
  addMonthsClamped,
  compareLocalDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  earlierOf,
  fromEpochDay,
  isLeapYear,
  isLocalDate,
  lastDayOfMonth,
  laterOf,
  localDate,
  localDateFromParts,
  localDateParts,
  parseLocalDate,
  toEpochDay,
  type DayOfWeek,
  type LocalDate,
  type LocalDateParts,
} from './local-date.js';
