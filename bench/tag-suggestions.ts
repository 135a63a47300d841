/**
 * Tag suggestions benchmark: N articles (default 100,000, nine in ten live) with three tags each out
 * of T tags (default 20,000) in SQLite, where a query holds the event loop while it runs. Times
 * suggestTags() (matching in the tags table alone, then counting for at most 200 candidates) against
 * the baseline of matching over the join of tags, article_tags and articles, in the same run, and
 * prints the ratio.
 *
 *   node --import tsx bench/tag-suggestions.ts [--articles 100000] [--tags 20000]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createSection } from '../src/content/sections.js';
import { openDatabase } from '../src/db/connection.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { suggestTags } from '../src/newsroom/tag-suggestions.js';
import { slugify } from '../src/vi/index.js';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '100000' }, tags: { type: 'string', default: '20000' } } });
const articleCount = Number(values.articles);
const tagCount = Number(values.tags);
const dir = mkdtempSync(path.join(tmpdir(), 'toasoan-bench-tags-'));
const db = openDatabase(`sqlite:${path.join(dir, 'bench.db')}`);
const SYLLABLES = [
  'nông',
  'nghiệp',
  'thôn',
  'mới',
  'sơn',
  'la',
  'lúa',
  'chè',
  'cà',
  'phê',
  'giao',
  'thông',
  'đại',
  'hội',
  'xã',
  'huyện',
  'tỉnh',
  'biên',
  'giới',
  'mùa',
  'lũ',
  'bão',
  'điện',
  'ruộng',
];
const QUERIES = ['nong', 'la', 'ng', 'bao dien', 'son la', 'xyz'];

/** The straightforward query: match and count over the whole join, then keep the best eight. */
async function baseline(typed: string) {
  const slug = slugify(typed);
  return db.kysely
    .selectFrom('tags')
    .innerJoin('article_tags', 'article_tags.tag_id', 'tags.id')
    .innerJoin('articles', 'articles.id', 'article_tags.article_id')
    .where((eb) => eb.or([eb('articles.status', '=', 'published'), eb('articles.author_id', '=', 1)]))
    .select(['tags.name', (eb) => eb.fn.count<number>('articles.id').distinct().as('n')])
    .where((eb) => eb.or([eb('tags.slug', 'like', `${slug}%`), eb('tags.slug', 'like', `%-${slug}%`)]))
    .groupBy(['tags.id', 'tags.name'])
    .orderBy('n', 'desc')
    .limit(8)
    .execute();
}

async function worst(run: (q: string) => Promise<unknown>): Promise<number> {
  for (const q of QUERIES) await run(q);
  let max = 0;
  for (let round = 0; round < 3; round++) {
    for (const q of QUERIES) {
      const t0 = performance.now();
      await run(q);
      max = Math.max(max, performance.now() - t0);
    }
  }
  return max;
}

try {
  await migrateToLatest(db);
  const section = await createSection(db.kysely, { name: 'Thời sự', slug: 'thoi-su', parentId: null });
  const now = new Date().toISOString();
  await db.kysely.transaction().execute(async (trx) => {
    for (let i = 0; i < tagCount; i += 500) {
      const rows = Array.from({ length: Math.min(500, tagCount - i) }, (_v, j) => {
        const n = i + j;
        const name = `${SYLLABLES[n % 24]} ${SYLLABLES[(n * 7) % 24]} ${SYLLABLES[(n * 13) % 24]} ${n}`;
        return { name, slug: slugify(name) };
      });
      await trx.insertInto('tags').values(rows).execute();
    }
    for (let i = 0; i < articleCount; i += 500) {
      const rows = Array.from({ length: Math.min(500, articleCount - i) }, (_v, j) => ({
        title: `Bài ${i + j}`,
        slug: `bai-${i + j}`,
        lead: '',
        body_html: '',
        section_id: section.id,
        status: (i + j) % 10 === 0 ? ('draft' as const) : ('published' as const),
        published_at: now,
        created_at: now,
        updated_at: now,
        byline: '',
        author_id: null,
        featured_image_id: null,
        featured_caption: '',
        featured_credit: '',
        seo_title: '',
        seo_description: '',
        trashed_at: null,
        status_before_trash: null,
      }));
      const ids = (await trx.insertInto('articles').values(rows).returning('id').execute()).map((r) => r.id);
      await trx
        .insertInto('article_tags')
        .values(ids.flatMap((id) => [0, 1, 2].map((position) => ({ article_id: id, tag_id: ((id * 31 + position * 7919) % tagCount) + 1, position }))))
        .execute();
    }
  });
  const ours = await worst((q) => suggestTags(db.kysely, 1, q));
  const base = await worst(baseline);
  console.log(`${articleCount} articles, ${tagCount} tags; slowest of ${QUERIES.length * 3} suggestions (the event loop is held as long):`);
  console.log(`  suggestTags: ${ours.toFixed(1)} ms`);
  console.log(`  baseline (match over the join): ${base.toFixed(1)} ms`);
  console.log(`  ratio: ${(base / ours).toFixed(1)}× faster`);
} finally {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
}
