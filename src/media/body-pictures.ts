import type { Kysely } from 'kysely';
import type { Database, Image } from '../db/schema.js';
import { bestVariantUrl, imageWidths, variantUrl } from './urls.js';

/**
 * Pictures of the media library in an article body. The body stores a reference, the image's id on
 * its `<img data-media-id="62" …>`, beside the alt text, caption and credit written for this article;
 * the reading site draws the picture from the library's current variants (src, srcset, sizes,
 * width, height), so a body figure loads the right size on every screen like the featured picture.
 */

/** The article column: the same `sizes` as the featured picture above the body. */
export const BODY_IMAGE_SIZES = '(min-width: 760px) 720px, 100vw';

/** What drawing a picture needs of its library row. */
export type LibraryPicture = Pick<Image, 'id' | 'hash' | 'variants' | 'width' | 'height'>;

/**
 * Only ever run on sanitised HTML (src/content/sanitize.ts): attributes there are double-quoted
 * with `"`, `<` and `>` escaped, so a tag ends at the first `>` and a value at the next `"`.
 */
const MEDIA_IMG = /<img\b[^>]*\sdata-media-id="(\d{1,12})"[^>]*>/g;
const ATTRIBUTE = /\s([a-z][a-z0-9-]*)="([^"]*)"/g;

/** The library images a body names, each once. */
export function mediaIdsIn(html: string): number[] {
  const ids = new Set<number>();
  for (const match of html.matchAll(MEDIA_IMG)) ids.add(Number(match[1]));
  return [...ids];
}

/** The attributes that come from the library; the article's own (alt, loading…) are kept. */
const FROM_LIBRARY = new Set(['src', 'srcset', 'sizes', 'width', 'height']);

export function pictureAttributes(image: LibraryPicture): Record<string, string> {
  return {
    src: bestVariantUrl(image, 1024),
    srcset: imageWidths(image)
      .map((w) => `${variantUrl(image, w)} ${w}w`)
      .join(', '),
    sizes: BODY_IMAGE_SIZES,
    width: String(image.width),
    height: String(image.height),
  };
}

/** The body with each library picture drawn from its image; a picture no longer in the library keeps what was stored. */
export function drawLibraryPictures(html: string, images: ReadonlyMap<number, LibraryPicture>): string {
  return html.replace(MEDIA_IMG, (tag, id: string) => {
    const image = images.get(Number(id));
    if (!image) return tag;
    const own = [...tag.matchAll(ATTRIBUTE)]
      .filter(([, name]) => name !== undefined && !FROM_LIBRARY.has(name) && name !== 'data-media-id')
      .map(([, name, value]) => ` ${name}="${value}"`);
    const drawn = Object.entries(pictureAttributes(image)).map(([name, value]) => ` ${name}="${value}"`);
    return `<img${drawn.join('')}${own.join('')} data-media-id="${id}" />`;
  });
}

/** Loads the pictures a body names and draws them; the ids are the page's cache tags for them. */
export async function renderBodyPictures(db: Kysely<Database>, html: string): Promise<{ html: string; imageIds: number[] }> {
  const ids = mediaIdsIn(html);
  if (ids.length === 0) return { html, imageIds: [] };
  const rows = await db.selectFrom('images').select(['id', 'hash', 'variants', 'width', 'height']).where('id', 'in', ids.slice(0, 500)).execute();
  return { html: drawLibraryPictures(html, new Map(rows.map((row) => [row.id, row]))), imageIds: rows.map((row) => row.id) };
}
