import { closeSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type DialectName = 'sqlite' | 'postgres';

export interface Db {
  kysely: Kysely<Database>;
  dialect: DialectName;
  close(): Promise<void>;
}

export function sqliteFileFromUrl(url: string): string {
  return url.slice('sqlite:'.length) || ':memory:';
}

function openSqlite(url: string): Db {
  const file = sqliteFileFromUrl(url);
  if (file !== ':memory:') {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    // The file holds password hashes and secrets: created readable by its owner only. SQLite gives
    // its -wal and -shm files the same mode.
    closeSync(openSync(file, 'a', 0o600));
  }
  const database = new SqliteDatabase(file);
  // WAL lets readers run while a writer commits; NORMAL sync is durable across a process crash.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return { kysely, dialect: 'sqlite', close: () => kysely.destroy() };
}

const TIMESTAMPTZ_OID = 1184;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** Reads timestamps back as ISO strings and counts as numbers, matching what SQLite returns. */
function pgTypeParser(oid: number, format?: 'text' | 'binary'): (value: string) => unknown {
  if (oid === TIMESTAMPTZ_OID) return (value) => new Date(value).toISOString();
  if (oid === INT8_OID || oid === NUMERIC_OID) return (value) => Number(value);
  return pg.types.getTypeParser(oid, format ?? 'text') as (value: string) => unknown;
}

function openPostgres(url: string): Db {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    types: { getTypeParser: pgTypeParser } as pg.CustomTypesConfig,
  });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { kysely, dialect: 'postgres', close: () => kysely.destroy() };
}

export function openDatabase(url: string): Db {
  return url.startsWith('sqlite:') ? openSqlite(url) : openPostgres(url);
}
