import type { Kysely } from 'kysely';
import type { Article, ArticleStatus, Database } from '../db/schema.js';
import { HttpError } from '../http-error.js';
import { applyWorkingCopy, hasWorkingCopy } from './articles.js';
import { liveChanged, type LiveChangeKind } from './live.js';
import { notifyStep } from './notifications.js';
import { inReach, mayChangeLive, mayView, roleAllows, type Action, type Actor, type NewsroomPolicy } from './permissions.js';
import { indexArticleIn } from '../search/indexer.js';
import { articleChanged, articleSaved, articleState } from '../content/dependencies.js';
import { derivedColumns, derivedZone } from '../content/derived.js';
import { recordArticleEvent } from '../webhooks/outbox.js';
import { AUDIT_NOTE_MAX, writeAudit } from './audit.js';
import { formatInteger } from '../vi/numbers.js';

export { AUDIT_NOTE_MAX, writeAudit, type AuditEntry } from './audit.js';

export type TransitionName = 'submit' | 'forward' | 'return' | 'schedule' | 'unschedule' | 'publish' | 'unpublish' | 'trash' | 'restore';

interface TransitionRule {
  from: ArticleStatus[];
  /** Null: back to the status the article had before it went to the trash. */
  to: ArticleStatus | null;
  action: Action;
  label: string;
  noteRequired?: boolean;
  /** Only the article's own author takes this step (a reporter submits their own work). */
  authorOnly?: boolean;
}

const ALL_BUT_TRASH: ArticleStatus[] = ['draft', 'submitted', 'edited', 'scheduled', 'published', 'returned', 'unpublished'];
export const TRASH_DAYS = 30;

export const TRANSITIONS: Record<TransitionName, TransitionRule> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', action: 'article.submit', label: 'Gửi biên tập', authorOnly: true },
  forward: { from: ['submitted'], to: 'edited', action: 'article.forward', label: 'Chuyển duyệt' },
  return: { from: ['submitted', 'edited'], to: 'returned', action: 'article.return', label: 'Trả lại', noteRequired: true },
  schedule: { from: ['edited'], to: 'scheduled', action: 'article.schedule', label: 'Hẹn giờ đăng' },
  unschedule: { from: ['scheduled'], to: 'edited', action: 'article.schedule', label: 'Hủy hẹn giờ' },
  publish: { from: ['edited', 'scheduled', 'unpublished'], to: 'published', action: 'article.publish', label: 'Duyệt và đăng' },
  unpublish: { from: ['published'], to: 'unpublished', action: 'article.unpublish', label: 'Gỡ bài' },
  trash: { from: ALL_BUT_TRASH, to: 'trash', action: 'article.trash', label: 'Chuyển vào thùng rác' },
  restore: { from: ['trash'], to: null, action: 'article.restore', label: 'Khôi phục' },
};

export const STATUS_NAMES: Record<ArticleStatus, string> = {
  draft: 'Bản nháp',
  submitted: 'Chờ biên tập',
  edited: 'Chờ duyệt',
  scheduled: 'Hẹn giờ đăng',
  published: 'Đã đăng',
  returned: 'Trả lại',
  unpublished: 'Đã gỡ',
  trash: 'Thùng rác',
};

export interface TransitionRequest {
  name: TransitionName;
  note?: string;
  /** For 'schedule': when the article goes live (must be in the future). */
  publishAt?: Date;
}

export interface Refusal {
  /** 403: not this person's to do; 409: not in this state; 400: something missing. */
  status: 400 | 403 | 409;
  message: string;
}

/** The status a step leads to from this article's status. */
function targetStatus(article: Pick<Article, 'status' | 'status_before_trash'>, name: TransitionName): ArticleStatus {
  return TRANSITIONS[name].to ?? article.status_before_trash ?? 'draft';
}

