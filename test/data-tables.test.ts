import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { isInternalTable, TABLES } from '../src/data/tables.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createTestDatabase, dialects, openDatabase } from './helpers/db.js';

/**
 * Export and import are driven by src/data/tables.ts. A table someone adds must be declared there
 * as exported or regenerated, or a moved or restored paper would silently lose it.
 */
describe('every table is either exported or declared regenerated', () => {
  it('every table of the Database interface in src/db/schema.ts', () => {
    const schema = readFileSync(new URL('../src/db/schema.ts', import.meta.url), 'utf8');
    const body = /export interface Database \{([^}]*)\}/.exec(schema)?.[1] ?? '';
    const tables = [...body.matchAll(/^\s*([a-z0-9_]+)\s*:/gm)].map((m) => m[1]);
    assert.ok(tables.length > 10);
    const undeclared = tables.filter((t) => !(t in TABLES));
    assert.deepEqual(undeclared, [], `add these to src/data/tables.ts (exported, or regenerated with a reason): ${undeclared.join(', ')}`);
  });

  for (const dialect of dialects) {
    it(`every table the migrations create on ${dialect}`, async () => {
      const database = await createTestDatabase(dialect);
      const db = openDatabase(database.url);
      try {
        await migrateToLatest(db);
        const names = (await db.kysely.introspection.getTables()).map((t) => t.name).filter((n) => !isInternalTable(n));
        const undeclared = names.filter((n) => !(n in TABLES));
        assert.deepEqual(undeclared, [], `tables missing from src/data/tables.ts: ${undeclared.join(', ')}`);
        const stale = Object.keys(TABLES).filter((n) => !names.includes(n));
        assert.deepEqual(stale, [], `src/data/tables.ts names tables that do not exist: ${stale.join(', ')}`);
      } finally {
        await db.close();
        await database.drop();
      }
    });
  }
});
