import SqliteDatabase from 'better-sqlite3';
import { loadPg } from '../server/lazy-modules.js';
import type { Db } from './connection.js';
import { sqliteFileFromUrl } from './connection.js';

/**
 * One node at a time runs migrations and the first-start setup: when several nodes start together on
 * the same database, the others wait here and then find the work done. The lock dies with its
 * holder (a PostgreSQL session lock; an SQLite write transaction on a side file), so a node killed
 * half-way never leaves it taken.
 */

/** Any fixed number: the key of PostgreSQL's advisory lock. */
const ADVISORY_KEY = 7_305_011_017;

export type Release = () => Promise<void>;

async function lockPostgres(url: string, onWait: () => void): Promise<Release> {
  const client = new (loadPg().Client)({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on('error', () => {});
  await client.connect();
  const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [ADVISORY_KEY]);
  // One row always; were it missing, waiting for the lock is the safe side.
  if (!rows[0]?.locked) {
    onWait();
    await client.query('SELECT pg_advisory_lock($1)', [ADVISORY_KEY]);
  }
  return async () => {
    await client.query('SELECT pg_advisory_unlock($1)', [ADVISORY_KEY]).catch(() => {});
    await client.end().catch(() => {});
  };
}

async function lockSqlite(file: string, onWait: () => void): Promise<Release> {
  const lock = new SqliteDatabase(`${file}.startup-lock`);
  lock.pragma('busy_timeout = 0');
  for (let waited = false; ;) {
    try {
      lock.exec('BEGIN EXCLUSIVE');
      break;
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
      if (!waited) onWait();
      waited = true;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return async () => {
    lock.exec('ROLLBACK');
    lock.close();
  };
}

export async function acquireStartupLock(db: Db, url: string, onWait: () => void): Promise<Release> {
  if (db.dialect === 'postgres') return lockPostgres(url, onWait);
  const file = sqliteFileFromUrl(url);
  if (file === ':memory:') return async () => {};
  return lockSqlite(file, onWait);
}