/** Whether a step changes what readers see now or later: the approval gate applies to it. */
function touchesLive(article: Pick<Article, 'status' | 'status_before_trash'>, name: TransitionName): boolean {
  const to = targetStatus(article, name);
  return article.status === 'published' || article.status === 'scheduled' || to === 'published' || to === 'scheduled';
}

/** What readers notice of a step, if anything. */
function liveEffect(from: ArticleStatus, to: ArticleStatus): LiveChangeKind | null {
  if (from !== 'published' && to === 'published') return 'published';
  if (from === 'published' && to !== 'published') return 'unpublished';
  return null;
}

/** Why this person may not take this step now, in Vietnamese; null when they may. */
export function refusal(
  actor: Actor,
  article: Pick<Article, 'author_id' | 'section_id' | 'status' | 'trashed_at' | 'status_before_trash'>,
  request: TransitionRequest,
  policy: NewsroomPolicy,
  now: Date,
): Refusal | null {
  // hasOwn: a name like "toString" must not find Object.prototype's members.
  if (!Object.hasOwn(TRANSITIONS, request.name)) return { status: 400, message: 'Thao tác không hợp lệ.' };
  const rule = TRANSITIONS[request.name];
  const facts = { authorId: article.author_id, sectionId: article.section_id, status: article.status };
  if (!mayView(actor, facts)) return { status: 403, message: 'Bạn không được xem bài này.' };
  if (!roleAllows(actor.role, rule.action, policy)) return { status: 403, message: `Vai trò của bạn không được "${rule.label}".` };
  if (rule.authorOnly && article.author_id !== actor.id) return { status: 403, message: 'Chỉ tác giả của bài mới được gửi bài đi.' };
  if (!rule.authorOnly && !inReach(actor, facts)) return { status: 403, message: 'Bài này thuộc chuyên mục bạn không phụ trách.' };
  if (touchesLive(article, request.name) && !mayChangeLive(actor.role, policy)) {
    return { status: 403, message: 'Chỉ người được đăng bài mới được thay đổi những gì bạn đọc thấy trên trang báo.' };
  }
  if (!rule.from.includes(article.status)) {
    return { status: 409, message: `Không thể "${rule.label}" bài đang ở trạng thái "${STATUS_NAMES[article.status]}".` };
  }
  if (rule.noteRequired && !request.note?.trim()) return { status: 400, message: 'Cần ghi lý do khi trả lại bài.' };
  if ((request.note ?? '').length > AUDIT_NOTE_MAX) return { status: 400, message: `Ghi chú dài quá ${formatInteger(AUDIT_NOTE_MAX)} ký tự.` };
  if (request.name === 'schedule' && (!request.publishAt || request.publishAt.getTime() <= now.getTime())) {
    return { status: 400, message: 'Giờ đăng phải ở tương lai.' };
  }
  if (request.name === 'restore' && article.trashed_at) {
    const age = now.getTime() - new Date(article.trashed_at).getTime();
    if (age > TRASH_DAYS * 24 * 60 * 60 * 1000) return { status: 409, message: `Bài đã ở thùng rác quá ${TRASH_DAYS} ngày, không thể khôi phục.` };
  }
  return null;
}

function publishedAtFor(article: Article, request: TransitionRequest, to: ArticleStatus, now: Date): string | null {
  if (to === 'scheduled') return request.publishAt?.toISOString() ?? null;
  // Publishing keeps a planned time already past; otherwise the article goes live now.
  if (to === 'published') return article.published_at && article.status === 'unpublished' ? article.published_at : now.toISOString();
  return article.published_at;
}

/**
 * Takes one workflow step and writes its audit record in the same transaction. The update is
 * conditional on the status read, so two people acting at once cannot both move the article.
 */
