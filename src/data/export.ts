import { createWriteStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { PassThrough } from 'node:stream';
import { createGzip } from 'node:zlib';
import { sql, type Transaction } from 'kysely';
import type { Db } from '../db/connection.js';
import type { Database } from '../db/schema.js';
import { originalFile } from '../media/store.js';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  AtomicFile,
  HEADER_ENTRY,
  appliedMigrations,
  checkSignal,
  dynamic,
  regeneratedItems,
  tableFile,
  type ArchiveHeader,
  type Progress,
  type Row,
} from './archive.js';
import { exportedTables, type ExportedPolicy } from './tables.js';
import { TarWriter } from './tar.js';

export interface ExportOptions {
  mediaDir: string;
  /** Password hashes and the installation's signing secrets; left out unless asked for. */
  withSecrets?: boolean;
  onProgress?: Progress;
  signal?: AbortSignal;
}

export type ExportSummary = Pick<ArchiveHeader, 'tables' | 'media'>;

const BATCH_ROWS = 1000;
/** A table's rows are cut into entries of about this size, so neither side holds a whole table. */
const ENTRY_BYTES = 4 * 1024 * 1024;

type Reader = Transaction<Database>;

/** Every row of a table in its load order, a batch at a time, secrets removed unless asked for. */
async function* tableRows(trx: Reader, table: string, policy: ExportedPolicy, withSecrets: boolean): AsyncGenerator<Row[]> {
  const db = dynamic(trx);
  // Keyset paging on the serial column when it is the whole key and no other order is asked for.
  const [firstKey] = policy.key;
  const keyColumn = !policy.orderBy && policy.key.length === 1 && firstKey === policy.serial ? firstKey : undefined;
  const order = sql.raw(policy.orderBy ?? policy.key.join(', '));
  let after: unknown = null;
  for (let offset = 0; ; offset += BATCH_ROWS) {
    let query = db.selectFrom(table).selectAll().orderBy(order).limit(BATCH_ROWS);
    if (keyColumn !== undefined && after !== null) query = query.where(keyColumn, '>', after);
    else if (keyColumn === undefined) query = query.offset(offset);
    const rows = await query.execute();
    const last = rows.at(-1);
    if (last === undefined) return;
    if (keyColumn !== undefined) after = last[keyColumn];
    yield rows.filter((row) => withSecrets || !policy.secretRow?.(row)).map((row) => clean(row, policy, withSecrets));
    if (rows.length < BATCH_ROWS) return;
  }
}

function clean(row: Row, policy: ExportedPolicy, withSecrets: boolean): Row {
  if (withSecrets || !policy.secretColumns) return row;
  const copy = { ...row };
  for (const column of policy.secretColumns) if (column in copy) copy[column] = null;
  return copy;
}

async function countRows(trx: Reader, table: string, policy: ExportedPolicy, withSecrets: boolean): Promise<number> {
  if (policy.secretRow && !withSecrets) {
    let count = 0;
    for await (const rows of tableRows(trx, table, policy, withSecrets)) count += rows.length;
    return count;
  }
  const row = await dynamic(trx)
    .selectFrom(table)
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

interface MediaFile {
  file: string;
  bytes: number;
}

async function mediaFiles(trx: Reader, mediaDir: string): Promise<{ present: MediaFile[]; missing: string[] }> {
  const images = await trx.selectFrom('images').select(['hash', 'mime']).orderBy('id').execute();
  const present: MediaFile[] = [];
  const missing: string[] = [];
  for (const image of images) {
    const file = originalFile(image.hash, image.mime);
    try {
      present.push({ file, bytes: (await stat(path.join(mediaDir, file))).size });
    } catch {
      missing.push(image.hash);
    }
  }
  return { present, missing };
}

/**
 * Writes the whole paper into one gzip-compressed tar archive at `out` (docs/export-format.md).
 * Everything is read in one transaction (REPEATABLE READ on PostgreSQL, one read snapshot on
 * SQLite), so the archive is consistent while the site keeps serving and saving. The archive
 * appears under its name only when complete.
 */
export async function exportArchive(db: Db, out: string, options: ExportOptions): Promise<ExportSummary> {
  const target = new AtomicFile(path.resolve(out));
  const withSecrets = options.withSecrets ?? false;
  const tar = new PassThrough();
  const written = pipeline(tar, createGzip(), createWriteStream(target.temp, { flags: 'wx' }));
  // A failure before the pipeline ends must not leave it waiting on an open stream.
  written.catch(() => {});
  try {
    const transaction = db.dialect === 'postgres' ? db.kysely.transaction().setIsolationLevel('repeatable read') : db.kysely.transaction();
    // On SQLite the first read of the transaction fixes the snapshot every later read sees.
    const summary = await transaction.execute((trx) => writeArchive(db, trx, new TarWriter(tar), withSecrets, options));
    tar.end();
    await written;
    await target.commit();
    return summary;
  } catch (error) {
    tar.destroy();
    await written.catch(() => {});
    await target.discard();
    throw error;
  }
}

async function writeArchive(db: Db, trx: Reader, writer: TarWriter, withSecrets: boolean, options: ExportOptions): Promise<ExportSummary> {
  const tables = exportedTables();
  const counts = new Map<string, number>();
  for (const [name, policy] of tables) counts.set(name, await countRows(trx, name, policy, withSecrets));
  const media = await mediaFiles(trx, options.mediaDir);
  const total = [...counts.values()].reduce((a, b) => a + b, 0) + media.present.length;
  let done = 0;
  options.onProgress?.(done, total);

  const header: ArchiveHeader = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    created_at: new Date().toISOString(),
    source_dialect: db.dialect,
    migrations: await appliedMigrations(trx),
    with_secrets: withSecrets,
    tables: tables.map(([name]) => ({ name, rows: counts.get(name) ?? 0 })),
    media: { files: media.present.length, bytes: media.present.reduce((a, m) => a + m.bytes, 0), missing: media.missing },
    regenerated: regeneratedItems(),
  };
  await writer.add(HEADER_ENTRY, Buffer.from(JSON.stringify(header, null, 2) + '\n'));
  for (const [name, policy] of tables) {
    let index = 0;
    let lines: string[] = [];
    let bytes = 0;
    const flush = async () => {
      if (lines.length) await writer.add(tableFile(name, ++index), Buffer.from(lines.join('\n') + '\n'));
      lines = [];
      bytes = 0;
    };
    for await (const rows of tableRows(trx, name, policy, withSecrets)) {
      checkSignal(options.signal);
      for (const row of rows) {
        const line = JSON.stringify(row);
        lines.push(line);
        bytes += Buffer.byteLength(line) + 1;
        if (bytes >= ENTRY_BYTES) await flush();
      }
      done += rows.length;
      options.onProgress?.(done, total);
    }
    await flush();
  }
  for (const file of media.present) {
    checkSignal(options.signal);
    await writer.add(`media/${file.file.split(path.sep).join('/')}`, await readFile(path.join(options.mediaDir, file.file)));
    options.onProgress?.(++done, total);
  }
  await writer.end();
  return { tables: header.tables, media: header.media };
}
