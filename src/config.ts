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
  const ranges = text.split(',').map((part) => part.trim()).filter(Boolean);
  const bad = ranges.find((range) => !CIDR.test(range) || isIP(range.split('/')[0]) === 0);
  if (bad !== undefined) throw new ConfigError(`TRUST_PROXY không hợp lệ: ${bad} (cần số proxy hoặc địa chỉ/dải CIDR, cách nhau bằng dấu phẩy)`);
  return ranges;
}

function parseIdleMinutes(value: string): number {
  const minutes = Number(value);
  if (!Number.isFinite(minutes) || minutes < 1) throw new ConfigError(`SESSION_IDLE_MINUTES không hợp lệ: ${value}`);
  return minutes;
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
    sessionMaxHours: parseMaxHours(env.SESSION_MAX_HOURS ?? '12'),
  };
}
