import type { Image } from '../../db/schema.js';
import { TEXT_LIMITS, type ImageText, type ImageTextErrors } from '../../media/library.js';
import { bestVariantUrl, imageWidths, variantUrl } from '../../media/urls.js';
import { formatShortDate } from '../../vi/index.js';
import type { AdminContext } from '../context.js';
import { AdminLayout, CsrfField } from '../layout.js';
import {
  articleEditorPath,
  featuredPickPath,
  figureHtml,
  formatBytes,
  imagePagePath,
  LIBRARY_PATH,
  originalUrl,
  pickerParams,
  withQuery,
  type Picker,
} from './media-parts.js';

/** /admin/anh/{id}: one image, its text to edit, and what to put in an article to use it. */

export interface MediaImageProps {
  ctx: AdminContext;
  timeZone: string;
  image: Image;
  picker: Picker | null;
  uploaderName: string | null;
  /** The person's own text after a refused save; the image's otherwise. */
  form?: ImageText;
  errors?: ImageTextErrors;
  notice?: { kind: 'ok' | 'error'; text: string };
  scriptUrl?: string;
}

function TextField(props: { name: keyof ImageText; label: string; value: string; errors: ImageTextErrors; required?: boolean; hint?: string }) {
  const id = `mi-${props.name}`;
  const error = props.errors[props.name];
  const describedBy = error ? `${id}-error` : props.hint ? `${id}-hint` : undefined;
  return (
    <>
      <label for={id}>{props.label}</label>
      {error ? (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      ) : null}
      <input
        id={id}
        name={props.name}
        type="text"
        value={props.value}
        maxLength={TEXT_LIMITS[props.name]}
        required={props.required}
        aria-describedby={describedBy}
      />
      {props.hint ? (
        <p id={`${id}-hint`} class="hint">
          {props.hint}
        </p>
      ) : null}
    </>
  );
}

function UseInArticle({ image, picker }: { image: Image; picker: Picker | null }) {
  const figure = figureHtml(image);
  return (
    <section class="panel media-use" aria-labelledby="media-use-heading">
      <h2 id="media-use-heading">Dùng trong bài viết</h2>
      {picker?.mode === 'anh-dai-dien' ? (
        <p>
          <a class="button" href={featuredPickPath(picker, image.id)}>
            Chọn làm ảnh đại diện
          </a>
        </p>
      ) : null}
      <p>
        Ảnh đại diện: nhập mã ảnh <strong id="media-image-id">{image.id}</strong> vào ô “Mã ảnh” của bài viết.
      </p>
      <label for="media-figure-html">Chèn vào nội dung (mã HTML)</label>
      <textarea id="media-figure-html" class="media-code" rows={5} readOnly value={figure} />
      <p class="hint">Dán vào ô nội dung khi sửa mã HTML. Trong trình soạn thảo, nút “Ảnh” tìm và chèn ảnh của thư viện mà không phải rời bài viết.</p>
      <button type="button" class="button button-secondary" data-copy="media-figure-html" hidden>
        Sao chép mã HTML
      </button>
      <label for="media-image-url">Địa chỉ ảnh</label>
      <input id="media-image-url" class="media-code" type="text" readOnly value={bestVariantUrl(image, 1024)} />
      {picker ? (
        <p>
          <a href={articleEditorPath(picker)}>Quay lại bài viết</a>
        </p>
      ) : null}
    </section>
  );
}

export function MediaImagePage({ ctx, timeZone, image, picker, uploaderName, form, errors = {}, notice, scriptUrl }: MediaImageProps) {
  const values = form ?? { alt: image.alt, caption: image.caption, credit: image.credit };
  const title = image.caption || image.alt;
  return (
    <AdminLayout ctx={ctx} title={`Ảnh #${image.id}`}>
      <p>
        <a href={withQuery(LIBRARY_PATH, pickerParams(picker))}>« Thư viện ảnh</a>
      </p>
      <h1>
        Ảnh #{image.id}: {title}
      </h1>
      {notice ? (
        <p class={`alert alert-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      ) : null}
      <div class="media-detail">
        <figure class="media-preview">
          <img
            src={bestVariantUrl(image, 640)}
            srcset={imageWidths(image)
              .map((w) => `${variantUrl(image, w)} ${w}w`)
              .join(', ')}
            sizes="(min-width: 900px) 560px, 100vw"
            width={image.width}
            height={image.height}
            alt={image.alt}
          />
          <figcaption class="hint">
            {image.original_name} · {image.width}×{image.height} px · {formatBytes(image.bytes)} · tải lên{' '}
            {formatShortDate(new Date(image.created_at), timeZone)}
            {uploaderName ? ` bởi ${uploaderName}` : ''} · <a href={originalUrl(image)}>ảnh gốc</a> · bản WebP:{' '}
            {imageWidths(image).map((w, i) => (
              <span key={w}>
                {i > 0 ? ', ' : ''}
                <a href={variantUrl(image, w)}>{w}px</a>
              </span>
            ))}
          </figcaption>
        </figure>
        <section class="panel" aria-labelledby="media-edit-heading">
          <h2 id="media-edit-heading">Thông tin ảnh</h2>
          <form method="post" action={imagePagePath(image.id, picker)} class="form">
            <CsrfField token={ctx.csrfToken} />
            <TextField
              name="alt"
              label="Mô tả ảnh (alt, bắt buộc)"
              value={values.alt}
              errors={errors}
              required
              hint="Ảnh cho thấy gì, cho người đọc không nhìn thấy ảnh."
            />
            <TextField name="caption" label="Chú thích" value={values.caption} errors={errors} />
            <TextField name="credit" label="Nguồn ảnh" value={values.credit} errors={errors} />
            <button type="submit" class="button">
              Lưu
            </button>
          </form>
        </section>
      </div>
      <UseInArticle image={image} picker={picker} />
      {scriptUrl ? <script src={scriptUrl} defer /> : null}
    </AdminLayout>
  );
}
