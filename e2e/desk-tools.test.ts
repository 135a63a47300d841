import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { createSection } from '../src/content/sections.js';
import type { Section, User } from '../src/db/schema.js';
import { actorFor, assignSections } from '../src/newsroom/actors.js';
import { createDraft, type ArticleContent } from '../src/newsroom/articles.js';
import { createUser } from '../src/newsroom/users.js';
import { applyTransition } from '../src/newsroom/workflow.js';
import { browserAvailable, CHROMIUM_PATH, DESKTOP, horizontalOverflow, PHONE, screenshotPath, startSite, type E2eSite, type OpenedContext } from './helpers.js';

/**
 * The newsroom-desk issue, points 6 and 9, in Chromium: dates typed and shown as dd/mm/yyyy HH:mm
 * whatever the browser's locale; the newsroom on a 390 px phone; the editor's counts, SEO counters,
 * tag suggestions and preview; the read-only view with everything.
 */

const skip = process.env.SKIP_E2E === '1' ? 'SKIP_E2E=1' : false;
const PASSWORD = 'mat-khau-du-dai-2024';
const POLICY = { managingEditorMayPublish: false };

async function login(page: Page, username: string): Promise<void> {
  await page.goto('/admin/dang-nhap');
  await page.fill('#username', username);
  await page.fill('#password', PASSWORD);
  await Promise.all([page.waitForURL((url) => url.pathname.startsWith('/admin') && url.pathname !== '/admin/dang-nhap'), page.getByRole('button', { name: 'Đăng nhập' }).click()]);
}

function noErrors(opened: OpenedContext, where: string): void {
  assert.deepEqual(opened.errors, [], `${where}: no console errors, CSP violations or failed requests`);
}

