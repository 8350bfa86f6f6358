import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export type RuntimeEnv = 'development' | 'test' | 'production';

/**
 * Every setting the processes read, parsed and checked once at boot.
 * `.env.example` documents each variable; keep both in step.
 */
export class AppConfig {
  readonly env: RuntimeEnv;
  readonly http: {
    host: string;
    port: number;
    /** Where people reach the product; links in e-mails start with it. */
    publicUrl: string;
    bodyLimitBytes: number;
    trustProxy: boolean;
    /** Time a client has to send a whole request (headers and body); then 408 and the connection closes. */
    requestTimeoutMs: number;
    /** Connections one client address may hold open at once (0: no limit; not applied behind a proxy). */
    maxConnectionsPerClient: number;
  };
  readonly database: { url: string; poolSize: number };
  readonly redis: { url: string; keyPrefix: string };
  readonly auth: {
    jwtSecret: string;
    accessTokenTtlSeconds: number;
    refreshTokenTtlDays: number;
    emailConfirmationTtlHours: number;
    passwordResetTtlMinutes: number;
    loginRateLimit: { limit: number; windowSeconds: number };
    /** Failed logins on one account from addresses it never signed in from, whatever their number. */
    loginAccountRateLimit: { limit: number; windowSeconds: number };
    passwordHash: { memoryKiB: number; iterations: number; parallelism: number };
  };
  readonly mail: {
    smtpUrl: string | null;
    from: string;
    dir: string;
    maxAttempts: number;
    backoffMs: number;
    /** A queued e-mail untouched this long with no live job (Redis lost it) is queued again. */
    requeueAfterMs: number;
    sweepIntervalMs: number;
    /** How long a worker holds an e-mail while sending it; another attempt waits that long. */
    sendLeaseMs: number;
  };
  readonly queue: {
    lockDurationMs: number;
    stalledIntervalMs: number;
    outboxPollMs: number;
    /** When false, the process only enqueues and never starts repeatable schedules. */
    schedulesEnabled: boolean;
    /** How often a worker checks that Redis still holds every schedule, and restores those it lost. */
    schedulesCheckIntervalMs: number;
    /** `job.name=cron` pairs that replace a job's declared cron (to run one more often somewhere). */
    cronOverrides: Record<string, string>;
  };
  readonly storage: {
    /** Where uploaded files are kept (local disk adapter). */
    dir: string;
    maxUploadBytes: number;
  };
  readonly search: {
    engine: 'postgres' | 'meilisearch';
    meiliHost: string | null;
    meiliApiKey: string | null;
    /** Prefix of the Meilisearch index names (tests and environments share a server). */
    meiliIndexPrefix: string;
  };
  readonly passIae: {
    /** The 5 characters every PASS IAE number starts with (then a 7-digit counter). */
    numberPrefix: string;
  };
  /**
   * Sign-in of professionals with ProConnect (the State's OpenID Connect federation); null when not configured:
   * the button is not offered and nothing else changes.
   */
  readonly proconnect: {
    /** The provider's issuer; its `/.well-known/openid-configuration` is read at the first sign-in. */
    issuer: string;
    clientId: string;
    clientSecret: string;
    /** The page of the web application the provider sends people back to (`/connexion/proconnect`). */
    redirectUrl: string;
    /** Where the provider sends people after its logout. */
    postLogoutRedirectUrl: string;
  } | null;
  readonly log: { level: string; /** Write the log to this file instead of standard output. */ file: string | null };
  /** The web application the API serves at `/`, and the operator's identity it shows. */
  readonly web: {
    /** The built application (index.html and assets); absent: the API alone is served. */
    dir: string;
    /** `state`: the French State's brand block (Marianne); `none` for an operator that is not a State service. */
    brand: 'state' | 'none';
    operatorName: string;
    serviceName: string;
    serviceTagline: string;
  };

