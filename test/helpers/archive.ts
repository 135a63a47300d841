import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { readTar } from '../../src/data/tar.js';

/** An export archive's entries by name, table entries parsed into rows. */
export interface ArchiveContents {
  header: Record<string, unknown>;
  tables: Map<string, Array<Record<string, unknown>>>;
  media: Map<string, Buffer>;
}

export async function readArchive(file: string): Promise<ArchiveContents> {
  const contents: ArchiveContents = { header: {}, tables: new Map(), media: new Map() };
  for await (const entry of readTar(createReadStream(file).pipe(createGunzip()), 1 << 30)) {
    if (entry.name === 'toasoan-export.json') contents.header = JSON.parse(entry.data.toString('utf8')) as Record<string, unknown>;
    else if (entry.name.startsWith('media/')) contents.media.set(entry.name, entry.data);
    else {
      const table = entry.name.split('/')[1];
      const rows = entry.data
        .toString('utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      contents.tables.set(table, [...(contents.tables.get(table) ?? []), ...rows]);
    }
  }
  return contents;
}

/** Rows as sorted-key JSON, sorted: two databases may list rows with text keys in different collations. */
export function canonicalRows(rows: Array<Record<string, unknown>> = []): string[] {
  return rows.map((row) => JSON.stringify(Object.fromEntries(Object.entries(row).sort(([a], [b]) => a.localeCompare(b))))).sort();
}
