import 'reflect-metadata';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export const DATABASE_SSL_MODES = ['disable', 'require', 'verify-full'] as const;
export const DATABASE_SECOND_CONNECTION_POLICIES = ['log', 'throw'] as const;
export const DOCUMENT_STORAGE_KINDS = ['local', 's3'] as const;

const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

const POSTGRES_URL = /^postgres(ql)?:\/\/[^\s/]+\/[A-Za-z0-9_-]+(\?\S*)?$/;
const POSTGRES_URL_LIST = /^postgres(ql)?:\/\/[^\s/]+\/[A-Za-z0-9_-]+(\?\S*)?(,postgres(ql)?:\/\/[^\s/]+\/[A-Za-z0-9_-]+(\?\S*)?)*$/;
const REDIS_URL = /^rediss?:\/\/[^\s/]*(\/\d{1,2})?$/;
const SMTP_URL = /^smtps?:\/\/\S+$/;
const HTTP_URL = /^https?:\/\/[^\s/]+(\/\S*)?$/;
const TRUST_PROXY = /^(true|false|\d{1,2}|[0-9a-fA-F:./]+(,[0-9a-fA-F:./]+)*|loopback|linklocal|uniquelocal)$/;

/**
 * Every environment variable Yorisoi reads, with its default and the shape it must have.
 * `.env.example` documents each one (a unit test keeps the two in step).
 *
 * Defaults work on a developer machine with PostgreSQL and Redis on localhost.
 */
export class EnvironmentVariables {
  /**
   * Unset means production: a deployment that forgets it gets the strict behaviour (AUTH_SECRET
   * required), never a development shortcut. `npm start`, the tests and `.env.example` say
   * development or test explicitly.
   */
  @IsIn(NODE_ENVS, { message: `must be one of ${NODE_ENVS.join(', ')}` })
  NODE_ENV: (typeof NODE_ENVS)[number] = 'production';

  @IsString()
  @Matches(/^\S+$/, { message: 'must be a host name or IP address, e.g. 127.0.0.1 or 0.0.0.0' })
  HOST = '127.0.0.1';

  @Type(() => Number)
  @IsInt({ message: 'must be an integer port number from 1 to 65535' })
  @Min(1, { message: 'must be an integer port number from 1 to 65535' })
  @Max(65535, { message: 'must be an integer port number from 1 to 65535' })
  PORT = 3000;

  @Matches(HTTP_URL, { message: 'must be the http(s) URL people open the dashboard at, e.g. https://yorisoi.example.org' })
  PUBLIC_URL = 'http://localhost:3000';

  @Matches(TRUST_PROXY, {
    message: 'must be false, true, a number of proxy hops, or a comma-separated list of proxy addresses',
  })
  TRUST_PROXY = 'false';

  @Matches(/^\d+(b|kb|mb)$/, { message: 'must be a size such as 100kb or 1mb' })
  HTTP_BODY_LIMIT = '1mb';

  @Matches(POSTGRES_URL, {
    message: 'must be a PostgreSQL URL such as postgres://user:password@host:5432/database',
  })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/yorisoi';

  /**
   * The role that owns the tables, used only to apply migrations (and grant DATABASE_URL's role
   * what it needs). Unset: migrations run as DATABASE_URL's role, as before roles were split.
   */
  @IsOptional()
  @Matches(POSTGRES_URL, {
    message: 'must be a PostgreSQL URL such as postgres://owner:password@host:5432/database',
  })
  DATABASE_MIGRATION_URL?: string = undefined;

  @IsOptional()
  @Matches(POSTGRES_URL_LIST, { message: 'must be a comma-separated list of PostgreSQL URLs (read replicas)' })
  DATABASE_REPLICA_URLS?: string = undefined;

  /** A replica further behind the primary than this is not read from until it catches up. */
  @Type(() => Number)
  @IsInt({ message: 'must be a number of milliseconds from 100 to 600000' })
  @Min(100, { message: 'must be a number of milliseconds from 100 to 600000' })
  @Max(600_000, { message: 'must be a number of milliseconds from 100 to 600000' })
  DATABASE_REPLICA_MAX_LAG_MS = 5_000;

