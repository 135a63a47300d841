import type { Kysely } from 'kysely';
import { listSections, sectionAncestry } from '../content/sections.js';
import type { Article, ArticleStatus, Database, NotificationKind, UserRole } from '../db/schema.js';
import { roleAllows, type NewsroomPolicy } from './permissions.js';

/**
 * In-app notifications. A workflow step tells the people it concerns, in the step's own transaction:
 * the author when their article is returned or published; those it now waits for when it is
 * submitted (the section's editors, subsections' parents included, and managing editors) or
 * forwarded (managing editors and the editor-in-chief); those who may publish when live changes are
 * sent for approval. Nobody is told about their own step.
 * Readers' comments waiting for moderation are told to the article's author and its section's
 * editors: one unread notice per article and person, refreshed, never one per comment.
 */

export interface StepNotice {
  article: Pick<Article, 'id' | 'author_id' | 'section_id'>;
  /** The status the step led to, or 'changes' for live changes sent for approval. */
  to: ArticleStatus | 'changes';
  actorId: number | null;
  note?: string;
  at: Date;
  /** Who may publish, for live changes sent for approval. */
  policy?: NewsroomPolicy;
}

async function activeUsers(db: Kysely<Database>, roles: UserRole[]): Promise<{ id: number; role: UserRole }[]> {
  return db.selectFrom('users').select(['id', 'role']).where('role', 'in', roles).where('active', '=', 1).execute();
}

/** Editors assigned to the article's section or to one of the sections above it. */
async function sectionEditors(db: Kysely<Database>, sectionId: number): Promise<number[]> {
  const sections = await listSections(db);
  const section = sections.find((s) => s.id === sectionId);
  if (!section) return [];
  const ids = sectionAncestry(sections, section).map((s) => s.id);
  const rows = await db
    .selectFrom('user_sections')
    .innerJoin('users', 'users.id', 'user_sections.user_id')
    .select('users.id')
    .where('users.role', '=', 'editor')
    .where('users.active', '=', 1)
    .where('user_sections.section_id', 'in', ids)
    .execute();
  return rows.map((r) => r.id);
}

async function recipients(db: Kysely<Database>, notice: StepNotice): Promise<{ kind: NotificationKind; userIds: number[] } | null> {
  const author = notice.article.author_id === null ? [] : [notice.article.author_id];
  switch (notice.to) {
    case 'returned':
      return { kind: 'returned', userIds: author };
    case 'published':
      return { kind: 'published', userIds: author };
    case 'submitted':
      return {
        kind: 'waiting',
        userIds: [...(await sectionEditors(db, notice.article.section_id)), ...(await activeUsers(db, ['managing_editor'])).map((u) => u.id)],
      };
    case 'edited':
      return { kind: 'waiting', userIds: (await activeUsers(db, ['managing_editor', 'editor_in_chief'])).map((u) => u.id) };
    case 'changes': {
      const publishers = (await activeUsers(db, ['managing_editor', 'editor_in_chief'])).filter((u) =>
        roleAllows(u.role, 'article.update_live', notice.policy ?? { managingEditorMayPublish: false }),
      );
      return { kind: 'changes_waiting', userIds: publishers.map((u) => u.id) };
    }
    default:
      return null;
  }
}

export async function notifyStep(db: Kysely<Database>, notice: StepNotice): Promise<void> {
  const found = await recipients(db, notice);
  if (!found) return;
  const userIds = [...new Set(found.userIds)].filter((id) => id !== notice.actorId);
  if (userIds.length === 0) return;
  await db
    .insertInto('notifications')
    .values(
      userIds.map((user_id) => ({
        user_id,
        article_id: notice.article.id,
        kind: found.kind,
        actor_id: notice.actorId,
        note: (notice.note ?? '').trim().slice(0, 500),
        created_at: notice.at.toISOString(),
        read_at: null,
      })),
    )
    .execute();
}

