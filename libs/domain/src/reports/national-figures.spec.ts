import { describe, expect, it } from '@jest/globals';
// The data file libs/reports loads at run time: this spec checks the real one.
import data from '../../../reports/data/isa-national-figures.json' with { type: 'json' };
import { averageMonthsToDays, parseNationalFigures, recognisedPerHundred, recognitionRate } from './national-figures.js';

const file = data as Record<string, unknown>;
const figures = parseNationalFigures(file);
const year = (y: number) => figures.years.find((entry) => entry.year === y)!;

/** The file with one change, for the refusals. */
function changed(edit: (copy: { years: Record<string, unknown>[]; sources: Record<string, unknown>[] } & Record<string, unknown>) => void): unknown {
  const copy = structuredClone(file) as { years: Record<string, unknown>[]; sources: Record<string, unknown>[] } & Record<string, unknown>;
  edit(copy);
  return copy;
}

describe('the national figures file', () => {
  it('parses, 2018 to 2024, as of the 2024 release', () => {
    expect(figures.version).toBe('2025-03-14');
    expect(figures.years.map((entry) => entry.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024]);
  });

  it.each([
    // ISA's columns (reference §4.1), where the source article is wrong for 2022–2024.
    [2018, { applications: 10493, recognised: 42, recognisedOnAppeal: 4, humanitarian: 40, cpRecognised: null, resettled: 22 }],
    [2021, { applications: 2413, recognised: 74, recognisedOnAppeal: 9, humanitarian: 580 }],
    [2022, { applications: 3772, recognised: 202, recognisedOnAppeal: 15, humanitarian: 1760, resettled: 35 }],
    [2023, { applications: 13823, cpApplications: 678, recognised: 303, recognisedOnAppeal: 14, humanitarian: 1005, cpRecognised: 2 }],
    [2024, { applications: 12373, cpApplications: 1273, recognised: 190, recognisedOnAppeal: 14, humanitarian: 335, cpRecognised: 1661, refused: 5117 }],
  ])('%i has the ISA figures', (y, expected) => {
    expect(year(y)).toMatchObject(expected);
  });

  it.each([
    [2019, 17.0, null, false],
    [2020, 25.4, 26.8, false],
    [2021, 32.2, 20.9, false],
    [2022, 33.3, 13.3, false],
    [2023, null, null, false],
    [2024, 22, 12, true],
  ])('%i processing times: %p / %p months, unverified %p', (y, firstInstance, review, unverified) => {
    expect([year(y).firstInstanceAverageMonths, year(y).reviewAverageMonths, year(y).processingTimesUnverified]).toEqual([firstInstance, review, unverified]);
  });

  it('says why 2023 has no processing times', () => {
    expect(year(2023).note).toMatch(/only a total/i);
  });
});

describe('parseNationalFigures', () => {
  it.each([
    ['not an object', () => []],
    ['an unknown top-level field', () => changed((c) => (c.extra = 1))],
    ['a missing title', () => changed((c) => delete c.title)],
    ['a version that is not a date', () => changed((c) => (c.version = '2025-14-03'))],
    ['no years', () => changed((c) => (c.years = []))],
    ['a year twice', () => changed((c) => c.years.push({ ...c.years[6] }))],
    ['years out of order', () => changed((c) => c.years.reverse())],
    ['a negative count', () => changed((c) => (c.years[0].applications = -1))],
    ['a fractional count', () => changed((c) => (c.years[0].recognised = 4.5))],
    ['a count as text', () => changed((c) => (c.years[0].humanitarian = '40'))],
    ['a required count null', () => changed((c) => (c.years[0].applications = null))],
    ['a missing nullable count', () => changed((c) => delete c.years[0].cpApplications)],
    ['an unknown year field', () => changed((c) => (c.years[0].pending = 3))],
    ['more recognised on appeal than recognised', () => changed((c) => (c.years[0].recognisedOnAppeal = 43))],
    ['negative months', () => changed((c) => (c.years[1].firstInstanceAverageMonths = -1))],
    ['unverified not a boolean', () => changed((c) => (c.years[0].processingTimesUnverified = 'no'))],
    ['a year no source covers', () => changed((c) => (c.sources = c.sources.filter((s) => !(s.years as number[]).includes(2024))))],
    ['a source for a year the file lacks', () => changed((c) => (c.sources[0].years = [2017, ...(c.sources[0].years as number[])]))],
    ['a source without an address', () => changed((c) => (c.sources[0].url = 'moj.go.jp'))],
    ['a source repeating a year', () => changed((c) => (c.sources[1].years = [2024, 2024]))],
  ])('refuses %s', (_case, make) => {
    expect(() => parseNationalFigures(make())).toThrow(RangeError);
  });

  it('takes a year without a note', () => {
    expect(parseNationalFigures(changed((c) => delete c.years[2].note)).years[2].note).toBeNull();
  });
});

describe('rates', () => {
  it.each([
    [10493, 42, 0.4],
    [13823, 303, 2.2],
    [12373, 190, 1.5],
    [8, 1, 12.5],
    [3, 1, 33.3],
    [3, 2, 66.7],
    [0, 0, null],
  ])('recognisedPerHundred(%i applications, %i recognised) = %p', (applications, recognised, expected) => {
    expect(recognisedPerHundred(applications, recognised)).toBe(expected);
  });

  it.each([
    [{ recognised: 190, complementaryProtection: 1661, refused: 5117 }, 2.7],
    [{ recognised: 1, complementaryProtection: 0, refused: 0 }, 100],
    [{ recognised: 0, complementaryProtection: 3, refused: 5 }, 0],
    [{ recognised: 1, complementaryProtection: 1, refused: 6 }, 12.5],
    [{ recognised: 0, complementaryProtection: 0, refused: 0 }, null],
  ])('recognitionRate(%j) = %p', (decisions, expected) => {
    expect(recognitionRate(decisions)).toBe(expected);
  });

  it('refuses counts that are not whole numbers from 0', () => {
    expect(() => recognisedPerHundred(-1, 0)).toThrow(RangeError);
    expect(() => recognitionRate({ recognised: 1.5, complementaryProtection: 0, refused: 0 })).toThrow(RangeError);
  });

  it.each([
    [17.0, 517],
    [25.4, 772],
    [13.3, 404],
    [22, 669],
    [0, 0],
    [null, null],
  ])('averageMonthsToDays(%p) = %p', (months, days) => {
    expect(averageMonthsToDays(months)).toBe(days);
  });
});
