import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { addArticle, type ArrivingArticle } from '../src/newsroom/articles.js';
import { actorFor } from '../src/newsroom/actors.js';
import { createUser } from '../src/newsroom/users.js';
import { applyTransition } from '../src/newsroom/workflow.js';
import { baseRankKey, freeRankKey } from '../src/search/rank-key.js';
import { createTestApp, seedFixture, type Fixture, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';

/**
 * The candidate pool at its edges. The engine takes the newest matches of each tier (title,
 * title or lead, exact diacritics, phrase, anywhere) and ranks their union; the app here has tiny
 * tiers (3, and 6 for "anywhere") and a count cap of 10, so a dozen articles reach every edge
 * that a real archive reaches with thousands.
 */
const TUNING = { tierLimit: 3, countCap: 10 };
const HOUR_MS = 60 * 60 * 1000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR_MS).toISOString();

for (const dialect of dialects) {
  describe(`search candidate pool (${dialect})`, () => {
    let t: TestApp;
    let fixture: Fixture;

    async function add(overrides: Partial<ArrivingArticle>): Promise<number> {
      const input: ArrivingArticle = {
        title: 'Tin địa phương',
        lead: '',
        bodyHtml: '<p>Nội dung.</p>',
        sectionId: fixture.sections.news.id,
        status: 'published',
        publishedAt: ago(1),
        byline: 'Thu Hà',
        authorId: fixture.authorId,
        ...overrides,
      };
      return (await addArticle(t.db.kysely, input)).id;
    }

    before(async () => {
      t = await createTestApp(dialect, {}, { searchTuning: TUNING });
      fixture = await seedFixture(t, 1);
    });
    // Each test searches words only its own articles use; the database goes with the app.
    after(() => t.close());

    test('strong old matches rank first however many weak matches are newer', async () => {
      for (let i = 0; i < 12; i++) {
        await add({
          title: `Bản tin chiều số ${i + 1}`,
          bodyHtml: '<p>Ruộng lúa đã gặt xong. Bậc cầu thang nhà văn hóa được sửa.</p>',
          publishedAt: ago(i + 1),
        });
      }
      const inTitle = await add({ title: 'Mùa vàng trên ruộng bậc thang Mù Cang Chải', publishedAt: ago(24 * 30) });
      const inBody = await add({
        title: 'Du khách đổ về vùng cao',
        bodyHtml: '<p>Ai cũng muốn ngắm ruộng bậc thang lúc lúa chín.</p>',
        publishedAt: ago(24 * 40),
      });
      const results = await t.app.searchEngine.search('ruộng bậc thang', { limit: 5 });
      assert.deepEqual(
        results.hits.slice(0, 2).map((h) => h.id),
        [inTitle, inBody],
        'title phrase, then body phrase, then the scattered words',
      );

      for (let i = 0; i < 12; i++) await add({ title: `Chợ phiên bán ghế mây số ${i + 1}`, publishedAt: ago(i + 1) });
      const exact = await add({ title: 'Làng Thiết Úng đóng bàn ghế gỗ mít', publishedAt: ago(24 * 60) });
      const marked = await t.app.searchEngine.search('bàn ghế', { limit: 5 });
      assert.equal(marked.hits[0]?.id, exact, 'the reader’s own diacritics outrank a dozen newer folded matches');

      // The exact tier looks up only the words typed with diacritics: an article with "bàn" but
      // without "ghe" comes back from it and must not be shown.
      const partial = await add({ title: 'Bàn tròn về nông nghiệp sạch', publishedAt: ago(0.5) });
      const mixed = await t.app.searchEngine.search('bàn ghe', { limit: 20 });
      assert.ok(mixed.hits.length > 0 && !mixed.hits.some((h) => h.id === partial), 'every result has every word');
      assert.equal(mixed.hits[0]?.id, exact);
    });

    test('pages past the pool continue newest first, never overlapping or skipping', async () => {
      const ids: number[] = [];
      for (let i = 0; i < 9; i++) ids.push(await add({ title: `Giải việt dã Sơn Lâm chặng ${i + 1}`, publishedAt: ago(i + 1) }));
      const seen: number[] = [];
      for (let offset = 0; offset < 12; offset += 2) {
        const page = await t.app.searchEngine.search('viet da son lam', { limit: 2, offset });
        assert.equal(page.total, 9);
        seen.push(...page.hits.map((h) => h.id));
      }
      assert.equal(seen.length, 9, 'every match exactly once');
      assert.deepEqual(
        [...seen].sort((a, b) => a - b),
        [...ids].sort((a, b) => a - b),
      );
    });

    test('counting stops at the cap, and the page and the API say there are more', async () => {
      for (let i = 0; i < 12; i++) await add({ title: `Hội thi đan lát ${i + 1}`, publishedAt: ago(i + 1) });
      const results = await t.app.searchEngine.search('đan lát');
      assert.equal(results.total, 10);
      assert.equal(results.capped, true);
      const page = await t.app.inject({ url: '/tim-kiem', query: { q: 'đan lát' } });
      assert.match(page.body, /Tìm thấy hơn 10 bài viết/);
      const api = (await t.app.inject({ url: '/api/v1/search', query: { q: 'đan lát' } })).json() as { total: number; total_capped: boolean };
      assert.deepEqual([api.total, api.total_capped], [10, true]);

      await add({ title: 'Lễ cúng rừng của người Hà Nhì', publishedAt: ago(2) });
      const few = await t.app.searchEngine.search('cúng rừng');
      assert.deepEqual([few.total, few.capped], [1, false]);
      assert.match((await t.app.inject({ url: '/tim-kiem', query: { q: 'cúng rừng' } })).body, /Tìm thấy 1 bài viết/);
    });

    test('the index follows the publication time when an article is published', async () => {
      const older = await add({ title: 'Khánh thành cầu treo bản Nậm Ngặt', publishedAt: ago(5) });
      const newer = await add({ title: 'Cầu treo bản Pá Hu đã thông xe', publishedAt: ago(1) });
      // Waiting for approval: no publication time yet, so it sorts by creation (now), first.
      const waiting = await add({ title: 'Cầu treo bản Huổi Lèng sắp khởi công', status: 'edited', publishedAt: null });
      const order = async () => (await t.app.searchEngine.search('cau treo', { scope: 'all', sort: 'newest' })).hits.map((h) => h.id);
      assert.deepEqual(await order(), [waiting, newer, older]);

      const chief = await createUser(t.db.kysely, {
        username: `tbt-${dialect}`,
        displayName: 'Tổng biên tập',
        role: 'editor_in_chief',
        password: 'mat-khau-dai-du',
      });
      const actor = await actorFor(t.db.kysely, chief);
      await applyTransition(t.db.kysely, actor, waiting, { name: 'publish' }, { managingEditorMayPublish: false }, new Date(Date.now() - 3 * HOUR_MS));
      assert.deepEqual(await order(), [newer, waiting, older], 'published three hours ago: between the other two');
      const live = await t.app.searchEngine.search('cau treo', { sort: 'newest' });
      assert.deepEqual(
        live.hits.map((h) => h.id),
        [newer, waiting, older],
      );
    });

    test('articles stamped with the same second each get a place of their own', async () => {
      const at = ago(48);
      const first = await add({ title: 'Thông báo lịch cắt điện tuần này', publishedAt: at });
      const key = await freeRankKey(t.db.kysely, first, at);
      assert.equal(key, baseRankKey(first, at), 'an article keeps its own slot when re-indexed');
      // An id 1,024 further along claims the same slot in the same second: it takes the next one.
      const clash = await freeRankKey(t.db.kysely, first + 1024, at);
      assert.equal(clash, key + 1);
      const second = await add({ title: 'Thông báo lịch cắt điện tuần sau', publishedAt: at });
      const keys = await t.db.kysely.selectFrom('search_documents').select('rank_key').where('article_id', 'in', [first, second]).execute();
      assert.equal(new Set(keys.map((k) => k.rank_key)).size, 2);
      assert.equal((await t.app.searchEngine.search('lich cat dien')).total, 2);
    });

    test('a longer unfinished last word completes to the words the index knows', async () => {
      const road = await add({ title: 'Giao thông nông thôn về đích sớm', publishedAt: ago(3) });
      const results = await t.app.searchEngine.search('giao thôn');
      assert.ok(
        results.hits.some((h) => h.id === road),
        '"thôn" completes to "thông"',
      );
      const unknown = await t.app.searchEngine.search('giao thônxyz');
      assert.ok(unknown.partial && unknown.hits.some((h) => h.id === road), 'no known word starts so: the nearest articles, not an error');
    });

    test('an index emptied by a change of format is rebuilt once, at start', async () => {
      const id = await add({ title: 'Trạm y tế xã Tà Tổng đạt chuẩn', publishedAt: ago(2) });
      assert.equal(await t.app.searchEngine.ensureIndexed(), false, 'an index that has entries is left alone');
      for (const table of dialect === 'sqlite' ? ['search_fts', 'search_exact', 'search_title', 'search_head', 'search_pairs'] : []) {
        await sql`INSERT INTO ${sql.table(table)} (${sql.ref(table)}) VALUES ('delete-all')`.execute(t.db.kysely);
      }
      if (dialect === 'postgres') await sql`DELETE FROM search_entries`.execute(t.db.kysely);
      await t.db.kysely.deleteFrom('search_documents').execute();
      assert.equal((await t.app.searchEngine.search('ta tong')).total, 0);
      assert.equal(await t.app.searchEngine.ensureIndexed(), true);
      assert.deepEqual(
        (await t.app.searchEngine.search('ta tong')).hits.map((h) => h.id),
        [id],
      );
    });
  });
}
