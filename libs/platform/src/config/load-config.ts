import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import type { AppConfig } from './app-config.js';
import { EnvironmentVariables, SECRET_VARIABLES } from './environment-variables.js';

export const LOCAL_SMTP_URL = 'smtp://127.0.0.1:1025';

/** Thrown when the environment is invalid. Its message is one line naming every bad variable. */
export class ConfigurationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration: ${problems.join('; ')}. See .env.example for every variable.`);
    this.name = 'ConfigurationError';
  }
}

export interface LoadConfigOptions {
  /**
   * A dotenv file to read first; variables already set in the environment win over it.
   * Defaults to `.env` in the working directory when it exists. `false` reads no file.
   */
  readonly envFile?: string | false;
}

/**
 * Reads and validates the configuration. Pass `env` explicitly in tests; the processes call it
 * with no argument, so it reads `process.env` (the only place in the code base that does).
 */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
  options: LoadConfigOptions = {},
): AppConfig {
  const fromFile = readEnvFile(env === process.env ? (options.envFile ?? '.env') : (options.envFile ?? false));
  const merged: Record<string, string> = {};
  for (const source of [fromFile, env]) {
    for (const [key, value] of Object.entries(source)) {
      // An empty variable (`PORT=`) means "use the default", as in most twelve-factor apps.
      if (value !== undefined && value.trim() !== '') merged[key] = value.trim();
    }
  }
  const vars = plainToInstance(EnvironmentVariables, merged, { exposeDefaultValues: true });
  const errors = validateSync(vars, { stopAtFirstError: true });
  if (errors.length > 0) throw new ConfigurationError(errors.map((e) => describe(e, merged)));
  return toAppConfig(vars);
}

function readEnvFile(path: string | false): Record<string, string> {
  if (path === false) return {};
  const absolute = resolve(path);
  if (!existsSync(absolute)) return {};
  return parseEnv(readFileSync(absolute, 'utf8')) as Record<string, string>;
}

function describe(error: ValidationError, raw: Record<string, string>): string {
  const name = error.property;
  const expectation = Object.values(error.constraints ?? {})[0] ?? 'is invalid';
  const value = raw[name];
  const shown = value === undefined || SECRET_VARIABLES.has(name) ? '' : ` (got "${value.slice(0, 60)}")`;
  return `${name} ${expectation}${shown}`;
}

function parseTrustProxy(value: string): boolean | number | string {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

function toAppConfig(vars: EnvironmentVariables): AppConfig {
  return {
    env: vars.NODE_ENV,
    http: {
      host: vars.HOST,
      port: vars.PORT,
      publicUrl: vars.PUBLIC_URL.replace(/\/+$/, ''),
      trustProxy: parseTrustProxy(vars.TRUST_PROXY),
      bodyLimit: vars.HTTP_BODY_LIMIT,
    },
    database: {
      url: vars.DATABASE_URL,
      replicaUrls: vars.DATABASE_REPLICA_URLS?.split(',') ?? [],
      ssl: vars.DATABASE_SSL,
      poolSize: vars.DATABASE_POOL_SIZE,
      statementTimeoutMs: vars.DATABASE_STATEMENT_TIMEOUT_MS,
      runMigrations: vars.MIGRATIONS_RUN,
    },
    redis: { url: vars.REDIS_URL, prefix: vars.REDIS_PREFIX },
    mail: {
      smtpUrl: vars.SMTP_URL ?? LOCAL_SMTP_URL,
      smtpConfigured: vars.SMTP_URL !== undefined,
      from: vars.MAIL_FROM,
    },
    log: { level: vars.LOG_LEVEL },
    worker: {
      concurrency: vars.WORKER_CONCURRENCY,
      lockDurationMs: vars.WORKER_LOCK_DURATION_MS,
      stalledIntervalMs: vars.WORKER_STALLED_INTERVAL_MS,
    },
    shutdownTimeoutMs: vars.SHUTDOWN_TIMEOUT_MS,
    demoSeed: vars.DEMO_SEED,
  };
}
