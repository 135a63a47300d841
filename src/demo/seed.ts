import type { Kysely } from 'kysely';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { insertComment } from '../comments/comments.js';
import { createSection } from '../content/sections.js';
import type { Database, Image, Section } from '../db/schema.js';
import { storeImage } from '../media/store.js';
import { addArticle } from '../newsroom/articles.js';
import { createUser } from '../newsroom/users.js';
import { Picture } from '../site/components.js';
import { localDateKey, wallClock, zonedTimeToInstant } from '../vi/index.js';
import { articlesA } from './articles-a.js';
import { articlesB } from './articles-b.js';
import { renderScene } from './images.js';
import { demoAuthors, demoSections } from './sections.js';
import type { DemoArticle, DemoBlock, DemoImage } from './types.js';

export const demoArticles: DemoArticle[] = [...articlesA, ...articlesB];

export interface SeedOptions {
  mediaDir: string;
  timeZone: string;
  now?: Date;
  /** Width of the drawn pictures; tests use small ones to stay fast. */
  imageWidth?: number;
  onProgress?: (done: number, total: number) => void;
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

function publishTime(article: DemoArticle, index: number, now: Date, timeZone: string): Date {
  const day = wallClock(new Date(now.getTime() - article.daysAgo * DAY_MS), timeZone);
  const at = zonedTimeToInstant({ ...day, hour: article.hour, minute: article.minute }, timeZone);
  // Today's stories set later than now would sit unpublished: pull them into the past.
  return at.getTime() > now.getTime() ? new Date(now.getTime() - (index + 1) * 9 * MINUTE_MS) : at;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function figureHtml(image: Image, demo: DemoImage): string {
  const picture = renderToString(h(Picture, { image, sizes: '(min-width: 760px) 720px, 100vw' }));
  const credit = demo.credit ? ` <span class="credit">${escapeText(demo.credit)}</span>` : '';
  return `<figure class="inline-image">${picture}<figcaption>${escapeText(demo.caption)}${credit}</figcaption></figure>`;
}

function bodyHtml(blocks: DemoBlock[], figures: Map<DemoImage, Image>): string {
  return blocks
    .map((block) => {
      if ('p' in block) return `<p>${escapeText(block.p)}</p>`;
      if ('h2' in block) return `<h2>${escapeText(block.h2)}</h2>`;
      if ('quote' in block) {
        const cite = block.cite ? `<cite>${escapeText(block.cite)}</cite>` : '';
        return `<blockquote><p>${escapeText(block.quote)}</p>${cite}</blockquote>`;
      }
      const image = figures.get(block.figure);
      return image ? figureHtml(image, block.figure) : '';
    })
    .join('\n');
}

async function createSections(db: Kysely<Database>): Promise<Map<string, Section>> {
  const byPath = new Map<string, Section>();
  for (const [position, s] of demoSections.entries()) {
    const parentPath = s.path.includes('/') ? s.path.slice(0, s.path.lastIndexOf('/')) : null;
    const parent = parentPath ? byPath.get(parentPath) : undefined;
    const slug = s.path.slice(s.path.lastIndexOf('/') + 1);
    const section = await createSection(db, { name: s.name, slug, parentId: parent?.id ?? null, description: s.description, inMenu: s.inMenu, position });
    byPath.set(s.path, section);
  }
  return byPath;
}

async function createAuthors(db: Kysely<Database>): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const [username, author] of Object.entries(demoAuthors)) {
    const user = await createUser(db, { username, displayName: author.displayName, role: 'reporter', bio: author.bio });
    ids.set(username, user.id);
  }
  return ids;
}

/** A small deterministic generator, so the demo's view counts look the same on every install. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function seedViews(db: Kysely<Database>, articleIds: number[], now: Date, timeZone: string): Promise<void> {
  const random = seededRandom(2020);
  for (const id of articleIds) {
    let total = 0;
    const rows = [];
    for (let daysAgo = 0; daysAgo < 7; daysAgo++) {
      const views = Math.floor(random() * random() * 900);
      total += views;
      if (views > 0) rows.push({ article_id: id, day: localDateKey(new Date(now.getTime() - daysAgo * DAY_MS), timeZone), views });
    }
    if (rows.length > 0) await db.insertInto('article_views_daily').values(rows).execute();
    await db
      .updateTable('articles')
      .set({ view_count: total + Math.floor(random() * 3000) })
      .where('id', '=', id)
      .execute();
  }
}

/** Fills an empty database with the demo newspaper: sections, reporters, articles, pictures, comments. */
export async function seedDemo(db: Kysely<Database>, options: SeedOptions): Promise<{ articles: number }> {
  const now = options.now ?? new Date();
  const width = options.imageWidth ?? 1200;
  const height = Math.round((width * 5) / 8);
  const sections = await createSections(db);
  const authors = await createAuthors(db);
  const ids: number[] = [];
  for (const [index, demo] of demoArticles.entries()) {
    const section = sections.get(demo.section);
    if (!section) throw new Error(`demo article "${demo.title}" names unknown section ${demo.section}`);
    const draw = async (image: DemoImage, seed: number) =>
      storeImage(db, options.mediaDir, await renderScene(image.scene, seed, width, height), {
        originalName: `${image.scene}-${seed}.jpg`,
        alt: image.alt,
        caption: image.caption,
        credit: image.credit,
      });
    const featured = await draw(demo.image, index * 2 + 1);
    const figures = new Map<DemoImage, Image>();
    for (const block of demo.body) if ('figure' in block) figures.set(block.figure, await draw(block.figure, index * 2 + 2));
    const publishedAt = publishTime(demo, index, now, options.timeZone);
    const article = await addArticle(
      db,
      {
        title: demo.title,
        lead: demo.lead,
        bodyHtml: bodyHtml(demo.body, figures),
        sectionId: section.id,
        status: 'published',
        publishedAt: publishedAt.toISOString(),
        byline: demo.byline,
        authorId: authors.get(demo.author) ?? null,
        featuredImageId: featured.id,
        featuredCaption: demo.image.caption,
        featuredCredit: demo.image.credit,
        tags: demo.tags,
      },
      { source: 'Báo mẫu', now },
    );
    await seedComments(db, article.id, demo, publishedAt, now);
    ids.push(article.id);
    options.onProgress?.(index + 1, demoArticles.length);
  }
  await seedViews(db, ids, now, options.timeZone);
  return { articles: ids.length };
}

async function seedComments(db: Kysely<Database>, articleId: number, demo: DemoArticle, publishedAt: Date, now: Date): Promise<void> {
  let at = publishedAt.getTime();
  // Readers answer within the hour, but never in the future of a story published minutes ago.
  const next = () => new Date(Math.min((at += 47 * MINUTE_MS), now.getTime() - MINUTE_MS)).toISOString();
  for (const c of demo.comments ?? []) {
    const parent = await insertComment(db, {
      articleId,
      parentId: null,
      name: c.name,
      email: '',
      body: c.body,
      ipHash: 'demo',
      status: 'approved',
      createdAt: next(),
    });
    for (const r of c.replies ?? []) {
      await insertComment(db, { articleId, parentId: parent.id, name: r.name, email: '', body: r.body, ipHash: 'demo', status: 'approved', createdAt: next() });
    }
  }
}
