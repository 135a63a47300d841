import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DialectName } from '../../src/db/connection.js';

const ALL_DIALECTS: DialectName[] = ['sqlite', 'postgres'];

/**
 * Every integration suite runs once per dialect; `TEST_DIALECTS=sqlite` (or `postgres`) runs one of
 * them, for a quick round while working.
 */
export const dialects: DialectName[] = chosenDialects(process.env.TEST_DIALECTS);

function chosenDialects(value: string | undefined): DialectName[] {
  if (!value) return ALL_DIALECTS;
  const chosen = value.split(',').map((name) => name.trim());
  const unknown = chosen.filter((name) => !ALL_DIALECTS.includes(name as DialectName));
  if (unknown.length > 0) throw new Error(`TEST_DIALECTS: unknown dialect ${unknown.join(', ')} (sqlite, postgres)`);
  return chosen as DialectName[];
}

const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  url: string;
  /** Removes the database (PostgreSQL) or its folder (SQLite). */
  drop(): Promise<void>;
}

/** A fresh, empty database of its own: a temp file for SQLite, a new database for PostgreSQL. */
export async function createTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'toasoan-test-'));
    return { url: `sqlite:${path.join(dir, 'test.db')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `toasoan_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        // A closed pool reports itself ended before its connections have gone: dropping with FORCE
        // at once would cut one mid-goodbye, and pg raises that as an uncaught error in the test.
        for (let tries = 0; tries < 100; tries++) {
          const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1', [name]);
          if (Number(rows[0].n) === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

export { openDatabase };