  constructor(values: Omit<AppConfig, never>) {
    Object.assign(this, values);
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every variable.`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

class Reader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  private raw(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }

  string(name: string, options: { default?: string; minLength?: number } = {}): string {
    const value = this.raw(name) ?? options.default;
    if (value === undefined) {
      this.problems.push(`${name} is missing`);
      return '';
    }
    if (options.minLength !== undefined && value.length < options.minLength) {
      this.problems.push(`${name} must be at least ${options.minLength} characters long`);
    }
    return value;
  }

  optionalString(name: string): string | null {
    return this.raw(name) ?? null;
  }

  int(name: string, options: { default: number; min: number; max: number }): number {
    const value = this.raw(name);
    if (value === undefined) return options.default;
    if (!/^-?\d+$/.test(value)) {
      this.problems.push(`${name} must be an integer (got "${value}")`);
      return options.default;
    }
    const parsed = Number(value);
    if (parsed < options.min || parsed > options.max) {
      this.problems.push(`${name} must be between ${options.min} and ${options.max} (got ${parsed})`);
    }
    return parsed;
  }

  bool(name: string, defaultValue: boolean): boolean {
    const value = this.raw(name);
    if (value === undefined) return defaultValue;
    if (['true', '1', 'yes'].includes(value.toLowerCase())) return true;
    if (['false', '0', 'no'].includes(value.toLowerCase())) return false;
    this.problems.push(`${name} must be true or false (got "${value}")`);
    return defaultValue;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], defaultValue: T): T {
    const value = this.raw(name) ?? defaultValue;
    if (!allowed.includes(value as T)) {
      this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${value}")`);
      return defaultValue;
    }
    return value as T;
  }

  url(name: string, protocols: string[], defaultValue?: string): string {
    const value = this.raw(name) ?? defaultValue;
    if (value === undefined) {
      this.problems.push(`${name} is missing`);
      return '';
    }
    try {
      const parsed = new URL(value);
      if (!protocols.includes(parsed.protocol)) {
        this.problems.push(`${name} must use ${protocols.join(' or ')} (got "${parsed.protocol}")`);
      }
    } catch {
      this.problems.push(`${name} must be a URL (got "${redactUrl(value)}")`);
    }
    return value;
  }

  matching(name: string, pattern: RegExp, defaultValue: string, description: string): string {
    const value = this.raw(name) ?? defaultValue;
    if (!pattern.test(value)) {
      this.problems.push(`${name} must be ${description} (got "${value}")`);
      return defaultValue;
    }
    return value;
  }

  /** `a=1;b=2`, each key and value checked. */
  pairs(name: string, keyPattern: RegExp, valuePattern: RegExp): Record<string, string> {
    const result: Record<string, string> = {};
    for (const pair of (this.raw(name) ?? '').split(';').filter((p) => p.trim())) {
      const [key, value] = pair.split('=').map((part) => part?.trim());
      if (!key || !value || !keyPattern.test(key) || !valuePattern.test(value)) this.problems.push(`${name} must be "name=cron;…" (got "${pair}")`);
      else result[key] = value;
    }
    return result;
  }

  optionalUrl(name: string, protocols: string[]): string | null {
    return this.raw(name) === undefined ? null : this.url(name, protocols);
  }
}

/** 127.0.0.1, ::1 or localhost: where a development or test provider may speak plain HTTP. */
export function isLoopbackUrl(value: string): boolean {
  try {
    return ['127.0.0.1', '[::1]', 'localhost'].includes(new URL(value).hostname);
  } catch {
    return false;
  }
}

/**
 * Never print a password found in a connection string, even a malformed one: everything between `//` and the last `@`
 * is hidden (a password may hold `/` or `@`, or come without a user name: `redis://:secret@host`).
 */
function redactUrl(value: string): string {
  return value.replace(/\/\/.*@/s, '//***@');
}

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/iae';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

