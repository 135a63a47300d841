import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { createSection } from '../src/content/sections.js';
import { articlePath } from '../src/content/urls.js';
import type { Article, Image, Section, User } from '../src/db/schema.js';
import { storeImage } from '../src/media/store.js';
import { actorFor, loadPolicy } from '../src/newsroom/actors.js';
import { createDraft } from '../src/newsroom/articles.js';
import { createUser } from '../src/newsroom/users.js';
import { applyTransition } from '../src/newsroom/workflow.js';
import {
  browserAvailable,
  caretAtEnd,
  CHROMIUM_PATH,
  DESKTOP,
  E2E_PASSWORD,
  type E2eSite,
  horizontalOverflow,
  login,
  type OpenedContext,
  PHONE,
  screenshotPath,
  startSite,
  waitForEditor,
} from './helpers.js';
import { articleContent } from '../test/helpers/content.js';

/**
 * Pictures in the article editor, as a new newsroom walks them (the newsroom-desk issue, points 4
 * and 5): on a new article, one dialog uploads a picture and inserts it, the first autosave creates
 * the draft, and once published the reading site draws the figure with srcset, width and height; a
 * picture found in the library by searching goes in with its text editable for this article only;
 * a picture pasted or dropped into the text goes through the same dialog; the featured picture is
 * picked in the dialog, shows as a thumbnail and is kept by the save; leaving with unsaved changes
 * asks first. Without JavaScript the form keeps the number field and the library's links.
 */

const skip = process.env.SKIP_E2E === '1' ? 'SKIP_E2E=1' : false;
/** The editor autosaves 10 s after the last change; give the save itself room on a slow machine. */
const AUTOSAVE_WAIT_MS = 40_000;

function noErrors(opened: OpenedContext, who: string): void {
  assert.deepEqual(opened.errors, [], `${who}: no script errors, CSP violations or failed requests`);
}

async function photo(seed: number, width: number, height: number, format: 'jpeg' | 'png' = 'jpeg'): Promise<Buffer> {
  const image = sharp({ create: { width, height, channels: 3, background: { r: (seed * 53) % 255, g: 120, b: (seed * 29) % 255 } } });
  return format === 'png' ? image.png().toBuffer() : image.jpeg({ quality: 85 }).toBuffer();
}

function bodyValue(page: Page): Promise<string> {
  return page.locator('#body-html').evaluate((el: HTMLTextAreaElement) => el.value);
}

function pictureDialog(page: Page, name: string): Locator {
  return page.getByRole('dialog', { name });
}

/** Waits until the picture (an <img>) has loaded and has pixels. */
async function loaded(img: Locator): Promise<boolean> {
  await img.evaluate((el: HTMLImageElement) => (el.complete ? null : new Promise((resolve) => el.addEventListener('load', resolve, { once: true }))));
  return img.evaluate((el: HTMLImageElement) => el.naturalWidth > 0);
}

