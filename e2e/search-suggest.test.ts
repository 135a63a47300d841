import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { articlePath } from '../src/content/urls.js';
import { browserAvailable, CHROMIUM_PATH, DESKTOP, horizontalOverflow, PHONE, screenshotPath, startSite, type E2eSite } from './helpers.js';

/** What a reader in a hurry types: no diacritics, a word not yet finished. */
const QUERY = 'nong th';
const SUGGEST_PATH = '/api/v1/search/suggest';

const skip = process.env.SKIP_E2E === '1' ? 'SKIP_E2E=1' : false;

async function goto(page: Page, url: string): Promise<void> {
  const response = await page.goto(url);
  assert.equal(response?.status(), 200, `${url} answered ${response?.status()}`);
}

/**
 * Types into the header box and walks the suggestions with the keyboard: the list opens after the
 * debounce, ArrowDown marks an option for screen readers, Escape closes, Enter opens the article.
 */
async function chooseSuggestion(page: Page, shot: string): Promise<void> {
  const asked: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === SUGGEST_PATH) asked.push(url.searchParams.get('q') ?? '');
  });
  const input = page.locator('#header-q');
  assert.equal(await input.getAttribute('role'), 'combobox');
  assert.equal(await input.getAttribute('aria-expanded'), 'false');
  const listId = await input.getAttribute('aria-controls');
  assert.ok(listId, 'the box names its list');
  const list = page.locator(`#${listId}`);
  assert.equal(await list.getAttribute('role'), 'listbox');
  assert.equal(await list.isVisible(), false, 'no list before typing');

  await input.focus();
  await page.keyboard.type(QUERY);
  const options = list.locator('[role="option"]');
  await options.first().waitFor({ state: 'visible' });
  assert.equal(await input.getAttribute('aria-expanded'), 'true');
  // Typed in one go, the keystrokes fall inside one debounce window: not a request per letter.
  assert.ok(asked.length <= 2, `debounced: asked ${JSON.stringify(asked)}`);
  assert.equal(asked.at(-1), QUERY);
  const titles = (await options.allTextContents()).map((t) => t.trim());
  assert.ok(titles.length > 0 && titles.every((t) => t.length > 0), `suggestions are article titles: ${JSON.stringify(titles)}`);
  assert.ok(
    titles.some((t) => t.toLowerCase().includes('nông thôn')),
    `"${QUERY}" finds "nông thôn" without diacritics: ${JSON.stringify(titles)}`,
  );

  // ArrowDown: the first option becomes active, for the screen reader and on screen.
  await page.keyboard.press('ArrowDown');
  const first = options.first();
  const firstId = await first.getAttribute('id');
  assert.ok(firstId);
  assert.equal(await input.getAttribute('aria-activedescendant'), firstId);
  assert.equal(await first.getAttribute('aria-selected'), 'true');
  assert.equal(await list.locator('[aria-selected="true"]').count(), 1, 'one option active at a time');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'header-q', 'focus stays in the box: the list is walked from there');
  const overflow = await horizontalOverflow(page);
  assert.ok(overflow.scrollWidth <= overflow.viewportWidth, `the open list scrolls the page sideways: ${JSON.stringify(overflow)}`);
  await page.screenshot({ path: screenshotPath(shot) });

  // Escape closes the list and leaves the typed words.
  await page.keyboard.press('Escape');
  await list.waitFor({ state: 'hidden' });
  assert.equal(await input.getAttribute('aria-expanded'), 'false');
  assert.equal(await input.getAttribute('aria-activedescendant'), null);
  assert.equal(await input.inputValue(), QUERY);

  // ArrowDown opens it again; Enter on the active option goes to that article.
  await page.keyboard.press('ArrowDown');
  await first.waitFor({ state: 'visible' });
  assert.equal(await input.getAttribute('aria-activedescendant'), firstId);
  const href = await first.locator('a').getAttribute('href');
  assert.ok(href && /-\d+\.html$/.test(href), `the option links to an article: ${href}`);
  await Promise.all([page.waitForURL((url) => url.pathname === href), page.keyboard.press('Enter')]);
  assert.ok((await page.locator('h1.article-title').textContent())?.trim(), 'the chosen article opened');
}

describe('search suggestions in the header box, in Chromium', { skip, timeout: 300_000 }, () => {
  let site: E2eSite;
  let articleHref = '';

  before(async () => {
    assert.ok(browserAvailable(), `Chromium not found at ${CHROMIUM_PATH}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH`);
    site = await startSite();
    // An article page that is not itself suggested, so choosing a suggestion really moves to another page.
    const suggested = await site.app.inject({ method: 'GET', url: `${SUGGEST_PATH}?q=${encodeURIComponent(QUERY)}` });
    const urls = new Set((suggested.json() as { suggestions: Array<{ url: string }> }).suggestions.map((s) => s.url));
    const articles = await site.db.kysely
      .selectFrom('articles')
      .innerJoin('sections', 'sections.id', 'articles.section_id')
      .select(['articles.id', 'articles.slug', 'sections.path'])
      .where('articles.status', '=', 'published')
      .orderBy('articles.id')
      .execute();
    articleHref = articles.map((a) => articlePath(a.path, a.slug, a.id)).find((href) => !urls.has(href)) ?? '';
    assert.ok(articleHref, 'the demo has an article outside the suggestions');
  });

  after(async () => {
    await site?.close();
  });

  for (const [name, device, options] of [
    ['home', 'desktop', DESKTOP],
    ['article', 'phone', PHONE],
  ] as const) {
    test(`${name} page (${device}): suggestions as you type, by keyboard`, async () => {
      const { page, context, errors } = await site.open(options);
      try {
        await goto(page, name === 'home' ? '/' : articleHref);
        await chooseSuggestion(page, `search-suggest-${name}-${device}.png`);
        assert.deepEqual(errors, [], 'no console errors, CSP violations or failed requests');
      } finally {
        await context.close();
      }
    });
  }

  test('JavaScript off: the header box is a plain form to the search page', async () => {
    const { page, context, errors } = await site.open({ ...PHONE, javaScriptEnabled: false });
    try {
      await goto(page, articleHref);
      const input = page.locator('#header-q');
      assert.equal(await input.getAttribute('role'), null, 'not enhanced');
      await input.fill(QUERY);
      await Promise.all([page.waitForURL((url) => url.pathname === '/tim-kiem'), input.press('Enter')]);
      assert.equal(new URL(page.url()).searchParams.get('q'), QUERY);
      const titles = (await page.locator('.search-result .card-title').allTextContents()).map((t) => t.trim());
      assert.ok(titles.length > 0, 'results are listed');
      assert.ok(
        titles.some((t) => t.toLowerCase().includes('nông thôn')),
        `results: ${JSON.stringify(titles)}`,
      );
      assert.equal(await page.locator('[role="listbox"]').count(), 0, 'no suggestion list without JavaScript');
      assert.deepEqual(errors, [], 'no console errors, CSP violations or failed requests');
    } finally {
      await context.close();
    }
  });
});
