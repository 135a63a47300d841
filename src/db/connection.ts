import { closeSync, openSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type LogEvent, type PostgresPool, type PostgresPoolClient } from 'kysely';
import type pg from 'pg';
import { loadPg } from '../server/lazy-modules.js';
import { ensureDir } from '../server/ensure-dir.js';
import { BusyRetryDriver } from './sqlite-busy.js';
import type { Database } from './schema.js';

export type DialectName = 'sqlite' | 'postgres';

/** Hears every query's duration and connection trouble: metrics and logs attach here. */
export interface DbObserver {
  query?(durationMs: number, failed: boolean): void;
  /** A connection failed outside any query (the server restarted, an idle connection was cut). */
  connectionError?(error: Error): void;
}

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

export interface Db {
  kysely: Kysely<Database>;
  dialect: DialectName;
  observers: DbObserver[];
  /** PostgreSQL's pool counts; undefined on SQLite (one connection). */
  poolStats?(): PoolStats;
  close(): Promise<void>;
}

export interface DbOptions {
  /** How long a PostgreSQL connection attempt may take before it fails. */
  connectTimeoutMs?: number;
  /** A query running (or unanswered) longer than this fails, and its connection is dropped. */
  queryTimeoutMs?: number;
}

export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
export const DEFAULT_QUERY_TIMEOUT_MS = 15_000;

export class DatabaseUrlError extends Error {}

export function sqliteFileFromUrl(url: string): string {
  return url.slice('sqlite:'.length) || ':memory:';
}

function logTo(observers: DbObserver[]): (event: LogEvent) => void {
  return (event) => {
    for (const observer of observers) observer.query?.(event.queryDurationMillis, event.level === 'error');
  };
}

/** Distinct SQL texts kept prepared; queries with lists of varying length make new texts, hence a bound. */
const STATEMENT_CACHE_SIZE = 1000;

/**
 * Kysely prepares every query again; preparing costs more than running most of ours. The same SQL
 * text gets the same prepared statement back (least recently used ones are finalized by GC once
 * dropped). A statement still being iterated is never handed out twice.
 */
function cacheStatements(database: SqliteDatabase.Database): void {
  const prepare = database.prepare.bind(database);
  const cache = new Map<string, SqliteDatabase.Statement>();
  database.prepare = ((source: string) => {
    const cached = cache.get(source);
    if (cached && !cached.busy) {
      cache.delete(source);
      cache.set(source, cached);
      return cached;
    }
    const statement = prepare(source);
    cache.set(source, statement);
    if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    return statement;
  }) as typeof database.prepare;
}

function openSqlite(url: string): Db {
  const file = sqliteFileFromUrl(url);
  let database: SqliteDatabase.Database;
  try {
    if (file !== ':memory:') {
      ensureDir(path.dirname(file));
      // The file holds password hashes and secrets: created readable by its owner only. SQLite gives
      // its -wal and -shm files the same mode.
      closeSync(openSync(file, 'a', 0o600));
    }
    database = new SqliteDatabase(file);
    // WAL lets readers run while a writer commits; NORMAL sync is durable across a process crash.
    database.pragma('journal_mode = WAL');
  } catch (error) {
    throw new DatabaseUrlError(`Không mở được tệp SQLite ${file}: ${(error as Error).message}`);
  }
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  // better-sqlite3 waits for a lock synchronously, holding the event loop: wait only a moment here,
  // and let BusyRetryDriver retry asynchronously while another process holds the database.
  database.pragma('busy_timeout = 20');
  cacheStatements(database);
  const observers: DbObserver[] = [];
  class BusyRetryDialect extends SqliteDialect {
    override createDriver() {
      return new BusyRetryDriver(super.createDriver());
    }
  }
  const kysely = new Kysely<Database>({ dialect: new BusyRetryDialect({ database }), log: logTo(observers) });
  return { kysely, dialect: 'sqlite', observers, close: () => kysely.destroy() };
}

const TIMESTAMPTZ_OID = 1184;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** Reads timestamps back as ISO strings and counts as numbers, matching what SQLite returns. */
function pgTypeParser(oid: number, format?: 'text' | 'binary'): (value: string) => unknown {
  if (oid === TIMESTAMPTZ_OID) return (value) => new Date(value).toISOString();
  if (oid === INT8_OID || oid === NUMERIC_OID) return (value) => Number(value);
  return loadPg().types.getTypeParser(oid, format ?? 'text') as (value: string) => unknown;
}

function isReadTimeout(error: unknown): boolean {
  return error instanceof Error && error.message === 'Query read timeout';
}

/**
 * A pool client whose connection is dropped, not reused, after a query the server never answered:
 * pg leaves such a client waiting for that answer, and every later query on it would wait too.
 */
function guardedClient(client: pg.PoolClient): PostgresPoolClient {
  let broken = false;
  const query = (...args: unknown[]): unknown => {
    const result: unknown = (client.query as (...a: unknown[]) => unknown)(...args);
    if (!(result instanceof Promise)) return result;
    return result.catch((error: unknown) => {
      if (isReadTimeout(error)) broken = true;
      throw error;
    });
  };
  return {
    query: query as PostgresPoolClient['query'],
    release: (destroy?: boolean) => client.release(destroy || broken),
  };
}

function openPostgres(url: string, options: DbOptions): Db {
  try {
    new URL(url);
  } catch {
    throw new DatabaseUrlError('DATABASE_URL không hợp lệ (ví dụ đúng: postgres://user:mật-khẩu@host:5432/ten_csdl)');
  }
  const queryTimeout = options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS;
  const pool = new (loadPg().Pool)({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    // The server stops a query after statement_timeout; query_timeout covers a server that stops answering.
    statement_timeout: queryTimeout,
    query_timeout: queryTimeout + 1_000,
    keepAlive: true,
    types: { getTypeParser: pgTypeParser } as pg.CustomTypesConfig,
  });
  const observers: DbObserver[] = [];
  const report = (error: Error) => {
    for (const observer of observers) observer.connectionError?.(error);
  };
  // A restart or pg_terminate_backend cuts connections: without these listeners pg raises the
  // error as an uncaught 'error' event and the whole process dies. The pool replaces them by itself.
  pool.on('error', report);
  pool.on('connect', (client) => client.on('error', report));
  const guardedPool: PostgresPool = { connect: async () => guardedClient(await pool.connect()), end: () => pool.end() };
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool: guardedPool }), log: logTo(observers) });
  return {
    kysely,
    dialect: 'postgres',
    observers,
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: () => kysely.destroy(),
  };
}

export function openDatabase(url: string, options: DbOptions = {}): Db {
  return url.startsWith('sqlite:') ? openSqlite(url) : openPostgres(url, options);
}
