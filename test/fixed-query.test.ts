import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { fixedQuery } from '../src/content/fixed-query.js';
import { openDatabase, type Db } from '../src/db/connection.js';
import { createMigratedTestDatabase, dialects, type TestDatabase } from './helpers/db.js';

/** The reading site's queries compiled once (src/content/fixed-query.ts) give what building them each time gives. */

for (const dialect of dialects) {
  describe(`fixedQuery (${dialect})`, () => {
    let database: TestDatabase;
    let db: Db;
    before(async () => {
      database = await createMigratedTestDatabase(dialect);
      db = openDatabase(database.url);
      const now = new Date().toISOString();
      for (const [slug, position] of [
        ['thoi-su', 0],
        ['kinh-te', 1],
        ['the-thao', 2],
        ['giai-tri', 3],
      ] as const) {
        await db.kysely
          .insertInto('sections')
          .values({ parent_id: null, slug, path: slug, name: slug, description: '', position, in_menu: 1, created_at: now })
          .execute();
      }
    });
    after(async () => {
      await db.close();
      await database.drop();
    });

    test('each call runs with its own values, once compiled per shape', async () => {
      let builds = 0;
      const sections = fixedQuery((kysely, { minPosition, paths, limit }: { minPosition: number; paths?: string[]; limit: number }) => {
        builds++;
        let query = kysely.selectFrom('sections').select('path').where('position', '>=', minPosition).orderBy('position').limit(limit);
        if (paths) query = query.where('path', 'in', paths);
        return query;
      });
      const paths = async (args: { minPosition: number; paths?: string[]; limit: number }) => (await sections(db.kysely, args)).map((r) => r.path);
      assert.deepEqual(await paths({ minPosition: 1, limit: 10 }), ['kinh-te', 'the-thao', 'giai-tri']);
      assert.deepEqual(await paths({ minPosition: 2, limit: 1 }), ['the-thao']);
      assert.equal(builds, 1, 'the same shape is built once');
      assert.deepEqual(await paths({ minPosition: 0, paths: ['giai-tri', 'thoi-su'], limit: 10 }), ['thoi-su', 'giai-tri']);
      assert.deepEqual(await paths({ minPosition: 1, paths: ['the-thao', 'thoi-su'], limit: 10 }), ['the-thao']);
      assert.deepEqual(await paths({ minPosition: 0, paths: ['kinh-te'], limit: 10 }), ['kinh-te']);
      assert.equal(builds, 3, 'a list of another length, or a missing argument, is another shape');
      assert.deepEqual(await paths({ minPosition: 0, paths: undefined, limit: 2 }), ['thoi-su', 'kinh-te'], 'undefined is a missing argument');
      assert.equal(builds, 3);
    });

    test('refuses a query that writes an argument into its SQL text', async () => {
      const inlined = fixedQuery((kysely, { path }: { path: string }) =>
        kysely
          .selectFrom('sections')
          .select('id')
          .where(sql<boolean>`path = ${sql.lit(path)}`),
      );
      await assert.rejects(inlined(db.kysely, { path: 'thoi-su' }), /written into the SQL text/);
    });
  });
}
