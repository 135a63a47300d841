import type { Kysely } from 'kysely';
import type { Article, Database } from '../db/schema.js';
import { articleChanged, articleState } from '../content/dependencies.js';
import { HttpError } from '../http-error.js';
import { recordArticleEvent } from '../webhooks/outbox.js';
import { applyWorkingCopy, getRevision, hasWorkingCopy, restoreRevision, revisionContent, rowContent, snapshot, type ArticleContent } from './articles.js';
import { writeAudit } from './audit.js';
import { contentDiff, diffNames, type FieldDiff } from './content-diff.js';
import { liveChanged } from './live.js';
import { notifyStep } from './notifications.js';
import { inReach, mayEdit, mayView, roleAllows, type Actor, type NewsroomPolicy } from './permissions.js';

/**
 * Working copies of live articles. Saves of a published article (the form, autosave, restoring a
 * revision) make a new version that readers do not see (src/newsroom/articles.ts, saveContent).
 * Here that working copy is published ("Cập nhật bài đã đăng") by someone who may publish, sent
 * for approval by someone who may not, or dropped. Each of these writes an audit record.
 */

export const WORKING_COPY_STEPS = {
  update_live: 'Cập nhật bài đã đăng',
  submit_changes: 'Gửi duyệt thay đổi',
  discard_changes: 'Bỏ các thay đổi chưa đăng',
} as const;

export type WorkingCopyStep = keyof typeof WORKING_COPY_STEPS;

/** The newest content of an article: its working copy when it has one, otherwise its row. */
export async function latestContent(db: Kysely<Database>, article: Article): Promise<ArticleContent> {
  if (!hasWorkingCopy(article)) return rowContent(db, article);
  const revision = await getRevision(db, article.id, article.version);
  return revision ? revisionContent(revision) : rowContent(db, article);
}

export interface LiveChanges {
  /** What readers see and the working copy, field by field; only changed fields. */
  fields: FieldDiff[];
  /** The version the working copy is: publishing it must name it, so nobody publishes unseen text. */
  version: number;
  savedAt: string | null;
  savedBy: string | null;
  submittedAt: string | null;
}

/** The unpublished changes of a live article, or null when readers already see the newest version. */
export async function liveChanges(db: Kysely<Database>, article: Article): Promise<LiveChanges | null> {
  if (!hasWorkingCopy(article)) return null;
  const revision = await db
    .selectFrom('article_revisions')
    .leftJoin('users', 'users.id', 'article_revisions.saved_by')
    .selectAll('article_revisions')
    .select('users.display_name as saved_by_name')
    .where('article_revisions.article_id', '=', article.id)
    .where('article_revisions.version', '=', article.version)
    .executeTakeFirst();
  if (!revision) return null;
  const [live, changed] = [await rowContent(db, article), revisionContent(revision)];
  return {
    fields: contentDiff(live, changed, await diffNames(db, live, changed)),
    version: article.version,
    savedAt: revision.created_at,
    savedBy: revision.saved_by_name,
    submittedAt: article.changes_submitted_at,
  };
}

/** Who may take which step on a working copy; null when they may, a refusal otherwise. */
export function workingCopyRefusal(actor: Actor, article: Article, step: WorkingCopyStep, policy: NewsroomPolicy): HttpError | null {
  const facts = { authorId: article.author_id, sectionId: article.section_id, status: article.status };
  if (!mayView(actor, facts)) return new HttpError(403, 'Bạn không được xem bài này.');
  if (step === 'update_live') {
    if (!roleAllows(actor.role, 'article.update_live', policy) || !inReach(actor, facts)) {
      return new HttpError(403, 'Chỉ người được đăng bài mới được cập nhật bài đã đăng. Hãy gửi duyệt thay đổi.');
    }
  } else if (!mayEdit(actor, facts, policy)) {
    return new HttpError(403, 'Bạn không được sửa bài này.');
  }
  if (article.status !== 'published' || !hasWorkingCopy(article)) return new HttpError(409, 'Bài không có thay đổi nào chưa đăng.');
  if (step === 'submit_changes' && article.changes_submitted_at) return new HttpError(409, 'Các thay đổi đã được gửi duyệt.');
  return null;
}

