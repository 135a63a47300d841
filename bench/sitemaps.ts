/**
 * Sitemap benchmark: one month of N live articles (default 50,000, the protocol's limit per file)
 * in SQLite, written as /sitemaps/articles-YYYY-MM.xml. Reports the time, the file size against the
 * 50 MB limit, and the longest event-loop stall while it is written, reading in batches of 500
 * (what the route does) against reading the month in one query (the baseline), in the same run.
 *
 *   npm run bench:sitemaps [-- --articles 50000]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/connection.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createSection } from '../src/content/sections.js';
import { articleEntries, renderUrlEntries, SITEMAP_BATCH, SITEMAP_MAX_BYTES, URLSET_CLOSE, urlsetOpen } from '../src/feeds/sitemaps.js';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '50000' } } });
const count = Number(values.articles);
const dir = mkdtempSync(path.join(tmpdir(), 'toasoan-bench-sitemaps-'));
const db = openDatabase(`sqlite:${path.join(dir, 'bench.db')}`);

try {
  await migrateToLatest(db);
  const section = await createSection(db.kysely, { name: 'Thời sự', slug: 'thoi-su', parentId: null });
  const month = '2024-03';
  const start = Date.UTC(2024, 2, 1);
  const span = Date.UTC(2024, 3, 1) - start;
  await db.kysely.transaction().execute(async (trx) => {
    for (let i = 0; i < count; i += 500) {
      const rows = Array.from({ length: Math.min(500, count - i) }, (_v, j) => {
        const at = new Date(start + Math.floor(((i + j) / count) * span)).toISOString();
        return {
          title: `Bài ${i + j}`,
          slug: `bai-viet-so-${i + j}-ve-nong-thon-moi-vung-cao`,
          lead: '',
          body_html: '',
          section_id: section.id,
          status: 'published' as const,
          published_at: at,
          created_at: at,
          updated_at: at,
          byline: '',
          author_id: null,
          featured_image_id: null,
          featured_caption: '',
          featured_credit: '',
          seo_title: '',
          seo_description: '',
          trashed_at: null,
          status_before_trash: null,
        };
      });
      await trx.insertInto('articles').values(rows).execute();
    }
  });
  const site = { siteUrl: 'https://bao-son-lam.vn', timeZone: 'Asia/Ho_Chi_Minh' };
  const now = new Date().toISOString();

  async function measure(batch: number) {
    // The longest gap between ticks of a 1 ms timer is the longest time the loop was held.
    let last = performance.now();
    let stallMs = 0;
    const timer = setInterval(() => {
      const t = performance.now();
      stallMs = Math.max(stallMs, t - last);
      last = t;
    }, 1);
    const t0 = performance.now();
    let body = urlsetOpen();
    let urls = 0;
    for await (const entries of articleEntries(db.kysely, now, { month, part: 1 }, 50_000, batch)) {
      body += renderUrlEntries(site, entries);
      urls += entries.length;
      // Let the loop turn between batches, as it does between requests on a server.
      await new Promise((resolve) => setImmediate(resolve));
    }
    body += URLSET_CLOSE;
    const ms = performance.now() - t0;
    await new Promise((resolve) => setTimeout(resolve, 5));
    clearInterval(timer);
    return { ms, urls, bytes: Buffer.byteLength(body), stallMs };
  }

  await measure(SITEMAP_BATCH); // warm the page cache of the database file
  const batched = await measure(SITEMAP_BATCH);
  const single = await measure(count);
  console.log(`articles in the month: ${count}`);
  console.log(`sitemap: ${batched.urls} URLs, ${(batched.bytes / 1e6).toFixed(1)} MB (limit ${SITEMAP_MAX_BYTES / 1e6} MB)`);
  console.log(`batches of ${SITEMAP_BATCH}: ${batched.ms.toFixed(0)} ms in all, longest event-loop stall ${batched.stallMs.toFixed(0)} ms`);
  console.log(`one query:         ${single.ms.toFixed(0)} ms in all, longest event-loop stall ${single.stallMs.toFixed(0)} ms`);
  console.log(`stall ratio (one query / batches): ×${(single.stallMs / Math.max(1, batched.stallMs)).toFixed(1)}`);
} finally {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
}
