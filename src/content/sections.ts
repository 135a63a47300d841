import type { Kysely } from 'kysely';
import { contentChanged, PageTags } from '../cache/changes.js';
import type { Database, Section } from '../db/schema.js';
import { fixedQuery } from './fixed-query.js';

export interface SectionNode extends Section {
  children: SectionNode[];
}

const allSections = fixedQuery((db) => db.selectFrom('sections').selectAll().orderBy('position').orderBy('id'));

/** Every section, in menu order: every page of the reading site shows them. */
export async function listSections(db: Kysely<Database>): Promise<Section[]> {
  return allSections(db, {});
}

/** Top-level sections with their children, in menu order. */
export function sectionTree(sections: Section[]): SectionNode[] {
  const nodes = new Map<number, SectionNode>(sections.map((s) => [s.id, { ...s, children: [] }]));
  const roots: SectionNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parent_id === null ? undefined : nodes.get(node.parent_id);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

export async function findSectionByPath(db: Kysely<Database>, path: string): Promise<Section | undefined> {
  return db.selectFrom('sections').selectAll().where('path', '=', path).executeTakeFirst();
}

/** The section and all sections below it: a section page lists its subsections' articles too. */
export function sectionAndDescendantIds(sections: Section[], rootId: number): number[] {
  const ids = [rootId];
  for (let i = 0; i < ids.length; i++) {
    for (const s of sections) if (s.parent_id === ids[i]) ids.push(s.id);
  }
  return ids;
}

/** From the top-level section down to this one, for breadcrumbs. */
export function sectionAncestry(sections: Section[], section: Section): Section[] {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const chain: Section[] = [];
  for (let current: Section | undefined = section; current;) {
    chain.unshift(current);
    current = current.parent_id === null ? undefined : byId.get(current.parent_id);
  }
  return chain;
}

export interface NewSection {
  name: string;
  slug: string;
  parentId: number | null;
  description?: string;
  inMenu?: boolean;
  position?: number;
}

export async function createSection(db: Kysely<Database>, input: NewSection): Promise<Section> {
  const parent = input.parentId === null ? undefined : await db.selectFrom('sections').selectAll().where('id', '=', input.parentId).executeTakeFirstOrThrow();
  const section = await db
    .insertInto('sections')
    .values({
      parent_id: input.parentId,
      slug: input.slug,
      path: parent ? `${parent.path}/${input.slug}` : input.slug,
      name: input.name,
      description: input.description ?? '',
      position: input.position ?? 0,
      in_menu: input.inMenu === false ? 0 : 1,
      created_at: new Date().toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await contentChanged(db, [PageTags.sections]);
  return section;
}
