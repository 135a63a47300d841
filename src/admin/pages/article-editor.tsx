import { WORD_IMPORT_PATH } from '../routes/word-import.js';
import type { ComponentChildren } from 'preact';
import type { Image, Section } from '../../db/schema.js';
import { LIMITS } from '../../newsroom/articles.js';
import type { ArticleForm, FormErrors, FormField } from '../article-input.js';
import type { AdminContext } from '../context.js';
import { AdminLayout, CsrfField } from '../layout.js';
import { NEW_DRAFT_AUTOSAVE_PATH } from '../article-fields.js';
import { SEO_ADVISED } from '../desk-rules.js';
import { LengthCounter, TagChips, TextStatsLine } from './article-tools.js';
import { articleAdminPath } from './article-parts.js';
import { ConflictPanel, type ConflictView } from './conflict-panel.js';
import { LiveState, WorkflowPanel, type WorkflowInfo } from './article-workflow.js';
import { FeaturedImagePicker } from './media-dialog.js';

export interface EditorPageProps {
  ctx: AdminContext;
  timeZone: string;
  sections: Section[];
  /** Null for a new article (the form then creates it). */
  articleId: number | null;
  /** The version the form was loaded from: the base of the next save. */
  version: number;
  form: ArticleForm;
  errors?: FormErrors;
  notice?: { kind: 'ok' | 'error'; text: string };
  conflict?: ConflictView;
  /** Who else has the article open, and where the editor's heartbeat goes (src/newsroom/presence.ts). */
  presence?: { message: string; url: string; intervalMs: number };
  workflow?: WorkflowInfo;
  /** The picture the featured field names, for its thumbnail. */
  featuredImage?: Image | null;
  /** Of the form's tags, those that would be created by saving (marked "mới"). */
  newTags?: string[];
  /** The bundled editor script and stylesheet, when they have been built. */
  assets?: { script?: string; css?: string };
}

interface FieldProps {
  name: FormField;
  label: string;
  errors: FormErrors;
  hint?: string;
  children: (describedBy: string | undefined) => ComponentChildren;
}

function inputId(name: FormField): string {
  return name === 'body_html' ? 'body-html' : `f-${name.replace(/_/g, '-')}`;
}

