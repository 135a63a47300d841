import { createReadStream } from 'node:fs';
import { access, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import { sql, type Transaction } from 'kysely';
import type { Db } from '../db/connection.js';
import { knownMigrations } from '../db/migrate.js';
import type { Database } from '../db/schema.js';
import { imageFile, originalFile, variantName, writeDurably, writeVariants } from '../media/store.js';
import { createSearchEngine } from '../search/engine.js';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  HEADER_ENTRY,
  checkSignal,
  dynamic,
  isEmptyDatabase,
  type ArchiveHeader,
  type Progress,
  type Row,
} from './archive.js';
import { exportedTables, type ExportedPolicy } from './tables.js';
import { TarFormatError, readTar, type TarEntry } from './tar.js';

/** Bad input to an import or restore: printed as one line by the command. */
export class ArchiveInputError extends Error {}

export interface ImportOptions {
  mediaDir: string;
  onProgress?: Progress;
  signal?: AbortSignal;
}

export interface ImportSummary {
  header: ArchiveHeader;
  rows: number;
  mediaFiles: number;
  indexed: number;
}

/** Larger than any media file (20 MB) or table entry (about 4 MB) an export writes. */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
/** Both drivers take this many bound values in one statement with room to spare. */
const MAX_VALUES_PER_INSERT = 20_000;
const MEDIA_ENTRY = /^media\/([0-9a-f]{2})\/([0-9a-f]{64})\.(jpg|png|webp|gif)$/;
const TABLE_ENTRY = /^tables\/([a-z0-9_]+)\/\d{6}\.ndjson$/;

function parseHeader(entry: TarEntry | undefined): ArchiveHeader {
  if (!entry || entry.name !== HEADER_ENTRY) throw new ArchiveInputError('không phải tệp xuất của Tòa Soạn (thiếu toasoan-export.json)');
  let header: ArchiveHeader;
  try {
    header = JSON.parse(entry.data.toString('utf8')) as ArchiveHeader;
  } catch {
    throw new ArchiveInputError('toasoan-export.json không phải JSON hợp lệ');
  }
  if (header.format !== ARCHIVE_FORMAT) throw new ArchiveInputError('không phải tệp xuất của Tòa Soạn');
  if (!Number.isInteger(header.version) || header.version > ARCHIVE_VERSION) {
    throw new ArchiveInputError(`tệp xuất định dạng phiên bản ${header.version}, phiên bản này chỉ đọc đến ${ARCHIVE_VERSION}: hãy nâng cấp Tòa Soạn`);
  }
  const unknown = (header.migrations ?? []).filter((name) => !knownMigrations().includes(name));
  if (unknown.length) throw new ArchiveInputError(`tệp xuất từ phiên bản mới hơn (migration ${unknown.join(', ')}): hãy nâng cấp Tòa Soạn trước`);
  return header;
}

async function columnsOf(db: Db): Promise<Map<string, Set<string>>> {
  const tables = await db.kysely.introspection.getTables();
  return new Map(tables.map((t) => [t.name, new Set(t.columns.map((c) => c.name))]));
}

function parseRows(entry: TarEntry, table: string, columns: Set<string>): Row[] {
  const rows: Row[] = [];
  for (const [index, line] of entry.data.toString('utf8').split('\n').entries()) {
    if (!line) continue;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      throw new ArchiveInputError(`${entry.name}, dòng ${index + 1}: không phải JSON`);
    }
    if (typeof row !== 'object' || row === null || Array.isArray(row)) throw new ArchiveInputError(`${entry.name}, dòng ${index + 1}: không phải một bản ghi`);
    for (const column of Object.keys(row)) {
      if (!columns.has(column)) throw new ArchiveInputError(`bảng ${table} không có cột ${column} ở phiên bản này`);
    }
    rows.push(row as Row);
  }
  return rows;
}

async function insertRows(trx: Transaction<Database>, table: string, rows: Row[]): Promise<void> {
  const [first] = rows;
  if (first === undefined) return;
  const perInsert = Math.max(1, Math.floor(MAX_VALUES_PER_INSERT / Object.keys(first).length));
  for (let i = 0; i < rows.length; i += perInsert) {
    await dynamic(trx)
      .insertInto(table)
      .values(rows.slice(i, i + perInsert))
      .execute();
  }
}

