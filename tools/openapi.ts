import 'reflect-metadata';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { loadConfig } from '#platform';
import { createApiApp } from '../apps/api/src/create-api-app.js';
import { buildOpenApiDocument } from '../apps/api/src/openapi.js';

const GENERATED_HEADER = '// Written by `npm run openapi` (openapi-typescript) from openapi.json. Do not edit: change the API and run it again.\n\n';

interface GeneratedFile {
  readonly path: string;
  readonly name: string;
  readonly content: string;
}

/**
 * Writes openapi.json from the controllers' decorators and the dashboard's types from openapi.json
 * (`npm run openapi`), or with `--check` fails when either committed file differs (CI): a route
 * changed without regenerating the dashboard's client fails the build. Builds the module graph in
 * preview mode: no database or Redis connection is needed.
 */
async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'error' }, { envFile: false, usesAuthSecret: false });
  const app = await createApiApp(config, { preview: true });
  const document = buildOpenApiDocument(app);
  await app.close();
  const files: GeneratedFile[] = [
    { path: fileURLToPath(new URL('../../openapi.json', import.meta.url)), name: 'openapi.json', content: `${JSON.stringify(document, null, 2)}\n` },
    {
      path: fileURLToPath(new URL('../../apps/dashboard/src/api/generated/openapi.d.ts', import.meta.url)),
      name: 'apps/dashboard/src/api/generated/openapi.d.ts',
      content: await dashboardTypes(document as unknown as OpenAPI3),
    },
  ];
  if (!check) {
    for (const file of files) {
      mkdirSync(dirname(file.path), { recursive: true });
      writeFileSync(file.path, file.content);
      console.log(`wrote ${file.name}`);
    }
    return;
  }
  const stale = files.filter((file) => committedText(file.path) !== file.content);
  for (const file of stale) console.error(`${file.name} is out of date: run \`npm run openapi\` and commit the result.`);
  if (stale.length > 0) process.exit(1);
  console.log('openapi.json and the dashboard client are up to date');
}

/**
 * The request and response types of every route (`openapi-typescript`), for the dashboard's
 * `openapi-fetch` client.
 */
async function dashboardTypes(document: OpenAPI3): Promise<string> {
  const ast = await openapiTS(document, { alphabetize: true, emptyObjectsUnknown: true, silent: true });
  return `${GENERATED_HEADER}${astToString(ast)}`;
}

function committedText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    // A missing file is a difference like any other.
    return '';
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
