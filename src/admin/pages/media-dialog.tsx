import type { Kysely } from 'kysely';
import type { Database, Image, UserRole } from '../../db/schema.js';
import { PERMISSIONS } from '../../newsroom/permissions.js';
import { LIBRARY_PATH, Thumbnail } from './media-parts.js';

/**
 * The featured picture of the article form: a thumbnail of the chosen picture, its id in a plain
 * number field, and links to the media library (which hands the pick back with `?anh=`) — all of it
 * works without JavaScript. The editor's script (src/client/featured-image.ts) hides the number and
 * the links and offers the picture dialog instead, which picks without leaving the form.
 *
 * It also tells the script where the library answers (`data-media-library`) and whether this person
 * may upload (`data-may-upload`), for the featured picture and the body's pictures alike.
 */

export interface FeaturedImagePickerProps {
  /** The picture the field names now, when it is in the library. */
  image: Image | null;
  /** The field as typed (a refused save shows the person's own value back). */
  value: string;
  error?: string;
  articleId: number | null;
  role: UserRole | undefined;
}

export function mayUpload(role: UserRole | undefined): boolean {
  return role !== undefined && PERMISSIONS['media.upload'].includes(role);
}

export function FeaturedImagePicker({ image, value, error, articleId, role }: FeaturedImagePickerProps) {
  const describedBy = error ? 'f-featured-image-id-error' : undefined;
  const article = articleId ? `&bai=${articleId}` : '';
  return (
    <div class="featured-picker" data-featured-picker="" data-media-library={LIBRARY_PATH} data-may-upload={mayUpload(role) ? '1' : '0'}>
      <div class="featured-preview" data-featured-preview="" data-caption={image?.caption} data-credit={image?.credit} aria-live="polite">
        {image ? (
          <figure>
            <Thumbnail image={image} />
            <figcaption class="hint">
              Ảnh #{image.id}: {image.alt}
            </figcaption>
          </figure>
        ) : (
          <p class="hint">{value.trim() ? `Không tìm thấy ảnh mã ${value.trim()} trong thư viện.` : 'Chưa chọn ảnh đại diện.'}</p>
        )}
      </div>
      <div class={error ? 'field field-invalid' : 'field'} data-featured-id-field="">
        <label for="f-featured-image-id">Mã ảnh</label>
        <input id="f-featured-image-id" name="featured_image_id" type="number" min={1} step={1} value={value} aria-describedby={describedBy} />
        {error ? (
          <p id="f-featured-image-id-error" class="field-error">
            {error}
          </p>
        ) : null}
      </div>
      <p class="picker-links" data-featured-links="">
        <a href={`${LIBRARY_PATH}?chon=anh-dai-dien${article}`}>Chọn ảnh đại diện từ thư viện</a>
        {articleId ? (
          <>
            {' · '}
            <a href={`${LIBRARY_PATH}?chon=noi-dung&bai=${articleId}`}>Lấy ảnh chèn vào bài</a>
          </>
        ) : null}
      </p>
      <p class="picker-buttons" data-featured-buttons="" hidden>
        <button type="button" class="button secondary" data-featured-choose="">
          {image ? 'Đổi ảnh đại diện…' : 'Chọn ảnh đại diện…'}
        </button>{' '}
        <button type="button" class="button secondary" data-featured-clear="" hidden={!value.trim()}>
          Bỏ ảnh đại diện
        </button>
      </p>
    </div>
  );
}

/** The picture the featured field names, for its thumbnail. */
export async function featuredImageOf(db: Kysely<Database>, value: string): Promise<Image | null> {
  const id = /^\s*[1-9]\d{0,11}\s*$/.test(value) ? Number(value) : null;
  if (id === null) return null;
  return (await db.selectFrom('images').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}
