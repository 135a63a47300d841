import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import * as m0001 from '../src/db/migrations/0001_initial.js';
import * as m0002 from '../src/db/migrations/0002_search.js';
import * as m0003 from '../src/db/migrations/0003_accounts.js';
import * as m0004 from '../src/db/migrations/0004_workflow.js';
import * as m0005 from '../src/db/migrations/0005_media.js';
import * as m0006 from '../src/db/migrations/0006_moderation.js';
import * as m0007 from '../src/db/migrations/0007_curation.js';
import * as m0008 from '../src/db/migrations/0008_search_recency.js';
import { up as repair } from '../src/db/migrations/0009_repair_search_recency.js';
import { openDatabase, type Db, type DialectName } from '../src/db/connection.js';
import { knownMigrations, migrateTo, migrateToLatest, type MigrationContext } from '../src/db/migrate.js';
import type { Database } from '../src/db/schema.js';
import { refreshDerived } from '../src/content/derived.js';
import { createSearchEngine } from '../src/search/engine.js';
import { createTestDatabase, dialects, type TestDatabase } from './helpers/db.js';
import * as first0008 from './fixtures/migrations/0008_search_recency.first.js';
import * as second0008 from './fixtures/migrations/0008_search_recency.second.js';

/**
 * 0008 landed three times (first, second, last form). A database that ran any of them reaches the
 * schema of a fresh one through 0009, and its search works again once rebuilt.
 */

type Up = (db: Kysely<unknown>, context: MigrationContext) => Promise<void>;

const BEFORE_0008: Record<string, { up: Up }> = {
  '0001_initial': m0001,
  '0002_search': m0002,
  '0003_accounts': m0003,
  '0004_workflow': m0004,
  '0005_media': m0005,
  '0006_moderation': m0006,
  '0007_curation': m0007,
};

