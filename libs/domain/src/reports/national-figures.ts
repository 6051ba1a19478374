import { isLocalDate } from '../calendar/local-date.js';

/**
 * Japan's national refugee-recognition figures, as ISA publishes them once a year, for the
 * outcomes and time-in-stage reports to set the NGO's own figures beside. They live in a data
 * file (libs/reports/data/isa-national-figures.json) so that a new year is an edit of data, and
 * this parser refuses a file that is wrong in any field rather than show a wrong comparison.
 */

export interface NationalFiguresSource {
  /** The figure years this source gives. */
  readonly years: readonly number[];
  readonly title: string;
  readonly url: string;
}

export interface NationalFiguresYear {
  readonly year: number;
  /** Refugee-recognition applications (難民認定申請数). */
  readonly applications: number;
  /** Applications for complementary protection only (from December 2023); null before CP existed. */
  readonly cpApplications: number | null;
  /** Recognised as refugees, at first instance and on review. */
  readonly recognised: number;
  /** Of `recognised`, recognised on review (審査請求); null when not published. */
  readonly recognisedOnAppeal: number | null;
  /** Refused but permitted to stay on humanitarian grounds (人道配慮による在留許可). */
  readonly humanitarian: number;
  /** Granted complementary protection; null before CP existed (December 2023). */
  readonly cpRecognised: number | null;
  /** First-instance refusals (不認定, 一次審査), the reports' "refused"; null when not published. */
  readonly refused: number | null;
  /** Average months from filing to the first-instance decision; null when not published. */
  readonly firstInstanceAverageMonths: number | null;
  /** Average months from the review request to the review decision; null when not published. */
  readonly reviewAverageMonths: number | null;
  /** The processing times come from an unverified secondary source. */
  readonly processingTimesUnverified: boolean;
  /** Refugees resettled to Japan (第三国定住); null when not published. */
  readonly resettled: number | null;
  /** What a reader must know about this year's figures; null when nothing. */
  readonly note: string | null;
}

export interface NationalFigures {
  /** The date of the latest publication the file follows, YYYY-MM-DD. */
  readonly version: string;
  readonly title: string;
  readonly sources: readonly NationalFiguresSource[];
  readonly note: string;
  /** In ascending order of year, each year once. */
  readonly years: readonly NationalFiguresYear[];
}

/** ISA counts from 1982; nothing before can be a year of these figures. */
const FIRST_YEAR = 1982;

const TOP_LEVEL_FIELDS = ['version', 'title', 'sources', 'note', 'years'] as const;
const SOURCE_FIELDS = ['years', 'title', 'url'] as const;
const YEAR_FIELDS = [
  'year',
  'applications',
  'cpApplications',
  'recognised',
  'recognisedOnAppeal',
  'humanitarian',
  'cpRecognised',
  'refused',
  'firstInstanceAverageMonths',
  'reviewAverageMonths',
  'processingTimesUnverified',
  'resettled',
  'note',
] as const;
const OPTIONAL_YEAR_FIELDS: ReadonlySet<string> = new Set(['note']);

/**
 * The national figures from the parsed JSON of the data file. Throws a RangeError naming the
 * first field that is wrong: a missing or unknown field, a count that is not a whole number from
 * 0 (or null where the field allows it), years not unique and ascending, a source for a year the
 * file lacks, or a year no source covers.
 */
export function parseNationalFigures(json: unknown): NationalFigures {
  const root = record(json, 'national figures');
  exactFields(root, TOP_LEVEL_FIELDS, new Set(), 'national figures');
  const version = root.version;
  if (!isLocalDate(version)) throw new RangeError('version must be a date YYYY-MM-DD');
  const title = text(root.title, 'title');
  const note = text(root.note, 'note');
  if (!Array.isArray(root.years) || root.years.length === 0) throw new RangeError('years must be a non-empty list');
  const years = root.years.map((value, index) => parseYear(value, `years[${index}]`));
  years.forEach((entry, index) => {
    if (index > 0 && entry.year <= years[index - 1].year) throw new RangeError(`years[${index}].year must come after ${years[index - 1].year}: years are unique and ascending`);
  });
  if (!Array.isArray(root.sources) || root.sources.length === 0) throw new RangeError('sources must be a non-empty list');
  const known = new Set(years.map((entry) => entry.year));
  const sources = root.sources.map((value, index) => parseSource(value, `sources[${index}]`, known));
  const covered = new Set(sources.flatMap((source) => source.years));
  const uncovered = years.find((entry) => !covered.has(entry.year));
  if (uncovered !== undefined) throw new RangeError(`no source covers the figures of ${uncovered.year}`);
  return { version, title, sources, note, years };
}

