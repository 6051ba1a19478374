import holidayJp from '@holiday-jp/holiday_jp';
import { JapaneseCalendar } from '#domain';

let calendar: JapaneseCalendar | undefined;

/**
 * Japan's national holidays (including substitute and citizens' holidays) from the maintained
 * @holiday-jp/holiday_jp data set, as the calendar the pure deadline rules take as an argument.
 * Update the package to extend or correct the years it covers.
 */
export function japanCalendar(): JapaneseCalendar {
  calendar ??= JapaneseCalendar.fromHolidays(
    Object.values(holidayJp.holidays).map((holiday) => ({ date: holiday.date, nameJa: holiday.name, nameEn: holiday.name_en })),
  );
  return calendar;
}
