import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseNationalFigures, type NationalFigures as NationalFiguresData, type NationalFiguresYear } from '#domain';

/** Where the data file sits in the repository: a new year is an edit of this file and a restart. */
export const NATIONAL_FIGURES_FILE = join('libs', 'reports', 'data', 'isa-national-figures.json');

/**
 * The project root: the nearest folder above this module with a package.json. The same from the
 * sources (libs/reports/src/national under Jest) and from the build (dist/libs/reports/src/national,
 * dist/ has no package.json of its own), so the data file is read where the repository has it.
 */
function projectRoot(from: string): string {
  for (let directory = from; ; directory = dirname(directory)) {
    if (existsSync(join(directory, 'package.json'))) return directory;
    if (dirname(directory) === directory) throw new Error(`No package.json above ${from}: cannot find ${NATIONAL_FIGURES_FILE}`);
  }
}

export function defaultNationalFiguresPath(): string {
  return join(projectRoot(import.meta.dirname), NATIONAL_FIGURES_FILE);
}

/**
 * ISA's published figures, loaded once at start-up from the data file and checked field by
 * field: a malformed file stops the api with a message naming the file and the field, rather
 * than let a report set the organisation's figures beside wrong national ones. Provided by
 * factory (`NationalFigures.load()`) in ReportsModule.
 */
export class NationalFigures {
  private readonly byYear: ReadonlyMap<number, NationalFiguresYear>;

  constructor(readonly figures: NationalFiguresData) {
    this.byYear = new Map(figures.years.map((year) => [year.year, year]));
  }

  static load(path: string = defaultNationalFiguresPath()): NationalFigures {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`The national figures file ${path} cannot be read as JSON: ${(error as Error).message}`, { cause: error });
    }
    try {
      return new NationalFigures(parseNationalFigures(json));
    } catch (error) {
      throw new Error(`The national figures file ${path} is malformed: ${(error as Error).message}. Fix the file and start again.`, { cause: error });
    }
  }

  /** The year's figures, when the file has them. */
  year(year: number): NationalFiguresYear | undefined {
    return this.byYear.get(year);
  }
}
