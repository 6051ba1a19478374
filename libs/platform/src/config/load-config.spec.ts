import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { EnvironmentVariables } from './environment-variables.js';
import { ConfigurationError, loadConfig } from './load-config.js';

const load = (env: Record<string, string | undefined>) => loadConfig(env, { envFile: false });

describe('loadConfig', () => {
  it('works on a developer machine with no variables set', () => {
    const config = load({});
    expect(config.database.url).toBe('postgres://postgres@127.0.0.1:5432/yorisoi');
    expect(config.redis.url).toBe('redis://127.0.0.1:6379');
    expect(config.mail).toEqual({
      smtpUrl: 'smtp://127.0.0.1:1025',
      smtpConfigured: false,
      from: 'Yorisoi <no-reply@yorisoi.invalid>',
    });
    expect(config.http.port).toBe(3000);
    expect(config.database.runMigrations).toBe(true);
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
    const error = captureError(() => load({ DATABASE_URL: 'postgres://app:s3cret@db' }));
    expect(error.message).not.toContain('s3cret');
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
    expect(() => load({ NODE_ENV: 'production' })).toThrow(/AUTH_SECRET must be set in production/);
    const error = captureError(() => load({ AUTH_SECRET: 'short secret' }));
    expect(error.message).toContain('AUTH_SECRET must be at least 32 characters');
    expect(error.message).not.toContain('short secret');
  });

  it('sends Secure cookies when the public URL is https', () => {
    expect(load({}).auth.secureCookies).toBe(false);
    expect(load({ PUBLIC_URL: 'https://yorisoi.example.org' }).auth.secureCookies).toBe(true);
  });
});
