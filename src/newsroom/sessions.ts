import { createHash, randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import { loadRedis } from '../server/lazy-modules.js';

/**
 * Newsroom login sessions, kept on the server: the browser holds only a random token, and the
 * store keys sessions by the token's sha256, so a copy of the store cannot be replayed as cookies.
 * A session ends when its user logs out, when the password changes, after `idleMs` without a
 * request (sliding), and `maxAgeMs` after login whatever its use (absolute: a stolen cookie kept
 * busy does not live for ever). The database store serves one node or many; Redis is used when configured.
 */

export const SESSION_COOKIE = 'toasoan_session';

/** last_seen is written at most this often: an editor's every click should not be a database write. */
export const TOUCH_INTERVAL_MS = 60_000;

export interface Session {
  /** sha256 of the token, hex. */
  id: string;
  userId: number;
  createdAt: number;
  lastSeenAt: number;
}

export interface SessionStore {
  /** Starts a session and returns the token for the cookie; only its hash is stored. */
  create(userId: number): Promise<string>;
  /** The live session for a token, its idle clock renewed; null when unknown, ended or idle too long. */
  resume(token: string): Promise<Session | null>;
  end(token: string): Promise<void>;
  /** Ends every session of a user: on password change, reset, or deactivation. */
  endAllForUser(userId: number): Promise<void>;
  close(): Promise<void>;
}

/** Absolute lifetime when none is configured. */
export const DEFAULT_SESSION_MAX_MS = 12 * 60 * 60_000;

export interface SessionStoreOptions {
  idleMs: number;
  /** From login, however busy the session; DEFAULT_SESSION_MAX_MS when not given. */
  maxAgeMs?: number;
  /** Milliseconds since the epoch; tests move it forward instead of sleeping. */
  now?: () => number;
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens not of our own shape are refused before any lookup. */
function sessionId(token: string): string | null {
  return TOKEN.test(token) ? hashToken(token) : null;
}

export class DatabaseSessionStore implements SessionStore {
  private readonly idleMs: number;
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(
    private readonly db: Kysely<Database>,
    options: SessionStoreOptions,
  ) {
    this.idleMs = options.idleMs;
    this.maxAgeMs = options.maxAgeMs ?? DEFAULT_SESSION_MAX_MS;
    this.now = options.now ?? Date.now;
  }

  async create(userId: number): Promise<string> {
    const token = newToken();
    const now = this.now();
    // Sessions left to go idle are never resumed; pruning them here keeps the table small without a timer.
    await this.db
      .deleteFrom('sessions')
      .where('last_seen_at', '<', new Date(now - this.idleMs).toISOString())
      .execute();
    const iso = new Date(now).toISOString();
    await this.db
      .insertInto('sessions')
      .values({ id: hashToken(token), user_id: userId, created_at: iso, last_seen_at: iso })
      .execute();
    return token;
  }

  async resume(token: string): Promise<Session | null> {
    const id = sessionId(token);
    if (!id) return null;
    const row = await this.db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    const now = this.now();
    const session: Session = { id, userId: row.user_id, createdAt: Date.parse(row.created_at), lastSeenAt: Date.parse(row.last_seen_at) };
    if (now - session.lastSeenAt > this.idleMs || now - session.createdAt > this.maxAgeMs) {
      await this.db.deleteFrom('sessions').where('id', '=', id).execute();
      return null;
    }
    if (now - session.lastSeenAt >= TOUCH_INTERVAL_MS) {
      await this.db
        .updateTable('sessions')
        .set({ last_seen_at: new Date(now).toISOString() })
        .where('id', '=', id)
        .execute();
      session.lastSeenAt = now;
    }
    return session;
  }

  async end(token: string): Promise<void> {
    const id = sessionId(token);
    if (id) await this.db.deleteFrom('sessions').where('id', '=', id).execute();
  }

  async endAllForUser(userId: number): Promise<void> {
    await this.db.deleteFrom('sessions').where('user_id', '=', userId).execute();
  }

  async close(): Promise<void> {
    // The database belongs to the app, which closes it.
  }
}

export interface RedisSessionStoreOptions extends SessionStoreOptions {
  /** Prepended to every key, so several sites (or test runs) can share one Redis. */
  prefix: string;
}

interface StoredSession {
  userId: number;
  createdAt: number;
  lastSeenAt: number;
}

function parseStored(json: string | null): StoredSession | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== 'object' || value === null) return null;
    const { userId, createdAt, lastSeenAt } = value as Record<string, unknown>;
    if (typeof userId !== 'number' || typeof createdAt !== 'number' || typeof lastSeenAt !== 'number') return null;
    return { userId, createdAt, lastSeenAt };
  } catch {
    return null;
  }
}

