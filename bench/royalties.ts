/**
 * Royalty statement benchmark on SQLite: an archive of N articles with approved royalties over
 * two years, every month but the last closed. Times the first open month's statement (its
 * corrections only recompute articles touched since the last closing) against the same statement
 * when every article must be recomputed (after a unit value change), and prints the ratio.
 *
 *   node --import tsx bench/royalties.ts                  20,000 articles
 *   node --import tsx bench/royalties.ts --articles 5000
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { openDatabase } from '../src/db/connection.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createSection } from '../src/content/sections.js';
import { createUser } from '../src/newsroom/users.js';
import { closeMonth, monthStatement } from '../src/royalties/statements.js';
import { setUnitValue } from '../src/royalties/settings.js';

const ZONE = 'Asia/Ho_Chi_Minh';
const { values } = parseArgs({ options: { articles: { type: 'string', default: '20000' } } });
const count = Number(values.articles);

async function time(label: string, run: () => Promise<unknown>, repeat = 5): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  console.log(`${label}: median ${median.toFixed(1)} ms over ${repeat}`);
  return median;
}

const dir = mkdtempSync(path.join(tmpdir(), 'toasoan-bench-royalties-'));
const db = openDatabase(`sqlite:${path.join(dir, 'bench.db')}`);
try {
  await migrateToLatest(db);
  const k = db.kysely;
  const section = await createSection(k, { name: 'Thời sự', slug: 'thoi-su', parentId: null, position: 0 });
  const author = await createUser(k, { username: 'tacgia', displayName: 'Tác Giả', role: 'reporter' });
  const chief = await createUser(k, { username: 'tongbientap', displayName: 'Tổng Biên Tập', role: 'editor_in_chief' });
  const start = Date.UTC(2024, 0, 1);
  const span = 730 * 24 * 3600 * 1000;
  console.log(`Filling ${count.toLocaleString('en')} articles with approved royalties…`);
  // Written long before the closing: nothing has touched them since.
  const now = new Date(start).toISOString();
  for (let offset = 0; offset < count; offset += 500) {
    const batch = Array.from({ length: Math.min(500, count - offset) }, (_, j) => offset + j);
    const rows = await k
      .insertInto('articles')
      .values(
        batch.map((i) => ({
          title: `Bài ${i}`,
          slug: `bai-${i}`,
          lead: '',
          body_html: '',
          section_id: section.id,
          status: 'published' as const,
          published_at: new Date(start + Math.floor((span * i) / count)).toISOString(),
          created_at: now,
          updated_at: now,
          byline: '',
          author_id: author.id,
          featured_image_id: null,
          featured_caption: '',
          featured_credit: '',
          seo_title: '',
          seo_description: '',
          trashed_at: null,
          status_before_trash: null,
        })),
      )
      .returning('id')
      .execute();
    await k
      .insertInto('article_royalties')
      .values(rows.map((r) => ({ article_id: r.id, stage: 'approved' as const, genre_id: 1, coefficient: 250, updated_by: chief.id, updated_at: now })))
      .execute();
    await k
      .insertInto('article_royalty_shares')
      .values(
        rows.flatMap((r) => [
          { article_id: r.id, stage: 'approved' as const, position: 0, user_id: author.id, contributor_id: null, kind_id: 1, share: 7000 },
          { article_id: r.id, stage: 'approved' as const, position: 1, user_id: chief.id, contributor_id: null, kind_id: 2, share: 3000 },
        ]),
      )
      .execute();
  }
  await closeMonth(k, ZONE, { id: chief.id, role: 'editor_in_chief' }, '2025-11', new Date());
  await sql`ANALYZE`.execute(k);
  const filtered = await time('first open month, nothing touched since closing', () => monthStatement(k, ZONE, '2025-12'));
  await setUnitValue(k, { id: chief.id, role: 'editor_in_chief' }, { effectiveFrom: '2024-06-01', value: '234000', note: '' });
  const full = await time('first open month after a unit value change (every article recomputed)', () => monthStatement(k, ZONE, '2025-12'));
  console.log(`ratio full / filtered: ×${(full / filtered).toFixed(1)}`);
} finally {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
}
