import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { EnvironmentVariables } from './environment-variables.js';
import { ConfigurationError, loadConfig } from './load-config.js';

/** A developer machine: NODE_ENV=development (as in .env.example), anything else as given. */
const load = (env: Record<string, string | undefined>) => loadConfig({ NODE_ENV: 'development', ...env }, { envFile: false });

describe('loadConfig', () => {
  it('works on a developer machine with nothing but NODE_ENV=development set', () => {
    const config = load({});
    expect(config.env).toBe('development');
    expect(config.database.url).toBe('postgres://postgres@127.0.0.1:5432/yorisoi');
    expect(config.database.migrationUrl).toBeUndefined();
    expect(config.redis.url).toBe('redis://127.0.0.1:6379');
    expect(config.mail).toEqual({
      smtpUrl: 'smtp://127.0.0.1:1025',
      smtpConfigured: false,
      from: 'Yorisoi <no-reply@yorisoi.invalid>',
      poolSize: 3,
    });
    expect(config.http.port).toBe(3000);
    expect(config.database.runMigrations).toBe(true);
    // A query inside a transaction on a second connection is logged, not thrown, outside the tests.
    expect(config.database.secondConnection).toBe('log');
    expect(config.demoSeed).toBe(false);
  });

  it.each([
    { env: { PORT: 'abc' }, names: 'PORT', mentions: 'integer port number' },
    { env: { PORT: '70000' }, names: 'PORT', mentions: 'from 1 to 65535' },
    { env: { DATABASE_URL: 'mysql://root@localhost/yorisoi' }, names: 'DATABASE_URL', mentions: 'PostgreSQL URL' },
    { env: { DATABASE_URL: 'not a url' }, names: 'DATABASE_URL', mentions: 'PostgreSQL URL' },
    { env: { REDIS_URL: 'http://localhost' }, names: 'REDIS_URL', mentions: 'Redis URL' },
    { env: { MIGRATIONS_RUN: 'yes' }, names: 'MIGRATIONS_RUN', mentions: 'true or false' },
    { env: { LOG_LEVEL: 'loud' }, names: 'LOG_LEVEL', mentions: 'one of fatal' },
    { env: { SMTP_URL: 'mail.example.org' }, names: 'SMTP_URL', mentions: 'SMTP URL' },
    { env: { NODE_ENV: 'staging' }, names: 'NODE_ENV', mentions: 'development, production, test' },
    { env: { DATABASE_REPLICA_MAX_LAG_MS: '50' }, names: 'DATABASE_REPLICA_MAX_LAG_MS', mentions: 'from 100 to 600000' },
    { env: { DATABASE_REPLICA_CHECK_INTERVAL_MS: 'often' }, names: 'DATABASE_REPLICA_CHECK_INTERVAL_MS', mentions: 'from 100 to 60000' },
    { env: { SHUTDOWN_DRAIN_MS: '-1' }, names: 'SHUTDOWN_DRAIN_MS', mentions: 'from 0 to 60000' },
    { env: { DATABASE_SECOND_CONNECTION: 'ignore' }, names: 'DATABASE_SECOND_CONNECTION', mentions: 'one of log, throw' },
  ])('refuses $env with one line naming $names', ({ env, names, mentions }) => {
    const error = captureError(() => load(env));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain(`${names} must`);
    expect(error.message).toContain(mentions);
    expect(error.message).not.toContain('\n');
  });

  it('names every bad variable at once', () => {
    const error = captureError(() => load({ PORT: 'x', WORKER_CONCURRENCY: '0' }));
    expect(error.message).toMatch(/PORT must .*; WORKER_CONCURRENCY must/);
  });

  it('never echoes a URL, which may carry a password', () => {
    const error = captureError(() => load({ DATABASE_URL: 'postgres://app:s3cret@db', DATABASE_MIGRATION_URL: 'postgres://owner:0wner@db' }));
    expect(error.message).toMatch(/DATABASE_URL must .*; DATABASE_MIGRATION_URL must/);
    expect(error.message).not.toContain('s3cret');
    expect(error.message).not.toContain('0wner');
  });

  it('keeps the migration (owner) connection apart from the runtime one', () => {
    const config = load({
      DATABASE_URL: 'postgres://yorisoi_app:a@db:5432/yorisoi',
      DATABASE_MIGRATION_URL: 'postgres://yorisoi_owner:o@db:5432/yorisoi',
    });
    expect(config.database.url).toBe('postgres://yorisoi_app:a@db:5432/yorisoi');
    expect(config.database.migrationUrl).toBe('postgres://yorisoi_owner:o@db:5432/yorisoi');
  });

  it('echoes a harmless value to help the reader', () => {
    expect(captureError(() => load({ PORT: 'abc' })).message).toContain('(got "abc")');
  });

  it('treats an empty variable as unset', () => {
    expect(load({ PORT: '', SMTP_URL: ' ' }).http.port).toBe(3000);
  });

  it.each([
    ['false', false],
    ['true', true],
    ['2', 2],
    ['loopback', 'loopback'],
    ['10.0.0.0/8,127.0.0.1', '10.0.0.0/8,127.0.0.1'],
  ])('reads TRUST_PROXY=%s for Express', (value, expected) => {
    expect(load({ TRUST_PROXY: value }).http.trustProxy).toEqual(expected);
  });

  it('splits read replicas', () => {
    const config = load({ DATABASE_REPLICA_URLS: 'postgres://r1:5432/yorisoi,postgres://r2:5432/yorisoi' });
    expect(config.database.replicaUrls).toEqual(['postgres://r1:5432/yorisoi', 'postgres://r2:5432/yorisoi']);
    expect(config.database).toMatchObject({ replicaMaxLagMs: 5_000, replicaCheckIntervalMs: 1_000 });
    expect(load({ DATABASE_REPLICA_MAX_LAG_MS: '250' }).database.replicaMaxLagMs).toBe(250);
  });

  it('drains the api for three seconds on SIGTERM unless told otherwise', () => {
    expect(load({}).shutdownDrainMs).toBe(3_000);
    expect(load({ SHUTDOWN_DRAIN_MS: '0' }).shutdownDrainMs).toBe(0);
  });

  it('knows an SMTP server was configured', () => {
    const config = load({ SMTP_URL: 'smtps://user:pw@mail.example.org:465' });
    expect(config.mail).toMatchObject({ smtpUrl: 'smtps://user:pw@mail.example.org:465', smtpConfigured: true });
  });
});

