import type { Image } from '../../db/schema.js';
import { LIBRARY_PAGE_SIZE, TEXT_LIMITS, type ImageTextErrors } from '../../media/library.js';
import { formatShortDate } from '../../vi/index.js';
import type { AdminContext } from '../context.js';
import { AdminLayout, CsrfField } from '../layout.js';
import {
  articleEditorPath,
  featuredPickPath,
  imagePagePath,
  LIBRARY_PATH,
  PICK_MODES,
  pickerParams,
  Thumbnail,
  withQuery,
  type Picker,
} from './media-parts.js';

/** /admin/anh: the upload form (plain, and drag-and-drop once the script runs) and the library's grid. */

export interface UploadValues {
  alt: string;
  caption: string;
  credit: string;
}

export interface MediaLibraryProps {
  ctx: AdminContext;
  timeZone: string;
  picker: Picker | null;
  query: string;
  page: number;
  total: number;
  images: Image[];
  /** Ids of images just uploaded, marked in the grid. */
  fresh: number[];
  notice?: { kind: 'ok' | 'error'; text: string };
  upload?: { values: UploadValues; errors: ImageTextErrors };
  scriptUrl?: string;
}

function PickerBanner({ picker }: { picker: Picker }) {
  const target = picker.articleId !== null ? `bài #${picker.articleId}` : 'bài mới';
  return (
    <p class="alert media-picker-banner">
      Đang chọn {PICK_MODES[picker.mode]} cho {target}. <a href={articleEditorPath(picker)}>Quay lại bài viết</a> · <a href={LIBRARY_PATH}>Thoát chế độ chọn</a>
    </p>
  );
}

