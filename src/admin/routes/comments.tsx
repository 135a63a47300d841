import type { Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteGenericInterface } from 'fastify';
import { addBannedWord, listBannedWords, removeBannedWord } from '../../comments/banned-words.js';
import {
  ACTION_DONE,
  isCommentStatus,
  isModerationAction,
  listQueue,
  MAX_BULK,
  moderateComments,
  QUEUE_PAGE_SIZE,
  statusCounts,
  type ModerationAction,
} from '../../comments/moderation.js';
import type { CommentStatus } from '../../db/schema.js';
import { currentUser } from '../../newsroom/auth.js';
import { positiveId, textOf, textsOf } from '../../request-fields.js';
import { adminContext, sendAdminPage } from '../context.js';
import { BannedWordsPage } from '../pages/comments-banned.js';
import { BANNED_PATH, CommentQueuePage, QUEUE_PATH, queueUrl } from '../pages/comments.js';
import { sendNotice } from '../pages/notice.js';
import { routeOf } from '../paths.js';
import { formBody, ID_PARAMS, queryFields, type IdParams } from '../schemas.js';

/**
 * Comment moderation in the newsroom: the queue (GET /admin/binh-luan), decisions on one comment
 * (POST /admin/binh-luan/:id) or on the checked ones (POST /admin/binh-luan), and the banned-word
 * list (/admin/binh-luan/tu-cam). Only the roles with 'comments.moderate' reach any of it.
 */

const QUEUE_QUERY = queryFields('trang-thai', 'trang', 'xong', 'so');
const DECISION_BODY = formBody('action', 'trang-thai', 'trang', 'id');
const BANNED_QUERY = queryFields('xong');
const BANNED_BODY = formBody('word');
const REMOVE_BODY = formBody();
type Decision = { Body: Static<typeof DECISION_BODY> };

/** A field sent once arrives as a string, a repeated one (checked boxes) as an array. */
type Field = string | string[] | undefined;

class BadInput extends Error {}

/** `?trang-thai=` (or the hidden field): absent means the pending queue; anything unknown is refused. */
function statusParam(field: Field): CommentStatus {
  const raw = textOf(field);
  if (raw === '') return 'pending';
  if (!isCommentStatus(raw)) throw new BadInput('Trạng thái lọc không hợp lệ. Hãy chọn: chờ duyệt, đã duyệt, đã từ chối hoặc spam.');
  return raw;
}

function pageParam(field: Field): number {
  const raw = textOf(field);
  if (raw === '') return 1;
  if (!/^[1-9]\d{0,5}$/.test(raw)) throw new BadInput('Số trang không hợp lệ.');
  return Number(raw);
}

function actionParam(field: Field): ModerationAction {
  const raw = textOf(field);
  if (!isModerationAction(raw)) throw new BadInput('Thao tác không hợp lệ: chỉ có thể duyệt, từ chối hoặc đánh dấu spam. Chưa có gì thay đổi.');
  return raw;
}

function idsParam(field: Field): number[] {
  const raw = textsOf(field);
  if (raw.length > MAX_BULK) throw new BadInput(`Mỗi lần chỉ xử lý được tối đa ${MAX_BULK} bình luận. Chưa có gì thay đổi.`);
  return raw.map((value) => {
    const id = positiveId(value);
    if (id === null) throw new BadInput('Mã bình luận không hợp lệ. Chưa có gì thay đổi.');
    return id;
  });
}

function refuseInput(request: FastifyRequest, reply: FastifyReply, status: number, message: string, back = QUEUE_PATH) {
  const title = status === 404 ? 'Không tìm thấy' : 'Yêu cầu không hợp lệ';
  const label = back === BANNED_PATH ? 'Về danh sách từ cấm' : 'Về hàng chờ duyệt bình luận';
  return sendNotice(request, reply, status, title, message, [{ href: back, label }]);
}

/** Bad input in the request becomes a Vietnamese notice page; anything else is a real failure. */
function guardInput<R extends RouteGenericInterface>(handler: (request: FastifyRequest<R>, reply: FastifyReply) => Promise<unknown>, back = QUEUE_PATH) {
  return async (request: FastifyRequest<R>, reply: FastifyReply) => {
    try {
      return await handler(request, reply);
    } catch (error) {
      if (error instanceof BadInput) return refuseInput(request, reply, 400, error.message, back);
      throw error;
    }
  };
}

/** "?xong=approve&so=3" after a decision: what to tell the moderator on the page they return to. */
function doneMessage(query: Static<typeof QUEUE_QUERY>): string | undefined {
  const action = textOf(query.xong);
  const count = positiveId(textOf(query.so));
  if (!isModerationAction(action) || count === null || count > MAX_BULK) return undefined;
  return `${ACTION_DONE[action]} ${count} bình luận.`;
}

