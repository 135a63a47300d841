import type { Kysely, Transaction } from 'kysely';
import type { Database, Section } from '../db/schema.js';
import { contentChanged, PageTags } from '../cache/changes.js';
import { slugify } from '../vi/index.js';
import { listSections, sectionAndDescendantIds } from './sections.js';

/**
 * Changing the section tree from the newsroom. A section's `path` is its slugs from the root, so a
 * rename of the slug or a move rewrites the paths of the whole subtree, in one transaction. Article
 * URLs carry the section path, but any path ending in `-{id}.html` finds the article and 301s to the
 * new canonical URL, so old links keep working.
 */

/** The public contract has `/{section}` and `/{section}/{subsection}` pages, nothing deeper. */
export const MAX_SECTION_DEPTH = 2;
export const SECTION_NAME_MAX = 100;
export const SECTION_SLUG_MAX = 80;
export const SECTION_DESCRIPTION_MAX = 300;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** First path segments the site already uses: a top-level section there would never be reached. */
const RESERVED_TOP_SLUGS = new Set(['admin', 'api', 'binh-luan', 'chu-de', 'healthz', 'luot-xem', 'media', 'readyz', 'static', 'tac-gia', 'tim-kiem']);

export type SectionField = 'name' | 'slug' | 'parent' | 'description' | 'form';
export type SectionErrors = Partial<Record<SectionField, string>>;

export class SectionInputError extends Error {
  constructor(readonly errors: SectionErrors) {
    super(Object.values(errors).join(' '));
  }
}

export interface SectionForm {
  name: string;
  /** Blank: made from the name. */
  slug: string;
  parentId: number | null;
  description: string;
  inMenu: boolean;
}

type Db = Kysely<Database> | Transaction<Database>;

function depth(byId: Map<number, Section>, parentId: number | null): number {
  let levels = 0;
  for (let id = parentId; id !== null; id = byId.get(id)?.parent_id ?? null) levels++;
  return levels;
}

/** Levels in the subtree under `id`, the section itself counted: 1 for a leaf. */
function height(sections: Section[], id: number): number {
  const children = sections.filter((s) => s.parent_id === id);
  return 1 + Math.max(0, ...children.map((c) => height(sections, c.id)));
}

function siblingsOf(sections: Section[], parentId: number | null): Section[] {
  return sections.filter((s) => s.parent_id === parentId).sort((a, b) => a.position - b.position || a.id - b.id);
}

interface Placement {
  name: string;
  slug: string;
  description: string;
}

/** Validates a create or an edit against the current tree; `id` is the section being edited. */
function check(sections: Section[], form: SectionForm, id: number | null): Placement {
  const errors: SectionErrors = {};
  const name = form.name.trim().normalize('NFC');
  const slug = (form.slug.trim() || slugify(name)).toLowerCase();
  const description = form.description.trim().normalize('NFC');
  const byId = new Map(sections.map((s) => [s.id, s]));
  if (!name) errors.name = 'Cần có tên chuyên mục.';
  else if (name.length > SECTION_NAME_MAX) errors.name = `Tên chuyên mục dài tối đa ${SECTION_NAME_MAX} ký tự.`;
  if (description.length > SECTION_DESCRIPTION_MAX) errors.description = `Mô tả dài tối đa ${SECTION_DESCRIPTION_MAX} ký tự.`;

  if (!slug) errors.slug = 'Cần có đường dẫn (slug); tên chỉ gồm ký tự đặc biệt thì hãy tự nhập.';
  else if (!SLUG.test(slug) || slug.length > SECTION_SLUG_MAX) {
    errors.slug = `Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang (tối đa ${SECTION_SLUG_MAX} ký tự), ví dụ "nong-nghiep".`;
  } else if (form.parentId === null && RESERVED_TOP_SLUGS.has(slug)) {
    errors.slug = `Đường dẫn "${slug}" trùng với một trang có sẵn của báo; hãy chọn đường dẫn khác.`;
  } else if (siblingsOf(sections, form.parentId).some((s) => s.slug === slug && s.id !== id)) {
    errors.slug = `Đã có chuyên mục với đường dẫn "${slug}" ở cùng cấp.`;
  }

  if (form.parentId !== null) {
    const parent = byId.get(form.parentId);
    if (!parent) errors.parent = 'Chuyên mục cha không tồn tại.';
    else if (id !== null && sectionAndDescendantIds(sections, id).includes(parent.id)) {
      errors.parent = 'Không thể chuyển một chuyên mục vào chính nó hoặc vào chuyên mục con của nó.';
    } else if (depth(byId, parent.id) + (id === null ? 1 : height(sections, id)) > MAX_SECTION_DEPTH) {
      errors.parent = `Cây chuyên mục chỉ có ${MAX_SECTION_DEPTH} cấp: chuyên mục cha đã là chuyên mục con, hoặc chuyên mục này còn chuyên mục con.`;
    }
  }
  if (Object.keys(errors).length > 0) throw new SectionInputError(errors);
  return { name, slug, description };
}

/** Every page shows the section menu: a change to the tree purges them all. */
async function afterTreeChange<T>(db: Kysely<Database>, result: T): Promise<T> {
  await contentChanged(db, [PageTags.sections]);
  return result;
}

