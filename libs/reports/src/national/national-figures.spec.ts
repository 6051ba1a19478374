import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultNationalFiguresPath, NATIONAL_FIGURES_FILE, NationalFigures } from './national-figures.js';

describe('NationalFigures', () => {
  it('finds the data file at the root of the project and loads every year with its source', () => {
    expect(defaultNationalFiguresPath().endsWith(NATIONAL_FIGURES_FILE)).toBe(true);
    const national = NationalFigures.load();
    expect(national.figures.years.map((year) => year.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    // reference/japan-asylum-procedure.md §4.1: ISA's corrected 2023 applications, not the article's 4,666.
    expect(national.year(2023)).toMatchObject({ applications: 13823, humanitarian: 1005 });
    expect(national.year(2017)).toBeUndefined();
  });

  describe('with a file that is wrong', () => {
    const folder = mkdtempSync(join(tmpdir(), 'yorisoi-national-'));
    const file = join(folder, 'isa-national-figures.json');
    const original = JSON.parse(readFileSync(defaultNationalFiguresPath(), 'utf8')) as { years: Record<string, unknown>[] };

    it.each([
      ['not JSON', '{ "version": ', /cannot be read as JSON/],
      ['a count that is not a whole number', JSON.stringify({ ...original, years: [{ ...original.years[0], applications: -3 }, ...original.years.slice(1)] }), /years\[0\]\.applications/],
      ['a field missing', JSON.stringify({ ...original, years: [{ ...original.years[0], recognised: undefined }, ...original.years.slice(1)] }), /years\[0\]\.recognised is missing/],
    ])('stops start-up on %s, naming the file and the field', (_what, text, message) => {
      writeFileSync(file, text);
      expect(() => NationalFigures.load(file)).toThrow(message);
      expect(() => NationalFigures.load(file)).toThrow(file);
    });

    it('stops start-up when the file is not there', () => {
      expect(() => NationalFigures.load(join(folder, 'missing.json'))).toThrow(/cannot be read/);
      rmSync(folder, { recursive: true, force: true });
    });
  });
});
