import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { copyFile, mkdir, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sqliteFileFromUrl, type Db } from '../db/connection.js';
import { appliedMigrations, checkSignal, type Progress } from './archive.js';
import { exportArchive } from './export.js';

/**
 * A backup is a folder: the database (SQLite's online backup, a pg_dump archive, or an export
 * archive), a copy of the media folder, and manifest.json with a checksum of every file.
 */
export const BACKUP_FORMAT = 'toasoan-backup';
export const BACKUP_VERSION = 1;
export const MANIFEST = 'manifest.json';

export type BackupKind = 'sqlite' | 'pg_dump' | 'export';

export const DATABASE_FILES: Record<BackupKind, string> = {
  sqlite: 'database.sqlite',
  pg_dump: 'database.pgdump',
  export: 'export.tar.gz',
};

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  version: number;
  created_at: string;
  /** When the database snapshot was taken: everything committed before it is in the backup. */
  snapshot_started_at: string;
  kind: BackupKind;
  migrations: string[];
  files: Array<{ path: string; bytes: number; sha256: string }>;
}

export class BackupInputError extends Error {}

export interface BackupOptions {
  databaseUrl: string;
  mediaDir: string;
  /** The pg_dump program, or false to use the export archive instead; default: pg_dump on PATH. */
  pgDump?: string | false;
  onProgress?: (stage: string) => Progress;
  signal?: AbortSignal;
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function fsyncFile(file: string): Promise<void> {
  const handle = await open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function pgDumpAvailable(program: string): boolean {
  const result = spawnSync(program, ['--version'], { stdio: 'ignore' });
  return result.status === 0;
}

/**
 * SQLite's online backup copies pages while other connections keep writing. A write from another
 * connection restarts a stepwise copy, so after two restarts the rest is copied in one step, which
 * reads one snapshot (WAL readers do not block writers).
 */
async function backupSqlite(url: string, out: string, progress: Progress | undefined, signal: AbortSignal | undefined): Promise<void> {
  const file = sqliteFileFromUrl(url);
  if (!existsSync(file)) throw new BackupInputError(`không có cơ sở dữ liệu ${file}`);
  const source = new SqliteDatabase(file, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    let remaining = Infinity;
    let restarts = 0;
    await source.backup(out, {
      progress: ({ totalPages, remainingPages }) => {
        checkSignal(signal);
        if (remainingPages > remaining) restarts += 1;
        remaining = remainingPages;
        progress?.(totalPages - remainingPages, totalPages);
        return restarts >= 2 ? 0x7fffffff : 1024;
      },
    });
  } finally {
    source.close();
  }
}

function runPgDump(program: string, url: string, out: string, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, ['--format=custom', '--no-owner', `--file=${out}`, `--dbname=${url}`], { stdio: ['ignore', 'ignore', 'pipe'], signal });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`pg_dump thất bại: ${stderr.trim().split('\n')[0] ?? code}`))));
  });
}

async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !e.name.endsWith('.tmp'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/**
 * Backs up a live paper into `dir` (which must not exist yet). The folder appears under its name
 * only when complete; a failure or Ctrl-C removes the partial one.
 */
export async function backupTo(db: Db, dir: string, options: BackupOptions): Promise<BackupManifest> {
  const target = path.resolve(dir);
  if (existsSync(target)) throw new BackupInputError(`${dir} đã tồn tại; chọn một thư mục mới cho bản sao lưu`);
  await mkdir(path.dirname(target), { recursive: true });
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.partial`);
  await mkdir(temp);
  try {
    const pgDump = options.pgDump ?? 'pg_dump';
    const kind: BackupKind = db.dialect === 'sqlite' ? 'sqlite' : pgDump && pgDumpAvailable(pgDump) ? 'pg_dump' : 'export';
    const databaseFile = path.join(temp, DATABASE_FILES[kind]);
    const migrations = await appliedMigrations(db.kysely);
    const snapshotStartedAt = new Date().toISOString();
    if (kind === 'sqlite') await backupSqlite(options.databaseUrl, databaseFile, options.onProgress?.('Cơ sở dữ liệu'), options.signal);
    else if (kind === 'pg_dump') await runPgDump(pgDump as string, options.databaseUrl, databaseFile, options.signal);
    else
      await exportArchive(db, databaseFile, {
        mediaDir: options.mediaDir,
        withSecrets: true,
        onProgress: options.onProgress?.('Cơ sở dữ liệu'),
        signal: options.signal,
      });

    // Media after the snapshot: an image row is written only after its files, so every image the
    // snapshot knows is already on disk. Files are named by content and never rewritten.
    const media = await listFiles(options.mediaDir);
    const progress = options.onProgress?.('Thư mục ảnh');
    progress?.(0, media.length);
    for (const [index, file] of media.entries()) {
      checkSignal(options.signal);
      const to = path.join(temp, 'media', file);
      await mkdir(path.dirname(to), { recursive: true });
      await copyFile(path.join(options.mediaDir, file), to);
      progress?.(index + 1, media.length);
    }

    const files: BackupManifest['files'] = [];
    for (const file of [DATABASE_FILES[kind], ...media.map((m) => path.join('media', m))]) {
      const full = path.join(temp, file);
      await fsyncFile(full);
      files.push({ path: file.split(path.sep).join('/'), bytes: (await stat(full)).size, sha256: await sha256File(full) });
    }
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      created_at: new Date().toISOString(),
      snapshot_started_at: snapshotStartedAt,
      kind,
      migrations,
      files,
    };
    await writeFile(path.join(temp, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
    await fsyncFile(path.join(temp, MANIFEST));
    await rename(temp, target);
    return manifest;
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}