async function showQueue(request: FastifyRequest<{ Querystring: Static<typeof QUEUE_QUERY> }>, reply: FastifyReply) {
  const app = request.server;
  const query = request.query;
  const status = statusParam(query['trang-thai']);
  const page = pageParam(query.trang);
  const { rows, total } = await listQueue(app.db.kysely, status, page);
  const pages = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  // After the last comments of the last page were handled, go where there is something left.
  if (rows.length === 0 && page > pages) return reply.header('Cache-Control', 'no-store').redirect(queueUrl(status, pages), 302);
  const counts = await statusCounts(app.db.kysely);
  const ctx = adminContext(request, reply);
  const done = doneMessage(query);
  return sendAdminPage(
    reply,
    <CommentQueuePage ctx={ctx} timeZone={app.config.timeZone} status={status} counts={counts} rows={rows} total={total} page={page} done={done} />,
  );
}

/** Applies a decision and returns to the queue page the form was on. */
async function decide(request: FastifyRequest<Decision>, reply: FastifyReply, ids: number[]) {
  const body = request.body ?? {};
  const action = actionParam(body.action);
  // Where to go back to is read before anything changes, so a bad value changes nothing.
  const status = statusParam(body['trang-thai']);
  const page = pageParam(body.trang);
  const result = await moderateComments(request.server.db.kysely, ids, action, currentUser(request).id);
  if (!result.ok) return refuseInput(request, reply, result.status, result.error);
  return reply.redirect(queueUrl(status, page, { xong: action, so: String(result.changed) }), 303);
}

/** `done` is the result code of the change that redirected here (?xong=them). */
async function showBanned(request: FastifyRequest, reply: FastifyReply, status = 200, form: { value?: string; error?: string } = {}, done = '') {
  const app = request.server;
  const message = done === 'them' ? 'Đã thêm từ cấm.' : done === 'xoa' ? 'Đã xóa từ cấm.' : undefined;
  const words = await listBannedWords(app.db.kysely);
  const page = (
    <BannedWordsPage ctx={adminContext(request, reply)} timeZone={app.config.timeZone} words={words} done={status === 200 ? message : undefined} {...form} />
  );
  return sendAdminPage(reply, page, status);
}

const QUEUE_ROUTE = routeOf(QUEUE_PATH);
const BANNED_ROUTE = routeOf(BANNED_PATH);

export async function commentModerationRoutes(app: FastifyInstance) {
  const config = { permission: 'comments.moderate' } as const;

  app.get(QUEUE_ROUTE, { config, schema: { querystring: QUEUE_QUERY } }, guardInput(showQueue));
  app.post(
    QUEUE_ROUTE,
    { config, schema: { body: DECISION_BODY } },
    guardInput<Decision>((request, reply) => decide(request, reply, idsParam(request.body?.id))),
  );
  app.post(
    `${QUEUE_ROUTE}/:id`,
    { config, schema: { params: ID_PARAMS, body: DECISION_BODY } },
    guardInput<Decision & { Params: IdParams }>(async (request, reply) => {
      const id = positiveId(request.params.id);
      if (id === null) return refuseInput(request, reply, 404, 'Không tìm thấy bình luận này. Chưa có gì thay đổi.');
      // The row's own button posts the whole queue form: the checked boxes are not part of this decision.
      return decide(request, reply, [id]);
    }),
  );

  app.get<{ Querystring: Static<typeof BANNED_QUERY> }>(BANNED_ROUTE, { config, schema: { querystring: BANNED_QUERY } }, (request, reply) =>
    showBanned(request, reply, 200, {}, textOf(request.query.xong)),
  );
  app.post<{ Body: Static<typeof BANNED_BODY> }>(BANNED_ROUTE, { config, schema: { body: BANNED_BODY } }, async (request, reply) => {
    const value = textOf(request.body?.word);
    const result = await addBannedWord(app.db.kysely, value, currentUser(request).id);
    if (!result.ok) return showBanned(request, reply, 400, { value, error: result.error });
    return reply.redirect(`${BANNED_PATH}?xong=them`, 303);
  });
  app.post<{ Params: IdParams; Body: Static<typeof REMOVE_BODY> }>(
    `${BANNED_ROUTE}/:id/xoa`,
    { config, schema: { params: ID_PARAMS, body: REMOVE_BODY } },
    async (request, reply) => {
      const id = positiveId(request.params.id);
      const removed = id === null ? undefined : await removeBannedWord(app.db.kysely, id);
      if (!removed) return refuseInput(request, reply, 404, 'Không tìm thấy từ cấm này (có thể đã được xóa). Chưa có gì thay đổi.', BANNED_PATH);
      return reply.redirect(`${BANNED_PATH}?xong=xoa`, 303);
    },
  );
}
