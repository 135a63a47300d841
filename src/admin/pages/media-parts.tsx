import type { Image } from '../../db/schema.js';
import { pictureAttributes } from '../../media/body-pictures.js';
import { imageWidths, variantUrl } from '../../media/urls.js';
import { mediaPath } from '../../content/urls.js';

/**
 * What the media library's pages share: the picker's URLs and the HTML an image is put into a body
 * with.
 *
 * The picker contract with the article screens:
 * - `/admin/anh?chon=anh-dai-dien&bai={articleId}` lists images with a "Chọn làm ảnh đại diện" link
 *   to `/admin/bai-viet/{articleId}?anh={imageId}` (`/admin/bai-viet/moi?anh={imageId}` without `bai`);
 *   the article editor reads `anh` and puts it in its `featured_image_id` field.
 * - `/admin/anh?chon=noi-dung&bai={articleId}` leads to each image's page, which shows the figure HTML
 *   and the URLs to put in the body, and a link back to the article.
 */

export const LIBRARY_PATH = '/admin/anh';

export type PickMode = 'anh-dai-dien' | 'noi-dung';

export interface Picker {
  mode: PickMode;
  /** The article being edited; null for an article not yet created. */
  articleId: number | null;
}

export const PICK_MODES: Record<PickMode, string> = {
  'anh-dai-dien': 'ảnh đại diện',
  'noi-dung': 'ảnh trong nội dung',
};

/** Query parameters that carry the picker through search, pages, uploads and an image's page. */
export function pickerParams(picker: Picker | null): Record<string, string> {
  if (!picker) return {};
  return { chon: picker.mode, ...(picker.articleId !== null ? { bai: String(picker.articleId) } : {}) };
}

export function withQuery(path: string, params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') query.set(key, String(value));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export function imagePagePath(id: number, picker: Picker | null = null): string {
  return withQuery(`${LIBRARY_PATH}/${id}`, pickerParams(picker));
}

export function articleEditorPath(picker: Picker): string {
  return picker.articleId !== null ? `/admin/bai-viet/${picker.articleId}` : '/admin/bai-viet/moi';
}

/** Where choosing an image as the featured image leads: back to the article, the image's id in `anh`. */
export function featuredPickPath(picker: Picker, imageId: number): string {
  return withQuery(articleEditorPath(picker), { anh: imageId });
}

export function originalUrl(image: Pick<Image, 'hash' | 'mime'>): string {
  const ext = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/gif': 'gif' }[image.mime] ?? 'bin';
  return mediaPath(image.hash, `${image.hash}.${ext}`);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The body's figure, in the form the reading site and the editor's figure node both use: a reference
 * to the library image (data-media-id, from which the reading site draws srcset, sizes, width and
 * height) with a source of its own for the editor, the feeds and the API.
 */
export function figureHtml(image: Image): string {
  const { src, width, height } = pictureAttributes(image);
  const img = `<img src="${src}" alt="${escapeHtml(image.alt)}" width="${width}" height="${height}" data-media-id="${image.id}" loading="lazy" decoding="async">`;
  const credit = image.credit ? `<span class="credit">${escapeHtml(image.credit)}</span>` : '';
  const caption = [escapeHtml(image.caption), credit].filter(Boolean).join(' ');
  return `<figure class="inline-image">${img}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
}

/** A small picture for lists: the 320-px variant, drawn at most 160 px wide. */
export function Thumbnail({ image }: { image: Image }) {
  const widths = imageWidths(image);
  return (
    <img
      src={variantUrl(image, widths[0] ?? image.width)}
      srcset={widths
        .slice(0, 2)
        .map((w) => `${variantUrl(image, w)} ${w}w`)
        .join(', ')}
      sizes="160px"
      width={image.width}
      height={image.height}
      alt={image.alt}
      loading="lazy"
      decoding="async"
    />
  );
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