  /** How often each api checks that its replicas answer and how far behind they are. */
  @Type(() => Number)
  @IsInt({ message: 'must be a number of milliseconds from 100 to 60000' })
  @Min(100, { message: 'must be a number of milliseconds from 100 to 60000' })
  @Max(60_000, { message: 'must be a number of milliseconds from 100 to 60000' })
  DATABASE_REPLICA_CHECK_INTERVAL_MS = 1_000;

  @IsIn(DATABASE_SSL_MODES, { message: `must be one of ${DATABASE_SSL_MODES.join(', ')}` })
  DATABASE_SSL: (typeof DATABASE_SSL_MODES)[number] = 'disable';

  @Type(() => Number)
  @IsInt({ message: 'must be an integer from 1 to 200' })
  @Min(1, { message: 'must be an integer from 1 to 200' })
  @Max(200, { message: 'must be an integer from 1 to 200' })
  DATABASE_POOL_SIZE = 10;

  @Type(() => Number)
  @IsInt({ message: 'must be a number of milliseconds from 100 to 600000' })
  @Min(100, { message: 'must be a number of milliseconds from 100 to 600000' })
  @Max(600_000, { message: 'must be a number of milliseconds from 100 to 600000' })
  DATABASE_STATEMENT_TIMEOUT_MS = 15_000;

  /** What a query that asks for a second connection inside a transaction does: logged, or (in the tests) thrown. */
  @IsIn(DATABASE_SECOND_CONNECTION_POLICIES, { message: `must be one of ${DATABASE_SECOND_CONNECTION_POLICIES.join(', ')}` })
  DATABASE_SECOND_CONNECTION: (typeof DATABASE_SECOND_CONNECTION_POLICIES)[number] = 'log';

  @Transform(toBoolean)
  @IsBoolean({ message: 'must be true or false' })
  MIGRATIONS_RUN = true;

  @Matches(REDIS_URL, { message: 'must be a Redis URL such as redis://127.0.0.1:6379 or rediss://:password@host:6380/0' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'must be 1 to 64 letters, digits, _ or -' })
  REDIS_PREFIX = 'yorisoi';

  @IsOptional()
  @Matches(SMTP_URL, { message: 'must be an SMTP URL such as smtp://user:password@mail.example.org:587' })
  SMTP_URL?: string = undefined;

  @Matches(/^.+<[^\s@<>]+@[^\s@<>]+>$|^[^\s@<>]+@[^\s@<>]+$/, {
    message: 'must be an email address, optionally with a name: Yorisoi <no-reply@example.org>',
  })
  MAIL_FROM = 'Yorisoi <no-reply@yorisoi.invalid>';

  @Type(() => Number)
  @IsInt({ message: 'must be an integer from 1 to 20' })
  @Min(1, { message: 'must be an integer from 1 to 20' })
  @Max(20, { message: 'must be an integer from 1 to 20' })
  SMTP_POOL_SIZE = 3;

