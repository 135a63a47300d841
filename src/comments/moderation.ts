import type { Kysely } from 'kysely';
import type { CommentStatus, Database, UserRole } from '../db/schema.js';
import { commentsChanged } from '../content/dependencies.js';
import { commentsModerated } from '../newsroom/notifications.js';
import { PERMISSIONS } from '../newsroom/permissions.js';
import { recordCommentApproved } from '../webhooks/outbox.js';

/** The moderation queue and the moderators' decisions on reader comments. */

export const QUEUE_PAGE_SIZE = 50;
/** One page of the queue, with room for a moderator who posts ids by hand; more is refused. */
export const MAX_BULK = 200;

export const MODERATOR_ROLES: readonly UserRole[] = PERMISSIONS['comments.moderate'];

export const MODERATION_ACTIONS = { approve: 'approved', reject: 'rejected', spam: 'spam' } as const satisfies Record<string, CommentStatus>;
export type ModerationAction = keyof typeof MODERATION_ACTIONS;

export const ACTION_LABELS: Record<ModerationAction, string> = { approve: 'Duyệt', reject: 'Từ chối', spam: 'Đánh dấu spam' };
/** "Đã duyệt 3 bình luận." */
export const ACTION_DONE: Record<ModerationAction, string> = { approve: 'Đã duyệt', reject: 'Đã từ chối', spam: 'Đã đánh dấu spam' };

export const COMMENT_STATUSES: readonly CommentStatus[] = ['pending', 'approved', 'rejected', 'spam'];
export const COMMENT_STATUS_NAMES: Record<CommentStatus, string> = {
  pending: 'Chờ duyệt',
  approved: 'Đã duyệt',
  rejected: 'Đã từ chối',
  spam: 'Spam',
};

export function isModerationAction(value: string): value is ModerationAction {
  return Object.hasOwn(MODERATION_ACTIONS, value);
}

export function isCommentStatus(value: string): value is CommentStatus {
  return (COMMENT_STATUSES as readonly string[]).includes(value);
}

export function mayModerate(role: UserRole): boolean {
  return MODERATOR_ROLES.includes(role);
}

/** For the newsroom dashboard's "Bình luận chờ duyệt (N)". */
export async function pendingCommentCount(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('comments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function statusCounts(db: Kysely<Database>): Promise<Record<CommentStatus, number>> {
  const rows = await db
    .selectFrom('comments')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  const counts: Record<CommentStatus, number> = { pending: 0, approved: 0, rejected: 0, spam: 0 };
  for (const row of rows) if (isCommentStatus(row.status)) counts[row.status] = Number(row.n);
  return counts;
}

export interface QueueRow {
  id: number;
  parent_id: number | null;
  name: string;
  email: string | null;
  body: string;
  status: CommentStatus;
  created_at: string;
  hold_reason: string | null;
  moderated_at: string | null;
  moderator_name: string | null;
  article_id: number;
  article_title: string;
  article_slug: string;
  section_path: string;
  section_name: string;
}

/** One page of comments in one status, newest first, each with its article and section. */
export async function listQueue(db: Kysely<Database>, status: CommentStatus, page: number): Promise<{ rows: QueueRow[]; total: number }> {
  const rows = await db
    .selectFrom('comments as c')
    .innerJoin('articles as a', 'a.id', 'c.article_id')
    .innerJoin('sections as s', 's.id', 'a.section_id')
    .leftJoin('users as u', 'u.id', 'c.moderated_by')
    .select([
      'c.id',
      'c.parent_id',
      'c.name',
      'c.email',
      'c.body',
      'c.status',
      'c.created_at',
      'c.hold_reason',
      'c.moderated_at',
      'u.display_name as moderator_name',
      'a.id as article_id',
      'a.title as article_title',
      'a.slug as article_slug',
      's.path as section_path',
      's.name as section_name',
    ])
    .where('c.status', '=', status)
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(QUEUE_PAGE_SIZE)
    .offset((page - 1) * QUEUE_PAGE_SIZE)
    .execute();
  const total = await db
    .selectFrom('comments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', status)
    .executeTakeFirstOrThrow();
  return { rows, total: Number(total.n) };
}

export type ModerationResult = { ok: true; changed: number } | { ok: false; status: 400 | 404; error: string };

/**
 * Applies one decision to every comment in `ids`, or to none: an unknown id refuses the whole
 * request, so a moderator never has to work out which half of a bulk action went through.
 */
export async function moderateComments(db: Kysely<Database>, ids: number[], action: ModerationAction, moderatorId: number): Promise<ModerationResult> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return { ok: false, status: 400, error: 'Bạn chưa chọn bình luận nào. Chưa có gì thay đổi.' };
  if (unique.length > MAX_BULK) return { ok: false, status: 400, error: `Mỗi lần chỉ xử lý được tối đa ${MAX_BULK} bình luận. Chưa có gì thay đổi.` };
  const shownChanged = new Set<number>();
  const result = await db.transaction().execute(async (trx): Promise<ModerationResult> => {
    const rows = await trx.selectFrom('comments').select(['id', 'article_id', 'status']).where('id', 'in', unique).execute();
    const found = new Set(rows.map((r) => r.id));
    const missing = unique.filter((id) => !found.has(id));
    if (missing.length > 0) {
      return { ok: false, status: 404, error: `Không tìm thấy bình luận số ${missing.join(', ')}. Chưa có bình luận nào được xử lý.` };
    }
    const newlyApproved =
      action === 'approve'
        ? (await trx.selectFrom('comments').select('id').where('id', 'in', unique).where('status', '!=', 'approved').execute()).map((r) => r.id)
        : [];
    await trx
      .updateTable('comments')
      .set({ status: MODERATION_ACTIONS[action], moderated_by: moderatorId, moderated_at: new Date().toISOString() })
      .where('id', 'in', unique)
      .execute();
    // Readers see approved comments only: a page changes when one becomes or stops being approved.
    for (const row of rows) if ((row.status === 'approved') !== (MODERATION_ACTIONS[action] === 'approved')) shownChanged.add(row.article_id);
    await recordCommentApproved(trx, newlyApproved);
    await commentsModerated(
      trx,
      rows.map((r) => r.article_id),
      new Date(),
    );
    return { ok: true, changed: unique.length };
  });
  await commentsChanged(db, shownChanged);
  return result;
}
