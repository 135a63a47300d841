import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, rename } from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { FormatEnum, Metadata } from 'sharp';
import { loadSharp } from './sharp.js';
import type { Database, Image } from '../db/schema.js';
import { imageSearchText } from './search-text.js';

/** Widths of the WebP variants the reading site offers in srcset. */
export const VARIANT_WIDTHS = [320, 640, 1024, 1600];
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_PIXELS = 40_000_000;

const FORMATS: Record<string, { mime: string; ext: string }> = {
  jpeg: { mime: 'image/jpeg', ext: 'jpg' },
  png: { mime: 'image/png', ext: 'png' },
  webp: { mime: 'image/webp', ext: 'webp' },
  gif: { mime: 'image/gif', ext: 'gif' },
};

export class ImageRejectedError extends Error {}

export interface ImageDetails {
  originalName: string;
  alt: string;
  caption?: string;
  credit?: string;
  uploadedBy?: number | null;
}

/** Relative to the media folder: two-character fan-out keeps directories small. */
export function imageFile(hash: string, name: string): string {
  return path.join(hash.slice(0, 2), name);
}

export function variantName(hash: string, width: number): string {
  return `${hash}-${width}.webp`;
}

/** Writes through a temp file and fsyncs, so an acknowledged upload survives a crash. */
export async function writeDurably(file: string, data: Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  // Unique per write: two uploads of the same image at once must not share a temp file.
  const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, file);
  const dir = await open(path.dirname(file), 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

/** The stored original of an image, relative to the media folder. */
export function originalFile(hash: string, mime: string): string {
  const format = Object.values(FORMATS).find((f) => f.mime === mime);
  if (!format) throw new ImageRejectedError(`Định dạng ảnh không nhận: ${mime}`);
  return imageFile(hash, `${hash}.${format.ext}`);
}

/** Writes an image's WebP variants from its stored original (an import brings only originals). */
export async function writeVariants(mediaDir: string, hash: string, original: Buffer, widths: number[]): Promise<void> {
  const sharp = await loadSharp();
  for (const width of widths) {
    const variant = await sharp(original, { limitInputPixels: MAX_PIXELS }).resize({ width, withoutEnlargement: true }).webp({ quality: 78 }).toBuffer();
    await writeDurably(path.join(mediaDir, imageFile(hash, variantName(hash, width))), variant);
  }
}

export function variantWidths(width: number): number[] {
  const below = VARIANT_WIDTHS.filter((w) => w < width);
  // Never upscale: below the largest variant, the last one is the original's own width. Above it,
  // that largest width is already in the list and must not be written twice at once.
  const largest = Math.min(width, Math.max(...VARIANT_WIDTHS));
  return below.includes(largest) ? below : [...below, largest];
}

/**
 * Stores an image once per content hash: the original re-encoded without metadata (drops EXIF GPS),
 * plus WebP variants. The format is recognised from the bytes, never from the file name.
 */
/** The name every file of an image is derived from, and the key that makes a second upload a no-op. */
export function contentHash(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export async function storeImage(db: Kysely<Database>, mediaDir: string, data: Buffer, details: ImageDetails): Promise<Image> {
  const hash = contentHash(data);
  const known = await db.selectFrom('images').selectAll().where('hash', '=', hash).executeTakeFirst();
  if (known) return known;
  if (data.length === 0) throw new ImageRejectedError('Tệp rỗng.');
  if (data.length > MAX_UPLOAD_BYTES) throw new ImageRejectedError('Ảnh vượt quá 20 MB.');
  const alt = details.alt.trim().normalize('NFC');
  if (!alt) throw new ImageRejectedError('Cần có mô tả ảnh (alt) cho người đọc khiếm thị.');

  const sharp = await loadSharp();
  let metadata: Metadata;
  try {
    // Only the header is read here; the pixel limit is checked below with a message of its own.
    metadata = await sharp(data, { limitInputPixels: false }).metadata();
  } catch {
    throw new ImageRejectedError('Tệp không phải ảnh JPEG, PNG, WebP hoặc GIF.');
  }
  const format = metadata.format ? FORMATS[metadata.format] : undefined;
  if (!format) throw new ImageRejectedError('Chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF.');
  const { width, height } = orientedSize(metadata);
  if (width * height > MAX_PIXELS) throw new ImageRejectedError('Ảnh vượt quá 40 megapixel.');

  const widths = variantWidths(width);
  let original: Buffer;
  let variants: { w: number; variant: Buffer }[];
  try {
    original = await sharp(data, { limitInputPixels: MAX_PIXELS, animated: format.ext === 'gif' })
      .rotate()
      .toFormat(metadata.format as keyof FormatEnum)
      .toBuffer();
    variants = await Promise.all(
      widths.map(async (w) => ({
        w,
        variant: await sharp(data, { limitInputPixels: MAX_PIXELS }).rotate().resize({ width: w, withoutEnlargement: true }).webp({ quality: 78 }).toBuffer(),
      })),
    );
  } catch {
    // A header that reads well over pixels that do not (a cut-off download, a damaged file), or an
    // animation whose frames together pass the pixel limit: refused before anything is written.
    throw new ImageRejectedError('Ảnh bị hỏng hoặc quá lớn để xử lý (tối đa 40 megapixel).');
  }
  await writeDurably(path.join(mediaDir, imageFile(hash, `${hash}.${format.ext}`)), original);
  await Promise.all(variants.map(({ w, variant }) => writeDurably(path.join(mediaDir, imageFile(hash, variantName(hash, w))), variant)));

  const originalName = details.originalName.normalize('NFC').slice(0, 255);
  const caption = (details.caption ?? '').trim().normalize('NFC');
  return db
    .insertInto('images')
    .values({
      hash,
      original_name: originalName,
      mime: format.mime,
      width,
      height,
      bytes: data.length,
      variants: widths.join(','),
      alt,
      caption,
      credit: (details.credit ?? '').trim().normalize('NFC'),
      uploaded_by: details.uploadedBy ?? null,
      created_at: new Date().toISOString(),
      search_text: imageSearchText({ alt, caption, original_name: originalName }),
    })
    .onConflict((oc) => oc.column('hash').doNothing())
    .returningAll()
    .executeTakeFirst()
    .then(async (row) => row ?? (await db.selectFrom('images').selectAll().where('hash', '=', hash).executeTakeFirstOrThrow()));
}

/** EXIF orientations 5–8 swap width and height once the image is turned upright. */
function orientedSize(metadata: Metadata): { width: number; height: number } {
  const width = metadata.width ?? 0;
  const height = metadata.pageHeight ?? metadata.height ?? 0;
  return (metadata.orientation ?? 1) >= 5 ? { width: height, height: width } : { width, height };
}