/** The text of a comments notice; the count is taken again at each new comment, so it stays true. */
export function commentsWaitingNote(count: number): string {
  return `${count} bình luận đang chờ duyệt`;
}

async function pendingComments(db: Kysely<Database>, articleId: number): Promise<number> {
  const { n } = await db
    .selectFrom('comments')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('article_id', '=', articleId)
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow();
  return Number(n);
}

/**
 * After moderation, the unread comments notices of these articles say what still waits: the count
 * goes down, and a notice whose comments have all been handled is marked read (nothing waits now).
 */
export async function commentsModerated(db: Kysely<Database>, articleIds: Iterable<number>, at: Date): Promise<void> {
  for (const articleId of new Set(articleIds)) {
    const count = await pendingComments(db, articleId);
    const unread = db.updateTable('notifications').where('article_id', '=', articleId).where('kind', '=', 'comments_waiting').where('read_at', 'is', null);
    await (count === 0 ? unread.set({ read_at: at.toISOString() }) : unread.set({ note: commentsWaitingNote(count) })).execute();
  }
}

/**
 * A reader's comment waits on an article: its author and the editors of its section hear of it. A
 * person who has not yet read the last such notice for this article gets it refreshed (count and
 * time) instead of a new one, so a busy thread is one line in their list.
 */
export async function notifyCommentsWaiting(db: Kysely<Database>, article: Pick<Article, 'id' | 'author_id' | 'section_id'>, at: Date): Promise<void> {
  const userIds = [...new Set([...(article.author_id === null ? [] : [article.author_id]), ...(await sectionEditors(db, article.section_id))])];
  if (userIds.length === 0) return;
  const note = commentsWaitingNote(await pendingComments(db, article.id));
  const active = await db.selectFrom('users').select('id').where('id', 'in', userIds).where('active', '=', 1).execute();
  for (const { id: userId } of active) {
    const refreshed = await db
      .updateTable('notifications')
      .set({ note, created_at: at.toISOString() })
      .where('user_id', '=', userId)
      .where('article_id', '=', article.id)
      .where('kind', '=', 'comments_waiting')
      .where('read_at', 'is', null)
      .executeTakeFirst();
    if (Number(refreshed.numUpdatedRows) > 0) continue;
    await db
      .insertInto('notifications')
      .values({ user_id: userId, article_id: article.id, kind: 'comments_waiting', actor_id: null, note, created_at: at.toISOString(), read_at: null })
      .execute();
  }
}

export async function unreadCount(db: Kysely<Database>, userId: number): Promise<number> {
  const { n } = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(n);
}

export interface NotificationRow {
  id: number;
  kind: NotificationKind;
  article_id: number | null;
  article_title: string | null;
  actor_name: string | null;
  note: string;
  created_at: string;
  read_at: string | null;
}

export async function listNotifications(db: Kysely<Database>, userId: number, limit = 50): Promise<NotificationRow[]> {
  return db
    .selectFrom('notifications')
    .leftJoin('articles', 'articles.id', 'notifications.article_id')
    .leftJoin('users', 'users.id', 'notifications.actor_id')
    .select([
      'notifications.id',
      'notifications.kind',
      'notifications.article_id',
      'articles.title as article_title',
      'users.display_name as actor_name',
      'notifications.note',
      'notifications.created_at',
      'notifications.read_at',
    ])
    .where('notifications.user_id', '=', userId)
    .orderBy('notifications.id', 'desc')
    .limit(limit)
    .execute();
}

/** Marks one notification (or, without an id, all of them) read; only the person's own. Returns its article. */
export async function markRead(db: Kysely<Database>, userId: number, id?: number, now = new Date()): Promise<number | null> {
  let query = db.updateTable('notifications').set({ read_at: now.toISOString() }).where('user_id', '=', userId).where('read_at', 'is', null);
  if (id !== undefined) query = query.where('id', '=', id);
  await query.execute();
  if (id === undefined) return null;
  const row = await db.selectFrom('notifications').select('article_id').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return row?.article_id ?? null;
}
