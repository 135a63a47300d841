import type { Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { listLatest } from '../../content/articles.js';
import { addFeatured, clearLead, CurationError, moveFeatured, picksWithState, removeFeatured, setLead } from '../../content/curation.js';
import { currentUser } from '../../newsroom/auth.js';
import { adminContext, sendAdminPage } from '../context.js';
import { positiveId, textOf } from '../../request-fields.js';
import type { Flash } from '../pages/admin-notice.js';
import { CurationPage } from '../pages/curation.js';
import { routeOf } from '../paths.js';
import { formBody, ID_PARAMS, queryFields, type IdParams } from '../schemas.js';

/** /admin/trang-chu: the managing editor and the editor-in-chief pick the home page's stories. */

const PAGE = '/admin/trang-chu';
const config = { permission: 'home.curate' } as const;
const PICK_BODY = formBody('ma', 'chon');
const PAGE_QUERY = queryFields('xong');
const MOVE_BODY = formBody('huong');
const CHANGE_BODY = formBody();
/** How many recent stories the picker offers; older ones can still be picked by id. */
const RECENT = 40;

const DONE: Record<string, string> = {
  'tin-chinh': 'Đã đặt tin chính cho trang chủ.',
  'bo-tin-chinh': 'Đã bỏ chọn tin chính: trang chủ dùng tin mới nhất.',
  them: 'Đã thêm vào tin nổi bật.',
  'thu-tu': 'Đã đổi thứ tự tin nổi bật.',
  bo: 'Đã bỏ khỏi tin nổi bật.',
};

async function sendPage(request: FastifyRequest, reply: FastifyReply, flash: Flash | null, status = 200) {
  const app = request.server;
  const now = new Date().toISOString();
  const [{ picks, live, titles }, recent] = await Promise.all([
    picksWithState(app.db.kysely, now),
    listLatest(app.db.kysely, now, {}, { limit: RECENT, offset: 0 }),
  ]);
  const page = (
    <CurationPage ctx={adminContext(request, reply)} timeZone={app.config.timeZone} picks={picks} live={live} titles={titles} recent={recent} flash={flash} />
  );
  return sendAdminPage(reply, page, status);
}

/** The typed id when there is one, else the selected one. */
function chosenArticle(body: Static<typeof PICK_BODY>): number | null | 'bad' {
  const typed = textOf(body?.ma).trim();
  if (typed) return positiveId(typed) ?? 'bad';
  const selected = textOf(body?.chon);
  return selected ? (positiveId(selected) ?? 'bad') : null;
}

/** Runs one change; a refusal comes back as the page with the reason and nothing changed. */
async function apply(request: FastifyRequest, reply: FastifyReply, done: string, change: () => Promise<void>) {
  try {
    await change();
  } catch (error) {
    if (!(error instanceof CurationError)) throw error;
    return sendPage(request, reply, { kind: 'error', text: error.message }, 400);
  }
  return reply.redirect(`${PAGE}?xong=${done}`, 303);
}

export async function curationRoutes(app: FastifyInstance) {
  const db = app.db.kysely;

  app.get<{ Querystring: Static<typeof PAGE_QUERY> }>(routeOf(PAGE), { config, schema: { querystring: PAGE_QUERY } }, (request, reply) => {
    const text = DONE[textOf(request.query.xong)];
    return sendPage(request, reply, text ? { kind: 'ok', text } : null);
  });

  for (const [path, done, act] of [
    [`${PAGE}/tin-chinh`, 'tin-chinh', setLead],
    [`${PAGE}/noi-bat`, 'them', addFeatured],
  ] as const) {
    app.post<{ Body: Static<typeof PICK_BODY> }>(routeOf(path), { config, schema: { body: PICK_BODY } }, async (request, reply) => {
      const articleId = chosenArticle(request.body);
      if (articleId === null) return sendPage(request, reply, { kind: 'error', text: 'Hãy chọn một bài hoặc nhập mã số bài.' }, 400);
      if (articleId === 'bad') return sendPage(request, reply, { kind: 'error', text: 'Mã số bài phải là một số nguyên dương.' }, 400);
      return apply(request, reply, done, () => act(db, currentUser(request).id, articleId));
    });
  }

  app.post<{ Body: Static<typeof CHANGE_BODY> }>(routeOf(`${PAGE}/tin-chinh/bo`), { config, schema: { body: CHANGE_BODY } }, (request, reply) =>
    apply(request, reply, 'bo-tin-chinh', () => clearLead(db, currentUser(request).id)),
  );

  app.post<{ Params: IdParams; Body: Static<typeof MOVE_BODY> }>(
    routeOf(`${PAGE}/noi-bat/:id/thu-tu`),
    { config, schema: { params: ID_PARAMS, body: MOVE_BODY } },
    async (request, reply) => {
      const direction = textOf(request.body?.huong);
      const id = positiveId(request.params.id);
      if (id === null || (direction !== 'len' && direction !== 'xuong')) return sendPage(request, reply, { kind: 'error', text: 'Yêu cầu không hợp lệ.' }, 400);
      return apply(request, reply, 'thu-tu', () => moveFeatured(db, currentUser(request).id, id, direction === 'len' ? -1 : 1));
    },
  );

  app.post<{ Params: IdParams; Body: Static<typeof CHANGE_BODY> }>(
    routeOf(`${PAGE}/noi-bat/:id/bo`),
    { config, schema: { params: ID_PARAMS, body: CHANGE_BODY } },
    async (request, reply) => {
      const id = positiveId(request.params.id);
      if (id === null) return sendPage(request, reply, { kind: 'error', text: 'Yêu cầu không hợp lệ.' }, 400);
      return apply(request, reply, 'bo', () => removeFeatured(db, currentUser(request).id, id));
    },
  );
}
