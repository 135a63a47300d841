import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createSection } from '../src/content/sections.js';
import { actorFor, assignSections } from '../src/newsroom/actors.js';
import { createDraft } from '../src/newsroom/articles.js';
import { createUser } from '../src/newsroom/users.js';
import { applyTransition } from '../src/newsroom/workflow.js';
import { browserAvailable, CHROMIUM_PATH, DESKTOP, E2E_PASSWORD, type E2eSite, login, PHONE, screenshotPath, startSite } from './helpers.js';
import { articleContent } from '../test/helpers/content.js';

/**
 * Issue 12, point 7, in Chromium: a returned article's note and next steps sit beside the form on a
 * laptop and under the title on a phone (not 2,700 px down); the reporter learns of the return from
 * the count in the menu and gets to the article from the notification.
 */

const skip = process.env.SKIP_E2E === '1' ? 'SKIP_E2E=1' : false;
const POLICY = { managingEditorMayPublish: false };

describe('the workflow panel and notifications in Chromium', { skip, timeout: 300_000 }, () => {
  let site: E2eSite;
  let articleId = 0;

  before(async () => {
    assert.ok(browserAvailable(), `Chromium not found at ${CHROMIUM_PATH}`);
    site = await startSite({ demo: false });
    const db = site.db.kysely;
    const section = await createSection(db, { name: 'Thời sự', slug: 'thoi-su', parentId: null, position: 0 });
    const reporter = await createUser(db, { username: 'phongvien', displayName: 'Lò Thị Mai', role: 'reporter', password: E2E_PASSWORD });
    const editor = await createUser(db, { username: 'bientap', displayName: 'Hoàng Văn Sơn', role: 'editor', password: E2E_PASSWORD });
    await assignSections(db, editor.id, [section.id]);
    const body = Array.from({ length: 40 }, (_, i) => `<p>Đoạn ${i + 1} của một bài dài về mùa lũ ở vùng cao, kể chuyện người dân dựng lại nhà cửa.</p>`).join(
      '',
    );
    const draft = await createDraft(
      db,
      await actorFor(db, reporter),
      articleContent(section.id, { title: 'Mùa lũ ở Nậm Khắt', lead: 'Người dân dựng lại nhà.', bodyHtml: body, byline: '' }),
      POLICY,
    );
    await applyTransition(db, await actorFor(db, reporter), draft.id, { name: 'submit' }, POLICY);
    await applyTransition(db, await actorFor(db, editor), draft.id, { name: 'return', note: 'Cần thêm số hộ bị ảnh hưởng.' }, POLICY);
    articleId = draft.id;
  });
  after(async () => {
    await site?.close();
  });

  test('the reporter follows the notification to the returned article; the note is in view on a phone and beside the form on a laptop', async () => {
    const phone = await site.open(PHONE);
    try {
      await login(phone.page, 'phongvien');
      assert.equal((await phone.page.locator('.admin-nav a[href="/admin/thong-bao"] .nav-count').textContent())?.trim(), '1');
      // On a phone the count shows on the folded menu's button too.
      assert.equal((await phone.page.locator('.admin-menu-button .nav-count').textContent())?.trim(), '1');
      await phone.page.locator('.admin-menu-button').click();
      await phone.page.locator('.admin-nav a[href="/admin/thong-bao"]').click();
      await Promise.all([
        phone.page.waitForURL(new RegExp(`/admin/bai-viet/${articleId}$`)),
        phone.page.getByRole('link', { name: /đã trả lại bài của bạn/ }).click(),
      ]);
      const note = await phone.page.locator('.workflow .return-note').boundingBox();
      const form = await phone.page.locator('#article-form').boundingBox();
      assert.ok(note && form && note.y < form.y, 'the note comes before the form');
      assert.ok(note.y + note.height < 1400, `the note is near the top (y=${Math.round(note.y)})`);
      assert.match((await phone.page.locator('.workflow .return-note').textContent()) ?? '', /Cần thêm số hộ bị ảnh hưởng/);
      await phone.page.screenshot({ path: screenshotPath('returned-article-phone.png') });
      assert.equal(await phone.page.locator('.admin-nav .nav-count').count(), 0, 'read once opened');
      assert.deepEqual(phone.errors, []);
    } finally {
      await phone.context.close();
    }

    const laptop = await site.open(DESKTOP);
    try {
      await login(laptop.page, 'phongvien');
      await laptop.page.goto(`/admin/bai-viet/${articleId}`);
      const panel = await laptop.page.locator('.workflow').boundingBox();
      const form = await laptop.page.locator('#article-form').boundingBox();
      assert.ok(panel && form && panel.x > form.x + form.width - 1, 'the panel is beside the form');
      assert.ok(panel.y < 400, 'and at the top of the page');
      await laptop.page.screenshot({ path: screenshotPath('returned-article-desktop.png') });
      assert.deepEqual(laptop.errors, []);
    } finally {
      await laptop.context.close();
    }
  });
});
