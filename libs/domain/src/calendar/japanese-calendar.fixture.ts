import holidayJp from '@holiday-jp/holiday_jp';
import { JapaneseCalendar, type NationalHolidayInput } from './japanese-calendar.js';

/**
 * Test data for the domain's specs, never exported from the library: Japan's national holidays
 * from the @holiday-jp/holiday_jp data set (1970–2050), which the api and the worker load too.
 */
export const nationalHolidays: readonly NationalHolidayInput[] = Object.values(holidayJp.holidays).map((holiday) => ({
  date: holiday.date,
  nameJa: holiday.name,
  nameEn: holiday.name_en,
}));

/** The calendar the specs compute deadlines and business days with. */
export const calendar = JapaneseCalendar.fromHolidays(nationalHolidays);
