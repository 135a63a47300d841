import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app.js';
import { contentChanged, PageTags } from '../src/cache/changes.js';
import { addArticle } from '../src/newsroom/articles.js';
import { setArticleTags } from '../src/content/store.js';
import { articlePath } from '../src/content/urls.js';
import { openDatabase } from '../src/db/connection.js';
import { migrateToLatest } from '../src/db/migrate.js';
import type { Article, Section } from '../src/db/schema.js';
import { seedDemo } from '../src/demo/seed.js';
import { createUser } from '../src/newsroom/users.js';
import { formatHeaderDate, localDateKey } from '../src/vi/index.js';
import { createTestApp, seedFixture, testConfig, type Fixture, type TestApp } from './helpers/app.js';
import { createTestDatabase, dialects } from './helpers/db.js';
import { decodeEntities } from '../src/content/html-text.js';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
const PAGE_BUDGET = 60 * 1024;

/** The model page's header line: `Thứ bảy, 08/08/2020, 18:26 [GMT+7]`. */
const HEADER_DATE = /^(Thứ (hai|ba|tư|năm|sáu|bảy)|Chủ nhật), \d{2}\/\d{2}\/\d{4}, \d{2}:\d{2} \[GMT\+7\]$/;

const LONG_LEAD =
  'Trong những năm qua, bà con các dân tộc ở vùng cao Sơn Lâm đã chuyển đổi mạnh mẽ cơ cấu cây trồng, vật nuôi, đưa giống chè Shan tuyết và cây quế vào sản xuất hàng hóa, từng bước nâng cao thu nhập và thay đổi diện mạo nông thôn miền núi của tỉnh.';

function get(app: FastifyInstance, url: string): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'GET', url });
}

/** Text content of the first element matching `open` (a regex source for its start tag) up to `close`. */
function block(html: string, open: string, close: string): string {
  const match = new RegExp(`${open}([\\s\\S]*?)${close}`).exec(html);
  assert.ok(match, `no ${open} in page`);
  return match[1];
}

function text(fragment: string): string {
  return decodeEntities(fragment.replace(/<[^>]*>/g, '')).trim();
}

function count(html: string, pattern: RegExp): number {
  return [...html.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))].length;
}

function metaContent(html: string, property: string): string | undefined {
  const match = new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html);
  return match ? decodeEntities(match[1]) : undefined;
}

function canonicalOf(html: string): string | undefined {
  return /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
}

function jsonLdBlocks(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]) as Record<string, unknown>);
}

function cardHrefs(html: string): string[] {
  return [...html.matchAll(/<h2 class="card-title"><a href="([^"]+)"/g)].map((m) => m[1]);
}

function assertVietnameseErrorPage(res: LightMyRequestResponse, status: number, message?: RegExp) {
  assert.equal(res.statusCode, status);
  assert.match(res.headers['content-type'] as string, /^text\/html/);
  assert.match(res.body, /<html lang="vi">/);
  assert.match(res.body, /<meta name="robots" content="noindex"/);
  if (message) assert.match(res.body, message);
  assert.doesNotMatch(res.body, /\bat .*\.(ts|js):\d+|Error:|stack/i);
}

interface SiteData extends Fixture {
  /** The dated article of the model page, oldest in Thời sự. */
  model: Article;
  /** 22 older Thời sự articles with long leads: with the fixture's two, Thời sự has 24. */
  older: Article[];
  economyOnly: Article;
  draft: Article;
  future: Article;
  unpublished: Article;
}