/** PostgreSQL's sequences know nothing of ids written explicitly: move each past its table's largest id. */
async function advanceSequences(db: Db, trx: Transaction<Database>, tables: Array<[string, ExportedPolicy]>): Promise<void> {
  if (db.dialect !== 'postgres') return; // SQLite's AUTOINCREMENT follows explicit ids by itself
  for (const [table, policy] of tables) {
    if (!policy.serial) continue;
    await sql`SELECT setval(pg_get_serial_sequence(${table}, ${policy.serial}),
      COALESCE((SELECT max(${sql.ref(policy.serial)}) FROM ${sql.table(table)}), 0) + 1, false)`.execute(trx);
  }
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/**
 * Loads an archive written by exportArchive into an empty database of either kind, in one
 * transaction: on any failure (or Ctrl-C) nothing stays in the database, and media files this
 * import wrote are removed again. The search index is rebuilt afterwards.
 */
export async function importArchive(db: Db, file: string, options: ImportOptions): Promise<ImportSummary> {
  if (!(await exists(file))) throw new ArchiveInputError(`không tìm thấy tệp ${file}`);
  if (!(await isEmptyDatabase(db))) throw new ArchiveInputError('cơ sở dữ liệu đích đã có dữ liệu; chỉ nhập vào cơ sở dữ liệu trống');
  const gunzip = createGunzip();
  const input = createReadStream(file).pipe(gunzip);
  const entries = readTar(input, MAX_ENTRY_BYTES);
  const created: string[] = [];
  try {
    const header = parseHeader((await entries.next()).value || undefined);
    const summary = await load(db, header, entries, created, options);
    return { ...summary, indexed: await createSearchEngine(db).rebuild() };
  } catch (error) {
    for (const written of created.reverse()) await rm(written, { force: true });
    if (error instanceof TarFormatError) throw new ArchiveInputError(error.message);
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('Z_'))
      throw new ArchiveInputError('tệp không phải tệp xuất của Tòa Soạn (không đọc được gzip)');
    throw error;
  } finally {
    input.destroy();
  }
}

async function load(
  db: Db,
  header: ArchiveHeader,
  entries: AsyncGenerator<TarEntry>,
  created: string[],
  options: ImportOptions,
): Promise<Omit<ImportSummary, 'indexed'>> {
  const tables = exportedTables();
  const policies = new Map(tables);
  const columns = await columnsOf(db);
  const expected = new Map(header.tables.map((t) => [t.name, t.rows]));
  const total = header.tables.reduce((a, t) => a + t.rows, 0) + header.media.files;
  const loaded = new Map<string, number>();
  let mediaFiles = 0;
  let done = 0;
  options.onProgress?.(done, total);
  await db.kysely.transaction().execute(async (trx) => {
    // The archive's settings (and defaults a migration wrote) replace the target's own.
    for (const [table, policy] of [...tables].reverse()) if (policy.replacedOnImport) await dynamic(trx).deleteFrom(table).execute();
    for await (const entry of entries) {
      checkSignal(options.signal);
      const table = TABLE_ENTRY.exec(entry.name)?.[1];
      const mediaHash = MEDIA_ENTRY.exec(entry.name)?.[2];
      if (table !== undefined) {
        const target = columns.get(table);
        if (!policies.has(table) || !target) throw new ArchiveInputError(`tệp xuất có bảng ${table} mà phiên bản này không biết`);
        const rows = parseRows(entry, table, target);
        await insertRows(trx, table, rows);
        loaded.set(table, (loaded.get(table) ?? 0) + rows.length);
        done += rows.length;
      } else if (mediaHash !== undefined) {
        await loadMedia(trx, mediaHash, entry.data, created, options.mediaDir);
        mediaFiles += 1;
        done += 1;
      } else {
        throw new ArchiveInputError(`tệp xuất có phần không rõ: ${entry.name}`);
      }
      options.onProgress?.(done, total);
    }
    for (const [table, rows] of expected) {
      if ((loaded.get(table) ?? 0) !== rows) throw new ArchiveInputError(`tệp xuất thiếu dữ liệu: bảng ${table} có ${loaded.get(table) ?? 0}/${rows} dòng`);
    }
    if (mediaFiles !== header.media.files) throw new ArchiveInputError(`tệp xuất thiếu ảnh: ${mediaFiles}/${header.media.files}`);
    await advanceSequences(db, trx, tables);
  });
  return { header, rows: [...loaded.values()].reduce((a, b) => a + b, 0), mediaFiles };
}

async function loadMedia(trx: Transaction<Database>, hash: string, data: Buffer, created: string[], mediaDir: string): Promise<void> {
  const image = await trx.selectFrom('images').select(['mime', 'variants']).where('hash', '=', hash).executeTakeFirst();
  if (!image) throw new ArchiveInputError(`tệp xuất có ảnh ${hash} không thuộc thư viện ảnh`);
  const original = path.join(mediaDir, originalFile(hash, image.mime));
  if (!(await exists(original))) {
    await writeDurably(original, data);
    created.push(original);
  } else if (!(await readFile(original)).equals(data)) {
    throw new ArchiveInputError(`thư mục ảnh đã có tệp khác tên ${path.basename(original)}`);
  }
  const widths = image.variants.split(',').filter(Boolean).map(Number);
  const missing: number[] = [];
  for (const width of widths) {
    const file = path.join(mediaDir, imageFile(hash, variantName(hash, width)));
    if (!(await exists(file))) {
      missing.push(width);
      created.push(file);
    }
  }
  await writeVariants(mediaDir, hash, data, missing);
}
