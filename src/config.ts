import { existsSync, readFileSync } from 'node:fs';
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
  /** Behind a load balancer: take the reader's address from X-Forwarded-For. */
  trustProxy: boolean;
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
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

/** Reads KEY=VALUE lines of a .env file; the real environment wins over it. */
export function readDotEnv(file: string): Env {
  if (!existsSync(file)) return {};
  const env: Env = {};
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)\s*$/.exec(line);
    if (!match) continue;
    env[match[1]] = match[2].replace(/^(['"])(.*)\1$/, '$2');
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

function parseIdleMinutes(value: string): number {
  const minutes = Number(value);
  if (!Number.isFinite(minutes) || minutes < 1) throw new ConfigError(`SESSION_IDLE_MINUTES không hợp lệ: ${value}`);
  return minutes;
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
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    schedulerIntervalMs: Math.max(0, Number(env.SCHEDULER_INTERVAL_SECONDS ?? '30') || 0) * 1000,
    sessionIdleMinutes: parseIdleMinutes(env.SESSION_IDLE_MINUTES ?? '120'),
    metricsToken: env.METRICS_TOKEN || null,
    databaseWaitMs: parseSeconds('DATABASE_WAIT_SECONDS', env.DATABASE_WAIT_SECONDS, 30),
    databaseQueryTimeoutMs: parseSeconds('DATABASE_QUERY_TIMEOUT_SECONDS', env.DATABASE_QUERY_TIMEOUT_SECONDS, 10),
    shutdownDelayMs: parseSeconds('SHUTDOWN_DELAY_SECONDS', env.SHUTDOWN_DELAY_SECONDS, 2),
    shutdownTimeoutMs: parseSeconds('SHUTDOWN_TIMEOUT_SECONDS', env.SHUTDOWN_TIMEOUT_SECONDS, 15),
  };
}
