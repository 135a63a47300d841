import type { Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Article } from '../../db/schema.js';
import { HttpError } from '../../http-error.js';
import { ConflictError, getRevision, hasWorkingCopy, listRevisions, restoreRevision, revisionContent } from '../../newsroom/articles.js';
import { contentDiff, diffNames } from '../../newsroom/content-diff.js';
import { latestContent, restoreRevisionLive } from '../../newsroom/working-copy.js';
import { mayEdit, roleAllows } from '../../newsroom/permissions.js';
import { auditTrail } from '../../newsroom/workflow.js';
import { positiveId } from '../../request-fields.js';
import { adminContext, sendAdminPage } from '../context.js';
import { ComparePage, HistoryPage, RestoreConfirmPage } from '../pages/article-history.js';
import { formBody, ID_PARAMS, pathParams, queryFields, type IdParams } from '../schemas.js';
import { articleFromParams, asker, facts, requireView, type Asker } from './article-shared.js';

/**
 * An article's history: the audit trail, its revisions, a word diff between two, and restoring one.
 * Read-only over audit_log on purpose: no route here (or anywhere) edits or deletes audit records.
 */

const HISTORY_QUERY = queryFields('khoi-phuc');
const COMPARE_QUERY = queryFields('tu', 'den');
const VERSION_PARAMS = pathParams('id', 'version');
const RESTORE_BODY = formBody('version', 'xac-nhan', 'cap-nhat');
type VersionRequest = FastifyRequest<{ Params: Static<typeof VERSION_PARAMS> }>;

async function historyArticle(request: FastifyRequest<{ Params: IdParams }>): Promise<{ who: Asker; article: Article }> {
  const who = await asker(request);
  const article = await articleFromParams(request);
  requireView(who.actor, article);
  if (!roleAllows(who.actor.role, 'article.history', who.policy)) throw new HttpError(403, 'Vai trò của bạn không được xem lịch sử bài.');
  return { who, article };
}

async function sendHistory(
  request: FastifyRequest,
  reply: FastifyReply,
  who: Asker,
  article: Article,
  status = 200,
  notice?: { kind: 'ok' | 'error'; text: string },
) {
  const db = request.server.db.kysely;
  const page = (
    <HistoryPage
      ctx={adminContext(request, reply)}
      timeZone={request.server.config.timeZone}
      article={article}
      audit={await auditTrail(db, article.id)}
      revisions={await listRevisions(db, article.id)}
      mayRestore={mayEdit(who.actor, facts(article), who.policy)}
      notice={notice}
    />
  );
  return sendAdminPage(reply, page, status);
}

async function getCompare(request: FastifyRequest<{ Params: IdParams; Querystring: Static<typeof COMPARE_QUERY> }>, reply: FastifyReply) {
  const { article } = await historyArticle(request);
  const q = request.query;
  const from = positiveId(q.tu);
  const to = positiveId(q.den);
  if (from === null || to === null) throw new HttpError(400, 'Hãy chọn hai phiên bản để so sánh (tu, den).');
  const db = request.server.db.kysely;
  const [a, b] = [await getRevision(db, article.id, from), await getRevision(db, article.id, to)];
  if (!a || !b) throw new HttpError(404, 'Không tìm thấy phiên bản này.');
  const [before, after] = [revisionContent(a), revisionContent(b)];
  const fields = contentDiff(before, after, await diffNames(db, before, after));
  return sendAdminPage(reply, <ComparePage ctx={adminContext(request, reply)} article={article} from={from} to={to} fields={fields} />);
}

/** The revision, the article's newest content and what restoring would change, for the confirmation. */
async function restoreTarget(request: VersionRequest, who: Asker, article: Article) {
  if (!mayEdit(who.actor, facts(article), who.policy)) throw new HttpError(403, 'Bạn không được sửa bài này ở trạng thái hiện tại.');
  const version = positiveId(request.params.version);
  const db = request.server.db.kysely;
  const revision = version === null ? undefined : await getRevision(db, article.id, version);
  if (!revision) throw new HttpError(404, 'Không tìm thấy phiên bản này.');
  const [latest, restored] = [await latestContent(db, article), revisionContent(revision)];
  const fields = contentDiff(latest, restored, await diffNames(db, latest, restored));
  return { version: revision.version, fields };
}

