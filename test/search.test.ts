import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { RawNode, ValueNode, type KyselyPlugin, type OperationNode } from 'kysely';
import { addArticle, type ArrivingArticle } from '../src/newsroom/articles.js';
import { createSearchEngine } from '../src/search/engine.js';
import { PAIR_JOINER } from '../src/search/text.js';
import { payloadLines } from './fixtures/index.js';
import { createTestApp, seedFixture, type Fixture, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';

const XSS_LINES = payloadLines('security/xss-quick.txt');

const HOSTILE_QUERIES = [
  '"',
  '""""',
  "'",
  '*',
  'dai*',
  'NEAR(dai hoi, 2)',
  'dai AND OR NOT hoi',
  '^dai',
  'f_title: dai',
  '{f_title f_body}: dai',
  'title:dai',
  '(((',
  ')',
  '-dai',
  '+hoi',
  'dai & hoi | !x <-> y',
  "dai:* & 'hoi'",
  "'; DROP TABLE articles; --",
  "1' OR '1'='1",
  '%',
  '_',
  '\\',
  'a'.repeat(10_000),
  'đại '.repeat(3000),
  '🎉🇻🇳 đại hội 👍🏽',
  'đại\u0000hội',
  '\u0000',
  '\u0001\u0002\u001f\u007f',
  'dai\u200bhoi\u202e',
  '\ud800',
  'x\udfff',
  '\t\n\r',
  '   ',
  'ĐẠI HỘI',
  'Đ',
  'e\u0301\u0301\u0301',
  '\u0301',
  '\u0301\u0302 dai',
  '²³ ǅ ﬁ \ufffd',
  'Ⅻ ① ٣ 中文 ภาษาไทย',
  ...XSS_LINES,
];

/** Tags our page templates themselves use; anything else in a page came from input. */
const TEMPLATE_TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'link',
  'script',
  'body',
  'header',
  'a',
  'div',
  'p',
  'form',
  'label',
  'input',
  'button',
  'nav',
  'ul',
  'ol',
  'li',
  'main',
  'h1',
  'h2',
  'fieldset',
  'legend',
  'select',
  'option',
  'strong',
  'mark',
  'time',
  'span',
  'footer',
  'section',
  'article',
  'aside',
]);

interface Tag {
  name: string;
  attrs: { name: string; value: string }[];
}

/**
 * The tags a browser would build from our HTML. Preact escapes "<" in text and attribute values,
 * so every literal "<" followed by a letter starts real markup; attributes are read respecting
 * quotes, so text like `onload=` inside a quoted value is not mistaken for an attribute.
 */
function parseTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const open = /<\/?([a-zA-Z][\w-]*)/g;
  const attr = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/y;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const tag: Tag = { name: m[1].toLowerCase(), attrs: [] };
    attr.lastIndex = open.lastIndex;
    for (let a = attr.exec(html); a; a = attr.exec(html)) {
      tag.attrs.push({ name: a[1].toLowerCase(), value: a[2] ?? a[3] ?? a[4] ?? '' });
      open.lastIndex = attr.lastIndex;
    }
    tags.push(tag);
  }
  return tags;
}

/** No tag from outside our templates, no event handler, no javascript: URL, no extra script or heading. */
function assertNoLiveMarkup(html: string, context: string) {
  const tags = parseTags(html);
  for (const tag of tags) {
    assert.ok(TEMPLATE_TAGS.has(tag.name), `${context}: unexpected <${tag.name}>`);
    for (const a of tag.attrs) {
      assert.ok(!a.name.startsWith('on'), `${context}: event handler ${a.name} on <${tag.name}>`);
      if (['href', 'src', 'action', 'formaction'].includes(a.name)) assert.doesNotMatch(a.value, /^\s*javascript:/i, `${context}: javascript: URL`);
    }
  }
  const opening = (name: string) => html.match(new RegExp(`<${name}[\\s>/]`, 'gi'))?.length ?? 0;
  assert.equal(opening('script'), 1, `${context}: only the site script`);
  assert.equal(opening('h1'), 1, `${context}: exactly one h1`);
}

