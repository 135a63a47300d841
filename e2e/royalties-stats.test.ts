import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { createUser } from '../src/newsroom/users.js';
import { browserAvailable, CHROMIUM_PATH, DESKTOP, E2E_PASSWORD, type E2eSite, type OpenedContext, PHONE, screenshotPath, startSite } from './helpers.js';

/**
 * The article's royalty panel (the managing editor proposes, the editor-in-chief decides, without
 * JavaScript too) and the statistics screen's charts, in Chromium over the demo newspaper.
 */

const skip = process.env.SKIP_E2E === '1' ? 'SKIP_E2E=1' : false;

function noErrors(opened: OpenedContext, who: string): void {
  assert.deepEqual(opened.errors, [], `${who}: no script errors, CSP violations or failed requests`);
}

async function login(page: Page, username: string, next: string): Promise<void> {
  await page.goto(next);
  await page.fill('#username', username);
  await page.fill('#password', E2E_PASSWORD);
  await Promise.all([page.waitForURL((u) => u.pathname === new URL(next, 'http://x').pathname), page.getByRole('button', { name: 'Đăng nhập' }).click()]);
}

describe('royalties and statistics in Chromium', { skip, timeout: 180_000 }, () => {
  let site: E2eSite;
  let articleId: number;
  let articleTitle: string;

  before(async () => {
    assert.ok(browserAvailable(), `Chromium not found at ${CHROMIUM_PATH}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH`);
    site = await startSite();
    const db = site.db.kysely;
    await createUser(db, { username: 'thuky', displayName: 'Đặng Thu Kỳ', role: 'managing_editor', password: E2E_PASSWORD });
    await createUser(db, { username: 'tongbientap', displayName: 'Vũ Tổng Biên', role: 'editor_in_chief', password: E2E_PASSWORD });
    await createUser(db, { username: 'bientap', displayName: 'Hoàng Biên Tập', role: 'editor', password: E2E_PASSWORD });
    const article = await db
      .selectFrom('articles')
      .select(['id', 'title'])
      .where('status', '=', 'published')
      .where('author_id', 'is not', null)
      .orderBy('published_at', 'desc')
      .executeTakeFirstOrThrow();
    articleId = article.id;
    articleTitle = article.title;
  });

  after(async () => {
    await site?.close();
  });

  test('the managing editor proposes from the article screen; the editor-in-chief decides, without JavaScript', async () => {
    const managing = await site.open(DESKTOP);
    try {
      const { page } = managing;
      await login(page, 'thuky', `/admin/bai-viet/${articleId}`);
      await Promise.all([
        page.waitForURL((u) => u.pathname.endsWith('/nhuan-but')),
        page.locator('.article-numbers-links').getByRole('link', { name: 'Nhuận bút' }).click(),
      ]);
      assert.match(await page.locator('h1').innerText(), /Nhuận bút/);
      await page.selectOption('#genre', { label: 'Tin (hệ số 1–10)' });
      await page.fill('#coefficient', '2,5');
      // Row 1 starts with the article's author, writing, 100%: split it with a photographer.
      assert.equal(await page.getByLabel('Tỷ lệ phần trăm, dòng 1').inputValue(), '100');
      await page.getByLabel('Tỷ lệ phần trăm, dòng 1').fill('70');
      await page.getByLabel('Người hưởng, dòng 2').selectOption({ label: 'Đặng Thu Kỳ (trong tòa soạn)' });
      await page.getByLabel('Loại đóng góp, dòng 2').selectOption({ label: 'Ảnh' });
      await page.getByLabel('Tỷ lệ phần trăm, dòng 2').fill('30');
      assert.equal(await page.getByRole('button', { name: 'Duyệt nhuận bút' }).count(), 0, 'only the editor-in-chief approves');
      await Promise.all([page.waitForURL((u) => u.searchParams.get('xong') === 'de-xuat'), page.getByRole('button', { name: 'Gửi đề xuất' }).click()]);
      const proposal = page.locator('.royalty-proposed');
      assert.match(await proposal.innerText(), /Đề xuất đang chờ Tổng biên tập/);
      assert.match(await proposal.innerText(), /Đặng Thu Kỳ\s+Ảnh\s+30%/);
      noErrors(managing, 'managing editor');
    } finally {
      await managing.context.close();
    }

    const chief = await site.open({ ...PHONE, javaScriptEnabled: false });
    try {
      const { page } = chief;
      await login(page, 'tongbientap', `/admin/bai-viet/${articleId}/nhuan-but`);
      assert.equal(await page.locator('#coefficient').inputValue(), '2,5', 'the form starts from the proposal');
      await page.fill('#coefficient', '12');
      await page.getByRole('button', { name: 'Duyệt nhuận bút' }).click();
      assert.match(await page.locator('.alert-error').innerText(), /nằm ngoài khung 1–10 của thể loại Tin: cần ghi chú lý do/);
      assert.equal(await page.locator('#coefficient').inputValue(), '12', 'what was typed is kept');
      await page.fill('#note', 'Tin độc quyền, đưa trước các báo khác');
      await Promise.all([page.waitForURL((u) => u.searchParams.get('xong') === 'duyet'), page.getByRole('button', { name: 'Duyệt nhuận bút' }).click()]);
      const approved = page.locator('.royalty-approved');
      assert.match(await approved.innerText(), /Nhuận bút đã duyệt/);
      assert.match(await approved.innerText(), /ngoài khung/);
      assert.equal(await page.locator('.royalty-proposed').count(), 0);
      assert.match(await page.locator('table.audit').innerText(), /Duyệt/);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      await page.screenshot({ path: screenshotPath('royalty-panel-phone.png'), fullPage: true });
      assert.ok(width <= 700, `the panel stays usable on a phone (content ${width} px wide)`);

      // The month's statement lists the article with the total in words.
      await page.goto('/admin/nhuan-but');
      assert.match(await page.locator('main').innerText(), new RegExp(articleTitle.slice(0, 20)));
      assert.match(await page.locator('.royalty-total').innerText(), /Bằng chữ: [A-ZĐÂ].* đồng\)/u);
      // The refused coefficient was meant to answer 400; nothing else may fail.
      const refused = chief.errors.filter((e) => /status of 400 .*\/nhuan-but\)$/.test(e));
      assert.equal(refused.length, 1);
      noErrors({ ...chief, errors: chief.errors.filter((e) => !refused.includes(e)) }, 'editor-in-chief');
    } finally {
      await chief.context.close();
    }
  });

  test('the statistics screen: valid SVG charts with names, tables under them, also without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const editor = await site.open({ ...DESKTOP, javaScriptEnabled });
      try {
        const { page } = editor;
        await login(page, 'bientap', '/admin/thong-ke');
        const charts = await page.evaluate(() =>
          Array.from(document.querySelectorAll('section.chart svg')).map((svg) => {
            const parsed = new DOMParser().parseFromString(svg.outerHTML, 'image/svg+xml');
            const ids = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
            return {
              wellFormed: parsed.getElementsByTagName('parsererror').length === 0,
              role: svg.getAttribute('role'),
              name: ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' | '),
              width: svg.getBoundingClientRect().width,
            };
          }),
        );
        assert.equal(charts.length, 6);
        for (const chart of charts) {
          assert.ok(chart.wellFormed, chart.name);
          assert.equal(chart.role, 'img');
          assert.match(chart.name, /\S+ \| \S+/, 'a title and a description');
          assert.ok(chart.width > 100, 'drawn');
        }
        // The demo paper has daily views: the table under the first chart has 30 days and some views.
        await page.getByText('Bảng số liệu: lượt xem mỗi ngày, 30 ngày').click();
        const rows = page.locator('table[data-chart="luot-xem"] tbody tr');
        assert.equal(await rows.count(), 30);
        assert.ok(await page.locator('table[data-chart="luot-xem"]').isVisible());
        await Promise.all([page.waitForURL((u) => u.searchParams.get('ngay') === '90'), page.getByRole('link', { name: '90 ngày' }).click()]);
        assert.equal(await page.locator('table[data-chart="luot-xem"] tbody tr').count(), 90);
        if (javaScriptEnabled) await page.screenshot({ path: screenshotPath('statistics-desktop.png'), fullPage: true });
        noErrors(editor, `editor, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`);
      } finally {
        await editor.context.close();
      }
    }
  });
});