/** seedFixture's 4 articles (Thời sự ×2, Nông nghiệp ×2) plus enough to page through and hide. */
async function seedSite(t: TestApp): Promise<SiteData> {
  const fixture = await seedFixture(t, 4);
  const db = t.db.kysely;
  const { news, economy } = fixture.sections;
  const base = {
    bodyHtml: '<p>Nội dung.</p>',
    byline: 'Minh Khôi',
    authorId: null,
    status: 'published' as const,
  };
  const older: Article[] = [];
  for (let i = 0; i < 21; i++) {
    older.push(
      await addArticle(db, {
        ...base,
        title: `Bản tin vùng cao số ${i + 1}`,
        lead: `${LONG_LEAD} (${i + 1})`,
        sectionId: news.id,
        publishedAt: new Date(Date.now() - (10 + i) * HOUR_MS).toISOString(),
      }),
    );
  }
  // 29/11/2019 16:14 in Vietnam is 09:14 UTC: the model page's own publish time.
  const model = await addArticle(db, {
    ...base,
    title: 'Tích cực chuẩn bị Đại hội Đảng bộ các cấp',
    lead: 'Hòa chung không khí trong toàn đảng, Thành ủy đang tích cực triển khai các bước chuẩn bị cho Đại hội Đảng bộ các cấp.',
    bodyHtml:
      '<p>Xác định rõ công tác chuẩn bị là đợt sinh hoạt chính trị sâu rộng.</p><blockquote><p>Sau khi sáp nhập tổ dân phố, Đảng bộ phường còn 23 chi bộ.</p><cite>Ông Trần Công Khang</cite></blockquote>',
    sectionId: news.id,
    publishedAt: '2019-11-29T09:14:00.000Z',
    byline: 'Đinh Đông',
    authorId: fixture.authorId,
    featuredImageId: (await db.selectFrom('images').select('id').executeTakeFirstOrThrow()).id,
    featuredCaption: 'Ban Chấp hành Đảng bộ phường Tân Phong triển khai kế hoạch.',
    featuredCredit: 'Ảnh: Đinh Đông',
    tags: ['Đại hội Đảng', 'Chỉ thị 35'],
  });
  older.push(model);
  // Edited later: the page must still show when it was published.
  await db.updateTable('articles').set({ updated_at: '2020-08-08T11:26:00.000Z' }).where('id', '=', model.id).execute();
  const economyOnly = await addArticle(db, {
    ...base,
    title: 'Giá chè búp tươi tăng mạnh đầu vụ',
    lead: 'Giá chè búp tươi tại các xã vùng cao tăng gần gấp đôi so với cùng kỳ.',
    sectionId: economy.id,
    publishedAt: new Date(Date.now() - 40 * DAY_MS).toISOString(),
  });
  const draft = await addArticle(db, { ...base, title: 'Bản nháp chưa duyệt', lead: 'Nháp.', sectionId: news.id, status: 'draft', publishedAt: null });
  const future = await addArticle(db, {
    ...base,
    title: 'Bài hẹn giờ ngày mai',
    lead: 'Hẹn giờ.',
    sectionId: news.id,
    publishedAt: new Date(Date.now() + DAY_MS).toISOString(),
  });
  const unpublished = await addArticle(db, {
    ...base,
    title: 'Bài đã gỡ xuống',
    lead: 'Đã gỡ.',
    sectionId: news.id,
    status: 'unpublished',
    publishedAt: new Date(Date.now() - 2 * HOUR_MS).toISOString(),
  });
  return { ...fixture, model, older, economyOnly, draft, future, unpublished };
}

function pathOf(section: Section, article: Article): string {
  return articlePath(section.path, article.slug, article.id);
}

