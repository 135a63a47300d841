import type { SectionErrors } from '../../content/section-admin.js';
import { SECTION_DESCRIPTION_MAX, SECTION_NAME_MAX, SECTION_SLUG_MAX } from '../../content/section-admin.js';
import { sectionTree, type SectionNode } from '../../content/sections.js';
import { sectionPath } from '../../content/urls.js';
import type { Section } from '../../db/schema.js';
import type { AdminContext } from '../context.js';
import { AdminLayout, CsrfField } from '../layout.js';
import { describedBy, FieldError, FlashMessage, type Flash } from './admin-notice.js';

/** What the section form shows: the person's own text when it comes back with errors. */
export interface SectionFormValues {
  name: string;
  slug: string;
  parentId: string;
  description: string;
  inMenu: boolean;
}

export const EMPTY_SECTION_FORM: SectionFormValues = { name: '', slug: '', parentId: '', description: '', inMenu: true };

export interface ParentChoice {
  section: Section;
  level: number;
}

function SectionFields({ values, errors, parents, prefix }: { values: SectionFormValues; errors: SectionErrors; parents: ParentChoice[]; prefix: string }) {
  const id = (name: string) => `${prefix}-${name}`;
  return (
    <>
      <label for={id('name')}>Tên chuyên mục</label>
      <input
        id={id('name')}
        name="name"
        type="text"
        value={values.name}
        maxLength={SECTION_NAME_MAX}
        required
        aria-describedby={describedBy(id('name'), errors.name)}
      />
      <FieldError id={id('name')} message={errors.name} />
      <label for={id('slug')}>Đường dẫn (slug)</label>
      <input
        id={id('slug')}
        name="slug"
        type="text"
        value={values.slug}
        maxLength={SECTION_SLUG_MAX}
        pattern="[a-z0-9]+(-[a-z0-9]+)*"
        aria-describedby={describedBy(id('slug'), errors.slug) ?? id('slug-hint')}
      />
      <p id={id('slug-hint')} class="hint">
        Để trống thì tạo từ tên, ví dụ "Nông nghiệp" thành "nong-nghiep". Đổi đường dẫn thì địa chỉ các bài trong chuyên mục đổi theo; địa chỉ cũ vẫn chuyển tới
        địa chỉ mới.
      </p>
      <FieldError id={id('slug')} message={errors.slug} />
      <label for={id('parent')}>Thuộc chuyên mục</label>
      <select id={id('parent')} name="parent_id" aria-describedby={describedBy(id('parent'), errors.parent)}>
        <option value="">— Cấp cao nhất —</option>
        {parents.map(({ section, level }) => (
          <option key={section.id} value={String(section.id)} selected={values.parentId === String(section.id)}>
            {`${'— '.repeat(level - 1)}${section.name}`}
          </option>
        ))}
      </select>
      <FieldError id={id('parent')} message={errors.parent} />
      <label for={id('description')}>Mô tả (cho công cụ tìm kiếm)</label>
      <textarea
        id={id('description')}
        name="description"
        rows={2}
        maxLength={SECTION_DESCRIPTION_MAX}
        aria-describedby={describedBy(id('description'), errors.description)}
      >
        {values.description}
      </textarea>
      <FieldError id={id('description')} message={errors.description} />
      <label class="checkbox">
        <input type="checkbox" name="in_menu" value="1" checked={values.inMenu} /> Hiện trên thanh chuyên mục
      </label>
    </>
  );
}

function SmallButton({
  action,
  csrf,
  label,
  fields = {},
  title,
}: {
  action: string;
  csrf: string;
  label: string;
  fields?: Record<string, string>;
  title?: string;
}) {
  return (
    <form method="post" action={action} class="inline-form">
      <CsrfField token={csrf} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" class="button-small" title={title}>
        {label}
      </button>
    </form>
  );
}

