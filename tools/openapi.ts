import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadConfig } from '#platform';
import { createApiApp } from '../apps/api/src/create-api-app.js';
import { buildOpenApiDocument } from '../apps/api/src/openapi.js';

/**
 * Writes openapi.json from the controllers' decorators (`npm run openapi`), or with `--check`
 * fails when the committed file differs (CI). Builds the module graph in preview mode: no
 * database or Redis connection is needed.
 */
async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'error' }, { envFile: false, usesAuthSecret: false });
  const app = await createApiApp(config, { preview: true });
  const document = `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  await app.close();
  const path = new URL('../../openapi.json', import.meta.url);
  if (!check) {
    writeFileSync(path, document);
    console.log('wrote openapi.json');
    return;
  }
  let committed = '';
  try {
    committed = readFileSync(path, 'utf8');
  } catch {
    // A missing file is a difference like any other.
  }
  if (committed !== document) {
    console.error('openapi.json is out of date: run `npm run openapi` and commit the result.');
    process.exit(1);
  }
  console.log('openapi.json is up to date');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