function UploadForm({ ctx, picker, upload }: { ctx: AdminContext; picker: Picker | null; upload?: MediaLibraryProps['upload'] }) {
  const values = upload?.values ?? { alt: '', caption: '', credit: '' };
  const errors = upload?.errors ?? {};
  return (
    <form id="media-upload-form" method="post" action={LIBRARY_PATH} enctype="multipart/form-data" class="form">
      <CsrfField token={ctx.csrfToken} />
      {Object.entries(pickerParams(picker)).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label for="m-file">Tệp ảnh</label>
      <input id="m-file" name="file" type="file" accept="image/jpeg,image/png,image/webp,image/gif" required aria-describedby="m-file-hint" />
      <p id="m-file-hint" class="hint">
        JPEG, PNG, WebP hoặc GIF; tối đa 20 MB và 40 megapixel. Vị trí chụp (GPS) trong ảnh sẽ được xóa.
      </p>
      <label for="m-alt">Mô tả ảnh (alt, bắt buộc)</label>
      {errors.alt ? (
        <p id="m-alt-error" class="field-error">
          {errors.alt}
        </p>
      ) : null}
      <input
        id="m-alt"
        name="alt"
        type="text"
        required
        maxLength={TEXT_LIMITS.alt}
        value={values.alt}
        aria-describedby={errors.alt ? 'm-alt-error' : 'm-alt-hint'}
      />
      <p id="m-alt-hint" class="hint">
        Ảnh cho thấy gì, cho người đọc không nhìn thấy ảnh.
      </p>
      <label for="m-caption">Chú thích</label>
      <input id="m-caption" name="caption" type="text" maxLength={TEXT_LIMITS.caption} value={values.caption} />
      <label for="m-credit">Nguồn ảnh</label>
      <input id="m-credit" name="credit" type="text" maxLength={TEXT_LIMITS.credit} value={values.credit} placeholder="Ảnh: Thu Hà" />
      <button type="submit" class="button">
        Tải lên
      </button>
    </form>
  );
}

/** Filled and shown by public/assets/media.js; without JavaScript it stays hidden and the form above is used. */
function DropZone() {
  return (
    <div id="media-drop" class="media-drop" hidden>
      <p class="media-drop-target" id="media-drop-target">
        Kéo và thả ảnh vào đây (một hoặc nhiều ảnh), hoặc{' '}
        <label class="media-drop-choose">
          chọn tệp
          <input id="media-drop-input" type="file" multiple accept="image/jpeg,image/png,image/webp,image/gif" />
        </label>
        .
      </p>
      <p class="hint">JPEG, PNG, WebP hoặc GIF; tối đa 20 MB và 40 megapixel mỗi ảnh. Mỗi ảnh cần một mô tả (alt) trước khi tải lên.</p>
      <ol id="media-queue" class="media-queue" />
      <button id="media-upload-all" type="button" class="button" hidden>
        Tải lên
      </button>
      <p id="media-drop-status" class="hint" role="status" />
    </div>
  );
}

function ImageCard({ image, picker, fresh, timeZone }: { image: Image; picker: Picker | null; fresh: boolean; timeZone: string }) {
  return (
    <li class={fresh ? 'media-item media-item-fresh' : 'media-item'} data-image-id={image.id}>
      <a class="media-thumb" href={imagePagePath(image.id, picker)}>
        <Thumbnail image={image} />
      </a>
      <p class="media-caption">{image.caption || image.alt}</p>
      <p class="hint">
        #{image.id} · {image.original_name} · {image.width}×{image.height} · {formatShortDate(new Date(image.created_at), timeZone)}
      </p>
      {picker?.mode === 'anh-dai-dien' ? (
        <a class="button media-pick" href={featuredPickPath(picker, image.id)}>
          Chọn làm ảnh đại diện
        </a>
      ) : picker?.mode === 'noi-dung' ? (
        <a class="button media-pick" href={imagePagePath(image.id, picker)}>
          Chèn vào nội dung
        </a>
      ) : null}
    </li>
  );
}

function Pager({ picker, query, page, total }: { picker: Picker | null; query: string; page: number; total: number }) {
  const pages = Math.max(1, Math.ceil(total / LIBRARY_PAGE_SIZE));
  if (pages <= 1) return null;
  const url = (n: number) => withQuery(LIBRARY_PATH, { ...pickerParams(picker), q: query, trang: n > 1 ? n : undefined });
  return (
    <nav class="pager media-pager" aria-label="Trang">
      {page > 1 ? <a href={url(page - 1)}>« Trang trước</a> : null}
      <span>
        Trang {page}/{pages}
      </span>
      {page < pages ? <a href={url(page + 1)}>Trang sau »</a> : null}
    </nav>
  );
}

export function MediaLibraryPage(props: MediaLibraryProps) {
  const { ctx, picker, query, images, total } = props;
  return (
    <AdminLayout ctx={ctx} title="Thư viện ảnh">
      <h1>Thư viện ảnh</h1>
      {picker ? <PickerBanner picker={picker} /> : null}
      {props.notice ? (
        <p class={`alert alert-${props.notice.kind}`} role={props.notice.kind === 'error' ? 'alert' : 'status'}>
          {props.notice.text}
        </p>
      ) : null}
      <section class="panel media-upload" aria-labelledby="media-upload-heading">
        <h2 id="media-upload-heading">Tải ảnh lên</h2>
        <UploadForm ctx={ctx} picker={picker} upload={props.upload} />
        <DropZone />
      </section>
      <section aria-labelledby="media-list-heading">
        <h2 id="media-list-heading">Ảnh trong thư viện</h2>
        <form method="get" action={LIBRARY_PATH} class="form form-inline" role="search">
          {Object.entries(pickerParams(picker)).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <label for="m-q">Tìm ảnh</label>
          <input id="m-q" name="q" type="search" value={query} placeholder="Chú thích, mô tả hoặc tên tệp" />
          <button type="submit" class="button button-secondary">
            Tìm
          </button>
        </form>
        <p class="hint" id="media-count">
          {query ? `${total} ảnh khớp với “${query}”` : `${total} ảnh`}
        </p>
        {images.length > 0 ? (
          <ul class="media-grid">
            {images.map((image) => (
              <ImageCard key={image.id} image={image} picker={picker} fresh={props.fresh.includes(image.id)} timeZone={props.timeZone} />
            ))}
          </ul>
        ) : (
          <p>{query ? 'Không tìm thấy ảnh nào.' : 'Thư viện chưa có ảnh nào.'}</p>
        )}
        <Pager picker={picker} query={query} page={props.page} total={total} />
      </section>
      {props.scriptUrl ? <script src={props.scriptUrl} defer /> : null}
    </AdminLayout>
  );
}