function TreeRows({ nodes, csrf }: { nodes: SectionNode[]; csrf: string }) {
  return (
    <ul class="section-tree">
      {nodes.map((node, i) => {
        const base = `/admin/chuyen-muc/${node.id}`;
        return (
          <li key={node.id}>
            <div class="section-row">
              <span class="section-name">
                <a href={base}>{node.name}</a> <code>{sectionPath(node.path)}</code>
                {node.in_menu ? null : <span class="tag-muted"> (ẩn khỏi thanh chuyên mục)</span>}
              </span>
              <span class="section-actions">
                {i > 0 ? <SmallButton action={`${base}/thu-tu`} csrf={csrf} label="↑" title={`Đưa "${node.name}" lên`} fields={{ huong: 'len' }} /> : null}
                {i < nodes.length - 1 ? (
                  <SmallButton action={`${base}/thu-tu`} csrf={csrf} label="↓" title={`Đưa "${node.name}" xuống`} fields={{ huong: 'xuong' }} />
                ) : null}
                <SmallButton
                  action={`${base}/menu`}
                  csrf={csrf}
                  label={node.in_menu ? 'Ẩn khỏi menu' : 'Hiện trên menu'}
                  fields={{ hien: node.in_menu ? '0' : '1' }}
                />
                <a class="button-small" href={base}>
                  Sửa, chuyển
                </a>
                <SmallButton action={`${base}/xoa`} csrf={csrf} label="Xóa" title={`Xóa "${node.name}"`} />
              </span>
            </div>
            {node.children.length > 0 ? <TreeRows nodes={node.children} csrf={csrf} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

export interface SectionsPageProps {
  ctx: AdminContext;
  sections: Section[];
  parents: ParentChoice[];
  form: SectionFormValues;
  errors?: SectionErrors;
  flash?: Flash | null;
}

export function SectionsPage({ ctx, sections, parents, form, errors = {}, flash }: SectionsPageProps) {
  return (
    <AdminLayout ctx={ctx} title="Chuyên mục">
      <h1>Chuyên mục</h1>
      <FlashMessage flash={flash} />
      {errors.form ? <FlashMessage flash={{ kind: 'error', text: errors.form }} /> : null}
      <section class="panel">
        <h2>Cây chuyên mục</h2>
        {sections.length === 0 ? <p class="empty">Chưa có chuyên mục nào.</p> : <TreeRows nodes={sectionTree(sections)} csrf={ctx.csrfToken} />}
        <p class="hint">Chỉ xóa được chuyên mục không còn bài viết nào (kể cả trong chuyên mục con).</p>
      </section>
      <section class="panel">
        <h2>Thêm chuyên mục</h2>
        <form method="post" action="/admin/chuyen-muc" class="form">
          <CsrfField token={ctx.csrfToken} />
          <SectionFields values={form} errors={errors} parents={parents} prefix="new" />
          <button type="submit" class="button">
            Thêm chuyên mục
          </button>
        </form>
      </section>
    </AdminLayout>
  );
}

export interface SectionEditProps {
  ctx: AdminContext;
  section: Section;
  position: { index: number; count: number };
  parents: ParentChoice[];
  form: SectionFormValues;
  errors?: SectionErrors;
  flash?: Flash | null;
}

export function SectionEditPage({ ctx, section, position, parents, form, errors = {}, flash }: SectionEditProps) {
  const base = `/admin/chuyen-muc/${section.id}`;
  return (
    <AdminLayout ctx={ctx} title={`Chuyên mục ${section.name}`}>
      <p>
        <a href="/admin/chuyen-muc">« Tất cả chuyên mục</a>
      </p>
      <h1>Chuyên mục: {section.name}</h1>
      <FlashMessage flash={flash} />
      {errors.form ? <FlashMessage flash={{ kind: 'error', text: errors.form }} /> : null}
      <section class="panel">
        <h2>Đổi tên, đường dẫn, chuyển chỗ</h2>
        <p class="hint">
          Địa chỉ hiện tại: <code>{sectionPath(section.path)}</code>
        </p>
        <form method="post" action={base} class="form">
          <CsrfField token={ctx.csrfToken} />
          <SectionFields values={form} errors={errors} parents={parents} prefix="edit" />
          <button type="submit" class="button">
            Lưu
          </button>
        </form>
      </section>
      <section class="panel">
        <h2>Thứ tự</h2>
        <form method="post" action={`${base}/thu-tu`} class="form form-inline">
          <CsrfField token={ctx.csrfToken} />
          <label for="vi-tri">{`Vị trí trong cùng cấp (1–${position.count})`}</label>
          <input id="vi-tri" name="vi_tri" type="number" min={1} max={position.count} value={String(position.index)} required />
          <button type="submit" class="button">
            Đặt vị trí
          </button>
        </form>
      </section>
    </AdminLayout>
  );
}
