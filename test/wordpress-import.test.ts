import assert from 'node:assert/strict';
import { createSection } from '../src/content/sections.js';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { importWordPress, type WordPressReport } from '../src/data/wordpress/import.js';
import type { Db } from '../src/db/connection.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/wordpress/bao-cu.xml', import.meta.url));

/** The copied wp-content/uploads of the fixture's site: one picture, as WordPress keeps it (original and a resized copy). */
async function makeUploads(dir: string): Promise<void> {
  mkdirSync(path.join(dir, '2019/09'), { recursive: true });
  const picture = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: { r: 200, g: 160, b: 40 } } }).jpeg();
  await picture(1600, 1000).toFile(path.join(dir, '2019/09/ruong-bac-thang.jpg'));
  await picture(1024, 640).toFile(path.join(dir, '2019/09/ruong-bac-thang-1024x640.jpg'));
}

/** Every row of the tables an import writes, to compare two databases. */
async function snapshot(db: Db): Promise<string> {
  const k = db.kysely;
  const tables = await Promise.all([
    k.selectFrom('users').select(['id', 'username', 'display_name', 'slug', 'password_hash', 'role']).orderBy('id').execute(),
    k.selectFrom('sections').select(['id', 'path', 'name', 'parent_id']).orderBy('id').execute(),
    k.selectFrom('tags').selectAll().orderBy('id').execute(),
    k
      .selectFrom('articles')
      .select([
        'id',
        'title',
        'slug',
        'status',
        'published_at',
        'created_at',
        'updated_at',
        'section_id',
        'author_id',
        'featured_image_id',
        'lead',
        'body_html',
        'comments_enabled',
      ])
      .orderBy('id')
      .execute(),
    k.selectFrom('article_tags').selectAll().orderBy('article_id').orderBy('tag_id').execute(),
    k.selectFrom('comments').select(['id', 'article_id', 'parent_id', 'name', 'body', 'status', 'created_at']).orderBy('id').execute(),
    k.selectFrom('images').select(['id', 'hash']).orderBy('id').execute(),
    k.selectFrom('redirects').select(['from_path', 'target_kind', 'target_id']).orderBy('from_path').execute(),
    k.selectFrom('import_sources').select(['kind', 'source_id', 'local_id']).orderBy('kind').orderBy('source_id').execute(),
    k.selectFrom('audit_log').select(['article_id', 'action', 'to_status']).orderBy('id').execute(),
  ]);
  return JSON.stringify(tables);
}

