import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { createUser } from '../src/newsroom/users.js';
import { browserAvailable, CHROMIUM_PATH, E2E_PASSWORD, type E2eSite, startSite } from './helpers.js';

/** "Nhập từ Word" in Chromium: a reporter picks a .docx, and its content lands in the editor, cleaned by the paste rules. */

const skip = process.env.SKIP_E2E === '1' ? 'SKIP_E2E=1' : browserAvailable() ? false : `no Chromium at ${CHROMIUM_PATH}`;
const DOCX = fileURLToPath(new URL('../test/fixtures/word/bai-viet.docx', import.meta.url));
const NOT_WORD = fileURLToPath(new URL('../test/fixtures/word/khong-phai-word.docx', import.meta.url));

describe('Nhập từ Word in the article editor', { skip }, () => {
  let site: E2eSite;
  before(async () => {
    site = await startSite({ demo: false });
    await createUser(site.db.kysely, { username: 'phongvien', displayName: 'Phóng viên', role: 'reporter', password: E2E_PASSWORD });
  });
  after(() => site?.close());

  test('a .docx comes into the body with its headings, list, table text and picture; a wrong file gets a message', async () => {
    const { context, page, errors } = await site.open();
    try {
      await page.goto('/admin/dang-nhap');
      await page.fill('#username', 'phongvien');
      await page.fill('#password', E2E_PASSWORD);
      await Promise.all([page.waitForURL((url) => url.pathname !== '/admin/dang-nhap'), page.getByRole('button', { name: 'Đăng nhập' }).click()]);
      await page.goto('/admin/bai-viet/moi');
      await page.locator('.ProseMirror').waitFor();
      const button = page.getByRole('button', { name: 'Nhập từ Word' });
      const status = page.locator('.word-import-status');

      const [wrongChooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
      await wrongChooser.setFiles(NOT_WORD);
      await status.filter({ hasText: 'không phải tài liệu Word' }).waitFor();

      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
      await chooser.setFiles(DOCX);
      await status.filter({ hasText: 'Đã nhập bai-viet.docx (1 ảnh vào thư viện)' }).waitFor();
      const editor = page.locator('.ProseMirror');
      assert.equal(await editor.locator('h2').first().textContent(), 'Nông dân Mường Cang vào vụ');
      assert.equal(await editor.locator('strong').first().textContent(), 'hàng trăm hộ');
      assert.equal(await editor.locator('ul li').count(), 2);
      // The table keeps its rows and cells.
      assert.ok((await editor.locator('table tr').count()) >= 2, 'the table has its rows');
      assert.equal((await editor.locator('table tr').first().locator('td, th').first().textContent())?.trim(), 'Xã');
      assert.match((await editor.locator('table').textContent()) ?? '', /Xã\s*Diện tích \(ha\)\s*Mường Cang\s*120/);
      assert.match((await editor.locator('img').first().getAttribute('src')) ?? '', /^\/media\/[0-9a-f]{2}\/[0-9a-f]{64}-900\.webp$/);
      // The form's textarea follows the editor, so an ordinary save keeps what came in.
      assert.match(await page.locator('#body-html').inputValue(), /Phân bón hữu cơ/);
      assert.match(await page.locator('#body-html').inputValue(), /<table><tbody><tr>/);
      assert.deepEqual(
        errors.filter((e) => !e.includes('400')),
        [],
      );
    } finally {
      await context.close();
    }
  });
});
