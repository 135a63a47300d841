import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { toZonedInput } from '../src/admin/zoned-time.js';
import { createSection } from '../src/content/sections.js';
import { articlePath } from '../src/content/urls.js';
import type { Article, Section, User, UserRole } from '../src/db/schema.js';
import { storeImage } from '../src/media/store.js';
import { actorFor, assignSections, loadPolicy, MANAGING_EDITOR_MAY_PUBLISH } from '../src/newsroom/actors.js';
import { setSetting } from '../src/content/settings.js';
import { createDraft, saveContent } from '../src/newsroom/articles.js';
import { createUser } from '../src/newsroom/users.js';
import { applyTransition } from '../src/newsroom/workflow.js';
import { variantUrl } from '../src/media/urls.js';
import { testJpeg } from '../test/helpers/app.js';
import {
  browserAvailable,
  caretAtEnd,
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
 * The newsroom in Chromium: a reporter writes in the rich-text editor and submits, an editor edits
 * and forwards, the editor-in-chief publishes, and the article is on the reading site; the managing
 * editor (allowed to publish by the site setting) schedules an article and the scheduler publishes it; pasting from Word; autosave.
 */

const skip = process.env.SKIP_E2E === '1' ? 'SKIP_E2E=1' : false;
const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const SAVED = /^Đã tự động lưu lúc \d{2}:\d{2}$/;
/** The editor autosaves 10 s after the last change; give the save itself room on a slow machine. */
const AUTOSAVE_WAIT_MS = 40_000;

const TITLE = 'Mùa lúa chín trên ruộng bậc thang Mù Cang Chải';
const LEAD = 'Những ngày này, ruộng bậc thang ở Mù Cang Chải vào mùa lúa chín, thu hút hàng nghìn du khách tới chiêm ngưỡng và chụp ảnh.';
const BOLD_WORD = 'vàng óng';
const EDITOR_LINE = 'Biên tập viên bổ sung: lễ hội diễn ra từ ngày 15 đến 17 tháng 9.';

const WORD_PASTE = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm; color:red} --></style>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]--></head>
<body lang=VI><!--StartFragment-->
<h1 style='mso-outline-level:1'>Lũ quét ở bản Nậm Khắt</h1>
<p class=MsoNormal style='mso-margin-top-alt:auto;mso-bidi-font-weight:normal;color:red'><b>Đậm</b> chữ<o:p></o:p></p><script>alert(1)</script>
<p class=MsoNormal><i style='mso-bidi-font-style:normal'>Nghiêng</i> và <a href="https://baosonlam.vn/thoi-su">liên kết</a> và <a href="javascript:alert(2)">không an toàn</a><o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Sơ tán người dân<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Khắc phục đường giao thông<o:p></o:p></p>
<blockquote style='margin-left:30pt'><p class=MsoQuote>Chúng tôi đã chủ động từ sớm.</p></blockquote>
<img src="file:///C:/Users/pv/AppData/Local/Temp/msohtmlclip1/01/clip_image002.jpg" onerror="alert(3)">
<!--EndFragment--></body></html>`;

/** What the editor keeps of the Word fragment above. */
const WORD_KEPT =
  '<h2>Lũ quét ở bản Nậm Khắt</h2>' +
  '<p><strong>Đậm</strong> chữ</p>' +
  '<p><em>Nghiêng</em> và <a href="https://baosonlam.vn/thoi-su">liên kết</a> và không an toàn</p>' +
  '<ul><li><p>Sơ tán người dân</p></li><li><p>Khắc phục đường giao thông</p></li></ul>' +
  '<blockquote><p>Chúng tôi đã chủ động từ sớm.</p></blockquote>';

interface Staff {
  reporter: User;
  editor: User;
  managing: User;
  chief: User;
}

/** Clicks a button that submits a form and waits for the page the server redirects to. */
async function submitAndWait(page: Page, buttonName: string, expect: RegExp): Promise<void> {
  await Promise.all([page.waitForURL(expect), page.getByRole('button', { name: buttonName, exact: true }).click()]);
}

/** The stored-HTML textarea that the editor keeps in step (hidden once the editor is up). */
function bodyValue(page: Page): Promise<string> {
  return page.locator('#body-html').evaluate((el: HTMLTextAreaElement) => el.value);
}

/** The editor's own serialization of what it holds (not the textarea, which changes only on edits). */
function editorHtml(page: Page): Promise<string> {
  return page.locator('#body-html').evaluate((el) => (el as HTMLTextAreaElement & { editor?: { getHTML(): string } }).editor?.getHTML() ?? '');
}

async function waitForEditor(page: Page): Promise<void> {
  await page.locator('.editor-content[contenteditable="true"]').waitFor();
  assert.equal(await page.locator('#body-html').isVisible(), false, 'the textarea gives way to the editor');
}

function articleIdFrom(page: Page): number {
  const match = /\/admin\/bai-viet\/(\d+)/.exec(new URL(page.url()).pathname);
  assert.ok(match, `an article page: ${page.url()}`);
  return Number(match[1]);
}

/** Responses the test expects to be refused (a conflict's 409) are not errors. */
function noErrors(opened: OpenedContext, who: string, expected: RegExp[] = []): void {
  const errors = opened.errors.filter((e) => !expected.some((re) => re.test(e)));
  assert.deepEqual(errors, [], `${who}: no script errors, CSP violations or failed requests`);
}

/** The next whole minute at least `marginMs` away: the schedule form takes minutes. */
function nextMinute(marginMs: number): Date {
  const at = new Date(Math.ceil((Date.now() + marginMs) / 60_000) * 60_000);
  return at;
}

describe('the newsroom in Chromium', { skip, timeout: 600_000 }, () => {
  let site: E2eSite;
  let section: Section;
  let staff: Staff;
  let imageSrc = '';
  let scheduled: { id: number; at: Date; title: string } | null = null;

  async function person(username: string, displayName: string, role: UserRole): Promise<User> {
    return createUser(site.db.kysely, { username, displayName, role, password: E2E_PASSWORD });
  }

  async function fetchArticle(id: number): Promise<Article> {
    return site.db.kysely.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  }

  before(async () => {
    assert.ok(browserAvailable(), `Chromium not found at ${CHROMIUM_PATH}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH`);
    // The scheduler checks every second here, so a scheduled article goes live within a second of its time.
    site = await startSite({ demo: false, config: { schedulerIntervalMs: 1000, timeZone: TIME_ZONE } });
    const db = site.db.kysely;
    section = await createSection(db, { name: 'Thời sự', slug: 'thoi-su', parentId: null, position: 0 });
    await createSection(db, { name: 'Văn hóa', slug: 'van-hoa', parentId: null, position: 1 });
    staff = {
      reporter: await person('phongvien', 'Lò Thị Mai', 'reporter'),
      editor: await person('bientap', 'Hoàng Văn Sơn', 'editor'),
      managing: await person('thuky', 'Trần Thu Trang', 'managing_editor'),
      chief: await person('tongbientap', 'Nguyễn Quốc Hùng', 'editor_in_chief'),
    };
    await assignSections(db, staff.editor.id, [section.id]);
    const image = await storeImage(db, site.config.mediaDir, await testJpeg(7, 960, 600), {
      originalName: 'lua.jpg',
      alt: 'Ruộng bậc thang',
      caption: '',
      credit: '',
    });
    imageSrc = variantUrl(
      image,
      image.variants
        .split(',')
        .map(Number)
        .filter((w) => w > 0)[0],
    );
  });

  after(async () => {
    await site?.close();
  });

  test('the managing editor schedules an edited article a little ahead, once the paper lets them publish', async () => {
    const db = site.db.kysely;
    const policy = await loadPolicy(db);
    const title = 'Khai mạc tuần văn hóa các dân tộc vùng cao';
    const content = articleContent(section.id, {
      title,
      lead: 'Tuần văn hóa các dân tộc vùng cao khai mạc sáng nay với nhiều hoạt động đặc sắc.',
      bodyHtml: '<p>Hơn 500 nghệ nhân tham gia tuần văn hóa.</p>',
      byline: 'Mai Lò',
    });
    const draft = await createDraft(db, await actorFor(db, staff.reporter), content, policy);
    await applyTransition(db, await actorFor(db, staff.reporter), draft.id, { name: 'submit' }, policy);
    await applyTransition(db, await actorFor(db, staff.editor), draft.id, { name: 'forward' }, policy);

    const opened = await site.open(DESKTOP);
    const { page } = opened;
    try {
      await login(page, 'thuky');
      await page.goto(`/admin/bai-viet/${draft.id}`);
      // Scheduling is publishing: without managing_editor_may_publish there is no such button.
      assert.equal(await page.getByRole('button', { name: 'Hẹn giờ đăng', exact: true }).count(), 0);
      await setSetting(db, MANAGING_EDITOR_MAY_PUBLISH, '1');
      await page.reload();
      const at = nextMinute(20_000);
      await page.fill('#publish-at', toZonedInput(at.toISOString(), TIME_ZONE));
      await submitAndWait(page, 'Hẹn giờ đăng', /\?chuyen=schedule$/);
      const article = await fetchArticle(draft.id);
      assert.equal(article.status, 'scheduled');
      assert.equal(article.published_at, at.toISOString());
      const url = articlePath(section.path, article.slug, article.id);
      if (Date.now() < at.getTime() - 1000) {
        const early = await page.request.get(url);
        assert.equal(early.status(), 404, 'not on the reading site before its time');
      }
      scheduled = { id: draft.id, at, title };
      noErrors(opened, 'managing editor');
    } finally {
      await setSetting(db, MANAGING_EDITOR_MAY_PUBLISH, '0');
      await opened.context.close();
    }
  });

  test('a reporter writes and submits, an editor edits and forwards, the editor-in-chief publishes', async (t) => {
    // The reporter.
    const reporter = await site.open(DESKTOP);
    let articleId = 0;
    try {
      const { page } = reporter;
      await login(page, 'phongvien');
      await page.goto('/admin/bai-viet/moi');
      await waitForEditor(page);
      const toolbar = page.getByRole('toolbar', { name: 'Định dạng nội dung bài' });
      for (const label of ['Đoạn văn', 'Tiêu đề', 'Đậm', 'Nghiêng', 'Liên kết', 'Trích dẫn', 'Danh sách', 'Danh sách số', 'Ảnh', 'Hoàn tác', 'Làm lại']) {
        assert.equal(await toolbar.getByRole('button', { name: label, exact: true }).count(), 1, `the toolbar has ${label}`);
      }
      await page.fill('#f-title', TITLE);
      await page.fill('#f-lead', LEAD);
      await page.selectOption('#f-section-id', { label: 'Thời sự' });

      const bold = toolbar.getByRole('button', { name: 'Đậm', exact: true });
      await page.locator('.editor-content').click();
      await page.keyboard.type('Mùa lúa chín ');
      await bold.click();
      assert.equal(await bold.getAttribute('aria-pressed'), 'true', 'Đậm is on');
      await page.keyboard.type(BOLD_WORD);
      await bold.click();
      assert.equal(await bold.getAttribute('aria-pressed'), 'false', 'Đậm is off again');
      await page.keyboard.type(' phủ khắp các sườn đồi.');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Du khách đổ về La Pán Tẩn và Chế Cu Nha từ sáng sớm.');
      assert.equal(
        await bodyValue(page),
        `<p>Mùa lúa chín <strong>${BOLD_WORD}</strong> phủ khắp các sườn đồi.</p><p>Du khách đổ về La Pán Tẩn và Chế Cu Nha từ sáng sớm.</p>`,
      );

      // A picture with caption and credit, by its address (the picture dialog's way for pictures outside the library).
      await toolbar.getByRole('button', { name: 'Ảnh', exact: true }).click();
      await page.getByRole('dialog', { name: 'Chèn ảnh vào bài' }).getByRole('button', { name: 'Dùng địa chỉ ảnh…' }).click();
      const dialog = page.locator('dialog.editor-dialog[open]');
      await dialog.locator('input[name="src"]').fill(imageSrc);
      await dialog.locator('input[name="alt"]').fill('Ruộng bậc thang mùa lúa chín');
      await dialog.locator('input[name="caption"]').fill('Ruộng bậc thang ở xã La Pán Tẩn.');
      await dialog.locator('input[name="credit"]').fill('Ảnh: Lò Mai');
      await dialog.getByRole('button', { name: 'Đồng ý' }).click();
      await page.locator('.editor-content figure.inline-image img').waitFor();
      assert.match(
        await bodyValue(page),
        /<figure class="inline-image"><img src="[^"]+" alt="Ruộng bậc thang mùa lúa chín"[^>]*><figcaption>Ruộng bậc thang ở xã La Pán Tẩn\. <span class="credit">Ảnh: Lò Mai<\/span><\/figcaption><\/figure>/,
      );
      if ((await page.locator('link[rel="stylesheet"][href*="/static/editor.css"]').count()) === 0) {
        // The editor page should link the editor's stylesheet; until it does, the screenshot shows it anyway.
        t.diagnostic('the editor page does not link /static/editor.css (see src/admin/pages/article-editor.tsx)');
        await page.addStyleTag({ url: '/static/editor.css' });
      }
      await page.screenshot({ path: screenshotPath('editor-desktop.png'), fullPage: true });

      // "Tạo bản nháp", or "Lưu" once the first autosave has created the draft.
      await Promise.all([page.waitForURL(/\/admin\/bai-viet\/\d+\?(tao|luu)=1$/), page.locator('#article-form button[type="submit"]').click()]);
      articleId = articleIdFrom(page);
      await waitForEditor(page);
      const stored = await fetchArticle(articleId);
      assert.match(stored.body_html, new RegExp(`<strong>${BOLD_WORD}</strong>`));
      assert.match(stored.body_html, /<span class="credit">Ảnh: Lò Mai<\/span>/, 'the figure survives the server sanitizer');
      // The sanitizer writes void elements as `<img … />`, the editor as `<img …>`: the same HTML.
      assert.equal(await editorHtml(page), stored.body_html.replace(/ \/>/g, '>'), 'what the editor makes of the stored body is that body: it round-trips');
      await submitAndWait(page, 'Gửi biên tập', /\?chuyen=submit$/);
      assert.equal((await fetchArticle(articleId)).status, 'submitted');
      noErrors(reporter, 'reporter');
    } finally {
      await reporter.context.close();
    }

    // The editor of the section: from the dashboard, edits, saves, forwards.
    const editor = await site.open(DESKTOP);
    try {
      const { page } = editor;
      await login(page, 'bientap');
      await page.goto('/admin');
      const link = page.locator('section[aria-labelledby="cho-xu-ly"] a', { hasText: TITLE });
      await Promise.all([page.waitForURL(new RegExp(`/admin/bai-viet/${articleId}$`)), link.click()]);
      await waitForEditor(page);
      await caretAtEnd(page.locator('.editor-content p', { hasText: 'Du khách' }).last());
      await page.keyboard.press('Enter');
      await page.keyboard.type(EDITOR_LINE);
      await page.waitForFunction((line) => document.querySelector<HTMLTextAreaElement>('#body-html')?.value.includes(`<p>${line}</p>`), EDITOR_LINE);
      assert.ok((await bodyValue(page)).includes(`<p>${EDITOR_LINE}</p>`));
      await submitAndWait(page, 'Lưu', /\?luu=1$/);
      assert.ok((await fetchArticle(articleId)).body_html.includes(EDITOR_LINE));
      await submitAndWait(page, 'Chuyển duyệt', /\?chuyen=forward$/);
      assert.equal((await fetchArticle(articleId)).status, 'edited');
      noErrors(editor, 'editor');
    } finally {
      await editor.context.close();
    }

    // The editor-in-chief publishes; the article is on the reading site with the bold word.
    const chief = await site.open(DESKTOP);
    try {
      const { page } = chief;
      await login(page, 'tongbientap');
      await page.goto('/admin');
      const link = page.locator('section[aria-labelledby="cho-xu-ly"] a', { hasText: TITLE });
      await Promise.all([page.waitForURL(new RegExp(`/admin/bai-viet/${articleId}$`)), link.click()]);
      await submitAndWait(page, 'Duyệt và đăng', /\?chuyen=publish$/);
      const article = await fetchArticle(articleId);
      assert.equal(article.status, 'published');
      const url = articlePath(section.path, article.slug, article.id);
      await Promise.all([page.waitForURL((u) => u.pathname === url), page.getByRole('link', { name: 'Xem trên trang báo' }).click()]);
      assert.equal((await page.locator('h1.article-title').textContent())?.trim(), TITLE);
      assert.equal((await page.locator('.article-body strong').first().textContent())?.trim(), BOLD_WORD);
      assert.ok((await page.locator('.article-body').textContent())?.includes(EDITOR_LINE), 'the editor’s addition is published');
      const picture = page.locator('.article-body figure.inline-image img');
      await picture.scrollIntoViewIfNeeded();
      assert.ok(await picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), 'the inline picture loads');
      assert.equal((await page.locator('.article-body figure.inline-image .credit').textContent())?.trim(), 'Ảnh: Lò Mai');
      noErrors(chief, 'editor-in-chief');
    } finally {
      await chief.context.close();
    }
  });

  test('pasting from Word keeps the structure and drops styles, classes and scripts', async () => {
    const opened = await site.open(DESKTOP);
    const dialogs: string[] = [];
    try {
      const { page } = opened;
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await login(page, 'phongvien');
      await page.goto('/admin/bai-viet/moi');
      await waitForEditor(page);
      await page.locator('.editor-content').click();
      await page.locator('.editor-content').evaluate((el, html) => {
        const data = new DataTransfer();
        data.setData('text/html', html);
        data.setData('text/plain', 'Đậm chữ');
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, WORD_PASTE);
      const body = await bodyValue(page);
      assert.equal(body, WORD_KEPT);
      for (const junk of ['mso', 'Mso', 'class=', 'style=', 'script', 'alert', 'o:p', 'javascript:', 'file:', '<!--']) {
        assert.ok(!body.includes(junk), `${junk} is dropped: ${body}`);
      }
      await page.waitForTimeout(300);
      assert.deepEqual(dialogs, [], 'no pasted script ran');

      // The server keeps what the editor produced (adding only its own rel to outside links).
      await page.fill('#f-title', 'Bài dán từ Word');
      await page.selectOption('#f-section-id', { label: 'Thời sự' });
      await submitAndWait(page, 'Tạo bản nháp', /\/admin\/bai-viet\/\d+\?tao=1$/);
      const stored = await fetchArticle(articleIdFrom(page));
      assert.equal(stored.body_html.replace(/ rel="noopener nofollow"/g, ''), WORD_KEPT);
      noErrors(opened, 'paste');
    } finally {
      await opened.context.close();
    }
  });

  test('drafts autosave: the text is there after a reload, and a manual save still goes through', async () => {
    const db = site.db.kysely;
    const policy = await loadPolicy(db);
    const draft = await createDraft(
      db,
      await actorFor(db, staff.reporter),
      articleContent(section.id, { title: 'Bản nháp tự lưu', lead: '', bodyHtml: '<p>Đoạn đầu.</p>', byline: '' }),
      policy,
    );
    const opened = await site.open(DESKTOP);
    try {
      const { page } = opened;
      await login(page, 'phongvien');
      await page.goto(`/admin/bai-viet/${draft.id}`);
      await waitForEditor(page);
      const versionBefore = Number(await page.locator('#article-form input[name="version"]').inputValue());
      await page.locator('.editor-content p').last().click();
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Đoạn này được tự động lưu.');
      const status = page.locator('#autosave-status');
      await page.waitForFunction((re) => new RegExp(re).test(document.getElementById('autosave-status')?.textContent ?? ''), SAVED.source, {
        timeout: AUTOSAVE_WAIT_MS,
      });
      assert.match((await status.textContent()) ?? '', SAVED);
      const versionAfter = Number(await page.locator('#article-form input[name="version"]').inputValue());
      assert.ok(versionAfter > versionBefore, `the form takes the saved version (${versionBefore} → ${versionAfter})`);
      assert.equal((await fetchArticle(draft.id)).version, versionAfter);

      await page.reload();
      await waitForEditor(page);
      assert.ok((await page.locator('.editor-content').textContent())?.includes('Đoạn này được tự động lưu.'), 'the autosaved text is back after a reload');
      // A manual save after an autosave is not mistaken for a conflict.
      await page.locator('.editor-content p').last().click();
      await page.keyboard.press('End');
      await page.keyboard.type(' Thêm một câu.');
      await submitAndWait(page, 'Lưu', /\?luu=1$/);
      assert.ok((await fetchArticle(draft.id)).body_html.includes('Thêm một câu.'));

      // A workflow step taken with unsaved changes saves them first: "Gửi biên tập" sends the latest text.
      await waitForEditor(page);
      await page.locator('.editor-content p').last().click();
      await page.keyboard.press('End');
      await page.keyboard.type(' Câu cuối trước khi gửi.');
      await submitAndWait(page, 'Gửi biên tập', /\?chuyen=submit$/);
      const submitted = await fetchArticle(draft.id);
      assert.equal(submitted.status, 'submitted');
      assert.ok(submitted.body_html.includes('Câu cuối trước khi gửi.'), 'the step did not leave the last change behind');
      noErrors(opened, 'autosave');
    } finally {
      await opened.context.close();
    }
  });

  test('an autosave that meets someone else’s newer save stops and says so', async () => {
    const db = site.db.kysely;
    const policy = await loadPolicy(db);
    const reporterActor = await actorFor(db, staff.reporter);
    const base = articleContent(section.id, { title: 'Bài hai người cùng sửa', lead: '', bodyHtml: '<p>Bản đầu.</p>', byline: '' });
    const draft = await createDraft(db, reporterActor, base, policy);
    const opened = await site.open(PHONE);
    try {
      const { page } = opened;
      await login(page, 'phongvien');
      await page.goto(`/admin/bai-viet/${draft.id}`);
      await waitForEditor(page);
      await page.screenshot({ path: screenshotPath('editor-phone.png'), fullPage: false });
      // Someone else saves first (another tab, another person).
      await saveContent(
        db,
        reporterActor,
        draft.id,
        { ...base, bodyHtml: '<p>Bản của người khác.</p>' },
        { baseVersion: draft.version, policy: { managingEditorMayPublish: false } },
      );
      await page.locator('.editor-content p').last().tap();
      await page.keyboard.press('End');
      await page.keyboard.type(' Bản của tôi.');
      await page.waitForFunction(() => document.getElementById('autosave-status')?.dataset.state === 'conflict', undefined, { timeout: AUTOSAVE_WAIT_MS });
      assert.equal((await page.locator('#autosave-status').textContent())?.trim(), 'Bài đã được người khác sửa — hãy lưu thủ công để đối chiếu');
      assert.equal((await fetchArticle(draft.id)).body_html, '<p>Bản của người khác.</p>', 'the other person’s save stands');
      // The manual save shows the merge view with the person's own text kept.
      await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Lưu', exact: true }).click()]);
      await page.locator('#ban-da-luu').waitFor();
      assert.ok((await bodyValue(page)).includes('Bản của tôi.'), 'the person’s text is kept for merging');
      noErrors(opened, 'conflict', [/status of 409 \(Conflict\)/]);
    } finally {
      await opened.context.close();
    }
  });

  test('the scheduled article appears on the reading site after its time', async () => {
    assert.ok(scheduled, 'the article was scheduled');
    const { id, at, title } = scheduled;
    const article = await fetchArticle(id);
    const url = articlePath(section.path, article.slug, article.id);
    const wait = at.getTime() - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const opened = await site.open(PHONE);
    try {
      const { page } = opened;
      const deadline = Date.now() + 15_000;
      let status = 0;
      while (Date.now() < deadline) {
        status = (await page.request.get(url)).status();
        if (status === 200) break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      assert.equal(status, 200, `${url} is live within seconds of ${at.toISOString()}`);
      await page.goto(url);
      assert.equal((await page.locator('h1.article-title').textContent())?.trim(), title);
      const published = await fetchArticle(id);
      assert.equal(published.status, 'published');
      assert.equal(published.published_at, at.toISOString(), 'it carries the scheduled time');
      const audit = await site.db.kysely.selectFrom('audit_log').selectAll().where('article_id', '=', id).where('action', '=', 'publish_scheduled').execute();
      assert.equal(audit.length, 1, 'published once, by the scheduler');
      noErrors(opened, 'reader');
    } finally {
      await opened.context.close();
    }
  });
});
