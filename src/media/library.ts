import type { Kysely } from 'kysely';
import type { Database, Image } from '../db/schema.js';
import { imageSearchText, searchWords } from './search-text.js';

/** The media library's queries: browsing, searching, and the person-written text of an image. */

export const LIBRARY_PAGE_SIZE = 24;

/** Longest alt text, caption and credit the library accepts (the article form has its own limits). */
export const TEXT_LIMITS = { alt: 500, caption: 1000, credit: 200 } as const;

export interface LibraryPage {
  images: Image[];
  total: number;
}

/**
 * Newest first. Every word of the query must begin a word of the image's folded alt text, caption or
 * file name, so "ruong bac thang" finds "Ruộng bậc thang" and "ruong-bac-thang.jpg", and "ba" finds
 * "bậc" but not "Thái Bình". The words hold only letters and digits, so they need no LIKE escaping.
 */
export async function listImages(db: Kysely<Database>, query: string, page: number): Promise<LibraryPage> {
  const words = searchWords(query).slice(0, 10);
  let base = db.selectFrom('images');
  for (const word of words) base = base.where('search_text', 'like', `% ${word}%`);
  const [images, count] = await Promise.all([
    base
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(LIBRARY_PAGE_SIZE)
      .offset((page - 1) * LIBRARY_PAGE_SIZE)
      .execute(),
    base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  // PostgreSQL returns count(*) as a string (bigint).
  return { images, total: Number(count.n) };
}

export function findImage(db: Kysely<Database>, id: number): Promise<Image | undefined> {
  return db.selectFrom('images').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findImageByHash(db: Kysely<Database>, hash: string): Promise<Image | undefined> {
  return db.selectFrom('images').selectAll().where('hash', '=', hash).executeTakeFirst();
}

export interface ImageText {
  alt: string;
  caption: string;
  credit: string;
}

export type ImageTextErrors = Partial<Record<keyof ImageText, string>>;

/** Trimmed, NFC, with the reasons it cannot be saved (empty when it can). */
export function checkImageText(input: ImageText): { text: ImageText; errors: ImageTextErrors } {
  const clean = (value: string) => value.normalize('NFC').replace(/\s+/g, ' ').trim();
  const text = { alt: clean(input.alt), caption: clean(input.caption), credit: clean(input.credit) };
  const errors: ImageTextErrors = {};
  if (!text.alt) errors.alt = 'Cần có mô tả ảnh (alt) cho người đọc khiếm thị và công cụ tìm kiếm.';
  for (const key of Object.keys(TEXT_LIMITS) as (keyof ImageText)[]) {
    if (text[key].length > TEXT_LIMITS[key]) errors[key] = `Tối đa ${TEXT_LIMITS[key]} ký tự.`;
  }
  return { text, errors };
}

/** Saves checked text; the folded search text follows it so the image is found by its new words. */
export async function updateImageText(db: Kysely<Database>, image: Image, text: ImageText): Promise<Image> {
  const updated = await db
    .updateTable('images')
    .set({ ...text, search_text: imageSearchText({ ...text, original_name: image.original_name }) })
    .where('id', '=', image.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return updated;
}
