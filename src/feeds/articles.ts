import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { filtered, type ListFilter } from '../content/articles.js';
import { articlePath, authorPath } from '../content/urls.js';
import type { Database } from '../db/schema.js';
import { imageFile, variantName } from '../media/store.js';
import { bestVariantUrl, imageWidths } from '../media/urls.js';

/** What feeds and sitemaps say about one live article: plain data, rendered by pure functions. */
export interface FeedImage {
  /** Site-relative URL of the WebP variant closest to 1024 px. */
  url: string;
  width: number;
  height: number;
  /** Size of that file in bytes (0 when the file is missing). */
  bytes: number;
  type: string;
  alt: string;
  caption: string;
}

export interface FeedArticle {
  id: number;
  title: string;
  lead: string;
  bodyHtml: string;
  path: string;
  publishedAt: string;
  updatedAt: string;
  /** The pen name printed under the story. */
  byline: string;
  author: { name: string; path: string } | null;
  section: { name: string; path: string };
  tags: { name: string; slug: string }[];
  image: FeedImage | null;
}

export const FEED_IMAGE_WIDTH = 1024;

/** Files are named after their content, so a size once read never changes; the map stays small. */
const fileSizes = new Map<string, number>();
const FILE_SIZE_ENTRIES = 10_000;

async function fileSize(file: string): Promise<number> {
  const known = fileSizes.get(file);
  if (known !== undefined) return known;
  const bytes = await stat(file).then(
    (s) => s.size,
    () => 0,
  );
  if (bytes > 0) {
    if (fileSizes.size >= FILE_SIZE_ENTRIES) fileSizes.delete(fileSizes.keys().next().value as string);
    fileSizes.set(file, bytes);
  }
  return bytes;
}

export interface VariantImage {
  hash: string;
  variants: string;
  width: number;
  height: number;
}

/** The variant closest to `target` px, with its real size: variants keep the original's proportions. */
export function variantSize(image: VariantImage, target: number): { url: string; width: number; height: number } {
  const widths = imageWidths(image);
  // Every stored image has at least one variant; without one, the original's size.
  const width = widths.find((w) => w >= target) ?? widths.at(-1) ?? image.width;
  const scale = image.width > 0 ? Math.min(1, width / image.width) : 1;
  return { url: bestVariantUrl(image, target), width: Math.round(image.width * scale), height: Math.round(image.height * scale) };
}

export async function feedImage(mediaDir: string, image: VariantImage & { alt: string; caption: string }): Promise<FeedImage> {
  const chosen = variantSize(image, FEED_IMAGE_WIDTH);
  const width = imageWidths(image).find((w) => w >= FEED_IMAGE_WIDTH) ?? imageWidths(image).at(-1) ?? 0;
  const bytes = await fileSize(path.join(mediaDir, imageFile(image.hash, variantName(image.hash, width))));
  return { ...chosen, bytes, type: 'image/webp', alt: image.alt, caption: image.caption };
}

/** The newest `limit` live articles matching the filter, newest first, with tags and image. */
export async function loadFeedArticles(db: Kysely<Database>, mediaDir: string, now: string, filter: ListFilter, limit: number): Promise<FeedArticle[]> {
  const rows = await filtered(db, now, filter)
    .leftJoin('users', 'users.id', 'articles.author_id')
    .select(['articles.body_html', 'articles.updated_at', 'images.caption as image_caption', 'users.display_name as author_name', 'users.slug as author_slug'])
    .orderBy('articles.published_at', 'desc')
    .orderBy('articles.id', 'desc')
    .limit(limit)
    .execute();
  const tags = await tagsByArticle(
    db,
    rows.map((r) => r.id),
  );
  return Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      title: row.title,
      lead: row.lead,
      bodyHtml: row.body_html,
      path: articlePath(row.section_path, row.slug, row.id),
      publishedAt: row.published_at ?? row.updated_at,
      updatedAt: row.updated_at,
      byline: row.byline,
      author: row.author_name && row.author_slug ? { name: row.author_name, path: authorPath(row.author_slug) } : null,
      section: { name: row.section_name, path: `/${row.section_path}` },
      tags: tags.get(row.id) ?? [],
      image: row.image_hash
        ? await feedImage(mediaDir, {
            hash: row.image_hash,
            variants: row.image_variants ?? '',
            width: row.image_width ?? 0,
            height: row.image_height ?? 0,
            alt: row.image_alt ?? '',
            caption: row.image_caption ?? '',
          })
        : null,
    })),
  );
}

export async function tagsByArticle(db: Kysely<Database>, ids: number[]): Promise<Map<number, { name: string; slug: string }[]>> {
  const byArticle = new Map<number, { name: string; slug: string }[]>();
  if (ids.length === 0) return byArticle;
  const rows = await db
    .selectFrom('article_tags')
    .innerJoin('tags', 'tags.id', 'article_tags.tag_id')
    .select(['article_tags.article_id', 'tags.name', 'tags.slug'])
    .where('article_tags.article_id', 'in', ids)
    .orderBy('article_tags.article_id')
    .orderBy('article_tags.position')
    .execute();
  for (const row of rows) {
    const list = byArticle.get(row.article_id) ?? [];
    list.push({ name: row.name, slug: row.slug });
    byArticle.set(row.article_id, list);
  }
  return byArticle;
}

/**
 * When the newest change any feed could reflect happened: the newest item, or the newest workflow
 * step anywhere (an unpublished story leaves a feed without touching the items that remain).
 */
export async function lastChange(db: Kysely<Database>, items: Pick<FeedArticle, 'publishedAt' | 'updatedAt'>[]): Promise<Date | null> {
  const audit = await db.selectFrom('audit_log').select('created_at').orderBy('id', 'desc').limit(1).executeTakeFirst();
  const times = [...items.flatMap((i) => [i.publishedAt, i.updatedAt]), audit?.created_at ?? ''].filter(Boolean).map((t) => Date.parse(t));
  return times.length ? new Date(Math.max(...times)) : null;
}
