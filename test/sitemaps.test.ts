import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { addArticle } from '../src/newsroom/articles.js';
import { articlePath } from '../src/content/urls.js';
import { articleEntries, SITEMAP_MAX_BYTES, SITEMAP_MAX_URLS, splitMonths } from '../src/feeds/sitemaps.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';
import { seedSyndication, type SyndicationData } from './helpers/syndication.js';

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap', 'image:image'].includes(name) });
const W3C_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/;

interface UrlNode {
  loc: string;
  lastmod?: string;
  'image:image'?: { 'image:loc': string }[];
  'news:news'?: Record<string, unknown>;
}

describe('sitemap files split by month and by the URL limit', () => {
  it('a month past 50,000 articles becomes several files', () => {
    const files = splitMonths([
      { month: '2024-03', count: 120_001, lastmod: null },
      { month: '2024-02', count: 3, lastmod: null },
    ]);
    assert.deepEqual(
      files.map((f) => [f.month, f.part, f.count]),
      [
        ['2024-03', 1, 50_000],
        ['2024-03', 2, 50_000],
        ['2024-03', 3, 20_001],
        ['2024-02', 1, 3],
      ],
    );
  });
});

for (const dialect of dialects) {
  describe(`sitemaps and robots.txt (${dialect})`, () => {
    let t: TestApp;
    let data: SyndicationData;
    let old: { id: number; path: string };
    before(async () => {
      t = await createTestApp(dialect);
      data = await seedSyndication(t, 3);
      const article = await addArticle(t.db.kysely, {
        title: 'Tin cũ năm 2019',
        lead: 'Cũ.',
        bodyHtml: '<p>Cũ.</p>',
        sectionId: data.sections.news.id,
        status: 'published',
        publishedAt: '2019-11-29T09:14:00.000Z',
        byline: 'Thu Hà',
        authorId: data.authorId,
      });
      old = { id: article.id, path: articlePath('thoi-su', article.slug, article.id) };
    });
    after(() => t.close());

    const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
    const local = (loc: string) => {
      assert.ok(loc.startsWith('http://bao.test/'), loc);
      return loc.slice('http://bao.test'.length);
    };

    async function urlsOf(path: string): Promise<UrlNode[]> {
      const res = await get(path);
      assert.equal(res.statusCode, 200, path);
      assert.match(res.headers['content-type'] as string, /^application\/xml/);
      assert.ok(Buffer.byteLength(res.body) <= SITEMAP_MAX_BYTES);
      const doc = parser.parse(res.body) as { urlset: { url?: UrlNode[]; '@_xmlns': string } };
      assert.equal(doc.urlset['@_xmlns'], 'http://www.sitemaps.org/schemas/sitemap/0.9');
      const urls = doc.urlset.url ?? [];
      assert.ok(urls.length <= SITEMAP_MAX_URLS);
      return urls;
    }

    it('the index names month, section, tag and author sitemaps; together they hold every live article once', async () => {
      const res = await get('/sitemap.xml');
      assert.equal(res.statusCode, 200);
      const index = parser.parse(res.body) as { sitemapindex: { sitemap: { loc: string; lastmod?: string }[] } };
      const paths = index.sitemapindex.sitemap.map((s) => local(s.loc));
      const month = new Date().toISOString().slice(0, 7);
      assert.ok(paths.includes('/sitemaps/sections.xml'));
      assert.ok(paths.includes('/sitemaps/tags.xml'));
      assert.ok(paths.includes('/sitemaps/authors.xml'));
      assert.ok(paths.includes('/sitemaps/articles-2019-11.xml'));
      assert.ok(paths.includes(`/sitemaps/articles-${month}.xml`) || paths.includes(`/sitemaps/articles-${data.articles[2].published_at?.slice(0, 7)}.xml`));
      for (const s of index.sitemapindex.sitemap) if (s.lastmod) assert.match(s.lastmod, W3C_OFFSET);

      const articleUrls: UrlNode[] = [];
      for (const path of paths.filter((p) => p.startsWith('/sitemaps/articles-'))) articleUrls.push(...(await urlsOf(path)));
      const locs = articleUrls.map((u) => local(u.loc));
      assert.equal(new Set(locs).size, locs.length, 'no article twice');
      const live = [...data.articles, data.rich];
      assert.equal(locs.length, live.length + 1);
      assert.ok(locs.includes(old.path));
      for (const hidden of data.hidden) assert.ok(!locs.some((l) => l.endsWith(`-${hidden.id}.html`)), hidden.title);
      for (const url of articleUrls) assert.match(url.lastmod ?? '', W3C_OFFSET);
      const rich = articleUrls.find((u) => u.loc.endsWith(`-${data.rich.id}.html`));
      assert.match(rich?.['image:image']?.[0]['image:loc'] ?? '', /^http:\/\/bao\.test\/media\/.+\.webp$/);
      assert.deepEqual(
        (await urlsOf('/sitemaps/articles-2019-11.xml')).map((u) => local(u.loc)),
        [old.path],
      );
    });

    it('sections, tags and authors sitemaps list their pages with real modification times', async () => {
      const sections = (await urlsOf('/sitemaps/sections.xml')).map((u) => local(u.loc));
      assert.deepEqual(sections.sort(), ['/kinh-te', '/kinh-te/nong-nghiep', '/thoi-su']);
      const tags = await urlsOf('/sitemaps/tags.xml');
      assert.deepEqual(tags.map((u) => local(u.loc)).sort(), ['/chu-de/che-shan-tuyet', '/chu-de/dai-hoi-dang', '/chu-de/nong-thon-moi']);
      for (const tag of tags) assert.match(tag.lastmod ?? '', W3C_OFFSET);
      const authors = await urlsOf('/sitemaps/authors.xml');
      assert.deepEqual(
        authors.map((u) => local(u.loc)),
        [`/tac-gia/${data.authorSlug}`],
      );
      // Kinh tế's newest change is its subsection's newest article.
      const economy = (await urlsOf('/sitemaps/sections.xml')).find((u) => u.loc.endsWith('/kinh-te'));
      assert.equal(Date.parse(economy?.lastmod ?? ''), Math.floor(Date.parse(data.rich.updated_at) / 1000) * 1000);
    });

    it('a month is read in parts that neither overlap nor leave gaps', async () => {
      const month = data.rich.published_at?.slice(0, 7) ?? '';
      const now = new Date().toISOString();
      const parts: string[][] = [];
      for (let part = 1; part <= 3; part++) {
        const paths: string[] = [];
        for await (const batch of articleEntries(t.db.kysely, now, { month, part }, 2)) paths.push(...batch.map((e) => e.path));
        parts.push(paths);
      }
      const all = parts.flat();
      assert.equal(new Set(all).size, all.length);
      assert.ok(parts[0].length === 2 && all.length >= 3);
      assert.equal((await get('/sitemaps/articles-1999-01.xml')).statusCode, 404);
      assert.equal((await get('/sitemaps/khong-co.xml')).statusCode, 404);
    });

    it('the news sitemap has the last 48 hours with publication, language, date with offset and title', async () => {
      const urls = await urlsOf('/sitemap-news.xml');
      const locs = urls.map((u) => local(u.loc));
      assert.ok(!locs.includes(old.path), 'older than 48 hours');
      assert.equal(urls.length, 4);
      const rich = urls.find((u) => u.loc.endsWith(`-${data.rich.id}.html`));
      const news = rich?.['news:news'] as {
        'news:publication': { 'news:name': string; 'news:language': string };
        'news:publication_date': string;
        'news:title': string;
      };
      assert.equal(news['news:publication']['news:name'], 'Báo Sơn Lâm');
      assert.equal(news['news:publication']['news:language'], 'vi');
      assert.match(news['news:publication_date'], W3C_OFFSET);
      assert.equal(news['news:title'], data.rich.title);
      const etag = (await get('/sitemap-news.xml')).headers.etag as string;
      assert.equal((await get('/sitemap-news.xml', { 'if-none-match': etag })).statusCode, 304);
      await addArticle(t.db.kysely, {
        title: 'Tin nóng',
        lead: 'Nóng.',
        bodyHtml: '<p>x</p>',
        sectionId: data.sections.news.id,
        status: 'published',
        publishedAt: new Date().toISOString(),
        byline: '',
        authorId: null,
      });
      const after = await get('/sitemap-news.xml', { 'if-none-match': etag });
      assert.equal(after.statusCode, 200, 'a publish shows at once');
      assert.match(after.body, /Tin nóng/);
    });

    it('robots.txt opens the site, closes the newsroom and search, and names the sitemaps', async () => {
      const res = await get('/robots.txt');
      assert.equal(res.statusCode, 200);
      assert.match(res.headers['content-type'] as string, /^text\/plain/);
      const lines = res.body.split('\n');
      assert.ok(lines.includes('User-agent: *'));
      assert.ok(lines.includes('Disallow: /admin'));
      assert.ok(lines.includes('Disallow: /tim-kiem'));
      assert.ok(!lines.includes('Disallow: /'));
      assert.ok(lines.includes('Sitemap: http://bao.test/sitemap.xml'));
      assert.ok(lines.includes('Sitemap: http://bao.test/sitemap-news.xml'));
    });
  });
}

describe('robots.txt on a staging site', () => {
  it('closes everything when ROBOTS_DISALLOW_ALL is set', async () => {
    const t = await createTestApp('sqlite', { robotsDisallowAll: true });
    try {
      const res = await t.app.inject({ method: 'GET', url: '/robots.txt' });
      assert.equal(res.body, 'User-agent: *\nDisallow: /\n');
    } finally {
      await t.close();
    }
  });
});