function parseYear(value: unknown, at: string): NationalFiguresYear {
  const entry = record(value, at);
  exactFields(entry, YEAR_FIELDS, OPTIONAL_YEAR_FIELDS, at);
  const year = count(entry.year, `${at}.year`);
  if (year < FIRST_YEAR) throw new RangeError(`${at}.year must be ${FIRST_YEAR} or later`);
  const recognised = count(entry.recognised, `${at}.recognised`);
  const recognisedOnAppeal = countOrNull(entry.recognisedOnAppeal, `${at}.recognisedOnAppeal`);
  if (recognisedOnAppeal !== null && recognisedOnAppeal > recognised) throw new RangeError(`${at}.recognisedOnAppeal cannot exceed recognised`);
  if (typeof entry.processingTimesUnverified !== 'boolean') throw new RangeError(`${at}.processingTimesUnverified must be true or false`);
  const note = entry.note === undefined || entry.note === null ? null : text(entry.note, `${at}.note`);
  return {
    year,
    applications: count(entry.applications, `${at}.applications`),
    cpApplications: countOrNull(entry.cpApplications, `${at}.cpApplications`),
    recognised,
    recognisedOnAppeal,
    humanitarian: count(entry.humanitarian, `${at}.humanitarian`),
    cpRecognised: countOrNull(entry.cpRecognised, `${at}.cpRecognised`),
    refused: countOrNull(entry.refused, `${at}.refused`),
    firstInstanceAverageMonths: monthsOrNull(entry.firstInstanceAverageMonths, `${at}.firstInstanceAverageMonths`),
    reviewAverageMonths: monthsOrNull(entry.reviewAverageMonths, `${at}.reviewAverageMonths`),
    processingTimesUnverified: entry.processingTimesUnverified,
    resettled: countOrNull(entry.resettled, `${at}.resettled`),
    note,
  };
}

function parseSource(value: unknown, at: string, known: ReadonlySet<number>): NationalFiguresSource {
  const source = record(value, at);
  exactFields(source, SOURCE_FIELDS, new Set(), at);
  if (!Array.isArray(source.years) || source.years.length === 0) throw new RangeError(`${at}.years must be a non-empty list`);
  const years = source.years.map((year, index) => count(year, `${at}.years[${index}]`));
  if (new Set(years).size !== years.length) throw new RangeError(`${at}.years must not repeat a year`);
  const unknown = years.find((year) => !known.has(year));
  if (unknown !== undefined) throw new RangeError(`${at} covers ${unknown}, a year the file has no figures for`);
  const url = text(source.url, `${at}.url`);
  if (!/^https?:\/\/[^\s/]+\.[^\s]+$/.test(url)) throw new RangeError(`${at}.url must be an http(s) address`);
  return { years, title: text(source.title, `${at}.title`), url };
}

function record(value: unknown, at: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new RangeError(`${at} must be an object`);
  return value as Record<string, unknown>;
}

function exactFields(value: Record<string, unknown>, fields: readonly string[], optional: ReadonlySet<string>, at: string): void {
  const unknown = Object.keys(value).find((key) => !fields.includes(key));
  if (unknown !== undefined) throw new RangeError(`${at} has an unknown field ${unknown}`);
  const missing = fields.find((field) => !optional.has(field) && !(field in value));
  if (missing !== undefined) throw new RangeError(`${at}.${missing} is missing`);
}

function text(value: unknown, at: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new RangeError(`${at} must be a non-empty text`);
  return value;
}

function count(value: unknown, at: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw new RangeError(`${at} must be a whole number from 0`);
  return value;
}

function countOrNull(value: unknown, at: string): number | null {
  return value === null ? null : count(value, at);
}

/** Average months are published to one decimal (≈ 25.4 months). */
function monthsOrNull(value: unknown, at: string): number | null {
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new RangeError(`${at} must be a number of months from 0, or null`);
  return value;
}

/** Percent, one decimal, half up: 2.25 → 2.3. Null without a denominator. */
function percent(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.round((part * 1000) / whole) / 10;
}

function assertCount(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} must be a whole number from 0`);
}

/** Recognitions per hundred applications in the same year, one decimal; null with no applications. */
export function recognisedPerHundred(applications: number, recognised: number): number | null {
  assertCount(applications, 'applications');
  assertCount(recognised, 'recognised');
  return percent(recognised, applications);
}

/**
 * The recognition rate: recognitions as a percentage of the decisions (recognised, complementary
 * protection, refused), one decimal; null with no decision. Humanitarian stay is not a decision
 * on the claim and is left out of both sides.
 */
export function recognitionRate(decisions: { readonly recognised: number; readonly complementaryProtection: number; readonly refused: number }): number | null {
  assertCount(decisions.recognised, 'recognised');
  assertCount(decisions.complementaryProtection, 'complementaryProtection');
  assertCount(decisions.refused, 'refused');
  return percent(decisions.recognised, decisions.recognised + decisions.complementaryProtection + decisions.refused);
}

/** Days in an average month (365.25 / 12 ≈ 30.44), to one decimal as the reports state it. */
export const DAYS_PER_MONTH = 30.4;

/** An average in months as whole days (months × 30.4, rounded), to set beside the NGO's days; null stays null. */
export function averageMonthsToDays(months: number | null): number | null {
  if (months === null) return null;
  if (!Number.isFinite(months) || months < 0) throw new RangeError('months must be a number from 0');
  return Math.round(months * DAYS_PER_MONTH);
}