for (const dialect of dialects) {
  describe(`WordPress import (${dialect})`, () => {
    let t: TestApp;
    let uploads: string;
    let report: WordPressReport;
    const run = (options: { dryRun?: boolean; pages?: boolean; file?: string } = {}) =>
      importWordPress(t.db.kysely, options.file ?? FIXTURE, { mediaDir: t.config.mediaDir, uploadsDir: uploads, timeZone: 'Asia/Ho_Chi_Minh', ...options });
    const article = (title: string) => t.db.kysely.selectFrom('articles').selectAll().where('title', '=', title).executeTakeFirstOrThrow();

    before(async () => {
      t = await createTestApp(dialect);
      uploads = mkdtempSync(path.join(tmpdir(), 'toasoan-wp-uploads-'));
      await makeUploads(uploads);
    });
    after(async () => {
      await t.close();
      rmSync(uploads, { recursive: true, force: true });
    });

    it('--dry-run reports what would come in and writes nothing', async () => {
      const dry = await run({ dryRun: true });
      assert.equal(dry.dryRun, true);
      assert.equal(dry.imported.articles, 8);
      assert.equal((await t.db.kysely.selectFrom('articles').select('id').execute()).length, 0);
      assert.equal((await t.db.kysely.selectFrom('users').select('id').execute()).length, 0);
      assert.equal(existsSync(t.config.mediaDir) ? readdirSync(t.config.mediaDir).length : 0, 0, 'no image stored');
    });

    it('imports authors, categories (two levels), tags, posts with their statuses, comments and pictures', async () => {
      report = await run();
      assert.deepEqual(report.imported, { users: 2, sections: 5, tags: 2, articles: 8, comments: 2, images: 1, redirects: report.imported.redirects });
      const users = await t.db.kysely.selectFrom('users').selectAll().orderBy('id').execute();
      assert.deepEqual(
        users.map((u) => [u.username, u.display_name, u.role, u.password_hash]),
        [
          ['thuha', 'Nguyễn Thu Hà', 'reporter', null],
          ['quang.minh', 'Lò Quang Minh', 'reporter', null],
        ],
      );
      const sections = await t.db.kysely.selectFrom('sections').select(['path', 'name']).orderBy('path').execute();
      assert.deepEqual(
        sections.map((s) => s.path),
        ['chua-phan-loai', 'kinh-te', 'kinh-te/nong-nghiep', 'tin-tuc', 'van-hoa'],
      );
      assert.equal(sections.find((s) => s.path === 'van-hoa')?.name, 'Văn hóa & Xã hội');
      assert.ok(
        report.notes.some((n) => /Lúa gạo.*cấp 3.*Nông nghiệp/.test(n)),
        'the folded category is reported',
      );

      const main = await article('Mùa lúa chín trên ruộng bậc thang – “vàng” cả thung lũng');
      assert.equal(main.status, 'published');
      assert.equal(main.published_at, '2019-09-15T01:30:00.000Z');
      assert.equal(main.lead, 'Mùa lúa chín ở Mù Cang Chải thu hút hàng nghìn du khách.');
      assert.equal(main.byline, 'Nguyễn Thu Hà');
      assert.ok(main.featured_image_id, 'the featured image, whose attachment comes after the post, is found');
      const status = async (title: string) => (await article(title)).status;
      assert.equal(await status('Bản nháp chưa có ngày'), 'draft');
      assert.equal((await article('Bản nháp chưa có ngày')).created_at, '2020-01-10T02:15:00.000Z', 'local date read in the site time zone');
      assert.equal(await status('Bài chờ duyệt về giá phân bón'), 'submitted');
      assert.equal(await status('Lễ hội sẽ diễn ra tuần tới'), 'scheduled');
      assert.equal(await status('Ghi chú nội bộ'), 'draft');
      assert.equal(await status('Bài có mật khẩu'), 'draft');
      assert.ok(report.notes.some((n) => /riêng tư/.test(n)) && report.notes.some((n) => /mật khẩu/.test(n)) && report.notes.some((n) => /sticky/.test(n)));
      const skipped = report.skipped.map((s) => s.reason);
      for (const reason of ['trong thùng rác', 'trang tĩnh (dùng --pages để nhập)', 'loại nội dung "nav_menu_item"', 'thư rác', 'pingback'])
        assert.ok(skipped.includes(reason), reason);
      assert.equal((await article('Giống lúa mới cho vùng cao')).comments_enabled, 0);

      const tags = await t.db.kysely
        .selectFrom('article_tags')
        .innerJoin('tags', 'tags.id', 'article_tags.tag_id')
        .select('tags.name')
        .where('article_id', '=', main.id)
        .orderBy('position')
        .execute();
      assert.deepEqual(
        tags.map((r) => r.name),
        ['Du lịch', 'Mù Cang Chải'],
      );
      const comments = await t.db.kysely.selectFrom('comments').selectAll().orderBy('id').execute();
      assert.deepEqual(
        comments.map((c) => [c.name, c.status, c.parent_id === comments[0].id]),
        [
          ['Bạn đọc Yên Bái', 'approved', false],
          ['Khách', 'pending', true],
        ],
      );
      assert.equal(comments[0].body, 'Cảnh đẹp quá! Nhất định sẽ đến.');
    });

    it('cleans bodies: caption into a figure, embeds as links, shortcodes and block comments gone, pictures from the library', async () => {
      const body = (await article('Mùa lúa chín trên ruộng bậc thang – “vàng” cả thung lũng')).body_html;
      assert.match(
        body,
        /<figure class="inline-image"><img src="\/media\/[0-9a-f]{2}\/[0-9a-f]{64}-1024\.webp"[^>]*alt="Ruộng bậc thang"[^>]*\/?><figcaption>Ruộng bậc thang mùa lúa chín\. Ảnh: Thu Hà<\/figcaption><\/figure>/,
      );
      assert.match(body, /<a href="https:\/\/www\.youtube\.com\/watch\?v=abc123"[^>]*>/);
      assert.match(body, /<a href="https:\/\/twitter\.com\/baocu\/status\/1"/);
      assert.match(body, /<p>Du khách đến đây đông nhất vào dịp cuối tuần\.<br \/>\nNhiều homestay kín phòng\.<\/p>/);
      assert.match(body, /<p>Thông tin cần biết: mùa lúa kéo dài đến đầu tháng Mười\.<\/p>/, 'an enclosing shortcode keeps its text');
      assert.match(body, /Cuối bài \[1\]\./, 'bracketed text that is no shortcode stays');
      for (const gone of ['[caption', '[gallery', '[embed', '[su_note', 'wp:', '<!--', '<script', 'onclick', '<p></p>', 'wp-content'])
        assert.ok(!body.includes(gone), gone);
      assert.deepEqual(report.droppedShortcodes, { gallery: 1 });
      const second = (await article('Giống lúa mới cho vùng cao')).body_html;
      assert.match(second, /<a href="https:\/\/www\.youtube\.com\/embed\/xyz789"/, 'an iframe embed becomes a link');
      assert.deepEqual(report.missingImages.sort(), ['2021/04/anh-mat.jpg', '2021/04/khong-con.jpg']);
    });

    it('repairs TCVN3 and VNI text and counts it', async () => {
      const repaired = await article('Đại hội đại biểu nông dân xã Mường Cang');
      assert.match(
        repaired.body_html,
        /<p>Sáng nay, hội nghị tổng kết công tác năm của xã diễn ra tại nhà văn hóa\.<\/p>\s*<p>Bà con phấn khởi với vụ mùa bội thu\.<\/p>/,
      );
      const vni = await t.db.kysely.selectFrom('comments').select('body').where('name', '=', 'Khách').executeTakeFirstOrThrow();
      assert.equal(vni.body, 'Đại hội Đảng bộ Việt Nam');
      assert.deepEqual(report.repaired, { objects: 2, byEncoding: { TCVN3: 1, 'VNI-Windows': 1 } });
    });

    it('old addresses answer 301 with the new canonical URL', async () => {
      const main = await article('Mùa lúa chín trên ruộng bậc thang – “vàng” cả thung lũng');
      const canonical = `/kinh-te/nong-nghiep/mua-lua-chin-${main.id}.html`;
      const image = await t.db.kysely.selectFrom('images').selectAll().executeTakeFirstOrThrow();
      const cases: Array<[string, string]> = [
        ['/?p=101', canonical],
        ['/2019/09/mua-lua-chin/', canonical],
        ['/2019/09/mua-lua-chin', canonical],
        ['/category/kinh-te/nong-nghiep/', '/kinh-te/nong-nghiep'],
        ['/category/kinh-te/nong-nghiep/lua-gao/', '/kinh-te/nong-nghiep'],
        ['/category/v%C4%83n-h%C3%B3a/', '/van-hoa'],
        ['/tag/du-lich/', '/chu-de/du-lich'],
        ['/2019/09/mua-lua-chin/ruong-bac-thang/', `/media/${image.hash.slice(0, 2)}/${image.hash}.jpg`],
        ['/?attachment_id=201', `/media/${image.hash.slice(0, 2)}/${image.hash}.jpg`],
        ['/wp-content/uploads/2019/09/ruong-bac-thang-1024x640.jpg', `/media/${image.hash.slice(0, 2)}/${image.hash}.jpg`],
      ];
      for (const [from, to] of cases) {
        const response = await t.app.inject({ method: 'GET', url: from });
        assert.equal(response.statusCode, 301, from);
        assert.equal(response.headers.location, to, from);
      }
      // A later change of slug is followed: redirects name the article, not a frozen URL.
      await t.db.kysely.updateTable('articles').set({ slug: 'lua-chin-vang' }).where('id', '=', main.id).execute();
      const moved = await t.app.inject({ method: 'GET', url: '/?p=101' });
      assert.equal(moved.headers.location, `/kinh-te/nong-nghiep/lua-chin-vang-${main.id}.html`);
      await t.db.kysely.updateTable('articles').set({ slug: 'mua-lua-chin' }).where('id', '=', main.id).execute();
      // Unknown old addresses stay 404s; the home page and the article URL rule are unchanged.
      assert.equal((await t.app.inject({ method: 'GET', url: '/?p=999' })).statusCode, 200);
      // A trailing slash is trimmed only from a section path (no redirect built from other text).
      assert.equal((await t.app.inject({ method: 'GET', url: '/2019/09/khong-co/' })).statusCode, 404);
      assert.equal((await t.app.inject({ method: 'GET', url: '/2019/09/khong-co' })).statusCode, 404);
      assert.equal((await t.app.inject({ method: 'GET', url: canonical })).statusCode, 200);
    });

    it('a second run changes nothing', async () => {
      const before = await snapshot(t.db);
      const files = readdirSync(t.config.mediaDir, { recursive: true }).length;
      const again = await run();
      assert.deepEqual(Object.values(again.imported), [0, 0, 0, 0, 0, 0, 0]);
      // 8 articles, 2 authors, 2 tags, 4 sections (comments of a known article are not visited again).
      assert.equal(again.unchanged, 8 + 2 + 2 + 4);
      const after = JSON.parse(await snapshot(t.db)) as unknown[][];
      const previous = JSON.parse(before) as unknown[][];
      // Compared as booleans: a diff of long bodies would take the assertion minutes to print.
      const changed = after
        .map((rows, i) =>
          JSON.stringify(rows) === JSON.stringify(previous[i])
            ? null
            : { table: i, after: JSON.stringify(rows).slice(0, 3000), before: JSON.stringify(previous[i]).slice(0, 3000) },
        )
        .filter(Boolean);
      if (changed.length) console.error(JSON.stringify(changed, null, 1));
      assert.equal(changed.length, 0, 'a second run changed rows');
      assert.equal(readdirSync(t.config.mediaDir, { recursive: true }).length, files);
    });

    it('--pages brings pages in as well', async () => {
      const withPages = await run({ pages: true });
      assert.equal(withPages.imported.articles, 1);
      const page = await article('Giới thiệu');
      assert.equal((await t.app.inject({ method: 'GET', url: '/gioi-thieu/' })).headers.location, `/chua-phan-loai/gioi-thieu-${page.id}.html`);
    });

    it('Ctrl-C halfway leaves nothing: no rows, no media files', async () => {
      const fresh = await createTestApp(dialect);
      try {
        const controller = new AbortController();
        const options = {
          mediaDir: fresh.config.mediaDir,
          uploadsDir: uploads,
          timeZone: 'Asia/Ho_Chi_Minh',
          signal: controller.signal,
          onProgress: (done: number) => done === 3 && controller.abort(),
        };
        await assert.rejects(importWordPress(fresh.db.kysely, FIXTURE, options), /Ctrl-C/);
        for (const table of ['articles', 'users', 'sections', 'redirects', 'import_sources', 'images'] as const) {
          assert.equal((await fresh.db.kysely.selectFrom(table).selectAll().execute()).length, 0, table);
        }
        const files = existsSync(fresh.config.mediaDir)
          ? readdirSync(fresh.config.mediaDir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile())
          : [];
        assert.deepEqual(files, [], 'the picture stored before the interruption is removed');
      } finally {
        await fresh.close();
      }
    });

    it('a file that is not WXR, or is cut off, is refused and changes nothing', async () => {
      const before = await snapshot(t.db);
      const dir = mkdtempSync(path.join(tmpdir(), 'toasoan-wp-bad-'));
      try {
        const notXml = path.join(dir, 'a.xml');
        writeFileSync(notXml, 'đây không phải XML');
        await assert.rejects(run({ file: notXml }), /WXR/);
        const cut = path.join(dir, 'b.xml');
        const text = readFileSync(FIXTURE, 'utf8');
        writeFileSync(cut, text.slice(0, Math.floor(text.length * 0.7)).replace('<wp:post_id>101', '<wp:post_id>9101'));
        await assert.rejects(run({ file: cut }), /WXR/);
        await assert.rejects(run({ file: path.join(dir, 'khong-co.xml') }), /không tìm thấy/);
        assert.ok((await snapshot(t.db)) === before, 'nothing changed');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

/** A small WXR file of posts in one category, written for one test. */
function wxr(posts: Array<{ id: number; title: string; body: string; excerpt?: string; tags?: string[] }>): string {
  const item = (p: (typeof posts)[number]) => `
  <item>
    <title>${p.title}</title>
    <link>https://thu.example.vn/?p=${p.id}</link>
    <dc:creator><![CDATA[]]></dc:creator>
    <guid isPermaLink="false">https://thu.example.vn/?p=${p.id}</guid>
    <content:encoded><![CDATA[${p.body}]]></content:encoded>
    <excerpt:encoded><![CDATA[${p.excerpt ?? ''}]]></excerpt:encoded>
    <wp:post_id>${p.id}</wp:post_id>
    <wp:post_date><![CDATA[2024-03-01 08:00:00]]></wp:post_date>
    <wp:post_date_gmt><![CDATA[2024-03-01 01:00:00]]></wp:post_date_gmt>
    <wp:post_modified><![CDATA[2024-03-02 09:00:00]]></wp:post_modified>
    <wp:post_modified_gmt><![CDATA[2024-03-02 02:00:00]]></wp:post_modified_gmt>
    <wp:comment_status><![CDATA[closed]]></wp:comment_status>
    <wp:post_name><![CDATA[]]></wp:post_name>
    <wp:status><![CDATA[publish]]></wp:status>
    <wp:post_type><![CDATA[post]]></wp:post_type>
    <category domain="category" nicename="thoi-su"><![CDATA[Thời sự]]></category>
    ${(p.tags ?? []).map((t, i) => `<category domain="post_tag" nicename="the-${i}"><![CDATA[${t}]]></category>`).join('')}
  </item>`;
  return `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Báo thử</title>
  <link>https://thu.example.vn</link>
  <wp:wxr_version>1.2</wp:wxr_version>
  <wp:base_site_url>https://thu.example.vn</wp:base_site_url>
  <wp:category><wp:term_id>1</wp:term_id><wp:category_nicename><![CDATA[thoi-su]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[Thời sự]]></wp:cat_name></wp:category>
  ${posts.map(item).join('')}
</channel>
</rss>`;
}

for (const dialect of dialects) {
  describe(`WordPress import through the newsroom's write path (${dialect})`, () => {
    let t: TestApp;
    let dir: string;
    let report: WordPressReport;
    const db = () => t.db.kysely;

    before(async () => {
      t = await createTestApp(dialect);
      dir = mkdtempSync(path.join(tmpdir(), 'toasoan-wp-policy-'));
    });
    after(async () => {
      await t.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('posts come in checked like an editor save: fitted where they can be, skipped with the reason where not, the rest imported', async () => {
      // The home page is cached before the import: the import must purge it after its commit.
      await t.app.inject({ url: '/' });
      const hits = t.app.pageCache.cache.counters.hits;
      assert.equal((await t.app.inject({ url: '/' })).statusCode, 200);
      assert.equal(t.app.pageCache.cache.counters.hits, hits + 1, 'the home page is answered from the cache');
      // So is a section no imported post goes to: only the menu, where the imported "Thời sự" enters, changes there.
      await createSection(db(), { name: 'Văn hóa', slug: 'van-hoa', parentId: null, position: 9 });
      assert.doesNotMatch((await t.app.inject({ url: '/van-hoa' })).body, /href="\/thoi-su"/);

      const tooManyTags = [
        ...Array.from({ length: 16 }, (_, i) => `Chủ đề ${i + 1}`),
        'Một chủ đề dài quá sáu mươi ký tự thì trình soạn thảo của tòa soạn không nhận đâu',
      ];
      const file = path.join(dir, 'posts.xml');
      writeFileSync(
        file,
        wxr([
          {
            id: 501,
            title: 'Cầu treo bản Xèo thông xe',
            body: '<p>Cây cầu treo nối đôi bờ suối Nậm Khao đã thông xe.</p>',
            excerpt: 'Người dân bản Xèo mừng vui.',
          },
          // Nested deeper than the editor allows: refused before the sanitizer runs.
          { id: 502, title: 'Bài lồng thẻ quá sâu', body: `${'<div>'.repeat(120)}chữ${'</div>'.repeat(120)}` },
          // Under the body limit as written, over it once the sanitizer has escaped every "&".
          { id: 503, title: 'Bài quá dài sau khi làm sạch', body: 'Tôm & cá '.repeat(50_000) },
          { id: 504, title: '', body: '<p>Bài không có tiêu đề.</p>', excerpt: 'Sapo rất dài. '.repeat(120), tags: tooManyTags },
          { id: 505, title: 'Tiêu đề dài '.repeat(30), body: '<p>Bài có tiêu đề quá dài.</p>' },
        ]),
      );
      report = await importWordPress(db(), file, { mediaDir: t.config.mediaDir, timeZone: 'Asia/Ho_Chi_Minh' });

      assert.equal(report.imported.articles, 3);
      const skipped = new Map(report.skipped.map((s) => [s.what.match(/#(\d+)/)?.[1], s.reason]));
      assert.match(skipped.get('502') ?? '', /lồng nhau quá sâu/);
      assert.match(skipped.get('503') ?? '', /Nội dung bài quá dài/);
      const skippedIds = (await db().selectFrom('import_sources').select('source_id').where('kind', '=', 'article').execute()).map((r) => r.source_id);
      assert.deepEqual(skippedIds.sort(), ['501', '504', '505'], 'a skipped post is not remembered: a later run tries it again');

      const untitled = await db().selectFrom('articles').selectAll().where('title', '=', 'Bài viết 504').executeTakeFirstOrThrow();
      assert.equal([...untitled.lead].length, 1500);
      const tags = await db().selectFrom('article_tags').select('tag_id').where('article_id', '=', untitled.id).execute();
      assert.equal(tags.length, 15, 'the first fifteen tags the editor allows');
      assert.ok(report.notes.some((n) => /#504.*cắt bớt.*sapo, thẻ \(giữ 15\/17\)/.test(n)));
      const long = await db().selectFrom('articles').select('title').where('title', 'like', 'Tiêu đề dài%').executeTakeFirstOrThrow();
      assert.equal([...long.title].length, 300 - 1, 'cut at 300 characters, the trailing space trimmed');
      assert.ok(report.notes.some((n) => /#505.*cắt bớt.*tiêu đề/.test(n)));

      const page = await t.app.inject({ url: '/' });
      assert.match(page.body, /Cầu treo bản Xèo thông xe/, 'the cached home page was purged after the import committed');
      assert.match((await t.app.inject({ url: '/van-hoa' })).body, /href="\/thoi-su"/, "the section the import made is in every cached page's menu");
    });

    it('an imported post keeps its WordPress dates and comment switch, is indexed once and found, and has its import audit record', async () => {
      const article = await db().selectFrom('articles').selectAll().where('title', '=', 'Cầu treo bản Xèo thông xe').executeTakeFirstOrThrow();
      assert.equal(article.created_at, '2024-03-01T01:00:00.000Z');
      assert.equal(article.updated_at, '2024-03-02T02:00:00.000Z');
      assert.equal(article.published_at, '2024-03-01T01:00:00.000Z');
      assert.equal(article.comments_enabled, 0);

      const documents = await db().selectFrom('search_documents').select('title').where('article_id', '=', article.id).execute();
      assert.deepEqual(documents, [{ title: 'Cầu treo bản Xèo thông xe' }]);
      const found = await t.app.searchEngine.search('cau treo nam khao');
      assert.deepEqual(
        found.hits.map((h) => h.id),
        [article.id],
      );
      const search = await t.app.inject({ url: '/tim-kiem', query: { q: 'Nậm Khao' } });
      assert.match(search.body, /Cầu treo bản Xèo thông xe/);

      const audit = await db().selectFrom('audit_log').selectAll().where('article_id', '=', article.id).execute();
      assert.deepEqual(
        audit.map((a) => [a.action, a.role, a.user_id, a.from_status, a.to_status, a.note]),
        [['import', 'system', null, null, 'published', 'Nhập từ WordPress (post #501, trạng thái publish)']],
      );
    });
  });
}
