import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import { commentsChanged } from '../content/dependencies.js';
import type { Comment, CommentStatus, Database } from '../db/schema.js';

export const NAME_MAX = 80;
export const BODY_MAX = 3000;
export const EMAIL_MAX = 254;
export const RATE_LIMIT = { count: 5, windowMs: 10 * 60 * 1000 };

export interface CommentInput {
  name: string;
  email: string;
  body: string;
  parentId: number | null;
}

/** Field name → Vietnamese message for the reader. */
export type CommentErrors = Partial<Record<'name' | 'email' | 'body' | 'parent' | 'form', string>>;

const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]{2,}$/;

export function cleanText(value: string): string {
  // Control characters other than newlines and tabs have no place in a comment.
  return (
    value
      .normalize('NFC')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .replace(/\r\n?/g, '\n')
      .trim()
  );
}

export function validateComment(input: CommentInput): CommentErrors {
  const errors: CommentErrors = {};
  const name = cleanText(input.name);
  const body = cleanText(input.body);
  const email = input.email.trim();
  if (!name) errors.name = 'Vui lòng nhập họ tên.';
  else if ([...name].length > NAME_MAX) errors.name = `Họ tên dài quá ${NAME_MAX} ký tự.`;
  if (email && (email.length > EMAIL_MAX || !EMAIL.test(email))) errors.email = 'Địa chỉ email không hợp lệ.';
  if (!body) errors.body = 'Vui lòng nhập nội dung bình luận.';
  else if ([...body].length > BODY_MAX) errors.body = `Bình luận dài quá ${BODY_MAX} ký tự.`;
  return errors;
}

/** Addresses are kept only as a keyed hash: enough to rate-limit, useless to anyone who reads the table. */
export function hashAddress(secret: string, ip: string): string {
  return createHmac('sha256', secret).update(`ip:${ip}`).digest('hex').slice(0, 32);
}

export async function recentCommentCount(db: Kysely<Database>, ipHash: string, now: Date): Promise<number> {
  const since = new Date(now.getTime() - RATE_LIMIT.windowMs).toISOString();
  const row = await db
    .selectFrom('comments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('ip_hash', '=', ipHash)
    .where('created_at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * A reply must answer an approved comment of the same article. Replies are one level deep, so
 * answering a reply attaches to the comment it answers.
 */
export async function resolveParent(db: Kysely<Database>, articleId: number, parentId: number): Promise<number | null> {
  const parent = await db.selectFrom('comments').select(['id', 'article_id', 'parent_id', 'status']).where('id', '=', parentId).executeTakeFirst();
  if (!parent || parent.article_id !== articleId || parent.status !== 'approved') return null;
  return parent.parent_id ?? parent.id;
}

export interface StoredComment {
  articleId: number;
  parentId: number | null;
  name: string;
  email: string;
  body: string;
  ipHash: string;
  status?: CommentStatus;
  createdAt?: string;
  /** Why a banned word held it for review; it stays pending either way. */
  holdReason?: string | null;
}

export async function insertComment(db: Kysely<Database>, input: StoredComment): Promise<Comment> {
  const comment = await db
    .insertInto('comments')
    .values({
      article_id: input.articleId,
      parent_id: input.parentId,
      name: cleanText(input.name),
      email: input.email.trim() || null,
      body: cleanText(input.body),
      status: input.status ?? 'pending',
      created_at: input.createdAt ?? new Date().toISOString(),
      ip_hash: input.ipHash,
      hold_reason: input.holdReason ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  // Readers' comments wait for a moderator; only one stored as approved (an import) shows at once.
  if (comment.status === 'approved') await commentsChanged(db, [comment.article_id]);
  return comment;
}

export async function setCommentStatus(db: Kysely<Database>, ids: number[], status: CommentStatus): Promise<number> {
  if (ids.length === 0) return 0;
  const articles = await db.selectFrom('comments').select('article_id').distinct().where('id', 'in', ids).execute();
  const result = await db.updateTable('comments').set({ status }).where('id', 'in', ids).executeTakeFirst();
  await commentsChanged(
    db,
    articles.map((a) => a.article_id),
  );
  return Number(result.numUpdatedRows);
}

export function approveComments(db: Kysely<Database>, ids: number[]): Promise<number> {
  return setCommentStatus(db, ids, 'approved');
}

export interface CommentThread {
  comment: PublicComment;
  replies: PublicComment[];
}

/** What a reader may see of a comment: never the email or the address hash. */
export type PublicComment = Pick<Comment, 'id' | 'name' | 'body' | 'created_at' | 'parent_id'>;

export async function approvedThreads(db: Kysely<Database>, articleId: number): Promise<{ threads: CommentThread[]; count: number }> {
  const rows = await db
    .selectFrom('comments')
    .select(['id', 'name', 'body', 'created_at', 'parent_id'])
    .where('article_id', '=', articleId)
    .where('status', '=', 'approved')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const threads = new Map<number, CommentThread>();
  for (const row of rows) if (row.parent_id === null) threads.set(row.id, { comment: row, replies: [] });
  let count = threads.size;
  for (const row of rows) {
    const thread = row.parent_id === null ? undefined : threads.get(row.parent_id);
    if (thread) {
      thread.replies.push(row);
      count++;
    }
  }
  return { threads: [...threads.values()], count };
}
