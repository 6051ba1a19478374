import type { DATABASE_SECOND_CONNECTION_POLICIES, DATABASE_SSL_MODES, LOG_LEVELS, NODE_ENVS } from './environment-variables.js';

/**
 * The validated, typed configuration. Parsed once at boot by `loadConfig` and injected by class
 * token (`constructor(private readonly config: AppConfig)`); nothing else reads `process.env`.
 */
export abstract class AppConfig {
  abstract readonly env: (typeof NODE_ENVS)[number];
  abstract readonly http: {
    readonly host: string;
    readonly port: number;
    readonly publicUrl: string;
    /** Passed to Express' `trust proxy` setting. */
    readonly trustProxy: boolean | number | string;
    readonly bodyLimit: string;
  };
  abstract readonly database: {
    /** The runtime role's connection: the api and the worker run every query through it. */
    readonly url: string;
    /** The owner role's connection, for migrations only; undefined when not split from `url`. */
    readonly migrationUrl: string | undefined;
    readonly replicaUrls: readonly string[];
    /** A replica further behind than this is not read from; reads go to the primary instead. */
    readonly replicaMaxLagMs: number;
    readonly replicaCheckIntervalMs: number;
    readonly ssl: (typeof DATABASE_SSL_MODES)[number];
    readonly poolSize: number;
    readonly statementTimeoutMs: number;
    /** A query inside a transaction that asks the pool for another connection: logged, or thrown (the tests). */
    readonly secondConnection: (typeof DATABASE_SECOND_CONNECTION_POLICIES)[number];
    readonly runMigrations: boolean;
  };
  abstract readonly redis: {
    readonly url: string;
    /** Prefix of every key Yorisoi writes, so several installations or test runs can share a Redis. */
    readonly prefix: string;
  };
  abstract readonly mail: {
    /** Where mail is sent. Unset in the environment means the local catcher at smtp://127.0.0.1:1025. */
    readonly smtpUrl: string;
    /** False when SMTP_URL was not set: `npm start` then runs an embedded mail catcher. */
    readonly smtpConfigured: boolean;
    readonly from: string;
    /**
     * SMTP connections per process, hence messages in flight at once: a worker killed mid-send
     * may send at most min(WORKER_CONCURRENCY, this) reminders twice.
     */
    readonly poolSize: number;
  };
  abstract readonly log: {
    readonly level: (typeof LOG_LEVELS)[number];
  };
  abstract readonly worker: {
    readonly concurrency: number;
    readonly lockDurationMs: number;
    readonly stalledIntervalMs: number;
    /** A reminder claimed longer ago than this by a worker that never finished is claimed again. */
    readonly reminderClaimTimeoutMs: number;
    /** How often each worker re-creates repeating jobs missing from Redis (after a wipe). */
    readonly scheduleCheckIntervalMs: number;
  };
  abstract readonly auth: {
    /** Key material for encrypting TOTP secrets at rest. */
    readonly secret: string;
    /** True when AUTH_SECRET was not set and a development-only key is in use. */
    readonly secretIsDevelopmentDefault: boolean;
    readonly mfaRequiredRoles: readonly ('caseworker' | 'supervisor' | 'admin')[];
    readonly sessionIdleTimeoutMs: number;
    readonly sessionAbsoluteTimeoutMs: number;
    /** How long an api process reuses a looked-up session (0: never); changes are notified at once. */
    readonly sessionCacheMs: number;
    /** Failed sign-ins per account before it is locked for `lockoutMs`. */
    readonly lockoutThreshold: number;
    readonly lockoutMs: number;
    /** Failed sign-ins from one address before it is blocked for `lockoutMs`. */
    readonly ipFailureLimit: number;
    /** Wrong second factors in a row (per user) before the second factor is locked for `lockoutMs`. */
    readonly mfaFailureLimit: number;
    /** Cookies are sent with `Secure` when the public URL is https. */
    readonly secureCookies: boolean;
  };
  abstract readonly shutdownTimeoutMs: number;
  /** The api's readiness answers 503 this long after SIGTERM before it stops taking requests. */
  abstract readonly shutdownDrainMs: number;
  abstract readonly demoSeed: boolean;
  /** Closed files are anonymised this many days after closing. */
  abstract readonly clientRetentionDays: number;
  /**
   * Duplicate checks per user (the check itself, and an intake answered with possible duplicates)
   * in a fixed window: each one tells whether a person is known in another team.
   */
  abstract readonly duplicateCheck: {
    readonly limit: number;
    readonly windowMs: number;
  };
  /**
   * The IANA zone of every local date and time: Japan's, since the procedure's dates are counted
   * there. Not a setting: a server elsewhere must not move a legal deadline.
   */
  abstract readonly timeZone: string;
  abstract readonly reports: {
    /** The worker rebuilds the reporting store this often (and when it starts, and on request). */
    readonly refreshMinutes: number;
  };
  abstract readonly referrals: {
    /** The sender of referral letters and e-mails, as partners know the organisation. */
    readonly organisationName: string;
    /** A sent referral with no answer after this many business days becomes a follow-up deadline. */
    readonly followUpBusinessDays: number;
  };
  abstract readonly documents: {
    readonly storage: 'local' | 's3';
    /** The local adapter's folder (absolute). */
    readonly directory: string;
    readonly maxUploadBytes: number;
    /** 32 bytes that wrap every file's data key. */
    readonly masterKey: Buffer;
    /** True when DOCUMENTS_MASTER_KEY was not set and a development-only key is in use. */
    readonly masterKeyIsDevelopmentDefault: boolean;
    readonly s3: {
      readonly endpoint: string | undefined;
      readonly region: string;
      readonly bucket: string | undefined;
      readonly accessKeyId: string | undefined;
      readonly secretAccessKey: string | undefined;
      readonly forcePathStyle: boolean;
    };
  };
  /** The API's global request limits, per minute, kept in Redis so every api instance shares them. */
  abstract readonly rateLimit: {
    readonly perUserPerMinute: number;
    readonly perAddressPerMinute: number;
    /** Refused partner reply links per hour from one network address. */
    readonly partnerRefusalsPerHour: number;
    /** Downloads of one referral's letter per hour through its reply link. */
    readonly partnerLettersPerHour: number;
  };
}