/** Runs 0001–0007 and the given form of 0008 under its real name, as an older release did. */
async function migrateAsReleased(db: Db, form0008: { up: Up }): Promise<void> {
  const context: MigrationContext = { dialect: db.dialect };
  const all = { ...BEFORE_0008, '0008_search_recency': form0008 };
  const migrator = new Migrator({
    db: db.kysely,
    provider: {
      getMigrations: async () =>
        Object.fromEntries(Object.entries(all).map(([name, m]): [string, Migration] => [name, { up: (kysely) => m.up(kysely, context) }])),
    },
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}

/** Everything of the schema that queries depend on, in a comparable form (no storage details). */
async function schemaOf(db: Db): Promise<string> {
  if (db.dialect === 'sqlite') {
    const { rows } = await sql<{ type: string; name: string; sql: string | null }>`
      SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`.execute(db.kysely);
    return JSON.stringify(rows);
  }
  const columns = await sql`
    SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
    WHERE table_schema = current_schema() ORDER BY table_name, column_name`.execute(db.kysely);
  const indexes = await sql`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname`.execute(db.kysely);
  const constraints = await sql`
    SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
    WHERE connamespace = current_schema()::regnamespace ORDER BY conname`.execute(db.kysely);
  const triggers = await sql`
    SELECT event_object_table, trigger_name, action_timing, event_manipulation FROM information_schema.triggers
    WHERE trigger_schema = current_schema() ORDER BY trigger_name, event_manipulation`.execute(db.kysely);
  return JSON.stringify({ columns: columns.rows, indexes: indexes.rows, constraints: constraints.rows, triggers: triggers.rows });
}

async function addArticle(db: Kysely<Database>): Promise<number> {
  const now = new Date().toISOString();
  const section = await db
    .insertInto('sections')
    .values({ parent_id: null, slug: 'thoi-su', path: 'thoi-su', name: 'Thời sự', description: '', position: 0, in_menu: 1, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const article = await db
    .insertInto('articles')
    .values({
      title: 'Mùa lúa chín trên ruộng bậc thang Mù Cang Chải',
      slug: 'mua-lua-chin',
      lead: 'Những thửa ruộng vàng óng.',
      body_html: '<p>Bà con xuống đồng gặt lúa.</p>',
      section_id: section.id,
      status: 'published',
      published_at: now,
      created_at: now,
      updated_at: now,
      byline: 'Thu Hà',
      author_id: null,
      featured_image_id: null,
      featured_caption: '',
      featured_credit: '',
      seo_title: '',
      seo_description: '',
      trashed_at: null,
      status_before_trash: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return article.id;
}

async function searchIds(db: Db, query: string): Promise<number[]> {
  const results = await createSearchEngine(db).search(query);
  return results.hits.map((hit) => hit.id);
}

for (const dialect of dialects) {
  describe(`migrations (${dialect})`, () => {
    const opened: { database: TestDatabase; db: Db }[] = [];
    async function fresh(kind: DialectName = dialect): Promise<Db> {
      const database = await createTestDatabase(kind);
      const db = openDatabase(database.url);
      opened.push({ database, db });
      return db;
    }
    let current: string;

    before(async () => {
      const db = await fresh();
      await migrateToLatest(db);
      current = await schemaOf(db);
    });
    after(async () => {
      for (const { database, db } of opened) {
        await db.close();
        await database.drop();
      }
    });

    for (const [name, form] of [
      ['first', first0008],
      ['second', second0008],
      ['last', m0008],
    ] as const) {
      test(`a database that ran the ${name} form of 0008 reaches the current schema, and its search works`, async () => {
        const db = await fresh();
        await migrateAsReleased(db, form);
        const id = await addArticle(db.kysely);
        const applied = await migrateToLatest(db);
        assert.equal(applied[0], '0009_repair_search_recency', 'the repair runs first, then the later migrations');
        assert.deepEqual(
          applied,
          knownMigrations().filter((m) => m > '0008_search_recency'),
        );
        assert.equal(await schemaOf(db), current);
        // The index is rebuilt at start when it is empty (the forms before the last one), as it
        // would be by the app; afterwards the article is found.
        await createSearchEngine(db).ensureIndexed();
        assert.deepEqual(await searchIds(db, 'ruong bac thang'), [id]);
      });
    }

    test('0009 keeps the index of a database that ran the last form of 0008', async () => {
      const db = await fresh();
      await migrateAsReleased(db, m0008);
      const id = await addArticle(db.kysely);
      await db.kysely.insertInto('search_documents').values({ article_id: id, title: 'Mùa lúa chín', lead: '', body: '', rank_key: 1 }).execute();
      await repair(db.kysely as unknown as Kysely<unknown>, { dialect: db.dialect });
      assert.equal((await db.kysely.selectFrom('search_documents').select('article_id').execute()).length, 1);
      await migrateToLatest(db);
      assert.equal(await schemaOf(db), current);
      await createSearchEngine(db).rebuild();
      assert.deepEqual(await searchIds(db, 'mu cang chai'), [id]);
    });

    test('0022 replaces the shorter excerpts of 0021 by where they end, and has computed rows computed again', async () => {
      const db = await fresh();
      await migrateTo(db, '0021_derived_strings');
      const id = await addArticle(db.kysely);
      // What the application of that release stored on the row.
      await sql`UPDATE articles SET excerpt_120 = 'Những thửa ruộng vàng óng.', excerpt_300 = 'Những thửa ruộng vàng óng.',
        display_date = 'ngày cũ', derived_zone = 'Asia/Ho_Chi_Minh'`.execute(db.kysely);
      assert.equal((await migrateToLatest(db))[0], '0022_excerpt_ends');
      assert.equal(await schemaOf(db), current);
      const before = await db.kysely.selectFrom('articles').select(['derived_zone', 'excerpt_120_end']).where('id', '=', id).executeTakeFirstOrThrow();
      assert.deepEqual(before, { derived_zone: '', excerpt_120_end: -1 }, 'marked not computed, so the next start fills it');
      assert.equal(await refreshDerived(db.kysely, 'Asia/Ho_Chi_Minh'), 1);
      const after = await db.kysely.selectFrom('articles').select(['derived_zone', 'display_date']).where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(after.derived_zone, 'Asia/Ho_Chi_Minh');
      assert.notEqual(after.display_date, 'ngày cũ');
    });

    if (dialect === 'postgres') {
      test('0019 carries the index built before it over to search_entries, and keeps its copy of the status in step', async () => {
        const db = await fresh();
        await migrateTo(db, '0018_article_presence');
        const id = await addArticle(db.kysely);
        // What the search engine of that release wrote: the vectors beside the text.
        await sql`INSERT INTO search_documents (article_id, title, lead, body, rank_key, fts, xts, title_fts, title_xts, head_fts, pairs)
          VALUES (${id}, 'Mùa lúa chín trên ruộng bậc thang Mù Cang Chải', '', '', 1,
            to_tsvector('simple', 'mua lua chin tren ruong bac thang mu cang chai'), to_tsvector('simple', 'mùa lúa chín trên ruộng bậc thang mù cang chải'),
            to_tsvector('simple', 'mua lua chin tren ruong bac thang mu cang chai'), to_tsvector('simple', 'mùa lúa chín trên ruộng bậc thang mù cang chải'),
            to_tsvector('simple', 'mua lua chin tren ruong bac thang mu cang chai'), array_to_tsvector(ARRAY['ruong_bac', 'bac_thang']))`.execute(db.kysely);
        assert.deepEqual(
          await migrateToLatest(db),
          knownMigrations().filter((m) => m > '0018_article_presence'),
        );
        const { rows: targets } = await sql<{ target: number }>`SELECT attstattarget AS target FROM pg_attribute
          WHERE attrelid = 'search_entries'::regclass AND attname IN ('fts', 'xts', 'pairs', 'title_fts', 'title_xts', 'head_fts')`.execute(db.kysely);
        assert.deepEqual(
          targets.map((r) => Number(r.target)),
          [1000, 1000, 1000, 1000, 1000, 1000],
          'statistics on 10,000 lexemes per vector (0020), not 100,000',
        );
        assert.equal(await schemaOf(db), current);
        const engine = createSearchEngine(db);
        assert.equal(await engine.ensureIndexed(), false, 'nothing to rebuild: the index came across');
        assert.deepEqual(await searchIds(db, 'ruộng bậc thang'), [id]);
        await db.kysely.updateTable('articles').set({ status: 'draft' }).where('id', '=', id).execute();
        assert.deepEqual(await searchIds(db, 'ruộng bậc thang'), [], 'taken down without a re-index: gone from search at once');
        await db.kysely.updateTable('articles').set({ status: 'published' }).where('id', '=', id).execute();
        assert.deepEqual(await searchIds(db, 'ruộng bậc thang'), [id]);
      });
    }
  });
}
