import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DialectName } from '../../src/db/connection.js';
import { migrateToLatest } from '../../src/db/migrate.js';

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
  return postgresDatabase(name);
}

function databaseUrl(name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A closed pool reports itself ended before its connections have gone: dropping (or copying) at
 * once would cut one mid-goodbye, and pg raises that as an uncaught error in the test.
 */
async function waitUntilUnused(client: pg.Client, name: string): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1', [name]);
    if (Number(rows[0].n) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function postgresDatabase(name: string): TestDatabase {
  return {
    url: databaseUrl(name),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await waitUntilUnused(client, name);
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * The migrations' fingerprint: a template made by the same migrations is the same database, so it
 * is shared by every test process (and kept for the next run) under a name that carries it.
 */
function migrationsFingerprint(): string {
  const dir = new URL('../../src/db/migrations/', import.meta.url);
  const hash = createHash('sha256').update(readFileSync(new URL('../../src/db/migrate.ts', import.meta.url)));
  for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(new URL(file, dir)));
  return hash.digest('hex').slice(0, 16);
}

const templates = new Map<DialectName, Promise<string>>();

/** A migrated, empty SQLite file in the temp folder; made once, then copied for each test. */
async function sqliteTemplate(fingerprint: string): Promise<string> {
  const file = path.join(tmpdir(), `toasoan-template-${fingerprint}.db`);
  if (existsSync(file)) return file;
  const building = path.join(tmpdir(), `toasoan-template-${fingerprint}-${process.pid}-${randomBytes(4).toString('hex')}.db`);
  const db = openDatabase(`sqlite:${building}`);
  await migrateToLatest(db);
  // Closing the last connection checkpoints the WAL into the file, so the file alone is the database.
  await db.close();
  // Atomic: another process building the same template at once writes the same database.
  renameSync(building, file);
  return file;
}

/** A migrated, empty PostgreSQL database used only as a template (no one connects to it afterwards). */
async function postgresTemplate(fingerprint: string): Promise<string> {
  const name = `toasoan_template_${fingerprint}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // One builder at a time on this server; the others wait, then find it made.
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) {
      const building = `${name}_${process.pid}`;
      await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${building} ENCODING 'UTF8' TEMPLATE template0`);
      const db = openDatabase(databaseUrl(building));
      await migrateToLatest(db);
      await db.close();
      await waitUntilUnused(admin, building);
      // Renamed only when complete: a template under the final name is always a migrated one.
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    }
    return name;
  } finally {
    await admin.end();
  }
}

function migratedTemplate(dialect: DialectName): Promise<string> {
  let template = templates.get(dialect);
  if (!template) {
    template = dialect === 'sqlite' ? sqliteTemplate(migrationsFingerprint()) : postgresTemplate(migrationsFingerprint());
    templates.set(dialect, template);
  }
  return template;
}

/**
 * A fresh database of its own with every migration applied: a copy of a migrated template
 * (`CREATE DATABASE … TEMPLATE` on PostgreSQL, a file copy on SQLite) instead of running the
 * migrations again for every suite.
 */
export async function createMigratedTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  const template = await migratedTemplate(dialect);
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'toasoan-test-'));
    copyFileSync(template, path.join(dir, 'test.db'));
    return { url: `sqlite:${path.join(dir, 'test.db')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `toasoan_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
  return postgresDatabase(name);
}

export { openDatabase };
