import type { Kysely } from 'kysely';
import type { Database, User } from '../db/schema.js';
import { getSetting } from '../content/settings.js';
import type { Actor, NewsroomPolicy } from './permissions.js';

export async function actorFor(db: Kysely<Database>, user: Pick<User, 'id' | 'role'>): Promise<Actor> {
  const rows = await db.selectFrom('user_sections').select('section_id').where('user_id', '=', user.id).execute();
  return { id: user.id, role: user.role, sectionIds: rows.map((r) => r.section_id) };
}

export const MANAGING_EDITOR_MAY_PUBLISH = 'managing_editor_may_publish';

export async function loadPolicy(db: Kysely<Database>): Promise<NewsroomPolicy> {
  return { managingEditorMayPublish: (await getSetting(db, MANAGING_EDITOR_MAY_PUBLISH)) === '1' };
}

export async function assignSections(db: Kysely<Database>, userId: number, sectionIds: number[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('user_sections').where('user_id', '=', userId).execute();
    if (sectionIds.length > 0) {
      await trx.insertInto('user_sections').values(sectionIds.map((section_id) => ({ user_id: userId, section_id }))).execute();
    }
  });
}