export async function addSection(db: Kysely<Database>, form: SectionForm): Promise<Section> {
  return afterTreeChange(
    db,
    await db.transaction().execute(async (trx) => {
      const sections = await listSections(trx);
      const { name, slug, description } = check(sections, form, null);
      const parent = form.parentId === null ? undefined : sections.find((s) => s.id === form.parentId);
      const siblings = siblingsOf(sections, form.parentId);
      return trx
        .insertInto('sections')
        .values({
          parent_id: form.parentId,
          slug,
          path: parent ? `${parent.path}/${slug}` : slug,
          name,
          description,
          position: siblings.length > 0 ? Math.max(...siblings.map((s) => s.position)) + 1 : 0,
          in_menu: form.inMenu ? 1 : 0,
          created_at: new Date().toISOString(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    }),
  );
}

/** Rename, change the slug, move under another parent (to the end of its children), show or hide. */
export async function updateSection(db: Kysely<Database>, id: number, form: SectionForm): Promise<Section> {
  return afterTreeChange(
    db,
    await db.transaction().execute(async (trx) => {
      const sections = await listSections(trx);
      const current = sections.find((s) => s.id === id);
      if (!current) throw new SectionInputError({ form: 'Chuyên mục không tồn tại.' });
      const { name, slug, description } = check(sections, form, id);
      const parent = form.parentId === null ? undefined : sections.find((s) => s.id === form.parentId);
      const path = parent ? `${parent.path}/${slug}` : slug;
      const moved = form.parentId !== current.parent_id;
      const siblings = siblingsOf(sections, form.parentId).filter((s) => s.id !== id);
      await trx
        .updateTable('sections')
        .set({
          name,
          slug,
          path,
          description,
          in_menu: form.inMenu ? 1 : 0,
          parent_id: form.parentId,
          ...(moved ? { position: siblings.length > 0 ? Math.max(...siblings.map((s) => s.position)) + 1 : 0 } : {}),
        })
        .where('id', '=', id)
        .execute();
      if (path !== current.path) {
        // Descendants keep their own slugs under the new prefix. New paths cannot collide: the new
        // prefix was checked to be free among the new siblings.
        for (const childId of sectionAndDescendantIds(sections, id).slice(1)) {
          const child = sections.find((s) => s.id === childId);
          if (child)
            await trx
              .updateTable('sections')
              .set({ path: path + child.path.slice(current.path.length) })
              .where('id', '=', childId)
              .execute();
        }
      }
      return trx.selectFrom('sections').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    }),
  );
}

/** Puts the section at `position` (1 = first) among its siblings and renumbers them 0, 1, 2… */
export async function reorderSection(db: Kysely<Database>, id: number, position: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const sections = await listSections(trx);
    const current = sections.find((s) => s.id === id);
    if (!current) throw new SectionInputError({ form: 'Chuyên mục không tồn tại.' });
    const others = siblingsOf(sections, current.parent_id).filter((s) => s.id !== id);
    const index = Math.min(Math.max(position - 1, 0), others.length);
    const ordered = [...others.slice(0, index), current, ...others.slice(index)];
    for (const [i, s] of ordered.entries()) {
      if (s.position !== i) await trx.updateTable('sections').set({ position: i }).where('id', '=', s.id).execute();
    }
  });
  await afterTreeChange(db, undefined);
}

/** The 1-based position of a section among its siblings, for the up/down buttons. */
export function siblingIndex(sections: Section[], section: Section): { index: number; count: number } {
  const siblings = siblingsOf(sections, section.parent_id);
  return { index: siblings.findIndex((s) => s.id === section.id) + 1, count: siblings.length };
}

export async function setSectionInMenu(db: Db, id: number, inMenu: boolean): Promise<boolean> {
  const result = await db
    .updateTable('sections')
    .set({ in_menu: inMenu ? 1 : 0 })
    .where('id', '=', id)
    .executeTakeFirst();
  return afterTreeChange(db, Number(result.numUpdatedRows) > 0);
}

/**
 * Deletes a section and its subsections, only when none of them holds an article in any status
 * (drafts and the trash included: those still point at the section). Returns the names removed.
 */
export async function deleteSection(db: Kysely<Database>, id: number): Promise<string[]> {
  return afterTreeChange(
    db,
    await db.transaction().execute(async (trx) => {
      const sections = await listSections(trx);
      const current = sections.find((s) => s.id === id);
      if (!current) throw new SectionInputError({ form: 'Chuyên mục không tồn tại.' });
      const ids = sectionAndDescendantIds(sections, id);
      const row = await trx
        .selectFrom('articles')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('section_id', 'in', ids)
        .executeTakeFirstOrThrow();
      const articles = Number(row.n);
      if (articles > 0) {
        const where = ids.length > 1 ? ' (tính cả các chuyên mục con)' : '';
        throw new SectionInputError({
          form: `Không thể xóa "${current.name}": chuyên mục còn ${articles} bài viết${where}, kể cả bản nháp và bài trong thùng rác. Hãy chuyển các bài sang chuyên mục khác trước.`,
        });
      }
      await trx.deleteFrom('user_sections').where('section_id', 'in', ids).execute();
      // Deepest first: a parent cannot go while a child still points at it.
      for (const sectionId of [...ids].reverse()) await trx.deleteFrom('sections').where('id', '=', sectionId).execute();
      return ids.map((sid) => sections.find((s) => s.id === sid)?.name ?? '');
    }),
  );
}

/** Sections that `id` (null: a new section) may be placed under, in tree order, with their depth. */
export function parentChoices(sections: Section[], id: number | null): { section: Section; level: number }[] {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const own = id === null ? [] : sectionAndDescendantIds(sections, id);
  const levels = id === null ? 1 : height(sections, id);
  const out: { section: Section; level: number }[] = [];
  const visit = (parentId: number | null) => {
    for (const s of siblingsOf(sections, parentId)) {
      const level = depth(byId, s.id);
      if (!own.includes(s.id) && level + levels <= MAX_SECTION_DEPTH) out.push({ section: s, level });
      visit(s.id);
    }
  };
  visit(null);
  return out;
}
