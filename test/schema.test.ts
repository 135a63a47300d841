import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import ts from 'typescript';
import { openDatabase, type Db } from '../src/db/connection.js';
import { createMigratedTestDatabase, dialects, type TestDatabase } from './helpers/db.js';

/**
 * src/db/schema.ts is what every query is type-checked against; the migrations are what the
 * database really is. This reads the `Database` interface of schema.ts with the TypeScript parser
 * and compares it with a migrated database of each dialect: the same tables, the same columns, the
 * same nullability, a compatible type, and a default for every `Generated<…>` column.
 */

interface DeclaredColumn {
  name: string;
  /** The type as written, e.g. `Generated<number>`, `string | null`, `ArticleStatus`. */
  type: string;
  nullable: boolean;
  generated: boolean;
  kind: 'number' | 'string';
}

/** Dialect-specific search storage, written by src/search/sqlite.ts and postgresql.ts with raw SQL. */
const SEARCH_STORAGE = {
  sqlite: { tables: /^search_(fts|exact|title|head|pairs)(_[a-z]+)?$/, columns: new Set<string>() },
  postgres: { tables: /^search_(entries|recent)$/, columns: new Set<string>() },
};

const NUMBER_TYPES = /^(integer|int|int2|int4|int8|bigint|smallint|real|double precision|float4|float8|numeric)$/i;
const STRING_TYPES = /^(text|varchar|character varying|timestamptz|timestamp with time zone|date|char|character)$/i;

function declaredSchema(): Map<string, DeclaredColumn[]> {
  const file = new URL('../src/db/schema.ts', import.meta.url);
  const source = ts.createSourceFile('schema.ts', readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const interfaces = new Map<string, ts.InterfaceDeclaration>();
  const aliases = new Map<string, ts.TypeAliasDeclaration>();
  source.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node)) interfaces.set(node.name.text, node);
    if (ts.isTypeAliasDeclaration(node)) aliases.set(node.name.text, node);
  });
  // A union of string literals (ArticleStatus) is text; anything else must be number or string.
  const kindOf = (type: string): 'number' | 'string' => {
    const base = type
      .replace(/^Generated<(.*)>$/, '$1')
      .replace(/\s*\|\s*null$/, '')
      .trim();
    if (base === 'number') return 'number';
    if (base === 'string' || /^'/.test(base)) return 'string';
    const alias = aliases.get(base.split('|')[0].trim());
    if (alias && ts.isUnionTypeNode(alias.type) && alias.type.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))) return 'string';
    throw new Error(`schema.ts: cannot tell the column type of ${type}`);
  };
  const tables = new Map<string, DeclaredColumn[]>();
  const database = interfaces.get('Database');
  assert.ok(database, 'schema.ts declares interface Database');
  for (const member of database.members) {
    assert.ok(ts.isPropertySignature(member) && member.type && ts.isTypeReferenceNode(member.type));
    const table = interfaces.get(member.type.typeName.getText(source));
    assert.ok(table, `interface of ${member.name.getText(source)}`);
    tables.set(
      member.name.getText(source),
      table.members.filter(ts.isPropertySignature).map((column) => {
        const type = column.type?.getText(source) ?? '';
        return { name: column.name.getText(source), type, nullable: /\|\s*null\b/.test(type), generated: type.startsWith('Generated<'), kind: kindOf(type) };
      }),
    );
  }
  return tables;
}

/** Primary-key columns, which SQLite's introspection reports as nullable. */
async function primaryKey(db: Db, table: string): Promise<Set<string>> {
  if (db.dialect !== 'sqlite') return new Set();
  const { rows } = await sql<{ name: string }>`SELECT name FROM pragma_table_info(${table}) WHERE pk > 0`.execute(db.kysely);
  return new Set(rows.map((row) => row.name));
}

for (const dialect of dialects) {
  describe(`schema.ts matches the migrated database (${dialect})`, () => {
    let database: TestDatabase;
    let db: Db;
    before(async () => {
      database = await createMigratedTestDatabase(dialect);
      db = openDatabase(database.url);
    });
    after(async () => {
      await db.close();
      await database.drop();
    });

    test('the same tables and columns, with nullability, types and defaults that agree', async () => {
      const declared = declaredSchema();
      const storage = SEARCH_STORAGE[dialect];
      const actual = (await db.kysely.introspection.getTables()).filter((t) => !storage.tables.test(t.name));
      assert.deepEqual(actual.map((t) => t.name).sort(), [...declared.keys()].sort(), 'tables');
      const problems: string[] = [];
      for (const table of actual) {
        const columns = declared.get(table.name) ?? [];
        const keys = await primaryKey(db, table.name);
        const real = table.columns.filter((c) => !storage.columns.has(`${table.name}.${c.name}`));
        const missing = columns.filter((c) => !real.some((r) => r.name === c.name)).map((c) => c.name);
        const undeclared = real.filter((r) => !columns.some((c) => c.name === r.name)).map((r) => r.name);
        if (missing.length) problems.push(`${table.name}: declared but not in the database: ${missing.join(', ')}`);
        if (undeclared.length) problems.push(`${table.name}: in the database but not declared: ${undeclared.join(', ')}`);
        for (const column of columns) {
          const found = real.find((r) => r.name === column.name);
          if (!found) continue;
          const where = `${table.name}.${column.name} (${column.type}, ${found.dataType})`;
          // SQLite reports primary-key columns as nullable unless declared NOT NULL; an INTEGER one is
          // the rowid and never null, and every insert of the others gives the key.
          const nullable = found.isNullable && !keys.has(column.name);
          if (nullable !== column.nullable) problems.push(`${where}: nullable ${found.isNullable} in the database`);
          const pattern = column.kind === 'number' ? NUMBER_TYPES : STRING_TYPES;
          if (!pattern.test(found.dataType)) problems.push(`${where}: type does not fit`);
          if (column.generated && !found.hasDefaultValue && !found.isAutoIncrementing) problems.push(`${where}: Generated<> without a default`);
        }
      }
      assert.deepEqual(problems, []);
    });
  });
}
