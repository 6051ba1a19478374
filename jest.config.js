// Jest runs the TypeScript sources as native ES modules (NestJS 12 is ESM-only), compiled by SWC
// with legacy decorators and decorator metadata, as tsc compiles them for production.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** `#platform` → libs/platform/src/index.ts: the same aliases as tsc and Node, from package.json. */
const aliases = Object.fromEntries(
  Object.entries(pkg.imports).map(([alias, target]) => [
    `^${alias.replace(/[/]/g, '\\/')}$`,
    `<rootDir>/${target['yorisoi-source'].replace(/^\.\//, '')}`,
  ]),
);

const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2023',
    keepClassNames: true,
  },
  module: { type: 'es6' },
  sourceMaps: 'inline',
};

const common = {
  rootDir: '.',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  moduleNameMapper: { ...aliases, '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  setupFiles: ['reflect-metadata'],
};

export default {
  // A BullMQ worker closed by force (the shutdown-timeout test) keeps one Redis socket open until
  // its abandoned job settles; the real processes exit explicitly after closing (closeOnSignals).
  forceExit: true,
  // Set here, not per project: Jest reads the test timeout from the top-level configuration only.
  testTimeout: 30_000,
  // Jest's ESM mode keeps every test file's module graph (the whole api, for an e2e file) until
  // its process ends: in one process the suite outgrew Node's 4 GB heap. With a limit, the tests
  // run in a worker that is replaced whenever a file leaves it holding more than this.
  workerIdleMemoryLimit: '1536MB',
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.{int,e2e}-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.js',
      globalTeardown: '<rootDir>/test/support/global-teardown.js',
      setupFiles: ['reflect-metadata', '<rootDir>/test/support/setup-env.ts'],
    },
  ],
};
