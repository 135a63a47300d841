import type { Kysely } from 'kysely';
import type { Database, User } from '../db/schema.js';
import { listSections, sectionAndDescendantIds } from '../content/sections.js';
import { getSetting } from '../content/settings.js';
import type { Actor, NewsroomPolicy } from './permissions.js';

/**
 * The person as the permission table sees them. An editor given a section also has its subsections
 * (given "Kinh tế", they edit "Nông nghiệp" too), now and for subsections added later.
 */
export async function actorFor(db: Kysely<Database>, user: Pick<User, 'id' | 'role'>): Promise<Actor> {
  const rows = await db.selectFrom('user_sections').select('section_id').where('user_id', '=', user.id).execute();
  if (rows.length === 0) return { id: user.id, role: user.role, sectionIds: [] };
  const sections = await listSections(db);
  const ids = new Set(rows.flatMap((r) => sectionAndDescendantIds(sections, r.section_id)));
  return { id: user.id, role: user.role, sectionIds: [...ids] };
}

export const MANAGING_EDITOR_MAY_PUBLISH = 'managing_editor_may_publish';

export async function loadPolicy(db: Kysely<Database>): Promise<NewsroomPolicy> {
  return { managingEditorMayPublish: (await getSetting(db, MANAGING_EDITOR_MAY_PUBLISH)) === '1' };
}

export async function assignSections(db: Kysely<Database>, userId: number, sectionIds: number[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('user_sections').where('user_id', '=', userId).execute();
    if (sectionIds.length > 0) {
      await trx
        .insertInto('user_sections')
        .values(sectionIds.map((section_id) => ({ user_id: userId, section_id })))
        .execute();
    }
  });
}