for (const dialect of dialects) {
  describe(`reading site (${dialect})`, () => {
    let t: TestApp;
    let app: FastifyInstance;
    let s: SiteData;

    before(async () => {
      t = await createTestApp(dialect);
      app = t.app;
      s = await seedSite(t);
    });
    after(async () => {
      await t?.close();
    });

    describe('home', () => {
      it('shows the newest article as the lead story, then the latest, a block per main section', async () => {
        const res = await get(app, '/');
        assert.equal(res.statusCode, 200);
        const html = res.body;
        const lead = block(html, '<article class="lead-story">', '</article>');
        assert.match(lead, new RegExp(`href="${pathOf(s.sections.news, s.articles[0])}"`));
        assert.match(text(lead), /Đại hội Đảng bộ xã Pá Vạc lần thứ 1/);

        const latest = block(html, '<section class="latest"[^>]*>', '</section>');
        assert.match(latest, /Tin mới nhất/);
        const latestHrefs = [...latest.matchAll(/<h3 class="card-title"><a href="([^"]+)"/g)].map((m) => m[1]);
        assert.deepEqual(latestHrefs.slice(0, 3), [
          pathOf(s.sections.farming, s.articles[1]),
          pathOf(s.sections.news, s.articles[2]),
          pathOf(s.sections.farming, s.articles[3]),
        ]);
        assert.equal(latestHrefs.length, 8, 'nine newest minus the lead');

        const blocks = [...html.matchAll(/<section [^>]*class="section-block"[^>]*><h2[^>]*><a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
        assert.deepEqual(blocks, [
          ['/thoi-su', 'Thời sự'],
          ['/kinh-te', 'Kinh tế'],
        ]);
        const economyBlock = block(html, '<section [^>]*class="section-block"[^>]*><h2[^>]*><a href="/kinh-te">', '</section>');
        assert.match(economyBlock, new RegExp(pathOf(s.sections.economy, s.economyOnly)));
        // A story already in the latest list is not repeated in its section's block.
        const newsBlock = block(html, '<section [^>]*class="section-block"[^>]*><h2[^>]*><a href="/thoi-su">', '</section>');
        assert.doesNotMatch(newsBlock, new RegExp(`-${s.articles[0].id}\\.html`));
        for (const hidden of [s.draft, s.future, s.unpublished]) assert.doesNotMatch(html, new RegExp(`-${hidden.id}\\.html`));
        assert.equal(canonicalOf(html), 'http://bao.test/');
      });

      it('lists the most read of the last 7 days by their daily counts', async () => {
        const zone = t.config.timeZone;
        const day = (daysAgo: number) => localDateKey(new Date(Date.now() - daysAgo * DAY_MS), zone);
        const [a, b, c] = s.older;
        await t.db.kysely
          .insertInto('article_views_daily')
          .values([
            { article_id: a.id, day: day(0), views: 120 },
            { article_id: a.id, day: day(3), views: 200 }, // a: 320 in the week
            { article_id: b.id, day: day(6), views: 500 }, // b: 500, on the week's oldest day
            { article_id: c.id, day: day(10), views: 9000 }, // c: only older views, not this week
            { article_id: s.draft.id, day: day(0), views: 9999 }, // never shown: not published
            { article_id: s.future.id, day: day(0), views: 9999 },
          ])
          .execute();
        // What the view counter does after writing its counts: the cached home page follows them.
        await contentChanged(t.db.kysely, [PageTags.mostRead]);
        const res = await get(app, '/');
        const aside = block(res.body, '<aside class="most-read"[^>]*>', '</aside>');
        assert.match(aside, /Đọc nhiều trong tuần/);
        const hrefs = [...aside.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
        assert.deepEqual(hrefs, [pathOf(s.sections.news, b), pathOf(s.sections.news, a)]);
      });
    });

    describe('section pages', () => {
      it('shows breadcrumb, heading and 20 articles on the first page, newest first', async () => {
        const res = await get(app, '/thoi-su');
        assert.equal(res.statusCode, 200);
        const crumb = block(res.body, '<nav class="breadcrumb"[^>]*>', '</nav>');
        assert.match(crumb, /<a href="\/">Trang chủ<\/a>/);
        assert.match(crumb, /<a href="\/thoi-su" aria-current="page">Thời sự<\/a>/);
        assert.match(res.body, /<h1 class="listing-title">Thời sự<\/h1>/);
        const hrefs = cardHrefs(res.body);
        assert.equal(hrefs.length, 20);
        assert.equal(hrefs[0], pathOf(s.sections.news, s.articles[0]));
        assert.ok(hrefs.every((h) => h.startsWith('/thoi-su/')));
        assert.match(res.body, /<a href="\/thoi-su\?trang=2" rel="next">/);
        assert.equal(canonicalOf(res.body), 'http://bao.test/thoi-su');
      });

      it('pages with ?trang=2 to the rest, without overlap', async () => {
        const [first, second] = await Promise.all([get(app, '/thoi-su'), get(app, '/thoi-su?trang=2')]);
        assert.equal(second.statusCode, 200);
        const page2 = cardHrefs(second.body);
        assert.equal(page2.length, 4, '24 live Thời sự articles: 20 + 4');
        assert.equal(page2[page2.length - 1], pathOf(s.sections.news, s.model), 'the oldest comes last');
        const page1 = new Set(cardHrefs(first.body));
        assert.ok(page2.every((h) => !page1.has(h)));
        assert.match(second.body, /<title>Thời sự - Trang 2 - /);
        assert.equal(canonicalOf(second.body), 'http://bao.test/thoi-su?trang=2');
        assert.match(second.body, /<a href="\/thoi-su" rel="prev">/);
      });

      it('answers a malformed page number with a Vietnamese 400 page', async () => {
        for (const bad of ['abc', '0', '-1', '1.5', '2abc']) {
          const res = await get(app, `/thoi-su?trang=${bad}`);
          assertVietnameseErrorPage(res, 400, /Số trang không hợp lệ/);
        }
      });

      it('answers a page past the end with 404', async () => {
        assertVietnameseErrorPage(await get(app, '/thoi-su?trang=3'), 404);
        assertVietnameseErrorPage(await get(app, '/thoi-su?trang=999999'), 404);
      });

      it('links a section to its subsections and lists their articles', async () => {
        const res = await get(app, '/kinh-te');
        assert.equal(res.statusCode, 200);
        const nav = block(res.body, '<nav class="subsections"[^>]*>', '</nav>');
        assert.match(nav, /<a href="\/kinh-te\/nong-nghiep">Nông nghiệp<\/a>/);
        assert.deepEqual(
          new Set(cardHrefs(res.body)),
          new Set([pathOf(s.sections.farming, s.articles[1]), pathOf(s.sections.farming, s.articles[3]), pathOf(s.sections.economy, s.economyOnly)]),
        );
      });

      it('renders a subsection page with both levels in the breadcrumb and only its own articles', async () => {
        const res = await get(app, '/kinh-te/nong-nghiep');
        assert.equal(res.statusCode, 200);
        const crumb = block(res.body, '<nav class="breadcrumb"[^>]*>', '</nav>');
        assert.match(crumb, /<a href="\/kinh-te">Kinh tế<\/a>.*<a href="\/kinh-te\/nong-nghiep" aria-current="page">Nông nghiệp<\/a>/s);
        assert.match(res.body, /<h1 class="listing-title">Nông nghiệp<\/h1>/);
        assert.deepEqual(cardHrefs(res.body), [pathOf(s.sections.farming, s.articles[1]), pathOf(s.sections.farming, s.articles[3])]);
        assert.equal(canonicalOf(res.body), 'http://bao.test/kinh-te/nong-nghiep');
      });

      it('redirects a trailing slash and 404s an unknown section', async () => {
        const res = await get(app, '/thoi-su/?trang=2');
        assert.equal(res.statusCode, 301);
        assert.equal(res.headers.location, '/thoi-su?trang=2');
        assertVietnameseErrorPage(await get(app, '/khong-co-chuyen-muc'), 404, /Không tìm thấy trang/);
        assertVietnameseErrorPage(await get(app, '/kinh-te/khong-co'), 404);
      });
    });

    describe('article page', () => {
      let html: string;
      let url: string;
      let headerBefore: string;
      let headerAfter: string;

      before(async () => {
        url = pathOf(s.sections.news, s.model);
        headerBefore = formatHeaderDate(new Date(), t.config.timeZone);
        const res = await get(app, url);
        headerAfter = formatHeaderDate(new Date(), t.config.timeZone);
        assert.equal(res.statusCode, 200);
        html = res.body;
      });

      it('shows the header date line of now in the model page style', () => {
        const line = text(block(html, '<p class="dateline">', '</p>'));
        assert.match(line, HEADER_DATE);
        assert.ok(line === headerBefore || line === headerAfter, `${line} is not now (${headerBefore})`);
      });

      it('shows the section as breadcrumb, the title, its own publish time and the lead', () => {
        const crumb = block(html, '<nav class="breadcrumb"[^>]*>', '</nav>');
        assert.match(crumb, /<a href="\/thoi-su" aria-current="page">Thời sự<\/a>/);
        assert.equal(count(html, /<h1[ >]/), 1);
        assert.equal(text(block(html, '<h1 class="article-title">', '</h1>')), 'Tích cực chuẩn bị Đại hội Đảng bộ các cấp');
        const meta = block(html, '<p class="meta">', '</p>');
        assert.equal(text(meta), "Thứ sáu, 29/11/2019 - 16:14'");
        assert.match(meta, /datetime="2019-11-29T09:14:00.000Z"/);
        assert.match(html, /<p class="lead">Hòa chung không khí trong toàn đảng,/);
      });

      it('shows the featured image responsively with caption and credit', async () => {
        const figure = block(html, '<figure class="featured">', '</figure>');
        const img = /<img [^>]*>/.exec(figure)?.[0] ?? '';
        assert.match(img, / srcset="[^"]*-320\.webp 320w, [^"]*-640\.webp 640w, [^"]*-800\.webp 800w"/);
        assert.match(img, / sizes="[^"]+"/);
        assert.match(img, / width="800"/);
        assert.match(img, / height="500"/);
        assert.match(img, / alt="Ruộng bậc thang"/);
        const caption = text(block(figure, '<figcaption>', '</figcaption>'));
        assert.match(caption, /^Ban Chấp hành Đảng bộ phường Tân Phong triển khai kế hoạch\. Ảnh: Đinh Đông$/);
        const src = /src="([^"]+)"/.exec(img)?.[1] ?? '';
        const media = await get(app, src);
        assert.equal(media.statusCode, 200);
        assert.equal(media.headers['content-type'], 'image/webp');
      });

      it('shows the body with its quote, the byline to the author page, and the tags', async () => {
        const body = block(html, '<div class="article-body">', '</div>');
        assert.match(body, /<p>Xác định rõ công tác chuẩn bị/);
        assert.match(body, /<blockquote><p>Sau khi sáp nhập tổ dân phố, Đảng bộ phường còn 23 chi bộ\.<\/p><cite>Ông Trần Công Khang<\/cite><\/blockquote>/);
        const byline = block(html, '<p class="byline">', '</p>');
        assert.match(byline, /<a href="\/tac-gia\/nguyen-thu-ha" rel="author">Đinh Đông<\/a>/);
        const tags = block(html, '<ul class="tags"[^>]*>', '</ul>');
        assert.match(tags, /<a href="\/chu-de\/dai-hoi-dang">Đại hội Đảng<\/a>/);
        assert.match(tags, /<a href="\/chu-de\/chi-thi-35">Chỉ thị 35<\/a>/);
      });

      it('has the comment block: heading with count, empty state, form', () => {
        const comments = block(html, '<section class="comments" id="binh-luan"[^>]*>', '</section>');
        assert.equal(text(block(comments, '<h2[^>]*>', '</h2>')), 'Bình luận (0)');
        assert.match(comments, /Hiện tại chưa có bình luận/);
        assert.match(comments, /<form [^>]*method="post" action="\/binh-luan"/);
        assert.match(comments, /<h3>Viết bình luận<\/h3>/);
        assert.match(comments, /<textarea [^>]*name="body"/);
      });

      it('lists other articles of the same section with excerpts cut at a word, ended with "..."', () => {
        const related = block(html, '<section class="related"[^>]*>', '</section>');
        const items = [...related.matchAll(/<li><h3><a href="([^"]+)">[^<]*<\/a><\/h3><p class="excerpt">([^<]*)<\/p><\/li>/g)];
        assert.ok(items.length >= 3, 'several related articles');
        for (const [, href, rawExcerpt] of items) {
          assert.ok(href.startsWith('/thoi-su/'), `${href} is another section`);
          assert.ok(!href.endsWith(`-${s.model.id}.html`), 'the article itself is not related to itself');
          const excerpt = decodeEntities(rawExcerpt);
          if (excerpt.startsWith('Trong những năm qua')) {
            assert.ok(excerpt.endsWith('...'), excerpt);
            assert.ok([...excerpt].length <= 200);
            const kept = excerpt.slice(0, -3);
            assert.ok(LONG_LEAD.startsWith(kept), 'a prefix of the lead');
            assert.match(LONG_LEAD.slice(kept.length), /^[ ,.]/, 'cut between words');
          }
        }
        assert.ok(items.some(([, , e]) => e.endsWith('...')));
      });

      it('has canonical link, Open Graph tags and JSON-LD NewsArticle + BreadcrumbList', () => {
        const canonical = `http://bao.test${url}`;
        assert.equal(canonicalOf(html), canonical);
        assert.equal(metaContent(html, 'og:type'), 'article');
        assert.equal(metaContent(html, 'og:title'), 'Tích cực chuẩn bị Đại hội Đảng bộ các cấp');
        assert.equal(metaContent(html, 'og:url'), canonical);
        assert.match(metaContent(html, 'og:image') ?? '', /^http:\/\/bao\.test\/media\/.+\.webp$/);
        assert.ok(metaContent(html, 'og:description'));
        const ld = jsonLdBlocks(html);
        const news = ld.find((d) => d['@type'] === 'NewsArticle');
        const crumbs = ld.find((d) => d['@type'] === 'BreadcrumbList');
        assert.ok(news && crumbs);
        assert.equal(news.headline, 'Tích cực chuẩn bị Đại hội Đảng bộ các cấp');
        assert.equal(news.datePublished, '2019-11-29T16:14:00+07:00');
        assert.equal(news.dateModified, '2020-08-08T18:26:00+07:00');
        assert.equal(news.mainEntityOfPage, canonical);
        assert.deepEqual(
          (crumbs.itemListElement as { name: string; item: string }[]).map((i) => [i.name, i.item]),
          [
            ['Trang chủ', 'http://bao.test/'],
            ['Thời sự', 'http://bao.test/thoi-su'],
          ],
        );
      });

      it('is Vietnamese, loads scripts only from /static and sends the security headers', async () => {
        assert.match(html, /^<!doctype html><html lang="vi">/);
        const res = await get(app, url);
        const csp = res.headers['content-security-policy'] as string;
        const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? csp.split(';').find((d) => d.trim().startsWith('default-src'));
        assert.ok(scriptSrc, csp);
        assert.doesNotMatch(scriptSrc, /unsafe-inline|unsafe-eval|\*/);
        assert.match(csp, /object-src 'none'/);
        assert.match(csp, /frame-ancestors 'none'/);
        assert.equal(res.headers['x-content-type-options'], 'nosniff');
        assert.ok(res.headers['referrer-policy']);
        for (const [, attrs] of html.matchAll(/<script([^>]*)>/g)) assert.match(attrs, /type="application\/ld\+json"|src="\/static\//);
      });

      it('301-redirects a wrong slug or section path to the canonical URL, keeping the query', async () => {
        const id = s.model.id;
        for (const wrong of [
          `/thoi-su/ten-cu-${id}.html`,
          `/kinh-te/${s.model.slug}-${id}.html`,
          `/a/b/c/bat-ky-${id}.html`,
          `/kinh-te/nong-nghiep/x-${id}.html`,
        ]) {
          const res = await get(app, `${wrong}?utm_source=zalo&trang=1`);
          assert.equal(res.statusCode, 301, wrong);
          assert.equal(res.headers.location, `${url}?utm_source=zalo&trang=1`);
          const plain = await get(app, wrong);
          assert.equal(plain.headers.location, url);
        }
      });

      it('answers 404 for draft, future, unpublished and unknown articles', async () => {
        for (const hidden of [s.draft, s.future, s.unpublished]) {
          const res = await get(app, pathOf(s.sections.news, hidden));
          assertVietnameseErrorPage(res, 404, /Bài viết không tồn tại hoặc đã được gỡ/);
          assert.doesNotMatch(res.body, new RegExp(hidden.title));
        }
        assertVietnameseErrorPage(await get(app, '/thoi-su/khong-co-999999.html'), 404);
      });
    });

    describe('tags and authors', () => {
      it("lists a tag's articles under its name", async () => {
        const res = await get(app, '/chu-de/chi-thi-35');
        assert.equal(res.statusCode, 200);
        assert.match(res.body, /<h1 class="listing-title">Chỉ thị 35<\/h1>/);
        assert.deepEqual(cardHrefs(res.body), [pathOf(s.sections.news, s.model)]);
        const shared = await get(app, '/chu-de/dai-hoi-dang');
        assert.equal(cardHrefs(shared.body).length, 5, 'the four fixture articles and the model article');
        assert.equal(canonicalOf(res.body), 'http://bao.test/chu-de/chi-thi-35');
      });

      it("lists an author's articles under their name", async () => {
        const res = await get(app, `/tac-gia/${s.authorSlug}`);
        assert.equal(res.statusCode, 200);
        assert.match(res.body, /<h1 class="listing-title">Nguyễn Thu Hà<\/h1>/);
        const hrefs = cardHrefs(res.body);
        assert.equal(hrefs.length, 5);
        assert.ok(hrefs.includes(pathOf(s.sections.news, s.model)));
        assert.ok(!hrefs.includes(pathOf(s.sections.economy, s.economyOnly)));
      });

      it('reaches tag and author pages whose slugs are longer than 100 characters', async () => {
        const longName = 'Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030';
        const author = await createUser(t.db.kysely, { username: 'dai', displayName: `Nhóm phóng viên ${longName}`, role: 'reporter' });
        const article = await addArticle(t.db.kysely, {
          title: 'Chính sách mới cho vùng cao',
          lead: 'Tóm tắt.',
          bodyHtml: '<p>Nội dung.</p>',
          sectionId: s.sections.news.id,
          status: 'published',
          publishedAt: new Date(Date.now() - 50 * DAY_MS).toISOString(),
          byline: 'Nhóm phóng viên',
          authorId: author.id,
        });
        // A tag this long comes only from an import: the editor stops at LIMITS.tag characters.
        await setArticleTags(t.db.kysely, article.id, [longName]);
        const page = await get(app, pathOf(s.sections.news, article));
        const tagHref = /<a href="(\/chu-de\/[^"]+)"/.exec(page.body)?.[1] ?? '';
        const authorHref = /<a href="(\/tac-gia\/[^"]+)" rel="author"/.exec(page.body)?.[1] ?? '';
        for (const href of [tagHref, authorHref]) {
          assert.ok(href.length > 110, href);
          const res = await get(app, href);
          assert.equal(res.statusCode, 200, href);
          assert.deepEqual(cardHrefs(res.body), [pathOf(s.sections.news, article)]);
        }
        assertVietnameseErrorPage(await get(app, `${tagHref}/them`), 404);
      });

      it('answers 404 for an unknown tag or author', async () => {
        assertVietnameseErrorPage(await get(app, '/chu-de/khong-co-chu-de-nay'), 404, /Không có chủ đề này/);
        assertVietnameseErrorPage(await get(app, '/tac-gia/khong-co-ai'), 404, /Không có tác giả này/);
      });
    });

    describe('errors, health and caching', () => {
      it('answers an unknown URL with a Vietnamese 404 page', async () => {
        for (const path of ['/khong-co-trang-nay', '/mot/hai/ba', '/%E0%A4%A', '/chu-de/', '/wp-login.php']) {
          const res = await get(app, path);
          assert.ok(res.statusCode === 404 || res.statusCode === 400 || res.statusCode === 301, `${path}: ${res.statusCode}`);
          if (res.statusCode !== 301) assertVietnameseErrorPage(res, res.statusCode);
        }
        const res = await get(app, '/khong-co-trang-nay');
        assertVietnameseErrorPage(res, 404, /Không tìm thấy trang/);
        assert.equal(res.headers['cache-control'], 'no-store');
        assert.match(res.body, /<a href="\/">Về trang chủ<\/a>/);
        const post = await app.inject({ method: 'POST', url: '/khong-co-trang-nay', payload: {} });
        assertVietnameseErrorPage(post, 404);
      });

      it('reports /healthz and /readyz', async () => {
        const health = await get(app, '/healthz');
        assert.equal(health.statusCode, 200);
        assert.deepEqual(health.json(), { status: 'ok' });
        const ready = await get(app, '/readyz');
        assert.equal(ready.statusCode, 200);
        assert.deepEqual(ready.json().status, 'ok');
        assert.equal(ready.json().pageCache.state, 'on');
      });

      it('serves /static and /media files with long cache headers', async () => {
        const home = await get(app, '/');
        const cssHref = /<link rel="stylesheet" href="([^"]+)"/.exec(home.body)?.[1] ?? '';
        assert.match(cssHref, /^\/static\/site\.css\?v=[0-9a-f]+$/);
        const css = await get(app, cssHref);
        assert.equal(css.statusCode, 200);
        assert.match(css.headers['content-type'] as string, /^text\/css/);
        assert.match(css.headers['cache-control'] as string, /max-age=31536000/);
        assert.match(css.headers['cache-control'] as string, /immutable/);
        const mediaSrc = /<img [^>]*src="(\/media\/[^"]+)"/.exec(home.body)?.[1] ?? '';
        const media = await get(app, mediaSrc);
        assert.equal(media.statusCode, 200);
        assert.match(media.headers['cache-control'] as string, /max-age=31536000/);
        assert.match(media.headers['cache-control'] as string, /immutable/);
        // Pages themselves stay short-lived so edits show quickly.
        assert.doesNotMatch(home.headers['cache-control'] as string, /max-age=31536000|immutable/);
        assert.equal((await get(app, '/media/ab/khong-co.webp')).statusCode, 404);
      });

      it('loads the search-suggestion script, deferred, on every page with the header search box', async () => {
        const pages = [
          '/',
          `/${s.sections.news.path}`,
          `/${s.sections.farming.path}`,
          pathOf(s.sections.news, s.model),
          '/chu-de/chi-thi-35',
          `/tac-gia/${s.authorSlug}`,
          '/tim-kiem?q=dai+hoi',
          '/khong-co-trang-nay',
        ];
        const scripts = new Set<string>();
        for (const url of pages) {
          const res = await get(app, url);
          assert.match(res.body, /<form class="header-search" action="\/tim-kiem"/, `${url} has the header search box`);
          const tags = [...res.body.matchAll(/<script [^>]*src="[^"]*"[^>]*>/g)].map((m) => m[0]);
          assert.equal(tags.length, 1, `${url} loads one script: ${tags.join(' ')}`);
          // Deferred, never render-blocking; an external file, since the CSP forbids inline script.
          assert.match(tags[0], /^<script src="\/static\/assets\/site\.js\?v=[0-9a-f]{12}" defer>$/, `${url}: ${tags[0]}`);
          scripts.add(/src="([^"]+)"/.exec(tags[0])?.[1] ?? '');
        }
        assert.equal(scripts.size, 1, 'one URL for every page, so the browser caches it once');
        const [src] = scripts;
        const js = await get(app, src);
        assert.equal(js.statusCode, 200);
        assert.match(js.headers['content-type'] as string, /javascript/);
        assert.match(js.headers['cache-control'] as string, /max-age=31536000/);
        assert.match(js.headers['cache-control'] as string, /immutable/);
        assert.match(js.body, /\/api\/v1\/search\/suggest/, 'it is the suggestion script');
      });
    });
  });

  describe(`error page when the database is gone (${dialect})`, () => {
    it('answers 500 in Vietnamese without a stack trace, and /readyz 503', async () => {
      const database = await createTestDatabase(dialect);
      const db = openDatabase(database.url);
      try {
        await migrateToLatest(db);
        const app = await buildApp(testConfig({ databaseUrl: database.url }), { db, logger: false });
        await app.ready();
        await db.close();
        for (const url of ['/', '/thoi-su', '/thoi-su/bai-viet-1.html']) {
          const res = await get(app, url);
          assertVietnameseErrorPage(res, 500, /Đã có lỗi xảy ra/);
          assert.match(res.body, /<script src="\/static\/assets\/site\.js\?v=[0-9a-f]+" defer/, 'the header box keeps its script');
          assert.doesNotMatch(res.body, /destroyed|kysely|sqlite|postgres|node_modules/i);
          assert.equal(res.headers['cache-control'], 'no-store');
        }
        const ready = await get(app, '/readyz');
        assert.equal(ready.statusCode, 503);
        assert.equal((await get(app, '/healthz')).statusCode, 200);
        await app.close();
      } finally {
        await database.drop();
      }
    });
  });
}

