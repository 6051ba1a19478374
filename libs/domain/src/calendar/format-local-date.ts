import { dayOfWeek, localDateParts, type LocalDate } from './local-date.js';

const weekdaysEn = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const weekdaysJa = ['日', '月', '火', '水', '木', '金', '土'] as const;
const monthsEn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * "Mon 5 Jan 2026". Built by hand rather than with Intl so that the text does not depend on the
 * ICU data of the machine that renders it: explanations are stored and compared.
 */
export function formatLocalDateEn(date: LocalDate): string {
  const { year, month, day } = localDateParts(date);
  return `${weekdaysEn[dayOfWeek(date)]} ${day} ${monthsEn[month - 1]} ${year}`;
}

/** "2026年1月5日(月)", the form used on Japanese official notices. */
export function formatLocalDateJa(date: LocalDate): string {
  const { year, month, day } = localDateParts(date);
  return `${year}年${month}月${day}日(${weekdaysJa[dayOfWeek(date)]})`;
}