export function loadConfig(env: Env = process.env): AppConfig {
  const read = new Reader(env);
  const nodeEnv = read.oneOf('NODE_ENV', ['development', 'test', 'production'] as const, 'development');
  const port = read.int('PORT', { default: 3000, min: 0, max: 65535 });
  const config = new AppConfig({
    env: nodeEnv,
    http: {
      host: read.string('HOST', { default: '0.0.0.0' }),
      port,
      publicUrl: read.url('PUBLIC_URL', ['http:', 'https:'], `http://localhost:${port}`).replace(/\/+$/, ''),
      bodyLimitBytes: read.int('HTTP_BODY_LIMIT_BYTES', { default: 1_048_576, min: 1024, max: 52_428_800 }),
      trustProxy: read.bool('TRUST_PROXY', false),
      requestTimeoutMs: read.int('HTTP_REQUEST_TIMEOUT_MS', { default: 30_000, min: 100, max: 600_000 }),
      maxConnectionsPerClient: read.int('HTTP_MAX_CONNECTIONS_PER_CLIENT', { default: 64, min: 0, max: 100_000 }),
    },
    database: {
      url: read.url('DATABASE_URL', ['postgres:', 'postgresql:'], DEFAULT_DATABASE_URL),
      poolSize: read.int('DATABASE_POOL_SIZE', { default: 10, min: 1, max: 200 }),
    },
    redis: {
      url: read.url('REDIS_URL', ['redis:', 'rediss:'], DEFAULT_REDIS_URL),
      keyPrefix: read.string('REDIS_KEY_PREFIX', { default: 'iae' }),
    },
    auth: {
      jwtSecret: read.string('JWT_SECRET', { minLength: 32 }),
      accessTokenTtlSeconds: read.int('JWT_ACCESS_TTL_SECONDS', { default: 900, min: 30, max: 86_400 }),
      refreshTokenTtlDays: read.int('REFRESH_TOKEN_TTL_DAYS', { default: 30, min: 1, max: 365 }),
      emailConfirmationTtlHours: read.int('EMAIL_CONFIRMATION_TTL_HOURS', { default: 72, min: 1, max: 720 }),
      passwordResetTtlMinutes: read.int('PASSWORD_RESET_TTL_MINUTES', { default: 60, min: 5, max: 1440 }),
      loginRateLimit: {
        limit: read.int('LOGIN_RATE_LIMIT', { default: 10, min: 1, max: 1_000_000 }),
        windowSeconds: read.int('LOGIN_RATE_LIMIT_WINDOW_SECONDS', { default: 900, min: 1, max: 86_400 }),
      },
      loginAccountRateLimit: {
        limit: read.int('LOGIN_ACCOUNT_RATE_LIMIT', { default: 30, min: 1, max: 1_000_000 }),
        windowSeconds: read.int('LOGIN_ACCOUNT_RATE_LIMIT_WINDOW_SECONDS', { default: 3600, min: 1, max: 86_400 }),
      },
      passwordHash: {
        // OWASP's argon2id floor: 19 MiB, 2 passes, 1 lane.
        memoryKiB: read.int('PASSWORD_HASH_MEMORY_KIB', { default: 19_456, min: 1024, max: 1_048_576 }),
        iterations: read.int('PASSWORD_HASH_ITERATIONS', { default: 2, min: 1, max: 10 }),
        parallelism: read.int('PASSWORD_HASH_PARALLELISM', { default: 1, min: 1, max: 8 }),
      },
    },
    mail: {
      smtpUrl: read.optionalUrl('SMTP_URL', ['smtp:', 'smtps:']),
      from: read.string('MAIL_FROM', { default: 'Emplois IAE <ne-pas-repondre@emplois-iae.localhost>' }),
      dir: resolve(read.string('MAIL_DIR', { default: 'var/mail' })),
      maxAttempts: read.int('MAIL_MAX_ATTEMPTS', { default: 8, min: 1, max: 50 }),
      backoffMs: read.int('MAIL_BACKOFF_MS', { default: 5000, min: 10, max: 3_600_000 }),
      requeueAfterMs: read.int('MAIL_REQUEUE_AFTER_MS', { default: 120_000, min: 100, max: 86_400_000 }),
      sweepIntervalMs: read.int('MAIL_SWEEP_INTERVAL_MS', { default: 30_000, min: 50, max: 3_600_000 }),
      sendLeaseMs: read.int('MAIL_SEND_LEASE_MS', { default: 120_000, min: 1000, max: 3_600_000 }),
    },
    queue: {
      lockDurationMs: read.int('QUEUE_LOCK_DURATION_MS', { default: 30_000, min: 1000, max: 600_000 }),
      stalledIntervalMs: read.int('QUEUE_STALLED_INTERVAL_MS', { default: 30_000, min: 500, max: 600_000 }),
      outboxPollMs: read.int('OUTBOX_POLL_MS', { default: 1000, min: 50, max: 60_000 }),
      schedulesEnabled: read.bool('SCHEDULES_ENABLED', true),
      schedulesCheckIntervalMs: read.int('SCHEDULES_CHECK_INTERVAL_MS', { default: 30_000, min: 50, max: 3_600_000 }),
      cronOverrides: read.pairs('SCHEDULE_CRON_OVERRIDES', /^[a-z0-9.-]+$/, /^[\d*/,\- ]+$/),
    },
    storage: {
      dir: resolve(read.string('STORAGE_DIR', { default: 'var/storage' })),
      maxUploadBytes: read.int('UPLOAD_MAX_BYTES', { default: 5 * 1024 * 1024, min: 1024, max: 100 * 1024 * 1024 }),
    },
    search: {
      engine: read.oneOf('SEARCH_ENGINE', ['postgres', 'meilisearch'] as const, 'postgres'),
      meiliHost: read.optionalUrl('MEILI_HOST', ['http:', 'https:']),
      meiliApiKey: read.optionalString('MEILI_API_KEY'),
      meiliIndexPrefix: read.string('MEILI_INDEX_PREFIX', { default: 'iae' }),
    },
    passIae: {
      numberPrefix: read.matching('PASS_IAE_PREFIX', /^[0-9A-Z]{5}$/, '99999', '5 digits or capital letters'),
    },
    web: {
      dir: resolve(read.string('WEB_DIR', { default: 'dist/web' })),
      brand: read.oneOf('OPERATOR_BRAND', ['state', 'none'] as const, 'state'),
      operatorName: read.string('OPERATOR_NAME', { default: 'Ministère du Travail\\net des Solidarités' }),
      serviceName: read.string('SERVICE_NAME', { default: 'Plateforme IAE' }),
      serviceTagline: read.string('SERVICE_TAGLINE', { default: 'Prescription et recrutement en insertion par l’activité économique' }),
    },
    proconnect: null,
    log: {
      level: read.oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
      file: read.optionalString('LOG_FILE'),
    },
  });
  const proconnect = ['PROCONNECT_ISSUER', 'PROCONNECT_CLIENT_ID', 'PROCONNECT_CLIENT_SECRET', 'PROCONNECT_REDIRECT_URL'];
  const given = proconnect.filter((name) => env[name]?.trim());
  if (given.length && given.length < proconnect.length) {
    read.problems.push(`${proconnect.filter((name) => !given.includes(name)).join(', ')} missing: ProConnect needs all of ${proconnect.join(', ')} (or none)`);
  } else if (given.length) {
    (config as { proconnect: AppConfig['proconnect'] }).proconnect = {
      issuer: read.url('PROCONNECT_ISSUER', ['https:', 'http:']).replace(/\/+$/, ''),
      clientId: read.string('PROCONNECT_CLIENT_ID'),
      clientSecret: read.string('PROCONNECT_CLIENT_SECRET'),
      redirectUrl: read.url('PROCONNECT_REDIRECT_URL', ['https:', 'http:']),
      postLogoutRedirectUrl: read.url('PROCONNECT_POST_LOGOUT_REDIRECT_URL', ['https:', 'http:'], `${config.http.publicUrl}/connexion`),
    };
    const issuer = config.proconnect!.issuer;
    if (issuer.startsWith('http:') && !isLoopbackUrl(issuer)) {
      read.problems.push(`PROCONNECT_ISSUER must use https: (plain http only on loopback, for the local provider)`);
    }
  }
  if (config.search.engine === 'meilisearch') {
    if (!config.search.meiliHost) read.problems.push('MEILI_HOST is missing (SEARCH_ENGINE=meilisearch needs it)');
    if (!config.search.meiliApiKey) read.problems.push('MEILI_API_KEY is missing (SEARCH_ENGINE=meilisearch needs it)');
  }
  if (read.problems.length > 0) throw new ConfigError(read.problems);
  return config;
}

/** Reads `.env` from the working directory when present; real environment variables win. */
export function loadDotEnv(path = '.env'): void {
  const file = resolve(path);
  if (existsSync(file)) process.loadEnvFile(file);
}
