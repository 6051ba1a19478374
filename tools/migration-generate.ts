import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, loadConfig } from '#platform';
import { schema } from '#migrations';
import { diffSchema } from './schema-diff.js';

/**
 * `npm run migration:generate -- add-client-search`: writes migrations/<timestamp>-<name>.ts with
 * the SQL that brings the (migrated) development database in line with the entities. Review it,
 * then add the class to migrations/schema.ts.
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) {
    console.error('usage: npm run migration:generate -- <kebab-case-name>');
    process.exit(2);
  }
  // As the owner, who sees the schema as the migrations left it.
  const { database } = loadConfig(process.env, { usesAuthSecret: false });
  const dataSource = new DataSource(
    buildDataSourceOptions({ ...database, url: database.migrationUrl ?? database.url, replicaUrls: [] }, schema, 'yorisoi-cli'),
  );
  await dataSource.initialize();
  try {
    const pending = await dataSource.showMigrations();
    if (pending) {
      console.error('The database has pending migrations: run `npm run migration:run` first.');
      process.exit(1);
    }
    const diff = await diffSchema(dataSource);
    if (diff.up.length === 0) {
      console.log('Entities and migrations agree: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name.replace(/(^|-)([a-z0-9])/g, (_m, _d: string, c: string) => c.toUpperCase())}${timestamp}`;
    const file = `migrations/${timestamp}-${name}.ts`;
    writeFileSync(file, render(className, diff.up, [...diff.down].reverse()));
    console.log(`wrote ${file}: review it, then add ${className} to migrations/schema.ts`);
  } finally {
    await dataSource.destroy();
  }
}

function render(className: string, up: readonly string[], down: readonly string[]): string {
  const lines = (queries: readonly string[]) =>
    queries.map((query) => `    await queryRunner.query(${JSON.stringify(query)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
