import { JAPAN_TIME_ZONE } from '#domain';
import type { Locale } from '../api/types';

/** Every date the dashboard shows is a date in Japan, where the procedure's deadlines run. */
export const TIME_ZONE = JAPAN_TIME_ZONE;
/** Japan has no daylight saving time: its offset is always +09:00. */
const TOKYO_OFFSET = '+09:00';

const intlLocale = (locale: Locale) => (locale === 'ja' ? 'ja-JP' : 'en-GB');

const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

function dateTimeFormat(locale: Locale): Intl.DateTimeFormat {
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), {
      year: 'numeric',
      month: locale === 'ja' ? '2-digit' : 'short',
      day: locale === 'ja' ? '2-digit' : 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: TIME_ZONE,
    });
    dateTimeFormats.set(locale, format);
  }
  return format;
}

function dateFormat(locale: Locale): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeZone: TIME_ZONE });
    dateFormats.set(locale, format);
  }
  return format;
}

export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat(locale).format(date);
}

export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat(locale).format(date);
}

/** A `datetime-local` value (`2026-05-03T14:05`), read as Japan time → ISO 8601 in UTC. */
export function tokyoInputToIso(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return undefined;
  const withSeconds = value.length === 16 ? `${value}:00` : value;
  const date = new Date(`${withSeconds}${TOKYO_OFFSET}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** ISO 8601 → a `datetime-local` value in Japan time, for putting a filter back into its field. */
export function isoToTokyoInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const shifted = new Date(date.getTime() + 9 * 3_600_000);
  return shifted.toISOString().slice(0, 16);
}

/** Seconds as minutes and seconds, for "try again in …". */
export function formatWait(totalSeconds: number, locale: Locale): string {
  const seconds = Math.max(0, Math.ceil(totalSeconds));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (locale === 'ja') return minutes > 0 ? `${minutes}分${rest > 0 ? `${rest}秒` : ''}` : `${rest}秒`;
  const parts: string[] = [];
  if (minutes > 0) parts.push(`${minutes} min`);
  if (rest > 0 || minutes === 0) parts.push(`${rest} s`);
  return parts.join(' ');
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date `YYYY-MM-DD` as a UTC instant, only for arithmetic and formatting in UTC. */
function localDateToUtc(value: string): Date | undefined {
  const match = LOCAL_DATE.exec(value);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value ? date : undefined;
}

export function isLocalDate(value: string): boolean {
  return localDateToUtc(value) !== undefined;
}

const localDateFormats = new Map<Locale, Intl.DateTimeFormat>();

/**
 * A calendar date (a deadline, a birth date): the same day in every browser, whatever its time
 * zone, because it is formatted as the date it names and never converted. With the weekday,
 * as deadlines are read: 2026年1月5日(月) / Mon 5 Jan 2026.
 */
export function formatLocalDate(value: string, locale: Locale): string {
  const date = localDateToUtc(value);
  if (!date) return value;
  let format = localDateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), { year: 'numeric', month: locale === 'ja' ? 'long' : 'short', day: 'numeric', weekday: 'short', timeZone: 'UTC' });
    localDateFormats.set(locale, format);
  }
  if (locale === 'ja') return format.format(date);
  // en-GB writes "Mon, 5 Jan 2026"; the deadline explanations write "Mon 5 Jan 2026".
  return format
    .formatToParts(date)
    .filter((part) => part.type !== 'literal')
    .map((part) => part.value)
    .join(' ');
}

/** Today's date in Japan, where the procedure's days are counted. */
export function todayInTokyo(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = localDateToUtc(from);
  const b = localDateToUtc(to);
  if (!a || !b) return Number.NaN;
  return Math.round((b.getTime() - a.getTime()) / 86_400_000);
}

export function addDaysToLocalDate(value: string, days: number): string {
  const date = localDateToUtc(value);
  if (!date) return value;
  return new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A language code (fa, prs) named in the interface language, when the browser knows it. */
export function languageName(code: string, locale: Locale): string | undefined {
  try {
    const name = new Intl.DisplayNames([intlLocale(locale)], { type: 'language', fallback: 'none' }).of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}
