import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page, Response } from 'playwright-core';
import { articlePath } from '../src/content/urls.js';
import { browserAvailable, CHROMIUM_PATH, DESKTOP, horizontalOverflow, PHONE, screenshotPath, startSite, type E2eSite, type OpenedContext } from './helpers.js';

/** `Thứ sáu, 29/11/2019 - 16:14'` */
const ARTICLE_DATE = /^(Thứ (hai|ba|tư|năm|sáu|bảy)|Chủ nhật), \d{2}\/\d{2}\/\d{4} - \d{2}:\d{2}'$/;
/** `Thứ bảy, 08/08/2020, 18:26 [GMT+7]` */
const HEADER_DATE = /^(Thứ (hai|ba|tư|năm|sáu|bảy)|Chủ nhật), \d{2}\/\d{2}\/\d{4}, \d{2}:\d{2} \[GMT\+7\]$/;
const PENDING_NOTICE = 'Bình luận của bạn đang chờ duyệt';
/** The form's bot timer is 1 s in these tests; a person takes longer than that to type. */
const TYPING_MS = 1200;
const PAGE_BUDGET = 60 * 1024;

const skip = process.env.SKIP_E2E === '1' ? 'SKIP_E2E=1' : false;

/** The text of the first match as written in the page (not as CSS shows it, e.g. uppercased), spaces collapsed. */
function text(page: Page, selector: string): Promise<string> {
  return page
    .locator(selector)
    .first()
    .textContent()
    .then((s) => (s ?? '').replace(/\s+/g, ' ').trim());
}

async function goto(page: Page, url: string): Promise<Response> {
  const response = await page.goto(url);
  assert.ok(response, `no response for ${url}`);
  assert.equal(response.status(), 200, `${url} answered ${response.status()}`);
  return response;
}

/** Clicks a link and waits for the page it leads to. */
async function follow(page: Page, selector: string): Promise<string> {
  const link = page.locator(selector).first();
  const label = ((await link.textContent()) ?? '').trim();
  const href = await link.getAttribute('href');
  assert.ok(href, `${selector} has no href`);
  await Promise.all([page.waitForURL((url) => url.pathname === href.split('?')[0]), link.click()]);
  return label;
}

/** Whether the element is at least partly on screen: after a refused form the reader must see why. */
function onScreen(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const rect = el.getBoundingClientRect();
      return rect.bottom > 0 && rect.top < window.innerHeight;
    });
}

async function countComments(site: E2eSite): Promise<number> {
  const row = await site.db.kysely
    .selectFrom('comments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function checkArticlePage(page: Page, title: string): Promise<void> {
  assert.equal(await text(page, 'h1.article-title'), title);
  assert.match(await text(page, '.dateline'), HEADER_DATE);
  const crumbs = await page.locator('.breadcrumb li').allTextContents();
  assert.ok(crumbs.length >= 2, `breadcrumb shows the section: ${crumbs.join(' › ')}`);
  assert.match(await text(page, '.article .meta time'), ARTICLE_DATE);
  assert.ok((await text(page, '.article .lead')).length > 40, 'the lead is shown');
  const featured = page.locator('.article .featured img');
  assert.equal(await featured.count(), 1, 'one featured image');
  await featured.scrollIntoViewIfNeeded();
  assert.ok(await featured.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), 'the featured image loaded');
  assert.ok((await featured.getAttribute('alt'))?.trim(), 'the featured image has alt text');
  assert.ok((await text(page, '.article .featured figcaption')).length > 0, 'the featured image has a caption');
  assert.ok((await page.locator('.article-body p').count()) >= 2, 'the body has paragraphs');
  assert.ok((await text(page, '.article .byline')).length > 0, 'the byline is shown');
  assert.match(await text(page, '#binh-luan-heading'), /^Bình luận \(\d+\)$/);
  assert.equal(await text(page, '.comment-form h3'), 'Viết bình luận');
  const related = page.locator('.related li');
  assert.ok((await related.count()) > 0, 'other articles of the section are listed');
  for (const excerpt of await page.locator('.related .excerpt').allTextContents()) {
    assert.ok(excerpt.length <= 203, `related excerpt is cut: ${excerpt}`);
  }
}

