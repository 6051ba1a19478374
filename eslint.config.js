import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const frameworkImports = {
  patterns: [
    {
      group: ['@nestjs/*', 'typeorm', 'typeorm/*', 'bullmq', 'ioredis', 'pg', 'express', 'nodemailer', 'class-validator', 'class-transformer', '#platform', '#platform/*', '#migrations', 'node:*'],
      message: 'libs/domain is pure TypeScript: no framework, database, queue or I/O imports. Pass what you need in as arguments.',
    },
  ],
};

const domainErrorsOnly = {
  selector: 'NewExpression[callee.name=/Exception$/]',
  message: 'Throw a DomainError with a code; the HTTP filter maps it to a status.',
};

const queriesInRepositories = {
  selector: 'CallExpression[callee.property.name=/^(query|createQueryBuilder|getRepository)$/]',
  message: 'Queries live in *.repository.ts files (docs/architecture.md); a service asks a repository.',
};

export default tseslint.config(
  // The dashboard's API types are written by `npm run openapi` from openapi.json.
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'apps/dashboard/dist/', 'apps/dashboard/node_modules/', 'apps/dashboard/src/api/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-console': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through AppConfig (libs/platform/src/config).' },
      ],
      'no-restricted-syntax': ['error', domainErrorsOnly],
    },
  },
  {
    files: ['apps/api/src/**/*.ts', 'apps/worker/src/**/*.ts', 'libs/*/src/**/*.ts'],
    ignores: ['**/*.repository.ts', '**/*.spec.ts', 'libs/platform/src/database/**', 'libs/platform/src/testing/**', 'libs/clients/src/access/client-scope.ts'],
    rules: { 'no-restricted-syntax': ['error', domainErrorsOnly, queriesInRepositories] },
  },
  {
    files: ['libs/domain/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', frameworkImports] },
  },
  {
    // Configuration is read here and only here; tests and tools set up processes.
    files: ['libs/platform/src/config/**', 'libs/platform/src/testing/**', 'test/**', 'tools/**', '*.config.js'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['tools/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['apps/dashboard/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