const HOUR_MS = 60 * 60 * 1000;

function article(fixture: Fixture, overrides: Partial<ArrivingArticle>): ArrivingArticle {
  return {
    title: 'Bài viết',
    lead: '',
    bodyHtml: '<p>Nội dung.</p>',
    sectionId: fixture.sections.news.id,
    status: 'published',
    publishedAt: new Date(Date.now() - HOUR_MS).toISOString(),
    byline: 'Thu Hà',
    authorId: fixture.authorId,
    ...overrides,
  };
}

/** Articles a test adds are removed again, pass or fail, so tests never see each other's data. */
async function removeArticles(t: TestApp, ids: number[]) {
  for (const id of ids) {
    await t.db.kysely.deleteFrom('articles').where('id', '=', id).execute();
    await t.app.searchEngine.removeArticle(id);
  }
}

for (const dialect of dialects) {
  describe(`search (${dialect})`, () => {
    let t: TestApp;
    let fixture: Fixture;

    before(async () => {
      t = await createTestApp(dialect);
      fixture = await seedFixture(t, 3);
    });
    after(() => t.close());

    test('hostile queries never error, on the engine, the page and the API', async () => {
      for (const q of HOSTILE_QUERIES) {
        const label = JSON.stringify(q.slice(0, 40));
        const results = await t.app.searchEngine.search(q);
        assert.ok(results.total >= 0, label);
        assert.ok(results.query.length <= 200, `${label}: the echoed query is capped`);
        // A NUL byte is refused in front of every route (src/input-guard.ts) with a clear 400.
        const expected = q.includes('\u0000') ? 400 : 200;
        const page = await t.app.inject({ url: '/tim-kiem', query: { q } });
        assert.equal(page.statusCode, expected, `${label}: page status`);
        assertNoLiveMarkup(page.body, label);
        const api = await t.app.inject({ url: '/api/v1/search', query: { q } });
        assert.equal(api.statusCode, expected, `${label}: api status`);
        const suggest = await t.app.inject({ url: '/api/v1/search/suggest', query: { q } });
        assert.equal(suggest.statusCode, expected, `${label}: suggest status`);
      }
    });

    test('every line of the XSS list stays text when it is the query and the article text', async () => {
      const created: number[] = [];
      try {
        for (const [i, line] of XSS_LINES.entries()) {
          const input = article(fixture, {
            title: `Cảnh giác mã độc ${i} ${line}`,
            lead: `Mẫu tấn công ${line} cần chặn`,
            bodyHtml: `<p>${line.replace(/</g, '&lt;')} INJECTX</p>`,
          });
          created.push((await addArticle(t.db.kysely, input)).id);
        }
        const page = await t.app.inject({ url: '/tim-kiem', query: { q: 'injectx' } });
        assert.equal(page.statusCode, 200);
        assert.match(page.body, /<mark>INJECTX<\/mark>/);
        assertNoLiveMarkup(page.body, 'results containing the XSS lines');
        assert.match(page.body, /&lt;script>/, 'the article text is shown, escaped');
        const api = await t.app.inject({ url: '/api/v1/search', query: { q: 'injectx' } });
        const json = api.json() as { results: { snippet: string; title: string }[] };
        assert.ok(json.results.length > 0);
        for (const r of json.results) assert.doesNotMatch(r.snippet.replace(/<\/?mark>/g, ''), /</, 'snippet HTML is escaped except <mark>');
      } finally {
        await removeArticles(t, created);
      }
    });

    test("folded matches are highlighted with the article's own spelling", async () => {
      const page = await t.app.inject({ url: '/tim-kiem', query: { q: 'dai hoi' } });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<mark>Đại<\/mark> <mark>hội<\/mark>/);
      assert.match(page.body, /Tìm thấy 3 bài viết/);
      const nfd = await t.app.inject({ url: '/tim-kiem', query: { q: 'ĐẠI HỘI'.normalize('NFD') } });
      assert.match(nfd.body, /<mark>Đại<\/mark> <mark>hội<\/mark>/);
      const prefix = await t.app.searchEngine.search('khai mạ');
      assert.equal(prefix.total, 3);
      assert.deepEqual(
        prefix.hits[0].snippet.filter((s) => s.mark).map((s) => s.text),
        ['khai', 'mạc'],
      );
    });

    test('the index follows addArticle, and only live articles reach readers', async () => {
      const draft = await addArticle(t.db.kysely, article(fixture, { title: 'Dự thảo về cầu treo Nậm Khao', status: 'draft', publishedAt: null }));
      const scheduled = await addArticle(
        t.db.kysely,
        article(fixture, { title: 'Khánh thành cầu treo Nậm Khao', publishedAt: new Date(Date.now() + 24 * HOUR_MS).toISOString() }),
      );
      const live = await addArticle(t.db.kysely, article(fixture, { title: 'Cầu treo Nậm Khao sắp thông xe' }));
      try {
        const reader = await t.app.searchEngine.search('cau treo nam khao');
        assert.deepEqual(
          reader.hits.map((h) => h.id),
          [live.id],
        );
        const newsroom = await t.app.searchEngine.search('cau treo nam khao', { scope: 'all' });
        assert.deepEqual(new Set(newsroom.hits.map((h) => h.id)), new Set([draft.id, scheduled.id, live.id]));

        // Unpublishing shows at once: liveness is read from the article row, not copied into the index.
        await t.db.kysely.updateTable('articles').set({ status: 'unpublished' }).where('id', '=', live.id).execute();
        assert.equal((await t.app.searchEngine.search('cau treo nam khao')).total, 0);
        await t.db.kysely.updateTable('articles').set({ status: 'published', title: 'Cầu sắt Nậm Khao sắp thông xe' }).where('id', '=', live.id).execute();
        await t.app.searchEngine.indexArticle(live.id);
        const retitled = await t.app.searchEngine.search('cau treo nam khao');
        assert.ok(retitled.partial && !retitled.hits.some((h) => h.title.includes('treo')), 'the old title is gone from the index: no article has every word');
        assert.deepEqual(
          (await t.app.searchEngine.search('cầu sắt')).hits.map((h) => h.id),
          [live.id],
        );

        await t.app.searchEngine.removeArticle(live.id);
        assert.equal((await t.app.searchEngine.search('cầu sắt')).total, 0);
        const count = (await t.db.kysely.selectFrom('articles').select('id').execute()).length;
        assert.equal(await t.app.searchEngine.rebuild(), count);
        assert.deepEqual(
          (await t.app.searchEngine.search('cầu sắt')).hits.map((h) => h.id),
          [live.id],
          'rebuild restores it',
        );
      } finally {
        await removeArticles(t, [draft.id, scheduled.id, live.id]);
      }
    });

    test('ranking: diacritics, phrase, title over lead over body, then recency', async () => {
      const at = (hours: number) => new Date(Date.now() - hours * HOUR_MS).toISOString();
      const add = async (input: Partial<ArrivingArticle>) => {
        const a = await addArticle(t.db.kysely, article(fixture, input));
        created.push(a.id);
        return a;
      };
      const created: number[] = [];
      try {
        const body = await add({ title: 'Tin vắn buổi sáng', bodyHtml: '<p>Chiều qua tổ chức trao giải viết về thác Pú Xi.</p>', publishedAt: at(1) });
        const lead = await add({ title: 'Tin vắn buổi trưa', lead: 'Du khách đổ về thác Pú Xi.', publishedAt: at(2) });
        const title = await add({ title: 'Mùa nước đổ ở thác Pú Xi', publishedAt: at(3) });
        const older = await add({ title: 'Mùa nước đổ ở thác Pú Xi', lead: 'Bài năm trước.', publishedAt: at(30) });
        const ids = (await t.app.searchEngine.search('thac pu xi')).hits.map((h) => h.id);
        assert.deepEqual(ids, [title.id, older.id, lead.id, body.id]);

        const sell = await add({ title: 'Phiên chợ bán thổ cẩm', publishedAt: at(1) });
        const table = await add({ title: 'Xưởng đóng bàn thổ cẩm', publishedAt: at(5) });
        assert.deepEqual(
          (await t.app.searchEngine.search('bàn thổ cẩm')).hits.map((h) => h.id),
          [table.id, sell.id],
        );
        assert.deepEqual(
          (await t.app.searchEngine.search('bán thổ cẩm')).hits.map((h) => h.id),
          [sell.id, table.id],
        );

        const scattered = await add({ title: 'Lễ dựng cây nêu và hội xuân ở Mường Lay', publishedAt: at(1) });
        const phrase = await add({ title: 'Mường Lay chuẩn bị lễ hội đua thuyền', publishedAt: at(8) });
        assert.deepEqual(
          (await t.app.searchEngine.search('le hoi muong lay')).hits.map((h) => h.id),
          [phrase.id, scattered.id],
        );
      } finally {
        await removeArticles(t, created);
      }
    });

    test('one typo is forgiven in words of four letters or more', async () => {
      const typo = await t.app.searchEngine.search('khai maac');
      assert.equal(typo.total, 3);
      assert.equal(typo.corrected, true);
      const short = await t.app.searchEngine.search('xab pa vac');
      assert.ok(!short.corrected && short.partial, 'three-letter words get no typo tolerance: no article has every word');
    });

    test('a whole word no article holds is looked for in the index only with its corrections', async () => {
      // Every word must match, and the vocabulary knows every word of the archive: "maac" as typed can find nothing.
      const values: string[] = [];
      const collect = (n: OperationNode): void => {
        if (ValueNode.is(n) && typeof n.value === 'string') values.push(n.value);
        else if (RawNode.is(n)) n.parameters.forEach(collect);
        else for (const child of Object.values(n)) if (child && typeof child === 'object' && 'kind' in child) collect(child as OperationNode);
      };
      const spy: KyselyPlugin = { transformQuery: ({ node }) => (collect(node), node), transformResult: async ({ result }) => result };
      const engine = createSearchEngine({ ...t.db, kysely: t.db.kysely.withPlugin(spy) });
      // "maac" first: the last word may be unfinished, and is looked for as a prefix.
      const typo = await engine.search('maac khai');
      assert.equal(typo.total, 3);
      assert.equal(typo.corrected, true);
      // Leaving out the vocabulary's own lookups (single words) and the real-word repair's pair.
      const matches = values.filter((v) => v.includes('maac') && !/^[a-z]+$/.test(v) && !v.includes(`maac${PAIR_JOINER}khai`));
      assert.ok(matches.length > 0, 'the corrected query was searched');
      for (const v of matches) assert.match(v, /(?<![a-z])mac(?![a-z])/, `asked without its correction: ${v}`);
    });

    test('filters: section (with subsections), dates, newest first', async () => {
      const inEconomy = await t.app.inject({ url: '/api/v1/search', query: { q: 'dai hoi', section: 'kinh-te' } });
      const economy = inEconomy.json() as { total: number; results: { section: { path: string } }[] };
      assert.equal(economy.total, 1);
      assert.equal(economy.results[0].section.path, 'kinh-te/nong-nghiep');
      const news = (await t.app.inject({ url: '/api/v1/search', query: { q: 'dai hoi', section: 'thoi-su' } })).json() as { total: number };
      assert.equal(news.total, 2);

      const newest = (await t.app.inject({ url: '/api/v1/search', query: { q: 'pa vac', sort: 'moi-nhat' } })).json() as {
        results: { published_at: string }[];
      };
      const times = newest.results.map((r) => r.published_at);
      assert.deepEqual(times, [...times].sort().reverse());

      const old = await addArticle(t.db.kysely, article(fixture, { title: 'Đại hội Pá Vạc năm 2019', publishedAt: '2019-11-29T09:14:00.000Z' }));
      try {
        const in2019 = (await t.app.inject({ url: '/api/v1/search', query: { q: 'dai hoi', from: '2019-11-29', to: '2019-11-29' } })).json() as {
          results: { id: number }[];
        };
        assert.deepEqual(
          in2019.results.map((r) => r.id),
          [old.id],
        );
        const before = (await t.app.inject({ url: '/api/v1/search', query: { q: 'dai hoi', to: '2019-11-28' } })).json() as { total: number };
        assert.equal(before.total, 0);
        const after2019 = (await t.app.inject({ url: '/api/v1/search', query: { q: 'dai hoi', from: '2019-11-30' } })).json() as { total: number };
        assert.equal(after2019.total, 3);
      } finally {
        await removeArticles(t, [old.id]);
      }
    });

    test('bad filters get a 400 in Vietnamese, as a page and as JSON', async () => {
      const bad: Record<string, string>[] = [
        { q: 'dai', section: 'khong-co' },
        { q: 'dai', section: '../etc' },
        { q: 'dai', from: '2024-02-30' },
        { q: 'dai', to: 'hôm qua' },
        { q: 'dai', from: '2024-03-02', to: '2024-03-01' },
        { q: 'dai', sort: 'cu-nhat' },
        { q: 'dai', trang: '0' },
        { q: 'dai', trang: 'abc' },
      ];
      for (const query of bad) {
        const page = await t.app.inject({ url: '/tim-kiem', query });
        assert.equal(page.statusCode, 400, JSON.stringify(query));
        assert.match(page.body, /lang="vi"/);
        assert.match(page.body, /không hợp lệ|không tồn tại|phải trước/);
        const api = await t.app.inject({ url: '/api/v1/search', query });
        assert.equal(api.statusCode, 400, JSON.stringify(query));
        const json = api.json() as { error: string };
        assert.match(json.error, /không hợp lệ|không tồn tại|phải trước/);
      }
    });

    test('pagination: 20 a page, no overlap, page past the end is a 404', async () => {
      const created: number[] = [];
      try {
        for (let i = 0; i < 45; i++) {
          const input = article(fixture, { title: `Lễ hội xuống đồng số ${i + 1}`, publishedAt: new Date(Date.now() - (i + 2) * HOUR_MS).toISOString() });
          created.push((await addArticle(t.db.kysely, input)).id);
        }
        const seen = new Set<number>();
        for (const [page, size] of [
          [1, 20],
          [2, 20],
          [3, 5],
        ]) {
          const response = await t.app.inject({ url: '/api/v1/search', query: { q: 'le hoi xuong dong', trang: String(page) } });
          const json = response.json() as { total: number; results: { id: number }[] };
          assert.equal(json.total, 45);
          assert.equal(json.results.length, size);
          for (const r of json.results) {
            assert.ok(!seen.has(r.id), 'pages never overlap');
            seen.add(r.id);
          }
        }
        assert.equal(seen.size, 45);
        const page2 = await t.app.inject({ url: '/tim-kiem', query: { q: 'le hoi xuong dong', trang: '2' } });
        assert.match(page2.body, /href="\/tim-kiem\?q=le\+hoi\+xuong\+dong&amp;trang=3" rel="next"/);
        assert.match(page2.body, /href="\/tim-kiem\?q=le\+hoi\+xuong\+dong" rel="prev"/);
        assert.equal((await t.app.inject({ url: '/tim-kiem', query: { q: 'le hoi xuong dong', trang: '4' } })).statusCode, 404);
      } finally {
        await removeArticles(t, created);
      }
    });

    test('the page: results with section and time, an empty state with suggestions, a form that needs no script', async () => {
      const found = await t.app.inject({ url: '/tim-kiem', query: { q: 'pa vac' } });
      assert.equal(found.statusCode, 200);
      assert.match(found.body, /<time dateTime="[^"]+">/i);
      assert.match(found.body, /href="\/kinh-te\/nong-nghiep"/);
      assert.match(found.body, /<meta name="robots" content="noindex"/);
      assert.match(found.body, /<form class="search-form" action="\/tim-kiem" method="get"/);
      const none = await t.app.inject({ url: '/tim-kiem', query: { q: 'khủng long bạo chúa' } });
      assert.equal(none.statusCode, 200);
      assert.match(none.body, /Không tìm thấy bài viết nào phù hợp với “<strong>khủng long bạo chúa<\/strong>”/);
      assert.match(none.body, /gõ không dấu/);
      assert.match(none.body, /href="\/thoi-su"/);
      const filtered = await t.app.inject({ url: '/tim-kiem', query: { q: 'khủng long', section: 'thoi-su' } });
      assert.match(filtered.body, /bỏ các bộ lọc/);
      const blank = await t.app.inject('/tim-kiem');
      assert.equal(blank.statusCode, 200);
      assert.match(blank.body, /Nhập từ khóa/);
    });

    test('every page has a labelled search box in the header', async () => {
      const home = await t.app.inject('/');
      assert.match(home.body, /<form class="header-search" action="\/tim-kiem" method="get" role="search">/);
      assert.match(home.body, /<label for="header-q"[^>]*>/);
      assert.match(home.body, /<input id="header-q" type="search" name="q"/);
    });

    test('JSON API: results with urls and highlighted snippets; suggestions', async () => {
      const api = await t.app.inject({ url: '/api/v1/search', query: { q: 'dai hoi' } });
      assert.equal(api.statusCode, 200);
      assert.match(String(api.headers['content-type']), /application\/json/);
      const json = api.json() as {
        total: number;
        results: { id: number; title: string; url: string; section: { name: string }; published_at: string; snippet: string }[];
      };
      assert.equal(json.total, 3);
      const first = json.results[0];
      assert.equal(first.id, fixture.articles[0].id, 'newest of equal matches first');
      assert.match(first.url, new RegExp(`-${first.id}\\.html$`));
      assert.equal((await t.app.inject(first.url)).statusCode, 200);
      assert.match(first.snippet, /<mark>(Đ|đ)ại<\/mark> <mark>hội<\/mark>/);
      assert.ok(first.published_at);

      const suggest = await t.app.inject({ url: '/api/v1/search/suggest', query: { q: 'dai hoi dang b' } });
      const s = suggest.json() as { suggestions: { title: string; url: string }[] };
      assert.equal(s.suggestions.length, 3);
      assert.match(s.suggestions[0].title, /^Đại hội Đảng bộ/);
      assert.ok(s.suggestions.every((x) => x.url.endsWith('.html')));
      const empty = (await t.app.inject('/api/v1/search/suggest')).json() as { suggestions: unknown[] };
      assert.deepEqual(empty.suggestions, []);
    });

    test('suggestions are capped at eight', async () => {
      const created: number[] = [];
      try {
        for (let i = 0; i < 12; i++) created.push((await addArticle(t.db.kysely, article(fixture, { title: `Hoa tam giác mạch nở rộ ${i}` }))).id);
        const s = (await t.app.inject({ url: '/api/v1/search/suggest', query: { q: 'tam gi' } })).json() as { suggestions: unknown[] };
        assert.equal(s.suggestions.length, 8);
      } finally {
        await removeArticles(t, created);
      }
    });
  });
}
