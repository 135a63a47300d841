import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import { openDatabase, sqliteFileFromUrl, type Db } from '../db/connection.js';
import { knownMigrations, migrateToLatest } from '../db/migrate.js';
import { AtomicFile, checkSignal, isEmptyDatabase, type Progress } from './archive.js';
import { BACKUP_FORMAT, BACKUP_VERSION, DATABASE_FILES, MANIFEST, sha256File, type BackupManifest } from './backup.js';
import { exportArchive } from './export.js';
import { importArchive } from './import.js';

export class RestoreInputError extends Error {}

export interface RestoreOptions {
  databaseUrl: string;
  mediaDir: string;
  /** Replace a database that already has content. */
  force?: boolean;
  /** The pg_restore program. */
  pgRestore?: string;
  onProgress?: (stage: string) => Progress;
  signal?: AbortSignal;
}

async function readManifest(dir: string): Promise<BackupManifest> {
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(await readFile(path.join(dir, MANIFEST), 'utf8')) as BackupManifest;
  } catch {
    throw new RestoreInputError(`${dir} không phải bản sao lưu của Tòa Soạn (không đọc được ${MANIFEST})`);
  }
  if (manifest.format !== BACKUP_FORMAT || !Array.isArray(manifest.files) || !(manifest.kind in DATABASE_FILES)) {
    throw new RestoreInputError(`${dir} không phải bản sao lưu của Tòa Soạn`);
  }
  if (manifest.version > BACKUP_VERSION) throw new RestoreInputError(`bản sao lưu định dạng phiên bản ${manifest.version}: hãy nâng cấp Tòa Soạn`);
  const unknown = manifest.migrations.filter((m) => !knownMigrations().includes(m));
  if (unknown.length) throw new RestoreInputError(`bản sao lưu từ phiên bản mới hơn (migration ${unknown.join(', ')}): hãy nâng cấp Tòa Soạn trước`);
  for (const file of manifest.files) {
    if (file.path.split('/').includes('..') || path.isAbsolute(file.path))
      throw new RestoreInputError(`đường dẫn không hợp lệ trong ${MANIFEST}: ${file.path}`);
  }
  return manifest;
}

/** Every file is checked before anything is touched. */
async function verify(dir: string, manifest: BackupManifest, progress: Progress | undefined, signal: AbortSignal | undefined): Promise<void> {
  const databaseFile = DATABASE_FILES[manifest.kind];
  if (!manifest.files.some((f) => f.path === databaseFile)) throw new RestoreInputError(`bản sao lưu thiếu ${databaseFile}`);
  for (const [index, file] of manifest.files.entries()) {
    checkSignal(signal);
    const full = path.join(dir, file.path);
    if (!existsSync(full)) throw new RestoreInputError(`bản sao lưu thiếu tệp ${file.path}`);
    if ((await sha256File(full)) !== file.sha256) throw new RestoreInputError(`tổng kiểm tra sai: ${file.path} đã bị hỏng hoặc sửa; không khôi phục gì`);
    progress?.(index + 1, manifest.files.length);
  }
}

function pgRestore(program: string, url: string, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // --clean in one transaction: the old schema goes and the backup's comes, or nothing changes.
    const args = ['--single-transaction', '--exit-on-error', '--clean', '--if-exists', '--no-owner', `--dbname=${url}`, file];
    const child = spawn(program, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => reject(new RestoreInputError(`không chạy được ${program}: ${error.message}`)));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`pg_restore thất bại: ${stderr.trim().split('\n')[0] ?? code}`))));
  });
}

/** Media files are named by content: existing ones are kept, missing ones copied. Returns what was written. */
async function restoreMedia(
  dir: string,
  manifest: BackupManifest,
  mediaDir: string,
  created: string[],
  progress: Progress | undefined,
  signal: AbortSignal | undefined,
): Promise<void> {
  const media = manifest.files.filter((f) => f.path.startsWith('media/'));
  for (const [index, file] of media.entries()) {
    checkSignal(signal);
    const to = path.join(mediaDir, file.path.slice('media/'.length));
    if (!existsSync(to)) {
      await mkdir(path.dirname(to), { recursive: true });
      const temp = new AtomicFile(to);
      await copyFile(path.join(dir, file.path), temp.temp);
      await temp.commit();
      created.push(to);
    }
    progress?.(index + 1, media.length);
  }
}

async function targetIsEmpty(url: string): Promise<boolean> {
  if (url.startsWith('sqlite:') && !existsSync(sqliteFileFromUrl(url))) return true;
  const db = openDatabase(url);
  try {
    await migrateToLatest(db);
    return await isEmptyDatabase(db);
  } finally {
    await db.close();
  }
}

