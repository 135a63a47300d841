import { existsSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** Absolute base URL without a trailing slash. */
  siteUrl: string;
  databaseUrl: string;
  redisUrl: string | null;
  mediaDir: string;
  /** Where the first administrator's password file and the SQLite database live by default. */
  dataDir: string;
  timeZone: string;
  demoContent: boolean;
  /** Seconds a reader must at least spend on the comment form; faster posts are bots. */
  commentMinSeconds: number;
  logLevel: string;
  /**
   * Behind a load balancer: how much of X-Forwarded-For to believe. A number is the count of
   * proxies in front of the app (the reader is that many hops from the right); a list names the
   * proxies' addresses or ranges. Never "every hop": a reader could then claim any address.
   */
  trustProxy: false | number | string[];
  /** How often scheduled articles are checked; 0 turns the scheduler off (tests drive it by hand). */
  schedulerIntervalMs: number;
  /** A newsroom session ends after this many minutes without a request. */
  sessionIdleMinutes: number;
  /** Bearer token that opens /metrics; null: /metrics is off. */
  metricsToken: string | null;
  /** How long start-up waits for an unreachable database before giving up. */
  databaseWaitMs: number;
  /** PostgreSQL: a query longer than this (or unanswered) fails. */
  databaseQueryTimeoutMs: number;
  /** On SIGTERM: how long /readyz answers 503 while still serving, so the load balancer moves away. */
  shutdownDelayMs: number;
  /** On SIGTERM: how long in-flight requests may take to finish before the node exits anyway. */
  shutdownTimeoutMs: number;
  /** log2 of scrypt's N for new password hashes (15 by default; tests use 10). */
  passwordHashCost: number;
  /** Prepended to Redis keys and channels, so several sites (or test runs) can share one Redis. */
  redisPrefix: string;
  /** Bound of the in-process page cache; 0 turns it off. */
  pageCacheBytes: number;
  /** `s-maxage` of public pages: how long a CDN may keep them without asking (purged earlier by the hook). */
  cacheSharedMaxAge: number;
  /** Called with the changed keys on every invalidation, for a CDN's purge by surrogate key. */
  cachePurgeUrl: string | null;
  /** Staging: robots.txt closes the whole site to crawlers. */
  robotsDisallowAll: boolean;
  /** Origins allowed to read /api/v1 from a browser: ['*'] for any, [] for none. */
  apiCorsOrigins: string[];
  /** Requests per minute one client address may make to /api/v1; 0 turns the limit off. */
  apiRateLimit: number;
  /** Webhooks may be sent to loopback and private addresses (a newsroom's own network, tests). */
  webhookAllowPrivate: boolean;
  /** How often the webhook worker looks for deliveries due; 0 turns it off (tests drive it by hand). */
  webhookIntervalMs: number;
  /** …and this many hours after login, however busy. */
  sessionMaxHours: number;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

/** Reads KEY=VALUE lines of a .env file; the real environment wins over it. */
export function readDotEnv(file: string): Env {
  if (!existsSync(file)) return {};
  const env: Env = {};
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const [, key, value] = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)\s*$/.exec(line) ?? [];
    if (key === undefined || value === undefined) continue;
    env[key] = value.replace(/^(['"])(.*)\1$/, '$2');
  }
  return env;
}

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT không hợp lệ: ${value}`);
  return port;
}

function parseSeconds(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback * 1000;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds < 0) throw new ConfigError(`${name} không hợp lệ: ${value}`);
  return seconds * 1000;
}

function nonNegative(name: string, value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0) throw new ConfigError(`${name} không hợp lệ: ${value}`);
  return number;
}

function parsePurgeUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    if (/^https?:$/.test(new URL(value).protocol)) return value;
  } catch {
    // Reported below.
  }
  throw new ConfigError(`CACHE_PURGE_URL không hợp lệ: ${value}`);
}

function parseCount(name: string, value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) throw new ConfigError(`${name} không hợp lệ: ${value}`);
  return count;
}

function flag(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

const CIDR = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f:]+)(?:\/\d{1,3})?$/i;

/** TRUST_PROXY: unset or 0 (no proxy), a hop count (1 = one load balancer), or addresses/ranges. */
export function parseTrustProxy(value: string | undefined): false | number | string[] {
  const text = (value ?? '').trim();
  if (text === '' || text === '0' || text === 'false') return false;
  // "true" used to trust every hop; it now means the common case, one proxy.
  if (text === 'true') return 1;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 20) throw new ConfigError(`TRUST_PROXY không hợp lệ: ${text} (số proxy phía trước, thường là 1)`);
    return hops;
  }
  const ranges = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const bad = ranges.find((range) => !CIDR.test(range) || isIP(range.split('/')[0] ?? '') === 0);
  if (bad !== undefined) throw new ConfigError(`TRUST_PROXY không hợp lệ: ${bad} (cần số proxy hoặc địa chỉ/dải CIDR, cách nhau bằng dấu phẩy)`);
  return ranges;
}

function parseIdleMinutes(value: string): number {
  const minutes = Number(value);
  if (!Number.isFinite(minutes) || minutes < 1) throw new ConfigError(`SESSION_IDLE_MINUTES không hợp lệ: ${value}`);
  return minutes;
}

function parsePasswordCost(value: string): number {
  const log2N = Number(value);
  if (!Number.isInteger(log2N) || log2N < 10 || log2N > 17) throw new ConfigError(`PASSWORD_HASH_COST không hợp lệ (10 đến 17): ${value}`);
  return log2N;
}

function parseMaxHours(value: string): number {
  const hours = Number(value);
  if (!Number.isFinite(hours) || hours < 1 || hours > 24 * 90) throw new ConfigError(`SESSION_MAX_HOURS không hợp lệ: ${value}`);
  return hours;
}

export function loadConfig(env: Env = { ...readDotEnv('.env'), ...process.env }): Config {
  const dataDir = path.resolve(env.DATA_DIR ?? './data');
  const siteUrl = (env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
  try {
    new URL(siteUrl);
  } catch {
    throw new ConfigError(`SITE_URL không hợp lệ: ${siteUrl}`);
  }
  const timeZone = env.SITE_TIMEZONE ?? 'Asia/Ho_Chi_Minh';
  if (!isValidTimeZone(timeZone)) throw new ConfigError(`SITE_TIMEZONE không hợp lệ: ${timeZone}`);
  const databaseUrl = env.DATABASE_URL ?? `sqlite:${path.join(dataDir, 'toasoan.db')}`;
  if (!/^(sqlite:|postgres(ql)?:\/\/)/.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL phải bắt đầu bằng sqlite: hoặc postgres://');
  }
  return {
    port: parsePort(env.PORT ?? '3000'),
    host: env.HOST ?? '127.0.0.1',
    siteUrl,
    databaseUrl,
    redisUrl: env.REDIS_URL || null,
    mediaDir: path.resolve(env.MEDIA_DIR ?? path.join(dataDir, 'media')),
    dataDir,
    timeZone,
    demoContent: env.DEMO_CONTENT !== '0',
    commentMinSeconds: Number(env.COMMENT_MIN_SECONDS ?? '3'),
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    schedulerIntervalMs: Math.max(0, Number(env.SCHEDULER_INTERVAL_SECONDS ?? '30') || 0) * 1000,
    sessionIdleMinutes: parseIdleMinutes(env.SESSION_IDLE_MINUTES ?? '120'),
    metricsToken: env.METRICS_TOKEN || null,
    databaseWaitMs: parseSeconds('DATABASE_WAIT_SECONDS', env.DATABASE_WAIT_SECONDS, 30),
    databaseQueryTimeoutMs: parseSeconds('DATABASE_QUERY_TIMEOUT_SECONDS', env.DATABASE_QUERY_TIMEOUT_SECONDS, 10),
    shutdownDelayMs: parseSeconds('SHUTDOWN_DELAY_SECONDS', env.SHUTDOWN_DELAY_SECONDS, 2),
    shutdownTimeoutMs: parseSeconds('SHUTDOWN_TIMEOUT_SECONDS', env.SHUTDOWN_TIMEOUT_SECONDS, 15),
    passwordHashCost: parsePasswordCost(env.PASSWORD_HASH_COST ?? '15'),
    redisPrefix: env.REDIS_PREFIX ?? 'toasoan:',
    pageCacheBytes: Math.round(nonNegative('PAGE_CACHE_MB', env.PAGE_CACHE_MB ?? '32') * 1024 * 1024),
    cacheSharedMaxAge: Math.round(nonNegative('CACHE_SHARED_MAX_AGE', env.CACHE_SHARED_MAX_AGE ?? '60')),
    cachePurgeUrl: parsePurgeUrl(env.CACHE_PURGE_URL),
    robotsDisallowAll: flag(env.ROBOTS_DISALLOW_ALL),
    apiCorsOrigins: (env.API_CORS_ORIGINS ?? '*')
      .split(',')
      .map((o) => o.trim().replace(/\/+$/, ''))
      .filter(Boolean),
    apiRateLimit: parseCount('API_RATE_LIMIT', env.API_RATE_LIMIT ?? '300'),
    webhookAllowPrivate: flag(env.WEBHOOK_ALLOW_PRIVATE),
    webhookIntervalMs: parseCount('WEBHOOK_INTERVAL_SECONDS', env.WEBHOOK_INTERVAL_SECONDS ?? '5') * 1000,
    sessionMaxHours: parseMaxHours(env.SESSION_MAX_HOURS ?? '12'),
  };
}
