import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * Who else has an article open in the editor. The editor sends a heartbeat while its page is
 * visible; whoever was seen within PRESENCE_WINDOW_MS is named ("Nguyễn Văn A đang sửa bài này").
 * No locks: a name is a warning, saves stay guarded by the version check. Kept in the database,
 * which every app node of a cluster shares (one small write per open editor every HEARTBEAT_MS).
 */

/** How often an open, visible editor says it is still there. */
export const HEARTBEAT_MS = 20_000;
/** Seen within this long: still editing. Three heartbeats, so one lost request does not hide anyone. */
export const PRESENCE_WINDOW_MS = 60_000;
/** Rows older than this are removed on the next heartbeat of anyone: only recent ones are ever read. */
const PRUNE_AFTER_MS = 60 * 60_000;
/** The warning names at most this many people; more are counted. */
export const MAX_NAMES = 5;
/** Read at most this many rows for one article: the warning is a sentence, not a list. */
const MAX_ROWS = 50;

export async function markPresent(db: Kysely<Database>, articleId: number, userId: number, now = new Date()): Promise<void> {
  const seenAt = now.toISOString();
  await db
    .insertInto('article_presence')
    .values({ article_id: articleId, user_id: userId, seen_at: seenAt })
    .onConflict((oc) => oc.columns(['article_id', 'user_id']).doUpdateSet({ seen_at: seenAt }))
    .execute();
  await db
    .deleteFrom('article_presence')
    .where('seen_at', '<', new Date(now.getTime() - PRUNE_AFTER_MS).toISOString())
    .execute();
}

/** The person left the page (closed it, went elsewhere): others stop seeing their name at once. */
export async function markAbsent(db: Kysely<Database>, articleId: number, userId: number): Promise<void> {
  await db.deleteFrom('article_presence').where('article_id', '=', articleId).where('user_id', '=', userId).execute();
}

/** Display names of the others seen on this article lately, most recent first. */
export async function othersPresent(db: Kysely<Database>, articleId: number, userId: number, now = new Date()): Promise<string[]> {
  const rows = await db
    .selectFrom('article_presence')
    .innerJoin('users', 'users.id', 'article_presence.user_id')
    .select('users.display_name')
    .where('article_presence.article_id', '=', articleId)
    .where('article_presence.user_id', '!=', userId)
    .where('article_presence.seen_at', '>=', new Date(now.getTime() - PRESENCE_WINDOW_MS).toISOString())
    .orderBy('article_presence.seen_at', 'desc')
    .orderBy('users.display_name')
    .limit(MAX_ROWS)
    .execute();
  return rows.map((row) => row.display_name);
}

/**
 * The warning as a Vietnamese sentence: "A đang sửa bài này", "A và B …", "A, B và C …", and past
 * MAX_NAMES "A, B, C, D, E và 3 người khác …". Empty when nobody else is there.
 */
export function presenceMessage(names: string[]): string {
  if (names.length === 0) return '';
  const shown = names.slice(0, MAX_NAMES);
  const rest = names.length - shown.length;
  const items = rest > 0 ? [...shown, `${rest} người khác`] : shown;
  const list = items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
  return `${list} đang sửa bài này.`;
}