/** Puts SQLite's backup file in place of the database file in one rename. */
async function restoreSqliteFile(url: string, file: string): Promise<void> {
  const target = path.resolve(sqliteFileFromUrl(url));
  await mkdir(path.dirname(target), { recursive: true });
  const temp = new AtomicFile(target);
  try {
    await copyFile(file, temp.temp);
    // An old write-ahead log would be replayed onto the restored file: it goes first.
    await rm(`${target}-wal`, { force: true });
    await rm(`${target}-shm`, { force: true });
    await temp.commit();
  } catch (error) {
    await temp.discard();
    throw error;
  }
}

/** Empties a database completely (its schema too), for an export-kind restore with --force. */
async function wipe(db: Db): Promise<void> {
  if (db.dialect === 'postgres') {
    await sql`DROP SCHEMA public CASCADE`.execute(db.kysely);
    await sql`CREATE SCHEMA public`.execute(db.kysely);
  } else {
    const { rows } = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`.execute(db.kysely);
    await sql`PRAGMA foreign_keys = OFF`.execute(db.kysely);
    for (const { name } of rows) await sql`DROP TABLE IF EXISTS ${sql.table(name)}`.execute(db.kysely);
    await sql`PRAGMA foreign_keys = ON`.execute(db.kysely);
  }
}

/**
 * Restores a backup folder into the configured database and media folder. Checksums are verified
 * first; a database with content is refused unless `force`. A SQLite backup restores into SQLite by
 * one rename, or into PostgreSQL through an export archive; a pg_dump backup restores with
 * pg_restore in one transaction; an export-kind backup is imported.
 */
export async function restoreFrom(dir: string, options: RestoreOptions): Promise<BackupManifest> {
  const manifest = await readManifest(dir);
  await verify(dir, manifest, options.onProgress?.('Kiểm tra'), options.signal);
  const toSqlite = options.databaseUrl.startsWith('sqlite:');
  if (manifest.kind === 'pg_dump' && toSqlite)
    throw new RestoreInputError('bản sao lưu pg_dump chỉ khôi phục vào PostgreSQL; để sang SQLite hãy dùng export/import');
  if (!options.force && !(await targetIsEmpty(options.databaseUrl))) {
    throw new RestoreInputError('cơ sở dữ liệu đích đã có dữ liệu; dùng --force để thay thế nó bằng bản sao lưu');
  }
  const created: string[] = [];
  const databaseFile = path.join(dir, DATABASE_FILES[manifest.kind]);
  try {
    await restoreMedia(dir, manifest, options.mediaDir, created, options.onProgress?.('Ảnh'), options.signal);
    checkSignal(options.signal);
    if (manifest.kind === 'sqlite' && toSqlite) await restoreSqliteFile(options.databaseUrl, databaseFile);
    else if (manifest.kind === 'pg_dump') await pgRestore(options.pgRestore ?? 'pg_restore', options.databaseUrl, databaseFile);
    else await importInto(options, manifest.kind === 'sqlite' ? await archiveOfSqlite(databaseFile, options) : databaseFile);
    const db = openDatabase(options.databaseUrl);
    try {
      await migrateToLatest(db);
    } finally {
      await db.close();
    }
    return manifest;
  } catch (error) {
    for (const file of created.reverse()) await rm(file, { force: true });
    throw error;
  }
}

/**
 * A SQLite backup going into PostgreSQL travels as an export archive. The backup file is read from
 * a copy, since opening a SQLite file may write to it and the backup must stay as checksummed.
 */
async function archiveOfSqlite(file: string, options: RestoreOptions): Promise<string> {
  const work = path.join(path.dirname(path.resolve(options.mediaDir)), `.restore-${randomBytes(6).toString('hex')}`);
  await mkdir(work, { recursive: true });
  const copy = path.join(work, 'database.sqlite');
  await copyFile(file, copy);
  const source = openDatabase(`sqlite:${copy}`);
  try {
    await exportArchive(source, `${work}.tar.gz`, { mediaDir: path.join(path.dirname(file), 'media'), withSecrets: true, signal: options.signal });
    return `${work}.tar.gz`;
  } finally {
    await source.close();
    await rm(work, { recursive: true, force: true });
  }
}

async function importInto(options: RestoreOptions, archive: string): Promise<void> {
  const db = openDatabase(options.databaseUrl);
  try {
    if (options.force) await wipe(db);
    await migrateToLatest(db);
    await importArchive(db, archive, { mediaDir: options.mediaDir, onProgress: options.onProgress?.('Cơ sở dữ liệu'), signal: options.signal });
  } finally {
    await db.close();
    if (path.basename(archive).startsWith('.restore-')) await rm(archive, { force: true });
  }
}
