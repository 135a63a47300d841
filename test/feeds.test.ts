import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Parser from 'rss-parser';
import { addArticle } from '../src/newsroom/articles.js';
import { articlePath } from '../src/content/urls.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';
import { seedSyndication, type SyndicationData } from './helpers/syndication.js';

type Item = Parser.Item & {
  'content:encoded'?: string;
  creator?: string;
  'media:content'?: { $: Record<string, string> };
  categoryObjects?: unknown;
};

const parser = new Parser<Record<string, unknown>, Item>({
  customFields: { item: ['media:content', 'content:encoded'], feed: ['atom:link', 'language', 'lastBuildDate'] },
});

const RFC822_VN = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} \+0700$/;

for (const dialect of dialects) {
  describe(`RSS feeds (${dialect})`, () => {
    let t: TestApp;
    let data: SyndicationData;
    before(async () => {
      t = await createTestApp(dialect);
      data = await seedSyndication(t, 3);
    });
    after(() => t.close());

    const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

    it('/rss.xml parses, lists every live article newest first, and nothing readers cannot see', async () => {
      const res = await get('/rss.xml');
      assert.equal(res.statusCode, 200);
      assert.match(res.headers['content-type'] as string, /^application\/rss\+xml; charset=utf-8/);
      const feed = await parser.parseString(res.body);
      assert.equal(feed.title, 'Báo Sơn Lâm');
      assert.equal(feed.link, 'http://bao.test/');
      assert.equal(feed.language, 'vi');
      const titles = feed.items.map((i) => i.title);
      assert.equal(titles.length, 4);
      assert.equal(titles[0], data.rich.title, 'newest first');
      assert.doesNotMatch(res.body, /bí mật/);
      assert.match(res.body, /<atom:link href="http:\/\/bao\.test\/rss\.xml" rel="self" type="application\/rss\+xml"\/>/);
    });

    it('each item carries link, a guid that is not the URL, RFC 822 dates with the offset, lead, full body, image, categories and pen name', async () => {
      const feed = await parser.parseString((await get('/rss.xml')).body);
      const item = feed.items.find((i) => i.title === data.rich.title);
      assert.ok(item);
      const farming = data.sections.farming;
      assert.equal(item.link, `http://bao.test${articlePath(farming.path, data.rich.slug, data.rich.id)}`);
      assert.equal(item.guid, `urn:toasoan:bao.test:article:${data.rich.id}`);
      assert.match(item.pubDate ?? '', RFC822_VN);
      assert.equal(new Date(item.isoDate ?? '').toISOString().slice(0, 19), data.rich.published_at?.slice(0, 19));
      assert.equal(item.contentSnippet, data.rich.lead, 'the lead, shown as text even by readers that take it as HTML');
      const body = item['content:encoded'] ?? '';
      assert.match(body, /<a href="http:\/\/bao\.test\/kinh-te">/);
      assert.match(body, /<img src="http:\/\/bao\.test\/media\//);
      assert.equal(item.creator, 'Thu Hà');
      assert.ok(item.enclosure);
      assert.match(item.enclosure.url, /^http:\/\/bao\.test\/media\/.+\.webp$/);
      assert.equal(item.enclosure.type, 'image/webp');
      assert.ok(Number(item.enclosure.length) > 0);
      const media = item['media:content']?.$;
      assert.equal(media?.url, item.enclosure.url);
      assert.equal(media?.medium, 'image');
      assert.ok(Number(media?.width) > 0 && Number(media?.height) > 0);
      const categories = (item.categories ?? []).map((c) => (typeof c === 'string' ? c : (c as { _: string })._));
      assert.deepEqual(categories, ['Nông nghiệp', 'Chè Shan tuyết', 'Nông thôn mới']);
      // Quotes, angle brackets and </script> stay text in the parsed title.
      assert.match(item.title ?? '', /<\/script><!--/);
    });

    it('a section feed includes its subsections; tag and author feeds filter', async () => {
      const economy = await parser.parseString((await get('/kinh-te/rss.xml')).body);
      assert.equal(economy.items.length, 2, 'the two Nông nghiệp articles');
      assert.match(economy.title ?? '', /^Kinh tế - /);
      const farming = await parser.parseString((await get('/kinh-te/nong-nghiep/rss.xml')).body);
      assert.equal(farming.items.length, 2);
      const news = await parser.parseString((await get('/thoi-su/rss.xml')).body);
      assert.equal(news.items.length, 2);
      const tag = await parser.parseString((await get('/chu-de/che-shan-tuyet/rss.xml')).body);
      assert.deepEqual(
        tag.items.map((i) => i.title),
        [data.rich.title],
      );
      const author = await parser.parseString((await get(`/tac-gia/${data.authorSlug}/rss.xml`)).body);
      assert.equal(author.items.length, 4);
      for (const url of ['/khong-co/rss.xml', '/chu-de/khong-co/rss.xml', '/tac-gia/khong-co/rss.xml']) {
        assert.equal((await get(url)).statusCode, 404, url);
      }
    });

    it('answers conditional requests with 304 until a publish changes the feed', async () => {
      const first = await get('/rss.xml');
      const etag = first.headers.etag as string;
      const lastModified = first.headers['last-modified'] as string;
      assert.ok(etag && lastModified);
      assert.match(first.headers['cache-control'] as string, /public.*s-maxage=\d+/, 'shared caches keep it; the page cache purges it');
      assert.equal((await get('/rss.xml', { 'if-none-match': etag })).statusCode, 304);
      assert.equal((await get('/rss.xml', { 'if-modified-since': lastModified })).statusCode, 304);
      assert.equal((await get('/rss.xml', { 'if-none-match': '"other"' })).statusCode, 200);
      await addArticle(t.db.kysely, {
        title: 'Tin mới vừa đăng',
        lead: 'Mới.',
        bodyHtml: '<p>Mới.</p>',
        sectionId: data.sections.news.id,
        status: 'published',
        publishedAt: new Date().toISOString(),
        byline: 'Thu Hà',
        authorId: data.authorId,
      });
      const changed = await get('/rss.xml', { 'if-none-match': etag });
      assert.equal(changed.statusCode, 200);
      assert.notEqual(changed.headers.etag, etag);
      assert.equal((await parser.parseString(changed.body)).items[0].title, 'Tin mới vừa đăng');
      assert.equal((await get('/rss.xml', { 'if-modified-since': lastModified })).statusCode, 200);
    });

    it('every page names the paper feed; listings name their own', async () => {
      const alternates = (html: string) =>
        [...html.matchAll(/<link rel="alternate" type="application\/rss\+xml" title="[^"]*" href="([^"]+)"/g)].map((m) => m[1]);
      assert.deepEqual(alternates((await get('/')).body), ['http://bao.test/rss.xml']);
      assert.deepEqual(alternates((await get('/kinh-te')).body), ['http://bao.test/rss.xml', 'http://bao.test/kinh-te/rss.xml']);
      assert.deepEqual(alternates((await get('/chu-de/che-shan-tuyet')).body), ['http://bao.test/rss.xml', 'http://bao.test/chu-de/che-shan-tuyet/rss.xml']);
      const article = await get(articlePath(data.sections.news.path, data.articles[0].slug, data.articles[0].id));
      assert.ok(alternates(article.body).includes('http://bao.test/rss.xml'));
      assert.ok(alternates((await get('/khong-co-trang-nay')).body).includes('http://bao.test/rss.xml'));
    });
  });
}
