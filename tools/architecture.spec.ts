import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from '@jest/globals';

/**
 * The shape docs/architecture.md promises, checked on the sources: every query lives in a
 * `*.repository.ts` file, each table has one owning library, and no library queries, maps or
 * imports the entity of a table it does not own. A foreign-key stub (`entities/refs.ts`,
 * `synchronize: false`) names another library's table only so that the schema can reference it.
 */

const ROOT = join(import.meta.dirname, '..');

/**
 * The statements that read across owners on purpose, each for speed: on a screen read all day,
 * or (the reports' refresh) over every file of the organisation at once.
 * Nothing else may: a library asks the owner through what the owner exports.
 */
const CROSS_OWNER_READ_MODELS: Readonly<Record<string, string>> = {
  'libs/clients/src/caseload/caseload-read-model.repository.ts':
    'the caseload and team view: one statement joins the files with their caseworkers, teams and next deadline',
  'libs/referrals/src/referrals/waiting-referrals.repository.ts':
    "the home page's referrals waiting: the file's case number and name under the clients library's scope condition",
  'libs/reports/src/refresh/report-sources.repository.ts':
    "the reporting store's rebuild: each fact table in one INSERT … SELECT over the files, steps, deadlines, reminders, referrals and documents, so 100,000 files refresh in seconds",
};

/**
 * Where SQL belongs besides repositories: the migrations, platform's own database plumbing, and
 * the one SQL fragment every repository of client data composes (the caller's scope), which runs
 * no query of its own.
 */
const SQL_ALLOWED = [/\.repository\.ts$/, /^migrations\//, /^libs\/platform\/src\/database\//, /^libs\/clients\/src\/access\/client-scope\.ts$/];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.(spec|fixture)\.ts$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

const libraries = readdirSync(join(ROOT, 'libs'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const productionFiles = [...sourceFiles('libs'), ...sourceFiles('apps/api/src'), ...sourceFiles('apps/worker/src')].filter(
  (file) => !file.startsWith('libs/platform/src/testing/'),
);

function libraryOf(file: string): string | undefined {
  return /^libs\/([^/]+)\//.exec(file)?.[1];
}

function read(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8');
}

const ENTITY = /@Entity\(\s*'([a-z_]+)'(\s*,\s*\{[^}]*synchronize:\s*false)?/g;

/** table → owning library, from the entities each library declares as its own. */
const owners = new Map<string, string>();
/** entity class name → owning library. */
const entityOwners = new Map<string, string>();
for (const file of productionFiles) {
  const library = libraryOf(file);
  if (!library) continue;
  const text = read(file);
  for (const match of text.matchAll(ENTITY)) {
    if (match[2]) continue;
    owners.set(match[1], library);
    const className = /^\s*export class (\w+)/m.exec(text.slice(match.index))?.[1];
    if (className) entityOwners.set(className, library);
  }
}

/** A table named where SQL names one: after FROM, JOIN, INTO, UPDATE, TABLE or REFERENCES. */
const SQL_TABLE = /\b(?:FROM|JOIN|INTO|UPDATE|TABLE|REFERENCES)\s+"?([a-z_]+)"?/g;

const QUERY_CALL =
  /\.(?:query|createQueryBuilder|getRepository)\(|\bmanager\.(?:find\w*|save|insert|update|upsert|delete|remove|count\w*|exists\w*|increment|decrement)\(/;
const RAW_SQL = /\b(?:SELECT\s[\s\S]{0,400}?\bFROM\b|INSERT\s+INTO\b|DELETE\s+FROM\b|UPDATE\s+[a-z_]+\s+SET\b)/;

describe('architecture', () => {
  it('derives an owner for every table the migrations create', () => {
    const created = new Set<string>();
    for (const file of sourceFiles('migrations')) {
      for (const match of read(file).matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?([a-z_]+)"?/g)) created.add(match[1]);
    }
    const unowned = [...created].filter((table) => !owners.has(table) && table !== 'migrations');
    expect(unowned).toEqual([]);
  });

  it('keeps every query in a repository', () => {
    const offenders = productionFiles.filter((file) => {
      if (SQL_ALLOWED.some((allowed) => allowed.test(file))) return false;
      const text = read(file);
      return QUERY_CALL.test(text) || RAW_SQL.test(text);
    });
    expect(offenders).toEqual([]);
  });

  it("lets no library query another library's table", () => {
    const offenders: string[] = [];
    for (const file of productionFiles) {
      const library = libraryOf(file);
      if (!library || library === 'platform' || file in CROSS_OWNER_READ_MODELS || /\/refs\.ts$/.test(file)) continue;
      const text = read(file);
      for (const match of text.matchAll(SQL_TABLE)) {
        const owner = owners.get(match[1]);
        if (owner && owner !== library) offenders.push(`${file}: ${match[1]} (owned by ${owner})`);
      }
      for (const match of text.matchAll(ENTITY)) {
        const owner = owners.get(match[1]);
        if (owner && owner !== library) offenders.push(`${file}: maps ${match[1]} (owned by ${owner})`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("lets no library import another library's entity", () => {
    const offenders: string[] = [];
    for (const file of productionFiles) {
      const library = libraryOf(file);
      if (!library) continue;
      for (const match of read(file).matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'#([a-z]+)'/g)) {
        for (const name of match[1].split(',').map((part) => part.replace(/^\s*type\s+/, '').split(/\s+as\s+/)[0].trim())) {
          const owner = entityOwners.get(name);
          if (owner && owner !== library) offenders.push(`${file}: ${name} (owned by ${owner})`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('names only libraries that exist as read models', () => {
    for (const file of Object.keys(CROSS_OWNER_READ_MODELS)) expect(libraries).toContain(libraryOf(file));
    for (const file of Object.keys(CROSS_OWNER_READ_MODELS)) expect(productionFiles).toContain(file);
  });
});