async function sendConfirm(
  request: VersionRequest,
  reply: FastifyReply,
  who: Asker,
  article: Article,
  status = 200,
  notice?: { kind: 'ok' | 'error'; text: string },
) {
  const target = await restoreTarget(request, who, article);
  const page = (
    <RestoreConfirmPage
      ctx={adminContext(request, reply)}
      article={article}
      version={target.version}
      fields={target.fields}
      live={article.status === 'published'}
      mayUpdateLive={article.status === 'published' && roleAllows(who.actor.role, 'article.update_live', who.policy)}
      notice={notice}
    />
  );
  return sendAdminPage(reply, page, status);
}

async function postRestore(request: FastifyRequest<{ Params: Static<typeof VERSION_PARAMS>; Body: Static<typeof RESTORE_BODY> }>, reply: FastifyReply) {
  const { who, article } = await historyArticle(request);
  const { version } = await restoreTarget(request, who, article);
  const body = request.body ?? {};
  // Only the confirmation page restores; an old history page's button leads there first.
  if (body['xac-nhan'] !== '1') return sendConfirm(request, reply, who, article);
  const baseVersion = positiveId(body.version) ?? 0;
  const db = request.server.db.kysely;
  try {
    if (body['cap-nhat'] === '1') await restoreRevisionLive(db, who.actor, article.id, version, baseVersion, who.policy);
    else await restoreRevision(db, who.actor, article.id, version, baseVersion, who.policy);
  } catch (error) {
    if (error instanceof ConflictError) {
      return sendHistory(request, reply, who, error.current, 409, {
        kind: 'error',
        text: 'Bài vừa được người khác lưu nên chưa khôi phục. Hãy xem lại các phiên bản bên dưới rồi thử lại.',
      });
    }
    if (!(error instanceof HttpError) || error.statusCode === 404) throw error;
    return sendConfirm(request, reply, who, await articleFromParams(request), error.statusCode, { kind: 'error', text: error.message });
  }
  return reply.redirect(`/admin/bai-viet/${article.id}/lich-su?khoi-phuc=${version}`, 303);
}

export async function historyRoutes(app: FastifyInstance) {
  const permission = 'article.history';
  app.get<{ Params: IdParams; Querystring: Static<typeof HISTORY_QUERY> }>(
    '/bai-viet/:id/lich-su',
    { config: { permission }, schema: { params: ID_PARAMS, querystring: HISTORY_QUERY } },
    async (request, reply) => {
      const { who, article } = await historyArticle(request);
      const restored = positiveId(request.query['khoi-phuc']);
      const where = hasWorkingCopy(article) ? ' Bạn đọc chưa thấy thay đổi này cho đến khi bài được cập nhật.' : '';
      const notice = restored ? { kind: 'ok' as const, text: `Đã khôi phục phiên bản ${restored} thành một phiên bản mới.${where}` } : undefined;
      return sendHistory(request, reply, who, article, 200, notice);
    },
  );
  app.get('/bai-viet/:id/lich-su/so-sanh', { config: { permission }, schema: { params: ID_PARAMS, querystring: COMPARE_QUERY } }, getCompare);
  // Restoring asks first: the confirmation page shows what would change.
  app.get<{ Params: Static<typeof VERSION_PARAMS> }>(
    '/bai-viet/:id/lich-su/:version/khoi-phuc',
    { config: { permission }, schema: { params: VERSION_PARAMS } },
    async (request, reply) => {
      const { who, article } = await historyArticle(request);
      return sendConfirm(request, reply, who, article);
    },
  );
  app.post(
    '/bai-viet/:id/lich-su/:version/khoi-phuc',
    {
      config: { permission },
      schema: { params: VERSION_PARAMS, body: RESTORE_BODY },
    },
    postRestore,
  );
}