export interface WorkingCopyRequest {
  step: WorkingCopyStep;
  /** The working copy's version as the person saw it; a newer one is not acted on blind. */
  baseVersion: number;
  note?: string;
  now?: Date;
}

async function loadArticle(db: Kysely<Database>, articleId: number): Promise<Article> {
  const article = await db.selectFrom('articles').selectAll().where('id', '=', articleId).executeTakeFirst();
  if (!article) throw new HttpError(404, 'Không tìm thấy bài viết.');
  return article;
}

/** Takes one step on a live article's working copy, with its audit record, in one transaction. */
export async function workingCopyStep(
  db: Kysely<Database>,
  actor: Actor,
  articleId: number,
  request: WorkingCopyRequest,
  policy: NewsroomPolicy,
): Promise<Article> {
  const now = request.now ?? new Date();
  const before = await articleState(db, articleId, now);
  const result = await db.transaction().execute(async (trx) => {
    const article = await loadArticle(trx, articleId);
    const refused = workingCopyRefusal(actor, article, request.step, policy);
    if (refused) throw refused;
    if (article.version !== request.baseVersion) {
      throw new HttpError(409, 'Bản sửa vừa được lưu thêm sau khi bạn xem. Hãy xem lại các thay đổi rồi thực hiện lại.');
    }
    let updated: Article;
    if (request.step === 'update_live') {
      updated = await applyWorkingCopy(trx, article, now);
      // Webhooks: the outbox row commits with the update readers will see.
      await recordArticleEvent(trx, 'article.updated', articleId, now);
    } else if (request.step === 'submit_changes') {
      updated = await trx
        .updateTable('articles')
        .set({ changes_submitted_at: now.toISOString() })
        .where('id', '=', articleId)
        .returningAll()
        .executeTakeFirstOrThrow();
    } else {
      updated = await dropWorkingCopy(trx, actor, article, now);
    }
    await writeAudit(trx, {
      articleId,
      userId: actor.id,
      role: actor.role,
      action: request.step,
      from: article.status,
      to: updated.status,
      note: request.note,
      at: now,
    });
    if (request.step === 'submit_changes') await notifyStep(trx, { article, to: 'changes', actorId: actor.id, note: request.note, at: now, policy });
    return updated;
  });
  await articleChanged(db, before, await articleState(db, articleId, now));
  if (request.step === 'update_live') await liveChanged(db, { articleId, kind: 'updated' });
  return result;
}

/** The newest version becomes what readers see again: a new revision of the row's content. */
async function dropWorkingCopy(trx: Kysely<Database>, actor: Actor, article: Article, now: Date): Promise<Article> {
  const version = article.version + 1;
  await snapshot(trx, article.id, version, await rowContent(trx, article), actor.id, 'Bỏ các thay đổi chưa đăng', now.toISOString());
  return trx
    .updateTable('articles')
    .set({ version, live_version: null, changes_submitted_at: null })
    .where('id', '=', article.id)
    .where('version', '=', article.version)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Restores a revision of a live article and publishes it at once, for those who may publish: the
 * restore and the update are two audit records, so the log says both what and who.
 */
export async function restoreRevisionLive(
  db: Kysely<Database>,
  actor: Actor,
  articleId: number,
  version: number,
  baseVersion: number,
  policy: NewsroomPolicy,
  now = new Date(),
): Promise<Article> {
  const article = await loadArticle(db, articleId);
  if (article.status !== 'published') throw new HttpError(409, 'Bài chưa được đăng.');
  if (!roleAllows(actor.role, 'article.update_live', policy)) throw new HttpError(403, 'Chỉ người được đăng bài mới được cập nhật bài đã đăng.');
  const restored = await restoreRevision(db, actor, articleId, version, baseVersion, policy, now);
  return workingCopyStep(db, actor, articleId, { step: 'update_live', baseVersion: restored.version, note: `Khôi phục phiên bản ${version}`, now }, policy);
}
