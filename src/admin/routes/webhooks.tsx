import type { Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  createEndpoint,
  deleteEndpoint,
  listEndpoints,
  recentDeliveries,
  retryDelivery,
  setEndpointActive,
  validateEndpoint,
  type EndpointErrors,
} from '../../webhooks/endpoints.js';
import { adminContext, sendAdminPage } from '../context.js';
import type { Flash } from '../pages/admin-notice.js';
import { WEBHOOK_PAGE, WebhooksPage, type WebhookFormValues } from '../pages/webhooks.js';
import { routeOf } from '../paths.js';
import { formBody, ID_PARAMS, queryFields, type IdParams } from '../schemas.js';
import { positiveId, textOf, textsOf } from '../../request-fields.js';

/** /admin/webhook: the administrator registers endpoints and watches their deliveries. */

const DONE: Record<string, string> = {
  them: 'Đã thêm điểm nhận.',
  bat: 'Đã bật điểm nhận.',
  tat: 'Đã tắt điểm nhận.',
  xoa: 'Đã xóa điểm nhận.',
  'gui-lai': 'Đã đưa lần gửi trở lại hàng đợi.',
};

const PAGE_QUERY = queryFields('xong');
const ENDPOINT_BODY = formBody('url', 'secret', 'events');
const CHANGE_BODY = formBody();

async function sendPage(
  request: FastifyRequest,
  reply: FastifyReply,
  options: { form?: WebhookFormValues; errors?: EndpointErrors; flash?: Flash | null; status?: number } = {},
) {
  const app = request.server;
  const db = app.db.kysely;
  const [endpoints, deliveries] = await Promise.all([listEndpoints(db), recentDeliveries(db)]);
  return sendAdminPage(
    reply,
    <WebhooksPage
      ctx={adminContext(request, reply)}
      timeZone={app.config.timeZone}
      endpoints={endpoints}
      deliveries={deliveries}
      form={options.form ?? { url: '', secret: '', events: ['article.published', 'article.updated', 'article.unpublished'] }}
      errors={options.errors}
      flash={options.flash}
      allowPrivate={app.config.webhookAllowPrivate}
    />,
    options.status ?? 200,
  );
}

export async function webhookRoutes(app: FastifyInstance) {
  const db = app.db.kysely;
  // Webhooks send the paper's content to other systems: the administrators' business, like settings.
  const config = { permission: 'settings.manage' } as const;
  const change = { config, schema: { params: ID_PARAMS, body: CHANGE_BODY } };
  type Change = { Params: IdParams; Body: Static<typeof CHANGE_BODY> };

  app.get<{ Querystring: Static<typeof PAGE_QUERY> }>(routeOf(WEBHOOK_PAGE), { config, schema: { querystring: PAGE_QUERY } }, async (request, reply) => {
    const done = DONE[textOf(request.query.xong)];
    return sendPage(request, reply, { flash: done ? { kind: 'ok', text: done } : null });
  });

  app.post<{ Body: Static<typeof ENDPOINT_BODY> }>(routeOf(WEBHOOK_PAGE), { config, schema: { body: ENDPOINT_BODY } }, async (request, reply) => {
    const body = request.body ?? {};
    const form: WebhookFormValues = { url: textOf(body.url), secret: textOf(body.secret), events: textsOf(body.events) };
    const checked = await validateEndpoint(form, app.config.webhookAllowPrivate);
    if (Object.keys(checked.errors).length > 0) {
      return sendPage(request, reply, {
        form,
        errors: checked.errors,
        status: 400,
        flash: { kind: 'error', text: 'Chưa thêm: hãy sửa các mục được đánh dấu.' },
      });
    }
    await createEndpoint(db, checked, request.user?.id ?? 0);
    return reply.redirect(`${WEBHOOK_PAGE}?xong=them`, 303);
  });

  const notFound = (request: FastifyRequest, reply: FastifyReply) =>
    sendPage(request, reply, { status: 404, flash: { kind: 'error', text: 'Không tìm thấy mục này; chưa có gì thay đổi.' } });

  for (const [step, active] of [
    ['bat', true],
    ['tat', false],
  ] as const) {
    app.post<Change>(`${routeOf(WEBHOOK_PAGE)}/:id/${step}`, change, async (request, reply) => {
      const id = positiveId(request.params.id);
      if (id === null || !(await setEndpointActive(db, id, active))) return notFound(request, reply);
      return reply.redirect(`${WEBHOOK_PAGE}?xong=${step}`, 303);
    });
  }

  app.post<Change>(`${routeOf(WEBHOOK_PAGE)}/:id/xoa`, change, async (request, reply) => {
    const id = positiveId(request.params.id);
    if (id === null || !(await deleteEndpoint(db, id))) return notFound(request, reply);
    return reply.redirect(`${WEBHOOK_PAGE}?xong=xoa`, 303);
  });

  app.post<Change>(`${routeOf(WEBHOOK_PAGE)}/giao/:id/gui-lai`, change, async (request, reply) => {
    const id = positiveId(request.params.id);
    if (id === null || !(await retryDelivery(db, id))) return notFound(request, reply);
    return reply.redirect(`${WEBHOOK_PAGE}?xong=gui-lai`, 303);
  });
}
