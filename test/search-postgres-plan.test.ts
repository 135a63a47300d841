import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CompiledQuery, RawNode, sql, ValueNode, type KyselyPlugin, type OperationNode } from 'kysely';
import { addArticle } from '../src/newsroom/articles.js';
import { filterSql } from '../src/search/filter-sql.js';
import { postgresBackend, withSettings } from '../src/search/postgresql.js';
import { PAIR_JOINER } from '../src/search/text.js';
import type { CandidateFilter, MatchGroup } from '../src/search/types.js';
import { createTestApp, seedFixture, type Fixture, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';

/**
 * PostgreSQL finds a tier's newest matches either by walking the rank-key index, reading at most
 * a bounded number of vectors, or through the GIN bitmap (src/search/postgresql.ts). Whichever it
 * takes, the answer must be the newest matches in order: here a word in every article (a walk
 * that finds its matches at once), a word only in the oldest articles (a walk that the estimate
 * allows but that finds nothing among the newest, so the bitmap answers), and a rare word (the
 * bitmap from the start).
 */
const ARTICLES = 80;
const HOUR_MS = 60 * 60 * 1000;

const word = (w: string): MatchGroup[] => [{ forms: [w], prefix: false, completions: null, exact: null }];

if (dialects.includes('postgres')) {
  describe('PostgreSQL: walk or bitmap, the same newest matches', () => {
    let t: TestApp;
    let fixture: Fixture;
    const ids: number[] = [];

    before(async () => {
      t = await createTestApp('postgres');
      fixture = await seedFixture(t, 0);
      for (let i = 0; i < ARTICLES; i++) {
        const words = [
          'chung',
          ...(i < 40 ? ['cuxua'] : []),
          ...(i % 20 === 3 ? ['hiemthay'] : []),
          ...(i < 10 ? ['xaxa yaya'] : []),
          ...(i < 3 ? ['alpha beta'] : []),
          ...(i % 6 === 0 ? ['thuthu'] : []),
          // Two words always together, as the words of a phrase are: the planner's product of their shares is four times low.
          ...(i % 4 === 1 ? ['kemkem queque'] : []),
        ];
        const { id } = await addArticle(t.db.kysely, {
          title: `Bản tin số ${i + 1} ${i % 2 === 0 ? 'alpha' : 'beta'}`,
          lead: '',
          bodyHtml: `<p>${words.join(' ')}</p>`,
          sectionId: fixture.sections.news.id,
          status: 'published',
          publishedAt: new Date(Date.now() - (ARTICLES - i) * HOUR_MS).toISOString(),
          byline: 'Thu Hà',
          authorId: fixture.authorId,
        });
        ids.push(id);
      }
      await postgresBackend.settle(t.db.kysely);
    });
    after(() => t.close());

    const filter = (): CandidateFilter => ({ scope: 'live', now: new Date().toISOString() });

    /** Every statement a Kysely instance runs, compiled as sent. */
    function capturing(): { db: typeof t.db.kysely; statements: CompiledQuery[] } {
      const statements: CompiledQuery[] = [];
      const capture: KyselyPlugin = {
        transformQuery({ node, queryId }) {
          statements.push(t.db.kysely.getExecutor().compileQuery(node, queryId));
          return node;
        },
        transformResult: async ({ result }) => result,
      };
      return { db: t.db.kysely.withPlugin(capture), statements };
    }

    /** The reference: every article holding the word, by rank key, newest first. */
    async function newestHolding(w: string): Promise<number[]> {
      const { rows } = await sql<{ id: number }>`SELECT article_id AS id FROM search_entries
        WHERE fts @@ to_tsquery('simple', ${w}) ORDER BY rank_key DESC`.execute(t.db.kysely);
      return rows.map((r) => Number(r.id));
    }

    for (const [w, limit, offset] of [
      ['chung', 5, 0],
      ['chung', 5, 50],
      ['cuxua', 1, 0],
      ['cuxua', 3, 2],
      ['hiemthay', 2, 1],
      ['hiemthay', 5, 0],
    ] as const) {
      test(`"${w}", ${limit} from ${offset}`, async () => {
        const expected = (await newestHolding(w)).slice(offset, offset + limit);
        assert.ok(expected.length > 0);
        const found = await postgresBackend.candidates(t.db.kysely, word(w), filter(), 'all', limit, offset);
        assert.deepEqual(found, expected);
      });
    }

    test('an unfinished word with few completions is matched as those words once longer than three letters, else as a prefix', async () => {
      const unfinished = (typed: string, completions: string[]): MatchGroup[] => [{ forms: [typed], prefix: true, completions, exact: null }];
      for (const [typed, completions, sent] of [
        ['thuth', ['thuthu'], "('thuthu')"],
        ['thu', ['thu', 'thuthu'], "('thu':*)"],
      ] as const) {
        const captured = capturing();
        const found = await postgresBackend.candidates(captured.db, unfinished(typed, [...completions]), filter(), 'all', 5, 0);
        assert.deepEqual(found, (await newestHolding('thuthu')).slice(0, 5));
        const queries = captured.statements.flatMap((q) => q.parameters).filter((p) => typeof p === 'string' && p.includes('thu'));
        assert.ok(queries.length > 0 && queries.every((p) => p === sent), `${typed}: ${queries.join(', ')}`);
      }
    });

    describe("the title's tiers: a bounded walk of the newest entries, else the GIN bitmap", () => {
      /** The reference: every article with the word in its title, newest first. */
      async function newestTitled(w: string): Promise<number[]> {
        const { rows } = await sql<{ id: number }>`SELECT article_id AS id FROM search_entries
          WHERE title_fts @@ to_tsquery('simple', ${w}) ORDER BY rank_key DESC`.execute(t.db.kysely);
        return rows.map((r) => Number(r.id));
      }
      for (const [w, limit, offset, ways] of [
        // In every title, or every other: the walk finds them among the newest entries, and answers alone.
        ['tin', 5, 0, ['walk']],
        ['alpha', 3, 20, ['walk']],
        // In the oldest article's title only: in so small an archive a walk is still worth trying;
        // among the newest 64 entries it finds nothing, and the bitmap answers.
        ['3', 1, 0, ['walk', 'bitmap']],
        // Deep enough that the walk would be too long: the bitmap at once.
        ['tin', 10, 60, ['bitmap']],
      ] as const) {
        test(`"${w}", ${limit} from ${offset}: ${ways.join(', ')}`, async () => {
          const expected = (await newestTitled(w)).slice(offset, offset + limit);
          assert.ok(expected.length > 0);
          const captured = capturing();
          assert.deepEqual(await postgresBackend.candidates(captured.db, word(w), filter(), 'title', limit, offset), expected);
          const sent = captured.statements.map((q) => q.sql);
          /** Whether the statement at `i` ran in a transaction that allows the bitmap only (no walk of the rank key's b-tree). */
          const bitmapOnly = (i: number) => {
            const begun = sent.findLastIndex((q, j) => j < i && q.startsWith('BEGIN'));
            return begun >= 0 && sent[begun]?.includes('enable_indexscan = off') && !sent.slice(begun, i).includes('COMMIT');
          };
          const asked = sent.flatMap((q, i) => {
            if (!q.includes('title_fts') || q.startsWith('EXPLAIN')) return [];
            return [q.includes('FROM (SELECT * FROM search_entries') ? 'walk' : bitmapOnly(i) ? 'bitmap' : "the planner's choice"];
          });
          assert.deepEqual(asked, ways);
        });
      }
    });

    test("a search's transactions compile nothing (JIT off), with their own settings, and leave the connection as it was", async () => {
      const inside = await withSettings(t.db.kysely, 'SET LOCAL enable_seqscan = off', (conn) =>
        sql<{ jit: string; seq: string }>`SELECT current_setting('jit') AS jit, current_setting('enable_seqscan') AS seq`.execute(conn),
      );
      assert.deepEqual(inside.rows, [{ jit: 'off', seq: 'off' }]);
      const { rows } = await sql<{ seq: string }>`SELECT current_setting('enable_seqscan') AS seq`.execute(t.db.kysely);
      assert.deepEqual(rows, [{ seq: 'on' }]);
    });

    test('only the oldest forty articles hold "cuxua": the newest forty are not among its matches', async () => {
      const holding = new Set(await newestHolding('cuxua'));
      assert.equal(holding.size, 40);
      assert.ok(ids.slice(40).every((id) => !holding.has(id)));
    });

    test('counts, through the titles and leads first where they are likely to reach the cap', async () => {
      const count = async (words: string[], cap: number) => (await postgresBackend.count(t.db.kysely, words.flatMap(word), filter(), cap)).total;
      assert.equal(await count(['tin'], 5), 5);
      assert.equal(await count(['tin'], 200), ARTICLES);
      assert.equal(await count(['chung'], 200), ARTICLES);
      assert.equal(await count(['cuxua'], 200), 40);
      // Each in half the titles, never together there: only the three bodies that hold both count.
      assert.equal(await count(['alpha', 'beta'], 5), 3);
    });

    describe('the recent indexes', () => {
      const RECENT = 20;
      /** The values of every statement a Kysely instance runs: the recent path passes the recent indexes' start. */
      function spying(): { db: typeof t.db.kysely; values: unknown[] } {
        const values: unknown[] = [];
        const spy: KyselyPlugin = {
          transformQuery({ node }) {
            const collect = (n: OperationNode): void => {
              if (ValueNode.is(n)) values.push(n.value);
              else if (RawNode.is(n)) n.parameters.forEach(collect);
            };
            collect(node);
            return node;
          },
          transformResult: async ({ result }) => result,
        };
        return { db: t.db.kysely.withPlugin(spy), values };
      }
      const cases = [
        // 'thuthu': in every sixth article; too rare to walk for one match, common enough that the
        // recent entries likely hold it: their index is asked first and answers.
        { w: 'thuthu', limit: 1, offset: 0, filter: filter(), recentFirst: true },
        // The same, among the articles older than the recent entries only: the recent index finds
        // none and the whole archive's answers.
        { w: 'thuthu', limit: 1, offset: 0, filter: { ...filter(), to: new Date(Date.now() - (ARTICLES - 40) * HOUR_MS).toISOString() }, recentFirst: true },
        // Walked: the newest entries are read in order, no index needed.
        { w: 'chung', limit: 5, offset: 0, filter: filter(), recentFirst: false },
        { w: 'cuxua', limit: 3, offset: 2, filter: filter(), recentFirst: false },
      ];

      before(async () => {
        assert.equal(await postgresBackend.maintain(t.db.kysely, RECENT), true, 'built for an archive over twice their size');
      });
      after(async () => {
        // Too small an archive for the size asked: dropped, and the other tests see none.
        assert.equal(await postgresBackend.maintain(t.db.kysely, ARTICLES), false);
        const { rows } = await sql<{
          n: number;
        }>`SELECT count(*) AS n FROM pg_indexes WHERE tablename = 'search_entries' AND indexname LIKE 'search_recent%'`.execute(t.db.kysely);
        assert.equal(Number(rows[0]?.n), 0);
      });

      test('give the same newest matches and counts as the whole archive, and are used', async () => {
        const { rows: recent } = await sql<{ from_key: string }>`SELECT from_key FROM search_recent`.execute(t.db.kysely);
        const fromKey = Number(recent[0]?.from_key);
        const asked = (values: unknown[]) => values.some((v) => Number(v) === fromKey);
        for (const { w, limit, offset, filter: f, recentFirst } of cases) {
          const spied = spying();
          const { rows } = await sql<{ id: number }>`SELECT article_id AS id FROM search_entries e
            WHERE fts @@ to_tsquery('simple', ${w}) AND ${filterSql(f, 'e')} ORDER BY rank_key DESC`.execute(t.db.kysely);
          const expected = rows.map((r) => Number(r.id)).slice(offset, offset + limit);
          assert.ok(expected.length > 0, w);
          assert.deepEqual(await postgresBackend.candidates(spied.db, word(w), f, 'all', limit, offset), expected, `${w} ${JSON.stringify(f)}`);
          assert.equal(asked(spied.values), recentFirst, `${w}: the recent index asked first`);
        }
        // A count that reaches its cap among the recent entries, and one that must go past them.
        const capped = spying();
        assert.equal((await postgresBackend.count(capped.db, word('chung'), filter(), 5)).total, 5);
        assert.ok(asked(capped.values));
        const whole = spying();
        assert.equal((await postgresBackend.count(whole.db, word('chung'), filter(), 200)).total, ARTICLES);
        assert.ok(!asked(whole.values), 'a count the recent entries cannot reach goes to the whole archive at once');
      });
      test('words that go together are asked among the recent entries first: what the rarest of them allows decides, not the likely figure', async () => {
        // 20 articles hold both words, 5 of them recent: the likely figure (10 in all, 2.5 recent)
        // says the recent entries cannot hold three, the rarest word alone (20, so 5) says they may.
        const { rows: recent } = await sql<{ from_key: string }>`SELECT from_key FROM search_recent`.execute(t.db.kysely);
        const spied = spying();
        const found = await postgresBackend.candidates(spied.db, [...word('kemkem'), ...word('queque')], filter(), 'all', 3, 0);
        assert.deepEqual(found, (await newestHolding('kemkem & queque')).slice(0, 3));
        assert.ok(
          spied.values.some((v) => Number(v) === Number(recent[0]?.from_key)),
          'the recent index asked',
        );
        // Among the older articles only: the recent entries hold none, and the same statement reads the whole archive.
        const older = { ...filter(), to: new Date(Date.now() - (ARTICLES - 40) * HOUR_MS).toISOString() };
        const { rows } = await sql<{ id: number }>`SELECT article_id AS id FROM search_entries e
          WHERE fts @@ to_tsquery('simple', 'kemkem & queque') AND ${filterSql(older, 'e')} ORDER BY rank_key DESC LIMIT 3`.execute(t.db.kysely);
        assert.equal(rows.length, 3);
        const captured = capturing();
        assert.deepEqual(
          await postgresBackend.candidates(captured.db, [...word('kemkem'), ...word('queque')], older, 'all', 3, 0),
          rows.map((r) => Number(r.id)),
        );
        const asked = captured.statements.filter((q) => q.sql.includes('"e"."fts" @@') && !q.sql.startsWith('EXPLAIN'));
        assert.equal(asked.length, 1, 'one statement');
        assert.match(asked[0]?.sql ?? '', /rank_key \+ 0\) >=[\s\S]*UNION ALL/, 'the recent entries, then the whole archive');
      });

      test('built before the title had one, they are rebuilt', async () => {
        await sql`DROP INDEX search_recent_title_fts`.execute(t.db.kysely);
        assert.equal(await postgresBackend.maintain(t.db.kysely, RECENT), true);
        const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM pg_indexes WHERE indexname = 'search_recent_title_fts'`.execute(t.db.kysely);
        assert.equal(Number(rows[0]?.n), 1);
      });

      test('a count the recent entries fall short of is made up among the older entries only', async () => {
        // "cuxua" is common enough that the recent entries are asked, but only the oldest forty articles hold it.
        const captured = capturing();
        assert.equal((await postgresBackend.count(captured.db, word('cuxua'), filter(), 2)).total, 2);
        const counts = captured.statements.filter((s) => s.sql.includes('count(*)')).map((s) => s.sql.match(/\(e\.rank_key \+ 0\) [<>=]+/)?.[0] ?? 'whole');
        assert.deepEqual(counts, ['(e.rank_key + 0) >=', '(e.rank_key + 0) <']);
      });
      test("a query on the recent entries can use their indexes, and never the rank key's b-tree", async () => {
        const captured = capturing();
        assert.equal((await postgresBackend.count(captured.db, word('chung'), filter(), 5)).total, 5);
        const recentCount = captured.statements.find((s) => s.sql.includes('count(*)') && s.sql.includes('rank_key + 0'));
        assert.ok(recentCount, 'the count asked the recent entries');
        /** The indexes the statement's plan reads, under the settings the backend counts with, without `dropped`. */
        const indexesRead = (dropped: string[]) =>
          t.db.kysely.connection().execute(async (conn) => {
            await sql.raw('BEGIN; SET LOCAL enable_indexscan = off; SET LOCAL enable_seqscan = off').execute(conn);
            try {
              for (const name of dropped) await sql`DROP INDEX ${sql.ref(name)}`.execute(conn);
              const { rows } = await conn.executeQuery<{ 'QUERY PLAN': unknown }>(
                CompiledQuery.raw(`EXPLAIN (FORMAT JSON) ${recentCount.sql}`, [...recentCount.parameters]),
              );
              return [...JSON.stringify(rows).matchAll(/"Index Name":"(\w+)"/g)].map((m) => m[1]);
            } finally {
              await sql`ROLLBACK`.execute(conn);
            }
          });
        assert.deepEqual(await indexesRead([]), ['search_recent_fts']);
        // Without the GIN indexes of the words, the b-tree is still no way to the recent entries:
        // only a recent index, read whole, is (a partial index stands for its condition).
        const without = await indexesRead(['search_recent_fts', 'search_entries_fts']);
        assert.ok(
          without.every((name) => name?.startsWith('search_recent_')),
          without.join(),
        );
      });

      test('built before their condition was on rank_key + 0, they are rebuilt', async () => {
        const { rows: recent } = await sql<{ from_key: string }>`SELECT from_key FROM search_recent`.execute(t.db.kysely);
        const fromKey = Number(recent[0]?.from_key);
        await sql`DROP INDEX search_recent_fts`.execute(t.db.kysely);
        await sql`CREATE INDEX search_recent_fts ON search_entries USING gin (fts) WHERE ${sql.raw(`rank_key >= ${fromKey}`)}`.execute(t.db.kysely);
        assert.equal(await postgresBackend.maintain(t.db.kysely, RECENT), true);
        const { rows } = await sql<{ predicate: string }>`SELECT pg_get_expr(i.indpred, i.indrelid) AS predicate
          FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname LIKE 'search_recent_%' AND i.indpred IS NOT NULL`.execute(t.db.kysely);
        assert.equal(rows.length, 5, 'one for each column read through bitmaps: fts, head_fts, xts, pairs, title_fts');
        assert.ok(
          rows.every((r) => r.predicate.includes('(rank_key + 0) >=')),
          JSON.stringify(rows),
        );
        assert.equal(await postgresBackend.maintain(t.db.kysely, RECENT), false, 'current now: nothing more to do');
      });

      test('are built from the newest entries, once: nothing is due until twice as many are newer', async () => {
        const { rows } = await sql<{ from_key: string; entries: number }>`SELECT from_key, entries FROM search_recent`.execute(t.db.kysely);
        const { rows: newest } = await sql<{ k: string }>`SELECT rank_key AS k FROM search_entries ORDER BY rank_key DESC OFFSET ${RECENT - 1} LIMIT 1`.execute(
          t.db.kysely,
        );
        assert.deepEqual(rows, [{ from_key: newest[0]?.k, entries: RECENT }]);
        assert.equal(await postgresBackend.maintain(t.db.kysely, RECENT), false);
        // Sized for 5 entries, the 20 newer than the start are more than twice that: rebuilt.
        assert.equal(await postgresBackend.maintain(t.db.kysely, 5), true);
        const { rows: rebuilt } = await sql<{ entries: number }>`SELECT entries FROM search_recent`.execute(t.db.kysely);
        assert.deepEqual(rebuilt, [{ entries: 5 }]);
      });
    });

    test('word pairs are counted whether the newest entries settle them or the GIN index must', async () => {
      const pairs = [`chung${PAIR_JOINER}cuxua`, `xaxa${PAIR_JOINER}yaya`, `yaya${PAIR_JOINER}xaxa`, `chung${PAIR_JOINER}hiemthay`];
      // "xaxa yaya" is in the ten oldest articles only, beyond the newest entries looked at first.
      assert.deepEqual(await postgresBackend.pairCounts(t.db.kysely, pairs, 1), [1, 1, 0, 1]);
      assert.deepEqual(await postgresBackend.pairCounts(t.db.kysely, pairs, 200), [40, 10, 0, 2]);
    });
  });

  describe('PostgreSQL: a rebuild', () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp('postgres');
      const fixture = await seedFixture(t, 0);
      // Written in an order that is not their publication's (an imported archive, a late correction).
      for (const hoursAgo of [5, 40, 1, 23, 7, 60, 2, 31, 12, 3]) {
        await addArticle(t.db.kysely, {
          title: `Tin cũ ${hoursAgo} giờ`,
          lead: '',
          bodyHtml: '<p>chung</p>',
          sectionId: fixture.sections.news.id,
          status: 'published',
          publishedAt: new Date(Date.now() - hoursAgo * HOUR_MS).toISOString(),
          byline: 'Thu Hà',
          authorId: fixture.authorId,
        });
      }
    });
    after(() => t.close());

    test('writes the entries oldest first, so the newest articles lie together at the end of the table', async () => {
      await sql`TRUNCATE search_entries`.execute(t.db.kysely);
      assert.equal(await t.app.searchEngine.rebuild(), 10);
      const { rows } = await sql<{ k: string }>`SELECT rank_key AS k FROM search_entries ORDER BY ctid`.execute(t.db.kysely);
      const keys = rows.map((r) => Number(r.k));
      assert.equal(keys.length, 10);
      assert.deepEqual(
        keys,
        [...keys].sort((a, b) => a - b),
      );
    });
  });
}