describe('.env.example', () => {
  const example = readFileSync(new URL('../../../../.env.example', import.meta.url), 'utf8');

  it.each(Object.keys(new EnvironmentVariables()))('documents %s', (name) => {
    expect(example).toMatch(new RegExp(`^#? ?${name}=`, 'm'));
  });

  it('holds values the application accepts', () => {
    const assignments = Object.fromEntries(
      example
        .split('\n')
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]),
    );
    expect(() => load(assignments)).not.toThrow();
  });
});

/** 32 bytes in base64, as `openssl rand -base64 32` prints them. */
const MASTER_KEY = Buffer.alloc(32, 7).toString('base64');

function captureError(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('loadConfig: sign-in settings', () => {
  it('requires a second factor for supervisors and administrators by default', () => {
    expect(load({}).auth.mfaRequiredRoles).toEqual(['supervisor', 'admin']);
  });

  it('reads an explicitly empty AUTH_MFA_REQUIRED_ROLES as none', () => {
    expect(load({ AUTH_MFA_REQUIRED_ROLES: '' }).auth.mfaRequiredRoles).toEqual([]);
  });

  it('refuses an unknown role', () => {
    expect(() => load({ AUTH_MFA_REQUIRED_ROLES: 'supervisor,root' })).toThrow(/AUTH_MFA_REQUIRED_ROLES must/);
  });

  it('refuses to run in production without AUTH_SECRET, and never echoes a given one', () => {
    expect(() => load({ NODE_ENV: 'production' })).toThrow(/AUTH_SECRET must be set .* \(NODE_ENV is production\)/);
    const error = captureError(() => load({ AUTH_SECRET: 'short secret' }));
    expect(error.message).toContain('AUTH_SECRET must be at least 32 characters');
    expect(error.message).not.toContain('short secret');
  });

  it('treats an unset NODE_ENV as production: no AUTH_SECRET stops start-up, naming the variable', () => {
    const error = captureError(() => loadConfig({}, { envFile: false }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(/AUTH_SECRET must be set .* \(NODE_ENV is unset, which means production\)/);
    const secret = 'x'.repeat(48);
    const config = loadConfig({ AUTH_SECRET: secret, DOCUMENTS_MASTER_KEY: MASTER_KEY }, { envFile: false });
    expect(config.env).toBe('production');
    expect(config.auth).toMatchObject({ secret, secretIsDevelopmentDefault: false });
  });

  it('treats an unset NODE_ENV as production: no DOCUMENTS_MASTER_KEY stops start-up, naming the variable', () => {
    const error = captureError(() => loadConfig({ AUTH_SECRET: 'x'.repeat(48) }, { envFile: false }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(/DOCUMENTS_MASTER_KEY must be set/);
    const config = loadConfig({ AUTH_SECRET: 'x'.repeat(48), DOCUMENTS_MASTER_KEY: MASTER_KEY }, { envFile: false });
    expect(config.documents).toMatchObject({ masterKeyIsDevelopmentDefault: false, storage: 'local', maxUploadBytes: 25 * 1024 * 1024 });
    expect(config.documents.masterKey).toEqual(Buffer.from(MASTER_KEY, 'base64'));
  });

  it('refuses the published development documents key outside development and test, and never echoes a key', () => {
    const developmentKey = load({}).documents.masterKey.toString('base64');
    expect(() => loadConfig({ AUTH_SECRET: 'x'.repeat(48), DOCUMENTS_MASTER_KEY: developmentKey }, { envFile: false })).toThrow(/DOCUMENTS_MASTER_KEY must be set/);
    const error = captureError(() => load({ DOCUMENTS_MASTER_KEY: 'not-a-key-but-secret-looking' }));
    expect(error.message).toContain('DOCUMENTS_MASTER_KEY must be 32 random bytes in base64');
    expect(error.message).not.toContain('not-a-key-but-secret-looking');
  });

  it('asks for the bucket and credentials when documents go to S3', () => {
    const error = captureError(() => load({ DOCUMENTS_STORAGE: 's3' }));
    expect(error.message).toContain('DOCUMENTS_S3_BUCKET must be set when DOCUMENTS_STORAGE is s3');
    expect(error.message).toContain('DOCUMENTS_S3_SECRET_ACCESS_KEY must be set when DOCUMENTS_STORAGE is s3');
    const config = load({ DOCUMENTS_STORAGE: 's3', DOCUMENTS_S3_BUCKET: 'yorisoi-docs', DOCUMENTS_S3_ACCESS_KEY_ID: 'id', DOCUMENTS_S3_SECRET_ACCESS_KEY: 'secret', DOCUMENTS_S3_ENDPOINT: 'http://127.0.0.1:9000' });
    expect(config.documents.s3).toMatchObject({ bucket: 'yorisoi-docs', endpoint: 'http://127.0.0.1:9000', forcePathStyle: true });
  });

  it('refuses the published development key outside development and test', () => {
    const developmentKey = load({}).auth.secret;
    expect(() => loadConfig({ AUTH_SECRET: developmentKey }, { envFile: false })).toThrow(/AUTH_SECRET must be set/);
    expect(() => load({ NODE_ENV: 'production', AUTH_SECRET: developmentKey })).toThrow(/AUTH_SECRET must be set/);
  });

  it.each(['development', 'test'])('uses a development-only key when NODE_ENV=%s and AUTH_SECRET is unset', (nodeEnv) => {
    const config = loadConfig({ NODE_ENV: nodeEnv }, { envFile: false });
    expect(config.auth.secretIsDevelopmentDefault).toBe(true);
    expect(config.auth.secret.length).toBeGreaterThanOrEqual(32);
  });

  it('lets a tool that never reads the key (migrations, OpenAPI) run without it', () => {
    expect(loadConfig({}, { envFile: false, usesAuthSecret: false }).database.url).toBe('postgres://postgres@127.0.0.1:5432/yorisoi');
  });

  it('sends Secure cookies when the public URL is https', () => {
    expect(load({}).auth.secureCookies).toBe(false);
    expect(load({ PUBLIC_URL: 'https://yorisoi.example.org' }).auth.secureCookies).toBe(true);
  });
});
