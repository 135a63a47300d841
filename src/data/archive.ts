import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Db, DialectName } from '../db/connection.js';
import { TABLES } from './tables.js';

/**
 * What the export archive's first entry says (docs/export-format.md). `version` changes only when
 * an older import could not read the archive correctly.
 */
export const ARCHIVE_FORMAT = 'toasoan-export';
export const ARCHIVE_VERSION = 1;
export const HEADER_ENTRY = 'toasoan-export.json';

export interface ArchiveHeader {
  format: typeof ARCHIVE_FORMAT;
  version: number;
  created_at: string;
  source_dialect: DialectName;
  /** Migrations applied to the exported database, oldest first. */
  migrations: string[];
  with_secrets: boolean;
  tables: Array<{ name: string; rows: number }>;
  media: { files: number; bytes: number; missing: string[] };
  /** Not in the archive, made again on import: table or item → why. */
  regenerated: Record<string, string>;
}

/** Rows of any table, for code that walks the table list rather than one known table. */
export type Row = Record<string, unknown>;
export type AnyDatabase = Record<string, Row>;

export function dynamic<T>(db: Kysely<T> | Transaction<T>): Kysely<AnyDatabase> {
  return db as unknown as Kysely<AnyDatabase>;
}

export function regeneratedItems(): Record<string, string> {
  const items: Record<string, string> = {};
  for (const [name, policy] of Object.entries(TABLES)) if (policy.kind === 'regenerated') items[name] = policy.reason;
  items['image variants'] = 'the WebP variants are made again from each original on import';
  return items;
}

export async function appliedMigrations<T>(db: Kysely<T> | Transaction<T>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return rows.map((r) => r.name);
}

export function tableFile(table: string, index: number): string {
  return `tables/${table}/${String(index).padStart(6, '0')}.ndjson`;
}

/** Ctrl-C in a command: long work checks this signal between steps and stops, cleaning up. */
export class InterruptedError extends Error {
  constructor() {
    super('đã dừng theo yêu cầu (Ctrl-C); không có gì được ghi dở');
  }
}

export function checkSignal(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new InterruptedError();
}

export type Progress = (done: number, total: number) => void;

/**
 * A file that appears under its final name only when complete: written to a temp name beside it,
 * fsynced, then renamed. `discard()` removes the temp file after a failure.
 */
export class AtomicFile {
  readonly temp: string;

  constructor(readonly target: string) {
    this.temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  }

  async commit(): Promise<void> {
    const handle = await open(this.temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(this.temp, this.target);
  }

  async discard(): Promise<void> {
    await rm(this.temp, { force: true });
  }
}

/** True when no exported table has a row (other than what a first start fills): an import or restore may go there. */
export async function isEmptyDatabase(db: Db): Promise<boolean> {
  for (const [name, policy] of Object.entries(TABLES)) {
    if (policy.kind !== 'exported' || policy.replacedOnImport) continue;
    const row = await dynamic(db.kysely)
      .selectFrom(name)
      .select(sql<number>`1`.as('one'))
      .limit(1)
      .executeTakeFirst();
    if (row) return false;
  }
  return true;
}
