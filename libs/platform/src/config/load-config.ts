import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { JAPAN_TIME_ZONE } from '#domain';
import type { AppConfig } from './app-config.js';
import { EMPTY_MEANS_NONE, EnvironmentVariables, SECRET_VARIABLES } from './environment-variables.js';

export const LOCAL_SMTP_URL = 'smtp://127.0.0.1:1025';

/**
 * Used only when AUTH_SECRET is unset and NODE_ENV says development or test. It is published in
 * this file, so anywhere else it is refused, like a missing AUTH_SECRET.
 */
const DEVELOPMENT_AUTH_SECRET = 'yorisoi-development-only-secret-do-not-use-in-production';
/**
 * The documents' master key when DOCUMENTS_MASTER_KEY is unset in development or test. Published
 * here, so anywhere else it is refused like a missing key.
 */
const DEVELOPMENT_DOCUMENTS_MASTER_KEY = createHash('sha256').update('yorisoi-development-only-documents-master-key').digest('base64');
const DEVELOPMENT_ENVS: ReadonlySet<string> = new Set(['development', 'test']);

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
  /**
   * False for tools that never read `auth.secret` (migrations, the OpenAPI writer), so they run
   * where only the database is configured. The api and the worker leave it on.
   */
  readonly usesAuthSecret?: boolean;
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
      // An empty variable (`PORT=`) means "use the default", as in most twelve-factor apps,
      // except where empty explicitly means "none" (AUTH_MFA_REQUIRED_ROLES=).
      if (value === undefined) continue;
      if (value.trim() !== '' || EMPTY_MEANS_NONE.has(key)) merged[key] = value.trim();
    }
  }
  const vars = plainToInstance(EnvironmentVariables, merged, { exposeDefaultValues: true });
  const errors = validateSync(vars, { stopAtFirstError: true });
  const problems = errors.map((e) => describe(e, merged));
  const developmentKey = vars.AUTH_SECRET === undefined || vars.AUTH_SECRET === DEVELOPMENT_AUTH_SECRET;
  if (developmentKey && !DEVELOPMENT_ENVS.has(vars.NODE_ENV) && options.usesAuthSecret !== false) {
    const nodeEnv = merged.NODE_ENV === undefined ? 'NODE_ENV is unset, which means production' : `NODE_ENV is ${vars.NODE_ENV}`;
    problems.push(
      `AUTH_SECRET must be set to at least 32 random characters (e.g. openssl rand -base64 48) unless NODE_ENV is development or test (${nodeEnv})`,
    );
  }
  const developmentMasterKey = vars.DOCUMENTS_MASTER_KEY === undefined || vars.DOCUMENTS_MASTER_KEY === DEVELOPMENT_DOCUMENTS_MASTER_KEY;
  if (developmentMasterKey && !DEVELOPMENT_ENVS.has(vars.NODE_ENV) && options.usesAuthSecret !== false) {
    problems.push('DOCUMENTS_MASTER_KEY must be set to 32 random bytes in base64 (e.g. openssl rand -base64 32) unless NODE_ENV is development or test');
  }
  if (vars.DOCUMENTS_STORAGE === 's3') {
    for (const name of ['DOCUMENTS_S3_BUCKET', 'DOCUMENTS_S3_ACCESS_KEY_ID', 'DOCUMENTS_S3_SECRET_ACCESS_KEY'] as const) {
      if (vars[name] === undefined) problems.push(`${name} must be set when DOCUMENTS_STORAGE is s3`);
    }
  }
  if (problems.length > 0) throw new ConfigurationError(problems);
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
      migrationUrl: vars.DATABASE_MIGRATION_URL,
      replicaUrls: vars.DATABASE_REPLICA_URLS?.split(',') ?? [],
      replicaMaxLagMs: vars.DATABASE_REPLICA_MAX_LAG_MS,
      replicaCheckIntervalMs: vars.DATABASE_REPLICA_CHECK_INTERVAL_MS,
      ssl: vars.DATABASE_SSL,
      poolSize: vars.DATABASE_POOL_SIZE,
      statementTimeoutMs: vars.DATABASE_STATEMENT_TIMEOUT_MS,
      secondConnection: vars.DATABASE_SECOND_CONNECTION,
      runMigrations: vars.MIGRATIONS_RUN,
    },
    redis: { url: vars.REDIS_URL, prefix: vars.REDIS_PREFIX },
    mail: {
      smtpUrl: vars.SMTP_URL ?? LOCAL_SMTP_URL,
      smtpConfigured: vars.SMTP_URL !== undefined,
      from: vars.MAIL_FROM,
      poolSize: vars.SMTP_POOL_SIZE,
    },
    log: { level: vars.LOG_LEVEL },
    worker: {
      concurrency: vars.WORKER_CONCURRENCY,
      lockDurationMs: vars.WORKER_LOCK_DURATION_MS,
      stalledIntervalMs: vars.WORKER_STALLED_INTERVAL_MS,
      reminderClaimTimeoutMs: vars.REMINDER_CLAIM_TIMEOUT_MS,
      scheduleCheckIntervalMs: vars.WORKER_SCHEDULE_CHECK_INTERVAL_MS,
    },
    auth: {
      secret: vars.AUTH_SECRET ?? DEVELOPMENT_AUTH_SECRET,
      secretIsDevelopmentDefault: vars.AUTH_SECRET === undefined || vars.AUTH_SECRET === DEVELOPMENT_AUTH_SECRET,
      mfaRequiredRoles: vars.AUTH_MFA_REQUIRED_ROLES === '' ? [] : (vars.AUTH_MFA_REQUIRED_ROLES.split(',') as AppConfig['auth']['mfaRequiredRoles'][number][]),
      sessionIdleTimeoutMs: vars.SESSION_IDLE_TIMEOUT_MINUTES * 60_000,
      sessionAbsoluteTimeoutMs: vars.SESSION_ABSOLUTE_TIMEOUT_HOURS * 3_600_000,
      sessionCacheMs: vars.SESSION_CACHE_SECONDS * 1000,
      lockoutThreshold: vars.AUTH_LOCKOUT_THRESHOLD,
      lockoutMs: vars.AUTH_LOCKOUT_SECONDS * 1000,
      ipFailureLimit: vars.AUTH_IP_FAILURE_LIMIT,
      mfaFailureLimit: vars.AUTH_MFA_FAILURE_LIMIT,
      secureCookies: vars.PUBLIC_URL.startsWith('https://'),
    },
    shutdownTimeoutMs: vars.SHUTDOWN_TIMEOUT_MS,
    shutdownDrainMs: vars.SHUTDOWN_DRAIN_MS,
    demoSeed: vars.DEMO_SEED,
    clientRetentionDays: vars.CLIENT_RETENTION_DAYS,
    duplicateCheck: { limit: vars.DUPLICATE_CHECK_LIMIT, windowMs: vars.DUPLICATE_CHECK_WINDOW_SECONDS * 1000 },
    documents: {
      storage: vars.DOCUMENTS_STORAGE,
      directory: resolve(vars.DOCUMENTS_DIR),
      maxUploadBytes: vars.DOCUMENTS_MAX_UPLOAD_MB * 1024 * 1024,
      masterKey: Buffer.from(vars.DOCUMENTS_MASTER_KEY ?? DEVELOPMENT_DOCUMENTS_MASTER_KEY, 'base64'),
      masterKeyIsDevelopmentDefault: vars.DOCUMENTS_MASTER_KEY === undefined || vars.DOCUMENTS_MASTER_KEY === DEVELOPMENT_DOCUMENTS_MASTER_KEY,
      s3: {
        endpoint: vars.DOCUMENTS_S3_ENDPOINT,
        region: vars.DOCUMENTS_S3_REGION,
        bucket: vars.DOCUMENTS_S3_BUCKET,
        accessKeyId: vars.DOCUMENTS_S3_ACCESS_KEY_ID,
        secretAccessKey: vars.DOCUMENTS_S3_SECRET_ACCESS_KEY,
        forcePathStyle: vars.DOCUMENTS_S3_FORCE_PATH_STYLE,
      },
    },
    rateLimit: {
      perUserPerMinute: vars.RATE_LIMIT_PER_USER,
      perAddressPerMinute: vars.RATE_LIMIT_PER_ADDRESS,
      partnerRefusalsPerHour: vars.RATE_LIMIT_PARTNER_REFUSALS,
      partnerLettersPerHour: vars.RATE_LIMIT_PARTNER_LETTERS,
    },
    timeZone: JAPAN_TIME_ZONE,
    reports: { refreshMinutes: vars.REPORTS_REFRESH_MINUTES },
    referrals: { organisationName: vars.ORGANISATION_NAME, followUpBusinessDays: vars.REFERRAL_FOLLOW_UP_BUSINESS_DAYS },
  };
}
