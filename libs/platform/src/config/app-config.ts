import type { DATABASE_SSL_MODES, LOG_LEVELS, NODE_ENVS } from './environment-variables.js';

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
    readonly url: string;
    readonly replicaUrls: readonly string[];
    readonly ssl: (typeof DATABASE_SSL_MODES)[number];
    readonly poolSize: number;
    readonly statementTimeoutMs: number;
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
  };
  abstract readonly auth: {
    /** Key material for encrypting TOTP secrets at rest. */
    readonly secret: string;
    /** True when AUTH_SECRET was not set and a development-only key is in use. */
    readonly secretIsDevelopmentDefault: boolean;
    readonly mfaRequiredRoles: readonly ('caseworker' | 'supervisor' | 'admin')[];
    readonly sessionIdleTimeoutMs: number;
    readonly sessionAbsoluteTimeoutMs: number;
    /** Failed sign-ins per account before it is locked for `lockoutMs`. */
    readonly lockoutThreshold: number;
    readonly lockoutMs: number;
    /** Failed sign-ins from one address before it is blocked for `lockoutMs`. */
    readonly ipFailureLimit: number;
    /** Cookies are sent with `Secure` when the public URL is https. */
    readonly secureCookies: boolean;
  };
  abstract readonly shutdownTimeoutMs: number;
  abstract readonly demoSeed: boolean;
  /** Closed files are anonymised this many days after closing. */
  abstract readonly clientRetentionDays: number;
}
