import 'reflect-metadata';
import { resolve } from 'node:path';
import { Type, plainToInstance } from 'class-transformer';
import { isIP } from 'node:net';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  Min,
  MinLength,
  Validate,
  ValidatorConstraint,
  ValidatorConstraintInterface,
  validateSync,
} from 'class-validator';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const NODE_ENVS = ['development', 'test', 'production'] as const;

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** Express's `trust proxy` value for TRUST_PROXY: hops as a number, else the list of names and ranges. */
export function trustProxySetting(value: string): number | string[] {
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  return trimmed.split(',').map((part) => part.trim());
}

function isProxyRange(part: string): boolean {
  if (PROXY_NAMES.includes(part)) return true;
  const [address, prefix, ...rest] = part.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

@ValidatorConstraint({ name: 'trustProxy' })
class TrustProxyConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string' || !value.trim()) return false;
    const setting = trustProxySetting(value);
    return typeof setting === 'number' ? setting <= 100 : setting.every(isProxyRange);
  }

  defaultMessage(): string {
    return 'TRUST_PROXY must be a number of hops or a comma-separated list of loopback, linklocal, uniquelocal, IP addresses and CIDR ranges';
  }
}

/**
 * Every variable the processes read, with the local defaults that let a fresh
 * machine (local PostgreSQL with trust auth, local Redis) run with no `.env`.
 */
export class AppConfig {
  @IsIn(NODE_ENVS)
  NODE_ENV: (typeof NODE_ENVS)[number] = 'development';

  /** The application's own role: no superuser, no BYPASSRLS, so row-level security applies. */
  @IsString()
  DATABASE_URL = 'postgres://crm_app@127.0.0.1:5432/crm';

  /** Owner connection: migrations, seeding, test database creation only. */
  @IsString()
  DATABASE_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/crm';

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  @IsString()
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Prefix of every BullMQ queue and rate-limit key, so several installations can share a Redis. */
  @IsString()
  @MinLength(1)
  REDIS_PREFIX = 'crm';

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  API_PORT = 3000;

  /**
   * API processes on this machine sharing API_PORT (node:cluster); 0 = one per CPU core. Each has its own
   * database pool of DATABASE_POOL_SIZE connections.
   */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(64)
  API_PROCESSES = 1;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  WORKER_PORT = 3001;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  WEB_PORT = 5173;

  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET = 'dev-only-secret-change-me-in-production-0123456789';

  @Type(() => Number)
  @IsInt()
  @Min(30)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Type(() => Number)
  @IsInt()
  @Min(300)
  REFRESH_TOKEN_TTL_SECONDS = 60 * 60 * 24 * 14;

  /** Requests per principal per minute across GraphQL and REST. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_MINUTE = 600;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  GRAPHQL_MAX_DEPTH = 10;

  @Type(() => Number)
  @IsInt()
  @Min(10)
  GRAPHQL_MAX_COMPLEXITY = 5000;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  GRAPHQL_MAX_PAGE_SIZE = 100;

  /** How often an idle outbox relay looks for new events; a full batch is followed at once by the next. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(60_000)
  OUTBOX_POLL_INTERVAL_MS = 200;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  OUTBOX_BATCH_SIZE = 100;

  /** A relay's claim on a batch; after it expires, another relay re-claims what was not marked published. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3600)
  OUTBOX_LEASE_SECONDS = 30;

  /** Published outbox events (and their processed-event ledger entries) are kept this long, then removed. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3650)
  OUTBOX_RETENTION_DAYS = 7;

  /** How often the worker's housekeeping job runs (removes expired refresh tokens and old outbox events). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(7 * 24 * 60)
  HOUSEKEEPING_INTERVAL_MINUTES = 60;

  /** Jobs one worker process runs at the same time. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  WORKER_CONCURRENCY = 10;

  /** Tries per job before it stays in the failed set; the delay doubles from JOB_BACKOFF_MS each time. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  JOB_ATTEMPTS = 8;

  @Type(() => Number)
  @IsInt()
  @Min(10)
  JOB_BACKOFF_MS = 1000;

  /** Root directory of uploaded files (imports, documents); the repository's git-ignored `.storage` by default. */
  @IsString()
  @MinLength(1)
  FILE_STORAGE_DIR = resolve(__dirname, '../../../../.storage');

  /** Largest file an import upload may be. */
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  IMPORT_MAX_FILE_BYTES = 100 * 1024 * 1024;

  /** Largest file a customer document upload (CUS-08) may be. */
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  DOCUMENT_MAX_FILE_BYTES = 25 * 1024 * 1024;

  /** Import rows written per transaction; a row is all-or-nothing, a batch is the unit a retried job resumes after. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5000)
  IMPORT_BATCH_SIZE = 1000;

  /**
   * An import queued or running with no progress for this long is taken as orphaned (its worker died, its
   * queue entry was lost): the worker's sweep, at start and then every quarter of this, runs it again.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  IMPORT_STALL_SECONDS = 600;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  @IsOptional()
  @IsString()
  CORS_ORIGIN?: string = undefined;

  /**
   * Which proxies in front of the api are believed about the client's address (X-Forwarded-For), as
   * Express's `trust proxy`: a number of hops, or a comma-separated list of `loopback`, `linklocal`,
   * `uniquelocal`, addresses and CIDR ranges. Unset: none, the peer's address is the client's (anonymous
   * callers, such as sign-ins, are rate-limited per address, so behind a proxy set this).
   */
  @IsOptional()
  @Validate(TrustProxyConstraint)
  TRUST_PROXY?: string = undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Secrets and URLs (which may carry passwords) are never echoed, even when wrong. */
function shown(key: string, value: string | undefined): string {
  if (value === undefined) return '(default)';
  return /SECRET|PASSWORD|URL|KEY/.test(key) ? '(hidden)' : JSON.stringify(value);
}

/** Reads and validates the whole configuration at once; throws listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const given: Record<string, string> = {};
  for (const key of known) {
    const value = env[key];
    if (value !== undefined && value !== '') given[key] = value;
  }
  const config = plainToInstance(AppConfig, given, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: false });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map((e) => `${e.property}=${shown(e.property, given[e.property])}: ${Object.values(e.constraints ?? {}).join('; ')}`),
    );
  }
  if (config.NODE_ENV === 'production' && config.JWT_SECRET === new AppConfig().JWT_SECRET) {
    throw new ConfigError(['JWT_SECRET: the development default must not be used in production']);
  }
  return config;
}