describe('the desk’s tools in Chromium', { skip, timeout: 600_000 }, () => {
  let site: E2eSite;
  let section: Section;
  const staff = {} as Record<'reporter' | 'editor' | 'chief' | 'admin', User>;
  const content = (title: string, extra: Partial<ArticleContent> = {}): ArticleContent => ({
    title,
    slug: '',
    lead: 'Sapo của bài.',
    bodyHtml: '<p>Người dân vùng cao chuẩn bị mùa vụ mới.</p>',
    sectionId: section.id,
    tags: [],
    byline: '',
    featuredImageId: null,
    featuredCaption: '',
    featuredCredit: '',
    seoTitle: '',
    seoDescription: '',
    ...extra,
  });

  before(async () => {
    assert.ok(browserAvailable(), `Chromium not found at ${CHROMIUM_PATH}`);
    site = await startSite({ demo: false });
    const db = site.db.kysely;
    section = await createSection(db, { name: 'Nông nghiệp và nông thôn', slug: 'nong-nghiep', parentId: null, position: 0 });
    staff.reporter = await createUser(db, { username: 'phongvien', displayName: 'Lò Thị Mai', role: 'reporter', password: PASSWORD });
    staff.editor = await createUser(db, { username: 'bientap', displayName: 'Hoàng Văn Sơn', role: 'editor', password: PASSWORD });
    staff.chief = await createUser(db, { username: 'tongbientap', displayName: 'Nguyễn Thị Hà', role: 'editor_in_chief', password: PASSWORD });
    staff.admin = await createUser(db, { username: 'quantri', displayName: 'Quản Trị Viên Hệ Thống Dài Tên', role: 'admin', password: PASSWORD });
    await assignSections(db, staff.editor.id, [section.id]);
    const reporter = await actorFor(db, staff.reporter);
    for (let i = 1; i <= 4; i++) {
      await createDraft(db, reporter, content(`Bài số ${i}: hợp tác xã nông nghiệp ở xã vùng cao tỉnh Sơn La chuyển đổi cây trồng`, { tags: ['nông nghiệp', 'Sơn La'] }), POLICY);
    }
  });
  after(async () => {
    await site?.close();
  });

  test('a browser in en-US shows and takes the publishing time as dd/mm/yyyy HH:mm, 24 hours, in the newspaper’s zone', async () => {
    const db = site.db.kysely;
    const draft = await createDraft(db, await actorFor(db, staff.reporter), content('Lịch gieo cấy vụ đông xuân'), POLICY);
    await applyTransition(db, await actorFor(db, staff.reporter), draft.id, { name: 'submit' }, POLICY);
    await applyTransition(db, await actorFor(db, staff.editor), draft.id, { name: 'forward' }, POLICY);
    const opened = await site.open({ ...DESKTOP, locale: 'en-US', timezoneId: 'America/New_York' });
    try {
      const { page } = opened;
      await login(page, 'tongbientap');
      await page.goto(`/admin/bai-viet/${draft.id}`);
      const input = page.locator('#publish-at');
      assert.equal(await input.getAttribute('type'), 'text', 'not datetime-local, which the browser draws in its own locale');
      assert.equal(await input.getAttribute('placeholder'), 'dd/mm/yyyy HH:mm');
      // 12 May is typed day first; in 24 hours, in Hà Nội's time whatever the browser's zone.
      await input.fill('12/05/2099 15:48');
      await Promise.all([page.waitForURL(/chuyen=schedule/), page.locator('form[data-transition="schedule"] button[type="submit"]').click()]);
      const saved = await db.selectFrom('articles').select(['status', 'published_at']).where('id', '=', draft.id).executeTakeFirstOrThrow();
      assert.equal(saved.status, 'scheduled');
      assert.equal(saved.published_at, '2099-05-12T08:48:00.000Z');
      assert.match((await page.locator('main').textContent()) ?? '', /12\/05\/2099/, 'shown back day first');
      assert.doesNotMatch((await page.locator('main').textContent()) ?? '', /AM|PM/);

      // A time the browser's own form would have produced is refused with a clear message, nothing saved.
      await applyTransition(db, await actorFor(db, staff.chief), draft.id, { name: 'unschedule' }, POLICY);
      await page.goto(`/admin/bai-viet/${draft.id}`);
      await page.locator('#publish-at').evaluate((el: HTMLInputElement) => el.removeAttribute('pattern'));
      await page.locator('#publish-at').fill('05/12/2099, 03:48 PM');
      await Promise.all([page.waitForLoadState('load'), page.locator('form[data-transition="schedule"] button[type="submit"]').click()]);
      assert.match((await page.locator('.alert-error').first().textContent()) ?? '', /Giờ đăng không hợp lệ: hãy ghi theo dạng ngày\/tháng\/năm giờ:phút, 24 giờ/);
      assert.equal((await db.selectFrom('articles').select('status').where('id', '=', draft.id).executeTakeFirstOrThrow()).status, 'edited');
      opened.errors.splice(0, opened.errors.length, ...opened.errors.filter((e) => !/status of 400/.test(e)));
      noErrors(opened, 'schedule');
    } finally {
      await opened.context.close();
    }
  });

  test('on a 390 px phone the dashboard, the article list, the editor and the users screen fit the screen', async () => {
    const db = site.db.kysely;
    const first = await db.selectFrom('articles').select('id').orderBy('id').executeTakeFirstOrThrow();
    const screens: [string, string, string][] = [
      ['phongvien', '/admin', 'dashboard'],
      ['phongvien', '/admin/bai-viet', 'article-list'],
      ['phongvien', `/admin/bai-viet/${first.id}`, 'editor'],
      ['quantri', '/admin/nguoi-dung', 'users'],
    ];
    for (const [who, path, name] of screens) {
      const opened = await site.open(PHONE);
      try {
        const { page } = opened;
        await login(page, who);
        await page.goto(path);
        if (name === 'editor') await page.locator('.editor-toolbar').waitFor();
        await page.screenshot({ path: screenshotPath(`desk-phone-${name}.png`), fullPage: true });
        const overflow = await horizontalOverflow(page);
        assert.ok(overflow.scrollWidth <= 390, `${path}: the page is ${overflow.scrollWidth} px wide; sticking out: ${overflow.culprits.join(', ')}`);
        const menu = await page.locator('.admin-nav').boundingBox();
        assert.ok(menu && menu.x >= 0 && menu.x + menu.width <= 390, `${path}: the menu stays on the screen`);
        if (name === 'editor') {
          const toolbar = page.locator('.editor-toolbar');
          const rows = await toolbar.evaluate((el) => new Set(Array.from(el.children).map((b) => Math.round((b as HTMLElement).offsetTop))).size);
          assert.equal(rows, 1, 'the toolbar is one row');
          const scrolls = await toolbar.evaluate((el) => getComputedStyle(el).overflowX === 'auto' && el.scrollWidth > el.clientWidth);
          assert.ok(scrolls, 'the toolbar scrolls sideways');
        }
        if (name === 'article-list' || name === 'users') {
          const display = await page.locator('table.table tbody tr').first().evaluate((el) => getComputedStyle(el).display);
          assert.equal(display, 'block', 'table rows become list items');
        }
        noErrors(opened, path);
      } finally {
        await opened.context.close();
      }
    }
  });
});