describe('reading the newspaper in Chromium', { skip, timeout: 600_000 }, () => {
  let site: E2eSite;
  let showcaseHref = '';

  before(async () => {
    assert.ok(browserAvailable(), `Chromium not found at ${CHROMIUM_PATH}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH`);
    site = await startSite();
    // The demo article that shows most of the model page at once: an inline picture, a quote, comments.
    const candidates = await site.db.kysely
      .selectFrom('articles')
      .innerJoin('sections', 'sections.id', 'articles.section_id')
      .select(['articles.id', 'articles.slug', 'articles.body_html', 'sections.path'])
      .where('articles.status', '=', 'published')
      .orderBy('articles.id')
      .execute();
    const commented = new Set(
      (await site.db.kysely.selectFrom('comments').select('article_id').where('status', '=', 'approved').execute()).map((c) => c.article_id),
    );
    const best =
      candidates.find((a) => a.body_html.includes('inline-image') && a.body_html.includes('<blockquote') && commented.has(a.id)) ??
      candidates.find((a) => a.body_html.includes('inline-image')) ??
      candidates[0];
    assert.ok(best, 'the demo has articles');
    showcaseHref = articlePath(best.path, best.slug, best.id);
  });

  after(async () => {
    await site?.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    // With JavaScript on at desktop width, off at phone width: the usual reader in a mountain province.
    const mode = javaScriptEnabled ? 'JavaScript on, desktop' : 'JavaScript off, phone';

    test(`${mode}: home → section → article → comment`, async () => {
      const opened: OpenedContext = await site.open({ ...(javaScriptEnabled ? DESKTOP : PHONE), javaScriptEnabled });
      const { page, context, errors } = opened;
      try {
        await goto(page, '/');
        assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
        assert.match(await text(page, '.dateline'), HEADER_DATE);
        assert.ok((await page.locator('.lead-story .lead-title a').count()) === 1, 'home has a lead story');

        // A section from the menu (not "Trang chủ").
        const sectionName = await follow(page, '.menu li:nth-child(2) a');
        assert.equal(await text(page, 'h1.listing-title'), sectionName);
        assert.equal(await text(page, '.menu a[aria-current="page"]'), sectionName);

        // An article, by its title.
        const title = await follow(page, '.article-list .card-title a');
        assert.match(new URL(page.url()).pathname, /-\d+\.html$/);
        await checkArticlePage(page, title);
        const crumbs = await page.locator('.breadcrumb li').allTextContents();
        assert.ok(
          crumbs.some((c) => c.includes(sectionName)),
          `breadcrumb names ${sectionName}: ${crumbs.join(' › ')}`,
        );
        const countBefore = await text(page, '#binh-luan-heading .count');
        const storedBefore = await countComments(site);

        // An empty form comes back with Vietnamese errors and stores nothing.
        await page.waitForTimeout(TYPING_MS);
        await Promise.all([page.waitForURL('**/binh-luan'), page.locator('.comment-form button[type="submit"]').click()]);
        const emptyErrors = await text(page, '.form-errors');
        assert.match(emptyErrors, /Vui lòng nhập họ tên\./);
        assert.match(emptyErrors, /Vui lòng nhập nội dung bình luận\./);
        assert.equal(await page.locator('#cf-body').getAttribute('aria-invalid'), 'true');
        assert.ok(await onScreen(page, '.form-errors'), 'the returned page shows the errors without scrolling');

        // Text without a name: the error names the missing field and keeps what was typed.
        const typed = `Bài viết rất hay, cảm ơn tòa soạn (${mode}).\nMong có thêm bài về bản tôi.`;
        await page.locator('#cf-body').fill(typed);
        await page.locator('#cf-email').fill('ban.doc@example.vn');
        await page.waitForTimeout(TYPING_MS);
        await Promise.all([page.waitForURL('**/binh-luan'), page.locator('.comment-form button[type="submit"]').click()]);
        assert.match(await text(page, '.form-errors'), /Vui lòng nhập họ tên\./);
        assert.ok(await onScreen(page, '#cf-name-error'), 'the returned page shows the error without scrolling');
        await page.locator('.comment-form').screenshot({ path: screenshotPath(`comment-errors-${javaScriptEnabled ? 'js' : 'nojs'}.png`) });
        assert.doesNotMatch(await text(page, '.form-errors'), /nội dung/);
        assert.equal(await page.locator('#cf-body').inputValue(), typed);
        assert.equal(await page.locator('#cf-email').inputValue(), 'ban.doc@example.vn');
        assert.equal(await page.locator('#cf-name').getAttribute('aria-invalid'), 'true');
        assert.equal(await countComments(site), storedBefore, 'refused forms store nothing');

        // Completed, it is accepted for moderation.
        const name = `Lò Thị Mai ${javaScriptEnabled ? 'A' : 'B'}`;
        await page.locator('#cf-name').fill(name);
        await page.waitForTimeout(TYPING_MS);
        await Promise.all([
          page.waitForURL((url) => url.searchParams.get('binh-luan') === 'cho-duyet'),
          page.locator('.comment-form button[type="submit"]').click(),
        ]);
        assert.match(new URL(page.url()).pathname, /-\d+\.html$/);
        assert.equal(await text(page, '.comments .notice'), PENDING_NOTICE);
        assert.equal(await text(page, '#binh-luan-heading .count'), countBefore, 'a pending comment is not counted');
        assert.equal(await page.getByText(name, { exact: true }).count(), 0, 'a pending comment is not shown');
        const stored = await site.db.kysely.selectFrom('comments').select(['status', 'body', 'email']).where('name', '=', name).execute();
        assert.equal(stored.length, 1, 'exactly one comment stored');
        assert.equal(stored[0].status, 'pending');
        assert.equal(stored[0].email, 'ban.doc@example.vn');

        // The refused forms came back with status 400 on purpose; the browser logs that, nothing else may be logged.
        const unexpected = errors.filter((e) => !/status of 400 \(Bad Request\) \(http:[^)]+\/binh-luan\)$/.test(e));
        assert.equal(errors.length - unexpected.length, 2, `both refused forms answered 400: ${errors.join('; ')}`);
        assert.deepEqual(unexpected, [], 'no console errors, CSP violations or failed requests');
      } finally {
        await context.close();
      }
    });
  }

  for (const [device, options] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    test(`${device}: screenshots, no sideways scrolling, small pages`, async (t) => {
      const { page, context, errors } = await site.open(options);
      try {
        const external: string[] = [];
        page.on('request', (request) => {
          if (!request.url().startsWith(site.baseUrl) && !request.url().startsWith('data:')) external.push(request.url());
        });
        const pages: Array<[string, string]> = [
          ['home', '/'],
          ['article', showcaseHref],
        ];
        for (const [name, url] of pages) {
          const response = await goto(page, url);
          await page.waitForLoadState('load');
          if (name === 'article') {
            await checkArticlePage(page, await text(page, 'h1.article-title'));
            // What a reader downloads before any picture: the page, its stylesheets and scripts.
            const assets = await page.evaluate(() => [
              ...Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'), (l) => l.href),
              ...Array.from(document.querySelectorAll<HTMLScriptElement>('script[src]'), (s) => s.src),
            ]);
            const weights: Array<[string, number]> = [[new URL(page.url()).pathname, (await response.body()).length]];
            for (const asset of assets) {
              const fetched = await page.request.get(asset);
              assert.equal(fetched.status(), 200, `${asset} answered ${fetched.status()}`);
              weights.push([new URL(asset).pathname, (await fetched.body()).length]);
            }
            const total = weights.reduce((sum, [, n]) => sum + n, 0);
            assert.ok(assets.length >= 1, 'the article page has its stylesheet');
            assert.ok(total <= PAGE_BUDGET, `article page HTML+CSS+JS is ${total} bytes, over ${PAGE_BUDGET}: ${JSON.stringify(weights)}`);
            t.diagnostic(`article page HTML+CSS+JS: ${total} bytes (${weights.map(([u, n]) => `${u} ${n}`).join(', ')})`);
          }
          // Lazy pictures load only as a reader scrolls near them; load them all so the full-page shot shows them.
          await page.evaluate(() => {
            for (const img of Array.from(document.images)) img.loading = 'eager';
          });
          await page.waitForFunction(() => Array.from(document.images).every((img) => img.complete));
          const overflow = await horizontalOverflow(page);
          assert.ok(overflow.scrollWidth <= overflow.viewportWidth, `${name} scrolls sideways at ${device} width: ${JSON.stringify(overflow)}`);
          await page.screenshot({ path: screenshotPath(`${name}-${device}.png`), fullPage: true });
        }
        if (device === 'phone') {
          // A section listing too should fit a phone.
          await goto(page, '/');
          await follow(page, '.menu li:nth-child(3) a');
          const overflow = await horizontalOverflow(page);
          assert.ok(overflow.scrollWidth <= overflow.viewportWidth, `section page scrolls sideways: ${JSON.stringify(overflow)}`);
          await page.screenshot({ path: screenshotPath('section-phone.png'), fullPage: true });
        }
        assert.deepEqual(external, [], 'nothing is loaded from another site');
        assert.deepEqual(errors, [], 'no console errors, CSP violations or failed requests');
      } finally {
        await context.close();
      }
    });
  }
});
