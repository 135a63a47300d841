import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Article } from '../../db/schema.js';
import { HttpError } from '../../http-error.js';
import { ConflictError, getRevision, listRevisions, restoreRevision } from '../../newsroom/articles.js';
import { articleText, wordDiff } from '../../newsroom/diff.js';
import { mayEdit, roleAllows } from '../../newsroom/permissions.js';
import { auditTrail } from '../../newsroom/workflow.js';
import { bodyRecord, positiveInt } from '../article-input.js';
import { adminContext, sendAdminPage } from '../context.js';
import { ComparePage, HistoryPage } from '../pages/article-history.js';
import { formBody, ID_PARAMS, pathParams, queryFields } from '../schemas.js';
import { articleFromParams, asker, facts, reindex, requireView, type Asker } from './article-shared.js';

/**
 * An article's history: the audit trail, its revisions, a word diff between two, and restoring one.
 * Read-only over audit_log on purpose: no route here (or anywhere) edits or deletes audit records.
 */

async function historyArticle(request: FastifyRequest): Promise<{ who: Asker; article: Article }> {
  const who = await asker(request);
  const article = await articleFromParams(request);
  requireView(who.actor, article);
  if (!roleAllows(who.actor.role, 'article.history', who.policy)) throw new HttpError(403, 'Vai trò của bạn không được xem lịch sử bài.');
  return { who, article };
}

async function sendHistory(request: FastifyRequest, reply: FastifyReply, who: Asker, article: Article, status = 200, notice?: { kind: 'ok' | 'error'; text: string }) {
  const db = request.server.db.kysely;
  const page = (
    <HistoryPage
      ctx={adminContext(request, reply)}
      timeZone={request.server.config.timeZone}
      article={article}
      audit={await auditTrail(db, article.id)}
      revisions={await listRevisions(db, article.id)}
      mayRestore={mayEdit(who.actor, facts(article))}
      notice={notice}
    />
  );
  return sendAdminPage(reply, page, status);
}

async function getCompare(request: FastifyRequest, reply: FastifyReply) {
  const { article } = await historyArticle(request);
  const q = bodyRecord(request.query);
  const from = positiveInt(q.tu);
  const to = positiveInt(q.den);
  if (from === null || to === null) throw new HttpError(400, 'Hãy chọn hai phiên bản để so sánh (tu, den).');
  const db = request.server.db.kysely;
  const [a, b] = [await getRevision(db, article.id, from), await getRevision(db, article.id, to)];
  if (!a || !b) throw new HttpError(404, 'Không tìm thấy phiên bản này.');
  const diff = { title: wordDiff(a.title, b.title), lead: wordDiff(a.lead, b.lead), body: wordDiff(articleText(a.body_html), articleText(b.body_html)) };
  return sendAdminPage(reply, <ComparePage ctx={adminContext(request, reply)} article={article} from={from} to={to} diff={diff} />);
}

async function postRestore(request: FastifyRequest, reply: FastifyReply) {
  const { who, article } = await historyArticle(request);
  if (!mayEdit(who.actor, facts(article))) throw new HttpError(403, 'Bạn không được sửa bài này ở trạng thái hiện tại.');
  const version = positiveInt((request.params as Record<string, unknown>).version);
  if (version === null) throw new HttpError(404, 'Không tìm thấy phiên bản này.');
  const baseVersion = positiveInt(bodyRecord(request.body).version) ?? 0;
  try {
    await restoreRevision(request.server.db.kysely, who.actor, article.id, version, baseVersion);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    return sendHistory(request, reply, who, error.current, 409, { kind: 'error', text: 'Bài vừa được người khác lưu nên chưa khôi phục. Hãy xem lại các phiên bản bên dưới rồi thử lại.' });
  }
  await reindex(request.server, article.id);
  return reply.redirect(`/admin/bai-viet/${article.id}/lich-su?khoi-phuc=${version}`, 303);
}

export async function historyRoutes(app: FastifyInstance) {
  const permission = 'article.history';
  app.get('/bai-viet/:id/lich-su', { config: { permission }, schema: { params: ID_PARAMS, querystring: queryFields('khoi-phuc') } }, async (request, reply) => {
    const { who, article } = await historyArticle(request);
    const restored = positiveInt(bodyRecord(request.query)['khoi-phuc']);
    const notice = restored ? { kind: 'ok' as const, text: `Đã khôi phục phiên bản ${restored} thành một phiên bản mới.` } : undefined;
    return sendHistory(request, reply, who, article, 200, notice);
  });
  app.get('/bai-viet/:id/lich-su/so-sanh', { config: { permission }, schema: { params: ID_PARAMS, querystring: queryFields('tu', 'den') } }, getCompare);
  app.post('/bai-viet/:id/lich-su/:version/khoi-phuc', {
    config: { permission },
    schema: { params: pathParams('id', 'version'), body: formBody('version') },
  }, postRestore);
}
