import { createHash } from 'node:crypto';
import { mkdir, open, rename } from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import sharp from 'sharp';
import type { Database, Image } from '../db/schema.js';

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
async function writeDurably(file: string, data: Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
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

function variantWidths(width: number): number[] {
  const widths = VARIANT_WIDTHS.filter((w) => w < width);
  // Never upscale: the largest variant is the original's own width.
  return [...widths, Math.min(width, VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1])];
}

/**
 * Stores an image once per content hash: the original re-encoded without metadata (drops EXIF GPS),
 * plus WebP variants. The format is recognised from the bytes, never from the file name.
 */
export async function storeImage(db: Kysely<Database>, mediaDir: string, data: Buffer, details: ImageDetails): Promise<Image> {
  const hash = createHash('sha256').update(data).digest('hex');
  const known = await db.selectFrom('images').selectAll().where('hash', '=', hash).executeTakeFirst();
  if (known) return known;
  if (data.length === 0) throw new ImageRejectedError('Tệp rỗng.');
  if (data.length > MAX_UPLOAD_BYTES) throw new ImageRejectedError('Ảnh vượt quá 20 MB.');
  const alt = details.alt.trim().normalize('NFC');
  if (!alt) throw new ImageRejectedError('Cần có mô tả ảnh (alt) cho người đọc khiếm thị.');

  let metadata: sharp.Metadata;
  try {
    metadata = await sharp(data, { limitInputPixels: MAX_PIXELS }).metadata();
  } catch {
    throw new ImageRejectedError('Tệp không phải ảnh JPEG, PNG, WebP hoặc GIF.');
  }
  const format = metadata.format ? FORMATS[metadata.format] : undefined;
  if (!format) throw new ImageRejectedError('Chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF.');
  const { width, height } = orientedSize(metadata);
  if (width * height > MAX_PIXELS) throw new ImageRejectedError('Ảnh vượt quá 40 megapixel.');

  const original = await sharp(data, { limitInputPixels: MAX_PIXELS, animated: format.ext === 'gif' })
    .rotate()
    .toFormat(metadata.format as keyof sharp.FormatEnum)
    .toBuffer();
  const widths = variantWidths(width);
  const variants = await Promise.all(
    widths.map((w) =>
      sharp(data, { limitInputPixels: MAX_PIXELS }).rotate().resize({ width: w, withoutEnlargement: true }).webp({ quality: 78 }).toBuffer(),
    ),
  );
  await writeDurably(path.join(mediaDir, imageFile(hash, `${hash}.${format.ext}`)), original);
  await Promise.all(widths.map((w, i) => writeDurably(path.join(mediaDir, imageFile(hash, variantName(hash, w))), variants[i])));

  return db
    .insertInto('images')
    .values({
      hash,
      original_name: details.originalName.normalize('NFC').slice(0, 255),
      mime: format.mime,
      width,
      height,
      bytes: data.length,
      variants: widths.join(','),
      alt,
      caption: (details.caption ?? '').trim().normalize('NFC'),
      credit: (details.credit ?? '').trim().normalize('NFC'),
      uploaded_by: details.uploadedBy ?? null,
      created_at: new Date().toISOString(),
    })
    .onConflict((oc) => oc.column('hash').doNothing())
    .returningAll()
    .executeTakeFirst()
    .then(async (row) => row ?? (await db.selectFrom('images').selectAll().where('hash', '=', hash).executeTakeFirstOrThrow()));
}

/** EXIF orientations 5–8 swap width and height once the image is turned upright. */
function orientedSize(metadata: sharp.Metadata): { width: number; height: number } {
  const width = metadata.width ?? 0;
  const height = metadata.pageHeight ?? metadata.height ?? 0;
  return (metadata.orientation ?? 1) >= 5 ? { width: height, height: width } : { width, height };
}