export async function applyTransition(
  db: Kysely<Database>,
  actor: Actor,
  articleId: number,
  request: TransitionRequest,
  policy: NewsroomPolicy,
  now = new Date(),
): Promise<Article> {
  const before = await articleState(db, articleId, now);
  const { from, updated } = await db.transaction().execute(async (trx) => {
    const article = await trx.selectFrom('articles').selectAll().where('id', '=', articleId).executeTakeFirst();
    if (!article) throw new HttpError(404, 'Không tìm thấy bài viết.');
    const refused = refusal(actor, article, request, policy, now);
    if (refused) throw new HttpError(refused.status, refused.message);
    const to = targetStatus(article, request.name);
    // A live article taken down no longer needs to keep its old text apart from its newest one.
    const current = to === 'unpublished' && hasWorkingCopy(article) ? await applyWorkingCopy(trx, article, now) : article;
    const publishedAt = publishedAtFor(article, request, to, now);
    const moved = await trx
      .updateTable('articles')
      .set({
        status: to,
        published_at: publishedAt,
        ...derivedColumns({ ...current, published_at: publishedAt }, await derivedZone(trx)),
        trashed_at: to === 'trash' ? now.toISOString() : null,
        status_before_trash: to === 'trash' ? article.status : null,
        updated_at: now.toISOString(),
      })
      .where('id', '=', articleId)
      .where('status', '=', article.status)
      .returningAll()
      .executeTakeFirst();
    if (!moved) throw new HttpError(409, 'Bài vừa được người khác chuyển trạng thái. Vui lòng tải lại trang.');
    // The search index sorts by publication time; status it reads live from `articles`.
    if (moved.published_at !== current.published_at) await indexArticleIn(trx, articleId);
    // Webhooks: the outbox row commits with the step itself.
    if (to === 'published') await recordArticleEvent(trx, 'article.published', articleId, now);
    else if (article.status === 'published') await recordArticleEvent(trx, 'article.unpublished', articleId, now);
    await writeAudit(trx, { articleId, userId: actor.id, role: actor.role, action: request.name, from: article.status, to, note: request.note, at: now });
    await notifyStep(trx, { article, to, actorId: actor.id, note: request.note, at: now, policy });
    return { from: article.status, updated: moved };
  });
  await articleChanged(db, before, await articleState(db, articleId, now));
  const effect = liveEffect(from, updated.status);
  if (effect) await liveChanged(db, { articleId, kind: effect });
  return updated;
}

/**
 * Publishes every scheduled article whose time has come, once: the conditional update lets only
 * one of several app nodes running this at the same moment win each article.
 */
export async function publishDue(db: Kysely<Database>, now = new Date()): Promise<number[]> {
  const due = await db.selectFrom('articles').select('id').where('status', '=', 'scheduled').where('published_at', '<=', now.toISOString()).execute();
  const published: number[] = [];
  for (const { id } of due) {
    const won = await db.transaction().execute(async (trx) => {
      const article = await trx
        .updateTable('articles')
        .set({ status: 'published', updated_at: now.toISOString() })
        .where('id', '=', id)
        .where('status', '=', 'scheduled')
        .returning(['id', 'author_id', 'section_id'])
        .executeTakeFirst();
      if (!article) return false;
      await recordArticleEvent(trx, 'article.published', id, now);
      await writeAudit(trx, {
        articleId: id,
        userId: null,
        role: 'system',
        action: 'publish_scheduled',
        from: 'scheduled',
        to: 'published',
        note: 'Đăng theo giờ hẹn',
        at: now,
      });
      await notifyStep(trx, { article, to: 'published', actorId: null, at: now });
      return true;
    });
    if (won) {
      published.push(id);
      await articleSaved(db, id);
      await liveChanged(db, { articleId: id, kind: 'published' });
    }
  }
  return published;
}

export async function auditTrail(db: Kysely<Database>, articleId: number) {
  return db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.user_id')
    .select([
      'audit_log.id',
      'audit_log.role',
      'audit_log.action',
      'audit_log.from_status',
      'audit_log.to_status',
      'audit_log.note',
      'audit_log.created_at',
      'users.display_name as user_name',
    ])
    .where('audit_log.article_id', '=', articleId)
    .orderBy('audit_log.id')
    .execute();
}
