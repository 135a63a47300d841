import { existsSync, mkdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { buildApp } from '../src/app.js';
import type { Config } from '../src/config.js';
import { openDatabase, type Db } from '../src/db/connection.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { seedDemo } from '../src/demo/seed.js';
import { testConfig } from '../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../test/helpers/db.js';

/** Debian's Chromium; override with CHROMIUM_PATH. Never downloaded by the tests. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** Where screenshots go: git-ignored, kept after the run for people to look at. */
export const SCREENSHOT_DIR = path.resolve('test-output', 'screenshots');

export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1366, height: 900 } };

export interface E2eSite {
  /** http://127.0.0.1:PORT, no trailing slash. */
  baseUrl: string;
  app: FastifyInstance;
  db: Db;
  config: Config;
  browser: Browser;
  /** A fresh browser context on the site; messages the page logs as errors are collected in `errors`. */
  open(options?: BrowserContextOptions): Promise<OpenedContext>;
  close(): Promise<void>;
}

export interface OpenedContext {
  context: BrowserContext;
  page: Page;
  /** Console errors (CSP violations among them), failed page scripts, and failed requests to this site. */
  errors: string[];
}

export function browserAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

export interface StartSiteOptions {
  /** Fill the database with the demo newspaper (default true); false leaves it empty but migrated. */
  demo?: boolean;
  /** Settings over the test configuration (e.g. a short scheduler interval). */
  config?: Partial<Config>;
}

/**
 * A real server on a random port over a fresh SQLite database filled with the demo newspaper
 * (unless `demo: false`), and a headless Chromium to read it with. close() removes all of it.
 */
export async function startSite(options: StartSiteOptions = {}): Promise<E2eSite> {
  const cleanups: Array<() => Promise<void>> = [];
  const close = async () => {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch {
        // Keep closing the rest: a half-closed browser must not keep the database alive.
      }
    }
  };
  try {
    const database: TestDatabase = await createTestDatabase('sqlite');
    cleanups.push(() => database.drop());
    // commentMinSeconds stays above zero so the form's bot timer is part of what the browser goes through.
    const config = testConfig({ databaseUrl: database.url, commentMinSeconds: 1, ...options.config });
    cleanups.push(async () => rmSync(config.dataDir, { recursive: true, force: true }));
    const db = openDatabase(database.url);
    cleanups.push(() => db.close());
    await migrateToLatest(db);
    mkdirSync(config.mediaDir, { recursive: true });
    if (options.demo !== false) await seedDemo(db.kysely, { mediaDir: config.mediaDir, timeZone: config.timeZone, imageWidth: 480 });
    const app = await buildApp(config, { db, logger: false });
    cleanups.push(() => app.close());
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const baseUrl = `http://127.0.0.1:${port}`;
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    cleanups.push(() => browser.close());

    const open = async (options: BrowserContextOptions = {}): Promise<OpenedContext> => {
      const context = await browser.newContext({ baseURL: baseUrl, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', ...options });
      // Generous: the suite shares the machine with the rest of the test run.
      context.setDefaultTimeout(60_000);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const source = message.location().url || page.url();
        errors.push(`console: ${message.text()} (${source})`);
      });
      page.on('pageerror', (error) => errors.push(`script: ${error.message} (${page.url()})`));
      page.on('requestfailed', (request) => {
        const reason = request.failure()?.errorText ?? '';
        // ERR_ABORTED is the browser dropping a request because the page moved on (a click, a
        // redirect), not a failure of the site.
        if (request.url().startsWith(baseUrl) && !reason.includes('ERR_ABORTED')) errors.push(`request failed: ${request.url()} ${reason}`);
      });
      return { context, page, errors };
    };
    return { baseUrl, app, db, config, browser, open, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return path.join(SCREENSHOT_DIR, name);
}

export interface Overflow {
  /** Width of the page's content. */
  scrollWidth: number;
  /** Width of the device's screen in CSS pixels. */
  viewportWidth: number;
  /** The first elements that reach past the screen's right edge, to say what to fix. */
  culprits: string[];
}

/**
 * How wide the page is compared with the screen. The screen width is taken from the context, not from
 * window.innerWidth: a mobile browser widens its layout viewport to fit content that sticks out, which
 * would hide the very overflow this looks for.
 */
export async function horizontalOverflow(page: Page): Promise<Overflow> {
  const viewportWidth = page.viewportSize()?.width ?? 0;
  const measured = await page.evaluate((width) => {
    const culprits: string[] = [];
    // No named helper functions in here: the test loader would wrap them in a helper the page lacks.
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.right <= width + 1 || culprits.length >= 5) continue;
      // Content of a box that scrolls or clips on its own (the section menu) does not widen the page.
      let clipped = false;
      for (let p = el.parentElement; p && p !== document.body && !clipped; p = p.parentElement) clipped = getComputedStyle(p).overflowX !== 'visible';
      if (!clipped) {
        culprits.push(`${el.tagName.toLowerCase()}.${el.className} right=${Math.round(rect.right)}`);
      }
    }
    return { scrollWidth: Math.max(document.documentElement.scrollWidth, window.innerWidth), culprits };
  }, viewportWidth);
  return { ...measured, viewportWidth };
}

/** The password every browser test gives the newsroom accounts it creates. */
export const E2E_PASSWORD = 'mat-khau-du-dai-2024';

/** Signs in through the login form and waits to land inside the newsroom. */
export async function login(page: Page, username: string): Promise<void> {
  await page.goto('/admin/dang-nhap');
  await page.fill('#username', username);
  await page.fill('#password', E2E_PASSWORD);
  await Promise.all([
    page.waitForURL((url) => url.pathname.startsWith('/admin') && url.pathname !== '/admin/dang-nhap'),
    page.getByRole('button', { name: 'Đăng nhập' }).click(),
  ]);
}

/** The article form with its rich editor ready to type in. */
export async function waitForEditor(page: Page): Promise<void> {
  await page.locator('.editor-content[contenteditable="true"]').waitFor();
}

/**
 * The caret at the end of a paragraph of the editor: the editor focused and the DOM selection placed
 * there, without a click (where a click lands depends on the layout beside the editor, and a click
 * before the editor is ready leaves the caret at the start). The editor takes the selection on its
 * next selectionchange: two frames later it has.
 */
export async function caretAtEnd(paragraph: Locator): Promise<void> {
  await paragraph.evaluate((element) => {
    (element.closest('[contenteditable="true"]') as HTMLElement).focus();
    const range = document.createRange();
    range.selectNodeContents(element);
    range.collapse(false);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  });
  await paragraph.page().evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}