/** Label, control, hint and error message of one field, tied together for screen readers. */
function Field({ name, label, errors, hint, children }: FieldProps) {
  const id = inputId(name);
  const error = errors[name];
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id}>{label}</label>
      {children(describedBy)}
      {hint ? (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function sectionLabel(section: Section): string {
  const depth = section.path.split('/').length - 1;
  return `${'— '.repeat(depth)}${section.name}`;
}

export function EditorPage(props: EditorPageProps) {
  const { ctx, form, sections, articleId, workflow } = props;
  const errors = props.errors ?? {};
  const isNew = articleId === null;
  const action = isNew ? '/admin/bai-viet' : articleAdminPath(articleId);
  const title = isNew ? 'Viết bài mới' : `Sửa bài: ${form.title.trim() || 'chưa có tiêu đề'}`;
  const text = (name: FormField, label: string, max: number, hint?: string) => (
    <Field name={name} label={label} errors={errors} hint={hint}>
      {(describedBy) => <input id={inputId(name)} name={name} type="text" value={form[name]} maxLength={max} aria-describedby={describedBy} />}
    </Field>
  );
  return (
    <AdminLayout ctx={ctx} title={title}>
      {/* First in the page, so the editor's styles arrive before the form is drawn. */}
      {props.assets?.css ? <link rel="stylesheet" href={props.assets.css} /> : null}
      <h1>{isNew ? 'Viết bài mới' : 'Sửa bài'}</h1>
      {props.notice ? (
        <p class={`alert alert-${props.notice.kind}`} role={props.notice.kind === 'error' ? 'alert' : 'status'}>
          {props.notice.text}
        </p>
      ) : null}
      {props.presence ? (
        <p
          id="dang-sua"
          class="alert alert-warn"
          role="status"
          data-url={props.presence.url}
          data-interval={String(props.presence.intervalMs)}
          hidden={!props.presence.message}
        >
          {props.presence.message}
        </p>
      ) : null}
      {workflow ? <LiveState info={workflow} timeZone={props.timeZone} /> : null}
      {errors.form ? (
        <p class="alert alert-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <div class={workflow ? 'editor-layout with-side' : 'editor-layout'}>
        {/* First in the page so a phone shows it under the title; beside the form on a wide screen. */}
        {workflow ? <WorkflowPanel info={workflow} csrfToken={ctx.csrfToken} timeZone={props.timeZone} /> : null}
        <form
          id="article-form"
          method="post"
          action={action}
          class="form editor-form"
          data-autosave-url={isNew ? NEW_DRAFT_AUTOSAVE_PATH : articleAdminPath(articleId, '/autosave')}
        >
          <CsrfField token={ctx.csrfToken} />
          {isNew ? null : <input type="hidden" name="version" value={String(props.version)} />}
          <Field name="title" label="Tiêu đề" errors={errors}>
            {(describedBy) => (
              <input id="f-title" name="title" type="text" value={form.title} required maxLength={LIMITS.title} aria-describedby={describedBy} />
            )}
          </Field>
          {text(
            'slug',
            'Đường dẫn',
            LIMITS.slug,
            workflow?.publicUrl
              ? `Địa chỉ hiện tại: ${workflow.publicUrl}. Đổi đường dẫn thì địa chỉ cũ vẫn tự chuyển sang địa chỉ mới khi bản sửa được đăng.`
              : 'Chữ không dấu, số và dấu gạch ngang (tự chuyển từ chữ có dấu). Để trống thì tạo từ tiêu đề.',
          )}
          <p class="hint slug-preview" data-slug-preview="" hidden />
          <Field name="lead" label="Sapo" errors={errors}>
            {(describedBy) => <textarea id="f-lead" name="lead" rows={3} maxLength={LIMITS.lead} aria-describedby={describedBy} value={form.lead} />}
          </Field>
          <Field name="body_html" label="Nội dung" errors={errors} hint="Không có JavaScript thì sửa trực tiếp mã HTML của bài.">
            {(describedBy) => <textarea id="body-html" name="body_html" rows={20} data-editor="" aria-describedby={describedBy} value={form.body_html} />}
          </Field>
          <TextStatsLine lead={form.lead} bodyHtml={form.body_html} />
          <button type="button" class="button secondary" data-word-import="" data-url={WORD_IMPORT_PATH} hidden>
            Nhập từ Word
          </button>
          <Field name="section_id" label="Chuyên mục" errors={errors}>
            {(describedBy) => (
              <select id="f-section-id" name="section_id" required aria-describedby={describedBy}>
                <option value="">Chọn chuyên mục</option>
                {sections.map((section) => (
                  <option key={section.id} value={section.id} selected={form.section_id === String(section.id)}>
                    {sectionLabel(section)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            name="tags"
            label="Chủ đề"
            errors={errors}
            hint="Cách nhau bằng dấu phẩy. Gõ vài chữ, có dấu hay không, để chọn chủ đề đã có; chủ đề chưa có được đánh dấu “mới”."
          >
            {(describedBy) => (
              <>
                <input
                  id="f-tags"
                  name="tags"
                  type="text"
                  value={form.tags}
                  maxLength={2000}
                  autoComplete="off"
                  aria-describedby={describedBy}
                  data-tag-input=""
                />
                <TagChips tags={form.tags} newTags={props.newTags} />
              </>
            )}
          </Field>
          {text('byline', 'Bút danh', LIMITS.byline)}
          <fieldset class="fieldset">
            <legend>Ảnh đại diện</legend>
            <FeaturedImagePicker
              image={props.featuredImage ?? null}
              value={form.featured_image_id}
              error={errors.featured_image_id}
              articleId={articleId}
              role={ctx.user?.role}
            />
            {text('featured_caption', 'Chú thích ảnh', LIMITS.caption)}
            {text('featured_credit', 'Nguồn ảnh', LIMITS.caption)}
          </fieldset>
          <fieldset class="fieldset">
            <legend>SEO (không bắt buộc)</legend>
            <Field name="seo_title" label="Tiêu đề SEO" errors={errors}>
              {(describedBy) => (
                <>
                  <input
                    id="f-seo-title"
                    name="seo_title"
                    type="text"
                    value={form.seo_title}
                    maxLength={LIMITS.seoTitle}
                    aria-describedby={[describedBy, 'f-seo-title-count'].filter(Boolean).join(' ')}
                  />
                  <LengthCounter forId="f-seo-title" value={form.seo_title} advised={SEO_ADVISED.seo_title} max={LIMITS.seoTitle} />
                </>
              )}
            </Field>
            <Field name="seo_description" label="Mô tả SEO" errors={errors}>
              {(describedBy) => (
                <>
                  <textarea
                    id="f-seo-description"
                    name="seo_description"
                    rows={2}
                    maxLength={LIMITS.seoDescription}
                    aria-describedby={[describedBy, 'f-seo-description-count'].filter(Boolean).join(' ')}
                    value={form.seo_description}
                  />
                  <LengthCounter forId="f-seo-description" value={form.seo_description} advised={SEO_ADVISED.seo_description} max={LIMITS.seoDescription} />
                </>
              )}
            </Field>
          </fieldset>
          <p id="autosave-status" role="status" class="hint" />
          <button type="submit" class="button">
            {isNew ? 'Tạo bản nháp' : workflow?.live ? 'Lưu bản sửa (chưa đăng)' : 'Lưu'}
          </button>
          {isNew ? null : (
            <a class="button button-secondary preview-link" href={articleAdminPath(articleId, '/xem-truoc')} target="_blank" data-preview="">
              Xem trước
            </a>
          )}
        </form>
        {props.conflict ? <ConflictPanel conflict={props.conflict} /> : null}
      </div>
      {props.assets?.script ? <script src={props.assets.script} defer /> : null}
    </AdminLayout>
  );
}
