import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createSection } from '../src/content/sections.js';
import { addArticle } from '../src/newsroom/articles.js';
import { articlePath } from '../src/content/urls.js';
import type { Article, Section } from '../src/db/schema.js';
import { createUser } from '../src/newsroom/users.js';
import { browserAvailable, CHROMIUM_PATH, E2E_PASSWORD, type E2eSite, type OpenedContext, PHONE, screenshotPath, startSite } from './helpers.js';

/**
 * Comment moderation in Chromium: a reader (no login) comments on an article, an editor approves the
 * comment in the queue, and it is on the article.
 */

const skip = process.env.SKIP_E2E === '1' ? 'SKIP_E2E=1' : false;
const READER = 'Sùng A Dình';
const COMMENT = 'Cảm ơn tòa soạn, mong có thêm bài về cây chè Shan tuyết ở bản tôi.';

function noErrors(opened: OpenedContext, who: string): void {
  assert.deepEqual(opened.errors, [], `${who}: no script errors, CSP violations or failed requests`);
}

describe('comment moderation in Chromium', { skip, timeout: 120_000 }, () => {
  let site: E2eSite;
  let section: Section;
  let article: Article;
  let url: string;

  before(async () => {
    assert.ok(browserAvailable(), `Chromium not found at ${CHROMIUM_PATH}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH`);
    site = await startSite({ demo: false });
    const db = site.db.kysely;
    section = await createSection(db, { name: 'Đời sống', slug: 'doi-song', parentId: null, position: 0 });
    article = await addArticle(db, {
      title: 'Chè Shan tuyết cổ thụ trên đỉnh Tà Xùa',
      lead: 'Những cây chè hàng trăm năm tuổi trên đỉnh Tà Xùa đang mang lại thu nhập cho người Mông.',
      bodyHtml: '<p>Mùa xuân, người dân lên núi hái búp chè.</p>',
      sectionId: section.id,
      status: 'published',
      publishedAt: new Date(Date.now() - 60 * 60 * 1000).toISOString(),
      byline: 'Mai Lò',
      authorId: null,
      featuredImageId: null,
      featuredCaption: '',
      featuredCredit: '',
      tags: [],
    });
    url = articlePath(section.path, article.slug, article.id);
    await createUser(db, { username: 'bientap', displayName: 'Hoàng Văn Sơn', role: 'editor', password: E2E_PASSWORD });
  });

  after(async () => {
    await site?.close();
  });

  test('a reader comments, an editor approves it in the queue, and it is on the article', async () => {
    const reader = await site.open();
    try {
      const { page } = reader;
      await page.goto(url);
      await page.fill('#cf-body', COMMENT);
      await page.fill('#cf-name', READER);
      // The form refuses posts sooner than a person can type (commentMinSeconds is 1 here).
      await page.waitForTimeout(1200);
      await Promise.all([page.waitForURL((u) => u.searchParams.get('binh-luan') === 'cho-duyet'), page.locator('.comment-form button[type="submit"]').click()]);
      assert.equal((await page.locator('.comments .notice').innerText()).trim(), 'Bình luận của bạn đang chờ duyệt');
      assert.equal(await page.getByText(COMMENT).count(), 0, 'not shown before approval');
      noErrors(reader, 'reader');
    } finally {
      await reader.context.close();
    }
    const stored = await site.db.kysely.selectFrom('comments').select(['id', 'status']).where('body', '=', COMMENT).executeTakeFirstOrThrow();
    assert.equal(stored.status, 'pending');

    const editor = await site.open(PHONE);
    try {
      const { page } = editor;
      await page.goto('/admin/binh-luan');
      assert.match(new URL(page.url()).pathname, /^\/admin\/dang-nhap$/, 'the queue asks for a login first');
      await page.fill('#username', 'bientap');
      await page.fill('#password', E2E_PASSWORD);
      await Promise.all([page.waitForURL((u) => u.pathname === '/admin/binh-luan'), page.getByRole('button', { name: 'Đăng nhập' }).click()]);

      const item = page.locator(`#bl-${stored.id}`);
      assert.match(await item.innerText(), new RegExp(COMMENT));
      assert.equal((await item.locator('.mod-name').innerText()).trim(), READER);
      assert.equal(await item.getByRole('link', { name: article.title }).getAttribute('href'), url);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= (PHONE.viewport?.width ?? 0), `the queue fits a phone (content ${width} px wide)`);
      await page.screenshot({ path: screenshotPath('moderation-queue-phone.png'), fullPage: true });

      await Promise.all([
        page.waitForURL((u) => u.searchParams.get('xong') === 'approve'),
        item.getByRole('button', { name: `Duyệt bình luận #${stored.id} của ${READER}` }).click(),
      ]);
      assert.equal((await page.locator('.alert-ok').innerText()).trim(), 'Đã duyệt 1 bình luận.');
      assert.equal(await page.locator(`#bl-${stored.id}`).count(), 0, 'it left the pending queue');
      noErrors(editor, 'editor');
    } finally {
      await editor.context.close();
    }

    const later = await site.open();
    try {
      const { page } = later;
      await page.goto(url);
      const shown = page.locator(`#binh-luan-${stored.id}`);
      assert.equal((await shown.locator('.comment-body').innerText()).trim(), COMMENT);
      assert.equal((await shown.locator('.comment-name').innerText()).trim(), READER);
      assert.equal((await page.locator('#binh-luan-heading .count').innerText()).trim(), '(1)');
      noErrors(later, 'reader after approval');
    } finally {
      await later.context.close();
    }
  });
});