/**
 * One key per session, expiring after the idle time (Redis forgets idle sessions by itself), plus
 * one set per user listing its session ids so all of them can be ended at once. The idle time is
 * also checked here against the stored last-seen time, so both stores behave alike under a test clock.
 */
export class RedisSessionStore implements SessionStore {
  private readonly idleMs: number;
  private readonly maxAgeMs: number;
  private readonly now: () => number;
  private readonly prefix: string;

  /** The store owns the client and quits it on close(). */
  constructor(
    private readonly redis: Redis,
    options: RedisSessionStoreOptions,
  ) {
    this.idleMs = options.idleMs;
    this.maxAgeMs = options.maxAgeMs ?? DEFAULT_SESSION_MAX_MS;
    this.now = options.now ?? Date.now;
    this.prefix = options.prefix;
  }

  sessionKey(id: string): string {
    return `${this.prefix}session:${id}`;
  }

  userKey(userId: number): string {
    return `${this.prefix}user-sessions:${userId}`;
  }

  async create(userId: number): Promise<string> {
    const token = newToken();
    const id = hashToken(token);
    const now = this.now();
    const value: StoredSession = { userId, createdAt: now, lastSeenAt: now };
    await this.redis
      .multi()
      .set(this.sessionKey(id), JSON.stringify(value), 'PX', this.idleMs)
      .sadd(this.userKey(userId), id)
      .pexpire(this.userKey(userId), this.idleMs)
      .exec();
    return token;
  }

  async resume(token: string): Promise<Session | null> {
    const id = sessionId(token);
    if (!id) return null;
    const stored = parseStored(await this.redis.get(this.sessionKey(id)));
    if (!stored) return null;
    const now = this.now();
    if (now - stored.lastSeenAt > this.idleMs || now - stored.createdAt > this.maxAgeMs) {
      await this.redis.multi().del(this.sessionKey(id)).srem(this.userKey(stored.userId), id).exec();
      return null;
    }
    if (now - stored.lastSeenAt >= TOUCH_INTERVAL_MS) {
      stored.lastSeenAt = now;
      // XX: a session ended by another node meanwhile must not come back to life.
      await this.redis
        .multi()
        .set(this.sessionKey(id), JSON.stringify(stored), 'PX', this.idleMs, 'XX')
        .pexpire(this.userKey(stored.userId), this.idleMs)
        .exec();
    }
    return { id, ...stored };
  }

  async end(token: string): Promise<void> {
    const id = sessionId(token);
    if (!id) return;
    const stored = parseStored(await this.redis.get(this.sessionKey(id)));
    const transaction = this.redis.multi().del(this.sessionKey(id));
    if (stored) transaction.srem(this.userKey(stored.userId), id);
    await transaction.exec();
  }

  async endAllForUser(userId: number): Promise<void> {
    const ids = await this.redis.smembers(this.userKey(userId));
    if (ids.length === 0) return;
    // SREM of exactly these ids rather than DEL of the set: a session created meanwhile stays listed.
    await this.redis
      .multi()
      .del(...ids.map((id) => this.sessionKey(id)))
      .srem(this.userKey(userId), ...ids)
      .exec();
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}

/**
 * Redis when REDIS_URL is set (several app nodes), the database otherwise. `onError` hears Redis
 * connection trouble (ioredis reconnects by itself; requests meanwhile fail and are reported).
 */
export function openSessionStore(config: Config, db: Kysely<Database>, onError?: (error: Error) => void): SessionStore {
  const idleMs = config.sessionIdleMinutes * 60_000;
  const maxAgeMs = config.sessionMaxHours * 60 * 60_000;
  if (!config.redisUrl) return new DatabaseSessionStore(db, { idleMs, maxAgeMs });
  // A request fails after one retry (and within two seconds) while Redis is down, and the newsroom
  // says so (503), instead of queueing every request until Redis returns.
  const redis = new (loadRedis())(config.redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2_000, commandTimeout: 2_000 });
  if (onError) redis.on('error', onError);
  return new RedisSessionStore(redis, { idleMs, maxAgeMs, prefix: config.redisPrefix });
}