describe('page weight on the demo newspaper (sqlite)', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp('sqlite');
    await seedDemo(t.db.kysely, { mediaDir: t.config.mediaDir, timeZone: t.config.timeZone, imageWidth: 400 });
  });
  after(async () => {
    await t?.close();
  });

  it("keeps every article page's HTML + CSS + JS under 60 KB", async (ctx) => {
    const articles = await t.db.kysely
      .selectFrom('articles')
      .innerJoin('sections', 'sections.id', 'articles.section_id')
      .select(['articles.id', 'articles.slug', 'articles.body_html', 'sections.path'])
      .execute();
    assert.ok(articles.length >= 40, 'the demo has at least 40 articles');
    const assetBytes = new Map<string, number>();
    const sizeOf = async (url: string) => {
      const known = assetBytes.get(url);
      if (known !== undefined) return known;
      const res = await get(t.app, url);
      assert.equal(res.statusCode, 200, url);
      assetBytes.set(url, res.rawPayload.length);
      return res.rawPayload.length;
    };
    const longest = articles.reduce((a, b) => (b.body_html.length > a.body_html.length ? b : a));
    let heaviest = { url: '', bytes: 0 };
    for (const a of articles) {
      const url = articlePath(a.path, a.slug, a.id);
      const res = await get(t.app, url);
      assert.equal(res.statusCode, 200, url);
      const css = [...res.body.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
      const js = [...res.body.matchAll(/<script [^>]*src="([^"]+)"/g)].map((m) => m[1]);
      assert.ok(css.length > 0);
      let bytes = res.rawPayload.length;
      for (const asset of [...css, ...js]) bytes += await sizeOf(asset);
      if (a.id === longest.id) assert.ok(bytes < PAGE_BUDGET, `the longest article ${url} weighs ${bytes} bytes`);
      assert.ok(bytes < PAGE_BUDGET, `${url} weighs ${bytes} bytes with CSS and JS`);
      if (bytes > heaviest.bytes) heaviest = { url, bytes };
    }
    const css = await get(t.app, '/static/site.css');
    assert.ok(css.rawPayload.length > 1000, 'the real stylesheet was measured');
    assert.ok(heaviest.bytes > 10 * 1024, `measured real pages (${heaviest.url}: ${heaviest.bytes} bytes)`);
    ctx.diagnostic(`heaviest article page with CSS: ${heaviest.bytes} bytes (${heaviest.url}); budget ${PAGE_BUDGET}`);
  });

  it('renders the home page and every section of the demo', async () => {
    assert.equal((await get(t.app, '/')).statusCode, 200);
    const sections = await t.db.kysely.selectFrom('sections').select('path').execute();
    assert.ok(sections.length >= 6);
    for (const { path } of sections) assert.equal((await get(t.app, `/${path}`)).statusCode, 200, path);
  });
});