  @IsIn(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  @Type(() => Number)
  @IsInt({ message: 'must be an integer from 1 to 100' })
  @Min(1, { message: 'must be an integer from 1 to 100' })
  @Max(100, { message: 'must be an integer from 1 to 100' })
  WORKER_CONCURRENCY = 5;

  @Type(() => Number)
  @IsInt({ message: 'must be a number of milliseconds from 1000 to 600000' })
  @Min(1000, { message: 'must be a number of milliseconds from 1000 to 600000' })
  @Max(600_000, { message: 'must be a number of milliseconds from 1000 to 600000' })
  WORKER_LOCK_DURATION_MS = 30_000;

  @Type(() => Number)
  @IsInt({ message: 'must be a number of milliseconds from 1000 to 600000' })
  @Min(1000, { message: 'must be a number of milliseconds from 1000 to 600000' })
  @Max(600_000, { message: 'must be a number of milliseconds from 1000 to 600000' })
  WORKER_STALLED_INTERVAL_MS = 30_000;

  @Type(() => Number)
  @IsInt({ message: 'must be a number of milliseconds from 1000 to 3600000' })
  @Min(1000, { message: 'must be a number of milliseconds from 1000 to 3600000' })
  @Max(3_600_000, { message: 'must be a number of milliseconds from 1000 to 3600000' })
  REMINDER_CLAIM_TIMEOUT_MS = 300_000;

  @Type(() => Number)
  @IsInt({ message: 'must be a number of milliseconds from 1000 to 600000' })
  @Min(1000, { message: 'must be a number of milliseconds from 1000 to 600000' })
  @Max(600_000, { message: 'must be a number of milliseconds from 1000 to 600000' })
  WORKER_SCHEDULE_CHECK_INTERVAL_MS = 30_000;

  @Type(() => Number)
  @IsInt({ message: 'must be a number of milliseconds from 1000 to 600000' })
  @Min(1000, { message: 'must be a number of milliseconds from 1000 to 600000' })
  @Max(600_000, { message: 'must be a number of milliseconds from 1000 to 600000' })
  SHUTDOWN_TIMEOUT_MS = 25_000;

  /**
   * On SIGTERM the api first answers /health/ready with 503 for this long while still serving,
   * so a load balancer stops sending it requests before it closes.
   */
  @Type(() => Number)
  @IsInt({ message: 'must be a number of milliseconds from 0 to 60000' })
  @Min(0, { message: 'must be a number of milliseconds from 0 to 60000' })
  @Max(60_000, { message: 'must be a number of milliseconds from 0 to 60000' })
  SHUTDOWN_DRAIN_MS = 3_000;

  @Transform(toBoolean)
  @IsBoolean({ message: 'must be true or false' })
  DEMO_SEED = false;

  @Type(() => Number)
  @IsInt({ message: 'must be a number of days from 30 to 36500' })
  @Min(30, { message: 'must be a number of days from 30 to 36500' })
  @Max(36_500, { message: 'must be a number of days from 30 to 36500' })
  CLIENT_RETENTION_DAYS = 1825;

  /** Minutes between two rebuilds of the reporting store by the worker: how old a report may be. */
  @Type(() => Number)
  @IsInt({ message: 'must be a number of minutes from 1 to 1440' })
  @Min(1, { message: 'must be a number of minutes from 1 to 1440' })
  @Max(1440, { message: 'must be a number of minutes from 1 to 1440' })
  REPORTS_REFRESH_MINUTES = 10;

  @Type(() => Number)
  @IsInt({ message: 'must be an integer from 1 to 1000' })
  @Min(1, { message: 'must be an integer from 1 to 1000' })
  @Max(1000, { message: 'must be an integer from 1 to 1000' })
  DUPLICATE_CHECK_LIMIT = 30;

  @Type(() => Number)
  @IsInt({ message: 'must be a number of seconds from 1 to 86400' })
  @Min(1, { message: 'must be a number of seconds from 1 to 86400' })
  @Max(86_400, { message: 'must be a number of seconds from 1 to 86400' })
  DUPLICATE_CHECK_WINDOW_SECONDS = 600;

  /** Requests per minute one signed-in user may make to the API (every api instance counted together). */
  @Type(() => Number)
  @IsInt({ message: 'must be an integer from 10 to 1000000' })
  @Min(10, { message: 'must be an integer from 10 to 1000000' })
  @Max(1_000_000, { message: 'must be an integer from 10 to 1000000' })
  RATE_LIMIT_PER_USER = 600;

  /**
   * Requests per minute from one network address, signed in or not. An office behind one NAT
   * shares it, so it is larger than the per-user limit.
   */
  @Type(() => Number)
  @IsInt({ message: 'must be an integer from 10 to 1000000' })
  @Min(10, { message: 'must be an integer from 10 to 1000000' })
  @Max(1_000_000, { message: 'must be an integer from 10 to 1000000' })
  RATE_LIMIT_PER_ADDRESS = 3000;

  /**
   * Refused partner reply links (wrong, expired or withdrawn tokens) per hour from one network
   * address before the address is refused outright: 256-bit tokens need no guessing limit, but
   * each refusal is audited, and a flood of them must not flood the audit trail.
   */
  @Type(() => Number)
  @IsInt({ message: 'must be an integer from 5 to 1000000' })
  @Min(5, { message: 'must be an integer from 5 to 1000000' })
  @Max(1_000_000, { message: 'must be an integer from 5 to 1000000' })
  RATE_LIMIT_PARTNER_REFUSALS = 20;

  /** Downloads of one referral's letter per hour through its reply link (each one renders a PDF). */
  @Type(() => Number)
  @IsInt({ message: 'must be an integer from 5 to 1000000' })
  @Min(5, { message: 'must be an integer from 5 to 1000000' })
  @Max(1_000_000, { message: 'must be an integer from 5 to 1000000' })
  RATE_LIMIT_PARTNER_LETTERS = 20;

  @IsOptional()
  @Matches(/^\S{32,}$/, { message: 'must be at least 32 characters without spaces (e.g. openssl rand -base64 48)' })
  AUTH_SECRET?: string = undefined;

  /** Where evidence files are stored: `local` (a folder on this machine) or `s3` (S3-compatible object storage). */
  @IsIn(DOCUMENT_STORAGE_KINDS, { message: `must be one of ${DOCUMENT_STORAGE_KINDS.join(', ')}` })
  DOCUMENTS_STORAGE: (typeof DOCUMENT_STORAGE_KINDS)[number] = 'local';

  @IsString()
  @Matches(/^\S+$/, { message: 'must be a folder path without spaces, e.g. ./var/documents or /srv/yorisoi/documents' })
  DOCUMENTS_DIR = './var/documents';

  /** The organisation's name as partners know it: the sender of referral letters and e-mails. */
  @IsString({ message: 'must be the organisation\'s name' })
  @Length(1, 200, { message: 'must be the organisation\'s name, 1 to 200 characters' })
  ORGANISATION_NAME = 'Yorisoi';

  /** Business days a sent referral may wait for the partner's answer before it is a follow-up deadline. */
  @Type(() => Number)
  @IsInt({ message: 'must be a number of business days from 1 to 30' })
  @Min(1, { message: 'must be a number of business days from 1 to 30' })
  @Max(30, { message: 'must be a number of business days from 1 to 30' })
  REFERRAL_FOLLOW_UP_BUSINESS_DAYS = 5;

  /** The largest file one upload may carry, in megabytes. */
  @Type(() => Number)
  @IsInt({ message: 'must be a number of megabytes from 1 to 2048' })
  @Min(1, { message: 'must be a number of megabytes from 1 to 2048' })
  @Max(2048, { message: 'must be a number of megabytes from 1 to 2048' })
  DOCUMENTS_MAX_UPLOAD_MB = 25;

  /**
   * The master key that wraps each file's own data key (32 random bytes, base64). Kept apart from
   * the database and its backups: without it no stored file can be read.
   */
  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'must be 32 random bytes in base64 (e.g. openssl rand -base64 32)' })
  DOCUMENTS_MASTER_KEY?: string = undefined;

  @IsOptional()
  @Matches(HTTP_URL, { message: 'must be the http(s) URL of the S3-compatible endpoint, e.g. https://s3.eu-central-1.amazonaws.com or http://minio:9000' })
  DOCUMENTS_S3_ENDPOINT?: string = undefined;

  @IsString()
  @Matches(/^[a-z0-9-]{2,40}$/, { message: 'must be a region name such as ap-northeast-1' })
  DOCUMENTS_S3_REGION = 'ap-northeast-1';

  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'must be an S3 bucket name (3-63 lower-case letters, digits, dots, hyphens)' })
  DOCUMENTS_S3_BUCKET?: string = undefined;

  @IsOptional()
  @Matches(/^\S+$/, { message: 'must be an access key id without spaces' })
  DOCUMENTS_S3_ACCESS_KEY_ID?: string = undefined;

  @IsOptional()
  @Matches(/^\S+$/, { message: 'must be a secret access key without spaces' })
  DOCUMENTS_S3_SECRET_ACCESS_KEY?: string = undefined;

  /** Path-style URLs (http://host/bucket/key), which MinIO and most self-hosted servers need. */
  @Transform(toBoolean)
  @IsBoolean({ message: 'must be true or false' })
  DOCUMENTS_S3_FORCE_PATH_STYLE = true;

  @Matches(/^$|^(caseworker|supervisor|admin)(,(caseworker|supervisor|admin))*$/, {
    message: 'must be a comma-separated list of roles (caseworker, supervisor, admin), or empty for none',
  })
  AUTH_MFA_REQUIRED_ROLES = 'supervisor,admin';

  @Type(() => Number)
  @IsInt({ message: 'must be a number of minutes from 1 to 1440' })
  @Min(1, { message: 'must be a number of minutes from 1 to 1440' })
  @Max(1440, { message: 'must be a number of minutes from 1 to 1440' })
  SESSION_IDLE_TIMEOUT_MINUTES = 30;

  @Type(() => Number)
  @IsInt({ message: 'must be a number of hours from 1 to 168' })
  @Min(1, { message: 'must be a number of hours from 1 to 168' })
  @Max(168, { message: 'must be a number of hours from 1 to 168' })
  SESSION_ABSOLUTE_TIMEOUT_HOURS = 12;

  /**
   * How long each api process may reuse a session it has looked up. Every change to a session,
   * its user, their teams or emergency access reaches every api at once (database notifications),
   * so this bounds only what nothing could notify. 0 looks the session up on every request.
   */
  @Type(() => Number)
  @IsInt({ message: 'must be a number of seconds from 0 to 300' })
  @Min(0, { message: 'must be a number of seconds from 0 to 300' })
  @Max(300, { message: 'must be a number of seconds from 0 to 300' })
  SESSION_CACHE_SECONDS = 30;

  @Type(() => Number)
  @IsInt({ message: 'must be an integer from 3 to 100' })
  @Min(3, { message: 'must be an integer from 3 to 100' })
  @Max(100, { message: 'must be an integer from 3 to 100' })
  AUTH_LOCKOUT_THRESHOLD = 10;

  @Type(() => Number)
  @IsInt({ message: 'must be a number of seconds from 1 to 86400' })
  @Min(1, { message: 'must be a number of seconds from 1 to 86400' })
  @Max(86_400, { message: 'must be a number of seconds from 1 to 86400' })
  AUTH_LOCKOUT_SECONDS = 900;

  @Type(() => Number)
  @IsInt({ message: 'must be an integer from 10 to 100000' })
  @Min(10, { message: 'must be an integer from 10 to 100000' })
  @Max(100_000, { message: 'must be an integer from 10 to 100000' })
  AUTH_IP_FAILURE_LIMIT = 100;

  @Type(() => Number)
  @IsInt({ message: 'must be an integer from 3 to 20' })
  @Min(3, { message: 'must be an integer from 3 to 20' })
  @Max(20, { message: 'must be an integer from 3 to 20' })
  AUTH_MFA_FAILURE_LIMIT = 5;
}

/** Variables whose value may hold a secret: never echoed back in a configuration error. */
export const SECRET_VARIABLES: ReadonlySet<string> = new Set([
  'DATABASE_URL',
  'DATABASE_MIGRATION_URL',
  'DATABASE_REPLICA_URLS',
  'REDIS_URL',
  'SMTP_URL',
  'AUTH_SECRET',
  'DOCUMENTS_MASTER_KEY',
  'DOCUMENTS_S3_ACCESS_KEY_ID',
  'DOCUMENTS_S3_SECRET_ACCESS_KEY',
]);

/** Variables for which an explicitly empty value means "none" rather than "use the default". */
export const EMPTY_MEANS_NONE: ReadonlySet<string> = new Set(['AUTH_MFA_REQUIRED_ROLES']);
