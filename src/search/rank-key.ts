import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * The index orders articles by a key that sorts like their publication time (the creation time
 * for drafts), so an engine can hand out candidates newest first and stop after a page. Whole
 * seconds times SLOTS, plus a slot from the id: distinct for any realistic newsroom, and small
 * steps between neighbours keep FTS5 doclists compact (it stores rowid deltas as varints). Two
 * articles claiming the same slot (a bulk import stamped with one time) take the next free one.
 */
const SLOTS = 1024;

export function baseRankKey(id: number, at: string): number {
  return Math.floor(Date.parse(at) / 1000) * SLOTS + (id % SLOTS);
}

/** The lowest key at or after the article's own slot that no other article holds. */
export async function freeRankKey(db: Kysely<Database>, id: number, at: string): Promise<number> {
  let key = baseRankKey(id, at);
  for (;;) {
    const end = key + SLOTS;
    const taken = await db
      .selectFrom('search_documents')
      .select('rank_key')
      .where('rank_key', '>=', key)
      .where('rank_key', '<', end)
      .where('article_id', '!=', id)
      .execute();
    const used = new Set(taken.map((r) => Number(r.rank_key)));
    while (key < end && used.has(key)) key++;
    if (key < end) return key;
  }
}
