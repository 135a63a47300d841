import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { addArticle } from '../src/newsroom/articles.js';
import { articlePath } from '../src/content/urls.js';
import { HEADLINE_MAX } from '../src/site/structured-data.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';
import { seedSyndication, type SyndicationData } from './helpers/syndication.js';

type Ld = Record<string, unknown>;
const OFFSET_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/;
const ABSOLUTE = /^http:\/\/bao\.test\//;

/** Each JSON-LD script's text as the HTML parser would end it: at the first `</script`. */
function jsonLdBlocks(html: string): Ld[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script/gi)].map((m) => {
    assert.doesNotMatch(m[1], /<!--|<script/i, 'nothing in the JSON may open a comment or a script');
    return JSON.parse(m[1]) as Ld;
  });
}

function metas(html: string, property: string): string[] {
  const decode = (v: string) =>
    v
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  return [...html.matchAll(new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`, 'g'))].map((m) => decode(m[1]));
}

/** Google's required and recommended NewsArticle properties, as its rich results test reads them. */
function assertNewsArticle(ld: Ld) {
  assert.equal(ld['@context'], 'https://schema.org');
  assert.ok(typeof ld.headline === 'string' && [...ld.headline].length <= HEADLINE_MAX);
  const images = ld.image as { url: string; width: number; height: number }[];
  assert.ok(images.length >= 2, 'several sizes');
  for (const img of images) assert.ok(ABSOLUTE.test(img.url) && img.width > 0 && img.height > 0);
  assert.match(String(ld.datePublished), OFFSET_TIME);
  assert.match(String(ld.dateModified), OFFSET_TIME);
  const [author] = ld.author as { '@type': string; name: string; url: string }[];
  assert.equal(author['@type'], 'Person');
  assert.ok(author.name);
  assert.match(author.url, /^http:\/\/bao\.test\/tac-gia\//);
  const publisher = ld.publisher as { '@type': string; name: string; logo: { url: string } };
  assert.equal(publisher['@type'], 'Organization');
  assert.equal(publisher.name, 'Báo Sơn Lâm');
  assert.match(publisher.logo.url, ABSOLUTE);
  assert.match(String(ld.mainEntityOfPage), ABSOLUTE);
  assert.ok(typeof ld.articleSection === 'string' && ld.articleSection);
  assert.ok(Array.isArray(ld.keywords));
}

for (const dialect of dialects) {
  describe(`structured data and link previews (${dialect})`, () => {
    let t: TestApp;
    let data: SyndicationData;
    let richUrl: string;
    before(async () => {
      t = await createTestApp(dialect);
      data = await seedSyndication(t, 2);
      richUrl = articlePath(data.sections.farming.path, data.rich.slug, data.rich.id);
    });
    after(() => t.close());

    const page = async (url: string) => {
      const res = await t.app.inject({ method: 'GET', url });
      assert.equal(res.statusCode, 200, url);
      return res.body;
    };

    it('NewsArticle has every property rich results need, and text with </script>, <!--, U+2028/9 and quotes stays inside the JSON', async () => {
      const html = await page(richUrl);
      const blocks = jsonLdBlocks(html);
      const news = blocks.find((b) => b['@type'] === 'NewsArticle');
      assert.ok(news);
      assertNewsArticle(news);
      assert.equal(news.headline, data.rich.title, 'the hostile title survives intact');
      assert.equal(news.description, data.rich.lead);
      assert.equal(news.articleSection, 'Nông nghiệp');
      assert.deepEqual(news.keywords, ['Chè Shan tuyết', 'Nông thôn mới']);
      assert.equal(news.mainEntityOfPage, `http://bao.test${richUrl}`);
      for (const m of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) assert.doesNotMatch(m[1], /[\u2028\u2029]/);
      const crumbs = blocks.find((b) => b['@type'] === 'BreadcrumbList');
      assert.deepEqual(
        (crumbs?.itemListElement as { position: number; name: string; item: string }[]).map((i) => [i.position, i.name, i.item]),
        [
          [1, 'Trang chủ', 'http://bao.test/'],
          [2, 'Kinh tế', 'http://bao.test/kinh-te'],
          [3, 'Nông nghiệp', 'http://bao.test/kinh-te/nong-nghiep'],
        ],
      );
    });

    it('a long title becomes a headline of at most 110 characters, cut between words', async () => {
      const title = `${'Người dân vùng cao Sơn Lâm chuyển đổi cây trồng '.repeat(4)}kết thúc`;
      const article = await addArticle(t.db.kysely, {
        title,
        lead: 'Dài.',
        bodyHtml: '<p>x</p>',
        sectionId: data.sections.news.id,
        status: 'published',
        publishedAt: new Date(Date.now() - 60_000).toISOString(),
        byline: 'Thu Hà',
        authorId: data.authorId,
        featuredImageId: data.rich.featured_image_id,
      });
      const news = jsonLdBlocks(await page(articlePath('thoi-su', article.slug, article.id))).find((b) => b['@type'] === 'NewsArticle');
      const headline = String(news?.headline);
      assert.ok([...headline].length <= HEADLINE_MAX, headline);
      assert.ok(headline.endsWith('…'));
      assert.ok(title.startsWith(headline.slice(0, -1)));
      assert.match(title.slice(headline.length - 1), /^ /, 'cut at a space');
    });

    it('the home page carries WebSite with a SearchAction', async () => {
      const site = jsonLdBlocks(await page('/')).find((b) => b['@type'] === 'WebSite');
      assert.ok(site);
      assert.equal(site.url, 'http://bao.test/');
      const action = site.potentialAction as { '@type': string; target: { urlTemplate: string }; 'query-input': string };
      assert.equal(action['@type'], 'SearchAction');
      assert.equal(action.target.urlTemplate, 'http://bao.test/tim-kiem?q={search_term_string}');
      assert.equal(action['query-input'], 'required name=search_term_string');
    });

    it('Open Graph and Twitter tags give the picture with its size and alt, times with offset, section and tags', async () => {
      const html = await page(richUrl);
      assert.deepEqual(metas(html, 'og:type'), ['article']);
      assert.deepEqual(metas(html, 'og:title'), [data.rich.title]);
      assert.match(metas(html, 'og:image')[0], /^http:\/\/bao\.test\/media\/.+\.webp$/);
      assert.ok(Number(metas(html, 'og:image:width')[0]) > 0);
      assert.ok(Number(metas(html, 'og:image:height')[0]) > 0);
      assert.deepEqual(metas(html, 'og:image:alt'), ['Ruộng bậc thang']);
      assert.match(metas(html, 'article:published_time')[0], OFFSET_TIME);
      assert.match(metas(html, 'article:modified_time')[0], OFFSET_TIME);
      assert.deepEqual(metas(html, 'article:section'), ['Nông nghiệp']);
      assert.deepEqual(metas(html, 'article:tag'), ['Chè Shan tuyết', 'Nông thôn mới']);
      assert.deepEqual(metas(html, 'twitter:card'), ['summary_large_image']);
      assert.deepEqual(metas(html, 'twitter:title'), [data.rich.title]);
      assert.equal(metas(html, 'twitter:image')[0], metas(html, 'og:image')[0]);
      assert.deepEqual(metas(html, 'twitter:image:alt'), ['Ruộng bậc thang']);
    });

    if (dialect === 'sqlite') {
      const java = spawnSync('java', ['-version']).status === 0;
      const jar = (() => {
        try {
          return createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
        } catch {
          return '';
        }
      })();
      it('the article page passes the W3C Nu HTML checker', { skip: !java || !existsSync(jar) ? 'no Java runtime or vnu.jar here' : false }, async () => {
        const html = await page(richUrl);
        const result = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', '-'], { input: html, encoding: 'utf8', timeout: 120_000 });
        const report = JSON.parse(result.stderr || '{"messages":[]}') as { messages: { type: string; message: string; extract?: string }[] };
        const errors = report.messages.filter((m) => m.type === 'error');
        assert.deepEqual(
          errors.map((e) => `${e.message} ${e.extract ?? ''}`),
          [],
        );
      });
    }
  });
}
