import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createSection } from '../src/content/sections.js';
import { addArticle } from '../src/newsroom/articles.js';
import { createUser } from '../src/newsroom/users.js';
import { browserAvailable, CHROMIUM_PATH, DESKTOP, E2E_PASSWORD, type E2eSite, login, startSite } from './helpers.js';

/**
 * Issue 12, point 3, as people click it (without JavaScript): a new editor with no section is told
 * who can help; the administrator ticks "Kinh tế" in the section tree; the editor then finds and
 * opens an article of its subsection "Nông nghiệp".
 */

const skip = process.env.SKIP_E2E === '1' ? 'SKIP_E2E=1' : false;

describe('an editor and their sections in Chromium', { skip, timeout: 300_000 }, () => {
  let site: E2eSite;
  let articleId = 0;

  before(async () => {
    assert.ok(browserAvailable(), `Chromium not found at ${CHROMIUM_PATH}`);
    site = await startSite({ demo: false });
    const db = site.db.kysely;
    const economy = await createSection(db, { name: 'Kinh tế', slug: 'kinh-te', parentId: null, position: 0 });
    const farming = await createSection(db, { name: 'Nông nghiệp', slug: 'nong-nghiep', parentId: economy.id, position: 1 });
    await createUser(db, { username: 'quantri', displayName: 'Lê Quản Trị', role: 'admin', password: E2E_PASSWORD });
    await createUser(db, { username: 'bientapmoi', displayName: 'Đào Minh Châu', role: 'editor', password: E2E_PASSWORD });
    const reporter = await createUser(db, { username: 'phongvien', displayName: 'Lò Thị Mai', role: 'reporter', password: E2E_PASSWORD });
    const article = await addArticle(db, {
      title: 'Nông dân Mường Lay trúng mùa lúa',
      lead: '',
      bodyHtml: '<p>Năng suất đạt 6 tấn một héc-ta.</p>',
      sectionId: farming.id,
      status: 'submitted',
      publishedAt: null,
      byline: '',
      authorId: reporter.id,
      tags: [],
    });
    articleId = article.id;
  });
  after(async () => {
    await site?.close();
  });

  test('given "Kinh tế", a new editor works on "Nông nghiệp"', async () => {
    const editor = await site.open({ ...DESKTOP, javaScriptEnabled: false });
    const admin = await site.open({ ...DESKTOP, javaScriptEnabled: false });
    try {
      await login(editor.page, 'bientapmoi');
      assert.match((await editor.page.locator('.no-sections').textContent()) ?? '', /chưa được giao chuyên mục nào[\s\S]*Lê Quản Trị/);

      await login(admin.page, 'quantri');
      await admin.page.goto('/admin/nguoi-dung');
      await Promise.all([
        admin.page.waitForURL(/\/admin\/nguoi-dung\/\d+$/),
        admin.page.locator('tr', { hasText: 'bientapmoi' }).getByRole('link', { name: 'Sửa' }).click(),
      ]);
      // The subsection sits inside its parent's item in the tree.
      assert.equal(await admin.page.locator('.section-tree li:has(> label:has-text("Kinh tế")) .section-tree label:has-text("Nông nghiệp")').count(), 1);
      await admin.page.getByRole('checkbox', { name: 'Kinh tế' }).check();
      await Promise.all([admin.page.waitForLoadState('load'), admin.page.getByRole('button', { name: 'Lưu', exact: true }).click()]);

      await editor.page.goto('/admin');
      assert.equal(await editor.page.locator('.no-sections').count(), 0);
      await Promise.all([
        editor.page.waitForURL(new RegExp(`/admin/bai-viet/${articleId}$`)),
        editor.page.getByRole('link', { name: 'Nông dân Mường Lay trúng mùa lúa' }).first().click(),
      ]);
      assert.equal(await editor.page.locator('#article-form').count(), 1, 'the editor may edit it');
      assert.deepEqual([...editor.errors, ...admin.errors], []);
    } finally {
      await editor.context.close();
      await admin.context.close();
    }
  });
});