describe('pictures in the article editor, in Chromium', { skip, timeout: 400_000 }, () => {
  let site: E2eSite;
  let section: Section;
  let reporter: User;
  let chief: User;
  let clouds: Image;

  const db = () => site.db.kysely;
  const fetchArticle = (id: number): Promise<Article> => db().selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  async function draftWith(title: string, bodyHtml = '<p>Đoạn đầu.</p>'): Promise<Article> {
    const content = articleContent(section.id, { title, lead: '', bodyHtml, byline: '' });
    return createDraft(db(), await actorFor(db(), reporter), content, await loadPolicy(db()));
  }

  before(async () => {
    assert.ok(browserAvailable(), `Chromium not found at ${CHROMIUM_PATH}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH`);
    site = await startSite({ demo: false });
    section = await createSection(db(), { name: 'Du lịch', slug: 'du-lich', parentId: null, position: 0 });
    reporter = await createUser(db(), { username: 'phongvien', displayName: 'Lò Thị Mai', role: 'reporter', password: E2E_PASSWORD });
    chief = await createUser(db(), { username: 'tongbientap', displayName: 'Nguyễn Quốc Hùng', role: 'editor_in_chief', password: E2E_PASSWORD });
    clouds = await storeImage(db(), site.config.mediaDir, await photo(3, 1500, 1000), {
      originalName: 'may.jpg',
      alt: 'Biển mây Tà Xùa',
      caption: 'Biển mây lúc bình minh',
      credit: 'Ảnh: Thu Hà',
      uploadedBy: reporter.id,
    });
    await storeImage(db(), site.config.mediaDir, await photo(4, 900, 600), {
      originalName: 'cho.jpg',
      alt: 'Chợ phiên Bắc Hà',
      caption: '',
      credit: '',
      uploadedBy: reporter.id,
    });
  });

  after(async () => {
    await site?.close();
  });

  test('a new article: upload and insert in one dialog, the first autosave creates the draft, the reading site draws the figure', async () => {
    const opened = await site.open(DESKTOP);
    const { page } = opened;
    let articleId = 0;
    try {
      await login(page, 'phongvien');
      await page.goto('/admin/bai-viet/moi');
      await waitForEditor(page);
      await page.fill('#f-title', 'Săn mây trên đỉnh Tà Xùa');
      await page.selectOption('#f-section-id', { label: 'Du lịch' });
      await page.locator('.editor-content').click();
      await page.keyboard.type('Sáng sớm, mây phủ kín thung lũng.');

      const toolbar = page.getByRole('toolbar', { name: 'Định dạng nội dung bài' });
      await toolbar.getByRole('button', { name: 'Ảnh', exact: true }).click();
      const dialog = pictureDialog(page, 'Chèn ảnh vào bài');
      await dialog.waitFor();
      // Focus goes into the dialog, to the search; the library shows the newest pictures first.
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('type')), 'search');
      await dialog.locator('.media-dialog-item').first().waitFor();
      assert.equal(await dialog.getByRole('status').first().textContent(), '2 ảnh, mới nhất trước.');

      await dialog
        .getByLabel('Tệp ảnh (JPEG, PNG, WebP hoặc GIF, tối đa 20 MB)')
        .setInputFiles({ name: 'deo-khau-pha.jpg', mimeType: 'image/jpeg', buffer: await photo(5, 1400, 800) });
      const upload = dialog.getByRole('region', { name: 'Tải ảnh mới lên' });
      // Nothing is sent without the alt text.
      await upload.getByRole('button', { name: 'Tải lên và chèn' }).click();
      await upload.getByText('Cần có mô tả ảnh cho người đọc không nhìn thấy ảnh.').waitFor();
      await upload.getByLabel('Mô tả ảnh (alt, bắt buộc)').fill('Đèo Khau Phạ trong mây');
      await upload.getByLabel('Chú thích').fill('Đèo Khau Phạ, một trong tứ đại đỉnh đèo.');
      await upload.getByLabel('Nguồn ảnh').fill('Ảnh: Lò Mai');
      await page.screenshot({ path: screenshotPath('editor-picture-dialog-upload.png') });
      await upload.getByRole('button', { name: 'Tải lên và chèn' }).click();
      await dialog.waitFor({ state: 'detached' });

      const figure = page.locator('.editor-content figure.inline-image');
      await figure.locator('img').waitFor();
      const image = await db().selectFrom('images').selectAll().where('alt', '=', 'Đèo Khau Phạ trong mây').executeTakeFirstOrThrow();
      assert.equal(await figure.locator('img').getAttribute('data-media-id'), String(image.id));
      assert.ok(await loaded(figure.locator('img')), 'the editor shows the picture');
      assert.equal((await figure.locator('figcaption').textContent())?.trim(), 'Đèo Khau Phạ, một trong tứ đại đỉnh đèo. Ảnh: Lò Mai');
      assert.match(await bodyValue(page), new RegExp(`<img src="[^"]+" alt="Đèo Khau Phạ trong mây" width="1400" height="800" data-media-id="${image.id}"`));

      // No save by hand: the first autosave creates the draft, and the page becomes its page.
      await page.waitForURL(/\/admin\/bai-viet\/\d+$/, { timeout: AUTOSAVE_WAIT_MS });
      await page.locator('#autosave-status[data-state="saved"]').waitFor();
      articleId = Number(/\/admin\/bai-viet\/(\d+)$/.exec(page.url())?.[1]);
      const draft = await fetchArticle(articleId);
      assert.equal(draft.status, 'draft');
      assert.match(draft.body_html, new RegExp(`data-media-id="${image.id}"`));
      assert.equal(await page.getByRole('button', { name: 'Tạo bản nháp' }).count(), 0, 'the form now saves the draft');

      // The next save goes to the same draft.
      await page.locator('.editor-content p').first().click();
      await page.keyboard.press('End');
      await page.keyboard.type(' Du khách đến từ rất sớm.');
      await Promise.all([page.waitForURL(new RegExp(`/admin/bai-viet/${articleId}\\?luu=1$`)), page.getByRole('button', { name: 'Lưu', exact: true }).click()]);
      assert.match((await fetchArticle(articleId)).body_html, /Du khách đến từ rất sớm\./);
      assert.equal((await db().selectFrom('articles').select('id').execute()).length, 1, 'one article, not two');
      noErrors(opened, 'reporter');
    } finally {
      await opened.context.close();
    }

    const policy = await loadPolicy(db());
    await applyTransition(db(), await actorFor(db(), reporter), articleId, { name: 'submit' }, policy);
    await applyTransition(db(), await actorFor(db(), chief), articleId, { name: 'forward' }, policy);
    const published = await applyTransition(db(), await actorFor(db(), chief), articleId, { name: 'publish' }, policy);

    const reader = await site.open(DESKTOP);
    try {
      await reader.page.goto(articlePath(section.path, published.slug, published.id));
      const img = reader.page.locator('.article-body figure.inline-image img');
      assert.equal(await img.getAttribute('alt'), 'Đèo Khau Phạ trong mây');
      assert.equal(await img.getAttribute('width'), '1400');
      assert.equal(await img.getAttribute('height'), '800');
      assert.match((await img.getAttribute('srcset')) ?? '', /-320\.webp 320w, .*-640\.webp 640w, .*-1024\.webp 1024w, .*-1400\.webp 1400w$/);
      assert.equal(await img.getAttribute('sizes'), '(min-width: 760px) 720px, 100vw');
      assert.ok(await loaded(img), 'the reader gets the picture');
      assert.equal(
        (await reader.page.locator('.article-body figure.inline-image figcaption').textContent())?.trim(),
        'Đèo Khau Phạ, một trong tứ đại đỉnh đèo. Ảnh: Lò Mai',
      );
      await reader.page.locator('.article-body figure.inline-image').screenshot({ path: screenshotPath('editor-picture-on-article.png') });
      noErrors(reader, 'reader');
    } finally {
      await reader.context.close();
    }
  });

  test('a picture found in the library by searching, chosen by keyboard; its text is edited for this article only', async () => {
    const draft = await draftWith('Mây về Tà Xùa');
    const opened = await site.open(DESKTOP);
    const { page } = opened;
    try {
      await login(page, 'phongvien');
      await page.goto(`/admin/bai-viet/${draft.id}`);
      await waitForEditor(page);
      await page.locator('.editor-content p').first().click();
      await page.keyboard.press('End');
      await page.getByRole('toolbar', { name: 'Định dạng nội dung bài' }).getByRole('button', { name: 'Ảnh', exact: true }).click();
      const dialog = pictureDialog(page, 'Chèn ảnh vào bài');
      await dialog.waitFor();
      await page.keyboard.type('bien may');
      await dialog.getByRole('status').first().filter({ hasText: 'Tìm thấy 1 ảnh.' }).waitFor();
      assert.equal(await dialog.locator('.media-dialog-item').count(), 1);
      // Tab reaches the results (one Tab stop), Enter chooses.
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-image-id')), String(clouds.id));
      await page.keyboard.press('Enter');
      const chosen = dialog.getByRole('region', { name: 'Ảnh đã chọn' });
      await chosen.waitFor();
      await chosen.getByText('Sửa ở đây chỉ thay đổi ảnh trong bài này; thông tin ảnh trong thư viện giữ nguyên.', { exact: false }).waitFor();
      const alt = chosen.getByLabel('Mô tả ảnh (alt, bắt buộc)');
      assert.equal(await alt.inputValue(), 'Biển mây Tà Xùa', 'the library’s alt text');
      assert.equal(await page.evaluate(() => document.activeElement?.id.endsWith('-alt')), true, 'focus on the alt text');
      assert.equal(await chosen.getByLabel('Chú thích').inputValue(), 'Biển mây lúc bình minh');
      assert.equal(await chosen.getByLabel('Nguồn ảnh').inputValue(), 'Ảnh: Thu Hà');
      await chosen.getByLabel('Chú thích').fill('Mây tràn qua bản Tà Xùa sáng nay.');
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      const figure = page.locator('.editor-content figure.inline-image');
      assert.equal(await figure.locator('img').getAttribute('data-media-id'), String(clouds.id));
      assert.equal((await figure.locator('figcaption').textContent())?.trim(), 'Mây tràn qua bản Tà Xùa sáng nay. Ảnh: Thu Hà');

      // Double-click: the figure's text, for this article only.
      await figure.dblclick();
      const edit = pictureDialog(page, 'Sửa ảnh trong bài');
      await edit.waitFor();
      assert.match((await edit.getAttribute('aria-describedby')) ?? '', /description/);
      await edit.getByText('Chỉ thay đổi ảnh trong bài này; mô tả, chú thích và nguồn của ảnh trong thư viện giữ nguyên.').waitFor();
      await edit.getByLabel('Mô tả ảnh cho người không xem được (bắt buộc)').fill('Mây trắng phủ bản Tà Xùa');
      await edit.getByRole('button', { name: 'Đồng ý' }).click();
      await page.waitForFunction(() => document.querySelector('.editor-content figure img')?.getAttribute('alt') === 'Mây trắng phủ bản Tà Xùa');
      await Promise.all([page.waitForURL(/\?luu=1$/), page.getByRole('button', { name: 'Lưu', exact: true }).click()]);
      const saved = await fetchArticle(draft.id);
      assert.match(saved.body_html, new RegExp(`alt="Mây trắng phủ bản Tà Xùa" [^>]*data-media-id="${clouds.id}"`));
      const library = await db().selectFrom('images').selectAll().where('id', '=', clouds.id).executeTakeFirstOrThrow();
      assert.deepEqual([library.alt, library.caption], ['Biển mây Tà Xùa', 'Biển mây lúc bình minh'], 'the library keeps its own text');

      // Esc closes the dialog, and focus goes back to where it was.
      await page.locator('.editor-content p').first().click();
      await page.getByRole('toolbar', { name: 'Định dạng nội dung bài' }).getByRole('button', { name: 'Ảnh', exact: true }).click();
      await pictureDialog(page, 'Chèn ảnh vào bài').waitFor();
      await page.keyboard.press('Escape');
      await pictureDialog(page, 'Chèn ảnh vào bài').waitFor({ state: 'detached' });
      assert.equal(await page.evaluate(() => document.activeElement?.closest('.editor') !== null), true);
      noErrors(opened, 'reporter');
    } finally {
      await opened.context.close();
    }
  });

  test('on a phone the dialog fits the screen and picks with a tap', async () => {
    const draft = await draftWith('Ảnh trên điện thoại');
    const opened = await site.open(PHONE);
    const { page } = opened;
    try {
      await login(page, 'phongvien');
      await page.goto(`/admin/bai-viet/${draft.id}`);
      await waitForEditor(page);
      await page.locator('.editor-content p').first().tap();
      await page.getByRole('toolbar', { name: 'Định dạng nội dung bài' }).getByRole('button', { name: 'Ảnh', exact: true }).tap();
      const dialog = pictureDialog(page, 'Chèn ảnh vào bài');
      await dialog.locator('.media-dialog-item').first().waitFor();
      const box = await dialog.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 390, `the dialog is within the screen: ${JSON.stringify(box)}`);
      assert.deepEqual((await horizontalOverflow(page)).culprits, []);
      await page.screenshot({ path: screenshotPath('editor-picture-dialog-phone.png') });
      await dialog.getByRole('button', { name: 'Biển mây Tà Xùa' }).tap();
      await dialog.getByRole('button', { name: 'Chèn vào bài' }).tap();
      await page.locator(`.editor-content figure img[data-media-id="${clouds.id}"]`).waitFor();
      noErrors(opened, 'reporter on a phone');
    } finally {
      await opened.context.close();
    }
  });

  test('a refused upload says why in the dialog, and nothing goes into the text', async () => {
    const draft = await draftWith('Tệp hỏng');
    const opened = await site.open(DESKTOP);
    const { page } = opened;
    try {
      await login(page, 'phongvien');
      await page.goto(`/admin/bai-viet/${draft.id}`);
      await waitForEditor(page);
      await page.locator('.editor-content p').first().click();
      await page.getByRole('toolbar', { name: 'Định dạng nội dung bài' }).getByRole('button', { name: 'Ảnh', exact: true }).click();
      const dialog = pictureDialog(page, 'Chèn ảnh vào bài');
      const upload = dialog.getByRole('region', { name: 'Tải ảnh mới lên' });
      // Looks like a JPEG to the browser; the server reads the bytes.
      await upload
        .getByLabel('Tệp ảnh (JPEG, PNG, WebP hoặc GIF, tối đa 20 MB)')
        .setInputFiles({ name: 'bien-ban.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('Biên bản họp, không phải ảnh.\n'.repeat(40)) });
      await upload.getByLabel('Mô tả ảnh (alt, bắt buộc)').fill('Biên bản');
      await upload.getByRole('button', { name: 'Tải lên và chèn' }).click();
      await upload.getByRole('alert').filter({ hasText: 'Không tải lên được: Tệp không phải ảnh JPEG, PNG, WebP hoặc GIF.' }).waitFor();
      // A file the browser can tell is not a picture is refused before anything is sent.
      await upload
        .getByLabel('Tệp ảnh (JPEG, PNG, WebP hoặc GIF, tối đa 20 MB)')
        .setInputFiles({ name: 'ghi-chu.txt', mimeType: 'text/plain', buffer: Buffer.from('ghi chú') });
      await upload.getByRole('alert').filter({ hasText: 'Chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF. Hãy chọn ảnh khác.' }).waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      assert.equal(await page.locator('.editor-content figure').count(), 0);
      assert.equal((await db().selectFrom('images').select('id').where('alt', '=', 'Biên bản').execute()).length, 0);
      const refused = /status of 400 \(Bad Request\) \(http:\/\/127\.0\.0\.1:\d+\/admin\/anh\)$/;
      assert.deepEqual(
        opened.errors.filter((e) => !refused.test(e)),
        [],
        'reporter: only the refused upload',
      );
    } finally {
      await opened.context.close();
    }
  });

  test('a picture pasted or dropped into the text goes in through the same dialog', async () => {
    const draft = await draftWith('Ảnh dán vào bài', '<p>Đoạn một.</p><p>Đoạn hai.</p>');
    const opened = await site.open(DESKTOP);
    const { page } = opened;
    try {
      await login(page, 'phongvien');
      await page.goto(`/admin/bai-viet/${draft.id}`);
      await waitForEditor(page);
      await caretAtEnd(page.locator('.editor-content p').first());

      const send = (kind: 'paste' | 'drop', name: string, base64: string) =>
        page.evaluate(
          ({ kind, name, base64 }) => {
            const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
            const data = new DataTransfer();
            data.items.add(new File([bytes], name, { type: 'image/png' }));
            const surface = document.querySelector('.editor-content') as HTMLElement;
            const last = surface.querySelector('p:last-child') as HTMLElement;
            const box = last.getBoundingClientRect();
            const event =
              kind === 'paste'
                ? new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
                : new DragEvent('drop', { dataTransfer: data, clientX: box.right - 2, clientY: box.top + box.height / 2, bubbles: true, cancelable: true });
            surface.dispatchEvent(event);
          },
          { kind, name, base64 },
        );

      await send('paste', 'anh-chup-man-hinh.png', (await photo(6, 800, 500, 'png')).toString('base64'));
      let dialog = pictureDialog(page, 'Chèn ảnh vào bài');
      await dialog.getByText('Tệp đã chọn: anh-chup-man-hinh.png', { exact: false }).waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.id.endsWith('-up-alt')), true, 'focus on the alt text the library needs');
      await page.keyboard.type('Bản đồ đường lên Tà Xùa');
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      await page.locator('.editor-content figure.inline-image img[alt="Bản đồ đường lên Tà Xùa"]').waitFor();

      await send('drop', 'keo-tha.png', (await photo(7, 700, 400, 'png')).toString('base64'));
      dialog = pictureDialog(page, 'Chèn ảnh vào bài');
      await dialog.getByText('Tệp đã chọn: keo-tha.png', { exact: false }).waitFor();
      const upload = dialog.getByRole('region', { name: 'Tải ảnh mới lên' });
      await upload.getByLabel('Mô tả ảnh (alt, bắt buộc)').fill('Ảnh kéo thả vào bài');
      await upload.getByRole('button', { name: 'Tải lên và chèn' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.locator('.editor-content figure.inline-image img[alt="Ảnh kéo thả vào bài"]').waitFor();
      // The pasted picture where the cursor was, the dropped one where the mouse let go.
      const order = await page
        .locator('.editor-content > *')
        .evaluateAll((nodes) => nodes.map((n) => (n.tagName === 'FIGURE' ? n.querySelector('img')?.alt : n.textContent)));
      assert.deepEqual(order.filter(Boolean), ['Đoạn một.', 'Bản đồ đường lên Tà Xùa', 'Đoạn hai.', 'Ảnh kéo thả vào bài'], JSON.stringify(order));
      const ids = await page.locator('.editor-content figure img').evaluateAll((imgs) => imgs.map((img) => img.getAttribute('data-media-id')));
      assert.ok(
        ids.every((id) => id && /^\d+$/.test(id)),
        'both are library pictures',
      );
      noErrors(opened, 'reporter');
    } finally {
      await opened.context.close();
    }
  });

  test('the featured picture: picked in the dialog, shown as a thumbnail, kept by the save; leaving unsaved asks first', async () => {
    const draft = await draftWith('Ảnh đại diện cho bài Tà Xùa');
    const opened = await site.open(DESKTOP);
    const { page } = opened;
    try {
      await login(page, 'phongvien');
      await page.goto(`/admin/bai-viet/${draft.id}`);
      await waitForEditor(page);
      const fieldset = page.getByRole('group', { name: 'Ảnh đại diện' });
      assert.equal(await fieldset.getByText('Chưa chọn ảnh đại diện.').count(), 1);
      assert.equal(
        await fieldset.getByRole('link', { name: 'Chọn ảnh đại diện từ thư viện' }).isVisible(),
        false,
        'the dialog replaces the link that left the form',
      );
      await fieldset.getByRole('button', { name: 'Chọn ảnh đại diện…' }).click();
      const dialog = pictureDialog(page, 'Chọn ảnh đại diện');
      await dialog.waitFor();
      await dialog.getByLabel('Tìm ảnh theo mô tả, chú thích hoặc tên tệp').fill('bien may ta xua');
      await dialog.getByRole('status').first().filter({ hasText: 'Tìm thấy 1 ảnh.' }).waitFor();
      await dialog.getByRole('button', { name: 'Biển mây Tà Xùa' }).click();
      await dialog.waitFor({ state: 'detached' });

      const thumb = fieldset.locator('[data-featured-preview] img');
      assert.equal(await thumb.getAttribute('alt'), 'Biển mây Tà Xùa');
      assert.ok(await loaded(thumb), 'the thumbnail shows');
      await fieldset.getByText(`Ảnh #${clouds.id}: Biển mây Tà Xùa`).waitFor();
      assert.equal(await page.inputValue('#f-featured-image-id'), String(clouds.id));
      assert.equal(await page.inputValue('#f-featured-caption'), 'Biển mây lúc bình minh', 'the picture’s caption fills the empty field');
      assert.equal(await page.inputValue('#f-featured-credit'), 'Ảnh: Thu Hà');
      await page.screenshot({ path: screenshotPath('editor-featured-thumbnail.png'), fullPage: true });

      // Leaving now, by a link of the newsroom's menu, asks first; staying keeps the pick.
      const asked = new Promise<string>((resolve) =>
        page.once('dialog', (question) => {
          resolve(question.type());
          void question.dismiss();
        }),
      );
      await page.getByRole('navigation', { name: 'Tòa soạn' }).getByRole('link', { name: 'Bài viết', exact: true }).click();
      assert.equal(await asked, 'beforeunload');
      assert.match(page.url(), new RegExp(`/admin/bai-viet/${draft.id}$`));
      assert.equal(await page.inputValue('#f-featured-image-id'), String(clouds.id));

      await Promise.all([page.waitForURL(/\?luu=1$/), page.getByRole('button', { name: 'Lưu', exact: true }).click()]);
      assert.equal((await fetchArticle(draft.id)).featured_image_id, clouds.id);
      assert.equal(await fieldset.locator('[data-featured-preview] img').getAttribute('alt'), 'Biển mây Tà Xùa', 'the thumbnail after the save');
      // Saved: leaving asks nothing.
      await Promise.all([
        page.waitForURL(/\/admin\/bai-viet$/),
        page.getByRole('navigation', { name: 'Tòa soạn' }).getByRole('link', { name: 'Bài viết', exact: true }).click(),
      ]);

      // Typing and closing the tab asks too (the browser's own question).
      await page.goto(`/admin/bai-viet/${draft.id}`);
      await waitForEditor(page);
      await page.fill('#f-title', 'Ảnh đại diện cho bài Tà Xùa (sửa)');
      noErrors(opened, 'reporter');
      const closing = new Promise<string>((resolve) =>
        page.once('dialog', (question) => {
          resolve(question.type());
          void question.accept();
        }),
      );
      await page.close({ runBeforeUnload: true });
      assert.equal(await closing, 'beforeunload');
    } finally {
      await opened.context.close();
    }
  });

  test('a pick made on the library’s own page comes back as an unsaved change: autosaved, and leaving before asks', async () => {
    const draft = await draftWith('Chọn ảnh từ trang thư viện');
    const opened = await site.open(DESKTOP);
    const { page } = opened;
    try {
      await login(page, 'phongvien');
      await page.goto(`/admin/anh?chon=anh-dai-dien&bai=${draft.id}`);
      await Promise.all([
        page.waitForURL(new RegExp(`/admin/bai-viet/${draft.id}\\?anh=${clouds.id}$`)),
        page.locator(`.media-item[data-image-id="${clouds.id}"]`).getByRole('link', { name: 'Chọn làm ảnh đại diện' }).click(),
      ]);
      await waitForEditor(page);
      await page.getByRole('group', { name: 'Ảnh đại diện' }).locator('[data-featured-preview] img[alt="Biển mây Tà Xùa"]').waitFor();
      // Leaving at once asks; staying, the autosave keeps the pick.
      await page.locator('.editor-content').click();
      const asked = new Promise<string>((resolve) =>
        page.once('dialog', (question) => {
          resolve(question.type());
          void question.dismiss();
        }),
      );
      await page.getByRole('navigation', { name: 'Tòa soạn' }).getByRole('link', { name: 'Bài viết', exact: true }).click();
      assert.equal(await asked, 'beforeunload');
      await page.locator('#autosave-status[data-state="saved"]').waitFor({ timeout: AUTOSAVE_WAIT_MS });
      assert.equal((await fetchArticle(draft.id)).featured_image_id, clouds.id);
      noErrors(opened, 'reporter');
    } finally {
      await opened.context.close();
    }
  });

  test('without JavaScript the featured picture is a number and the library’s links, and the thumbnail shows after saving', async () => {
    const draft = await draftWith('Không có JavaScript');
    const opened = await site.open({ ...DESKTOP, javaScriptEnabled: false });
    const { page } = opened;
    try {
      await login(page, 'phongvien');
      await page.goto(`/admin/bai-viet/${draft.id}`);
      const fieldset = page.getByRole('group', { name: 'Ảnh đại diện' });
      assert.equal(await fieldset.getByRole('button', { name: 'Chọn ảnh đại diện…' }).isVisible(), false);
      await Promise.all([page.waitForURL(/\/admin\/anh\?chon=anh-dai-dien/), fieldset.getByRole('link', { name: 'Chọn ảnh đại diện từ thư viện' }).click()]);
      await Promise.all([
        page.waitForURL(new RegExp(`/admin/bai-viet/${draft.id}\\?anh=${clouds.id}$`)),
        page.locator(`.media-item[data-image-id="${clouds.id}"]`).getByRole('link', { name: 'Chọn làm ảnh đại diện' }).click(),
      ]);
      assert.equal(await page.inputValue('#f-featured-image-id'), String(clouds.id));
      await fieldset.locator('[data-featured-preview] img[alt="Biển mây Tà Xùa"]').waitFor();
      await Promise.all([page.waitForURL(/\?luu=1$/), page.getByRole('button', { name: 'Lưu', exact: true }).click()]);
      assert.equal((await fetchArticle(draft.id)).featured_image_id, clouds.id);
      await fieldset.locator('[data-featured-preview] img[alt="Biển mây Tà Xùa"]').waitFor();
      noErrors(opened, 'reporter without JavaScript');
    } finally {
      await opened.context.close();
    }
  });
});
