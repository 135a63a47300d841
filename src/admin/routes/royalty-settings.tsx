import type { Static, TSchema } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { currentUser } from '../../newsroom/auth.js';
import type { RoutePermission } from '../../newsroom/permissions.js';
import { listContributors, saveContributor } from '../../royalties/contributors.js';
import {
  deleteUnitValue,
  listGenres,
  listKinds,
  listUnitValues,
  RoyaltyInputError,
  saveGenre,
  saveKind,
  setUnitValue,
  setViewsRetentionDays,
  viewsRetentionDays,
} from '../../royalties/settings.js';
import { adminContext, sendAdminPage } from '../context.js';
import { positiveId, textOf } from '../../request-fields.js';
import { dayFromInput } from '../zoned-time.js';
import type { Flash } from '../pages/admin-notice.js';
import { ContributorsPage, RoyaltySettingsPage } from '../pages/royalty-settings.js';
import { routeOf } from '../paths.js';
import { formBody, ID_PARAMS, queryFields, type IdParams } from '../schemas.js';

/** The administrator's royalty settings, and the outside contributors kept by the managing editor and the editor-in-chief. */

const SETTINGS = '/admin/nhuan-but/cai-dat';
const CONTRIBUTORS = '/admin/nhuan-but/cong-tac-vien';
const PAGE_QUERY = queryFields('xong');
const GENRE_BODY = formBody('id', 'name', 'min', 'max', 'active');
const KIND_BODY = formBody('id', 'name', 'active');
const UNIT_VALUE_BODY = formBody('effective_from', 'value', 'note');
const RETENTION_BODY = formBody('days');
const CONTRIBUTOR_BODY = formBody('id', 'name', 'pen_name', 'payment_details', 'active');
const CHANGE_BODY = formBody();
type Form<B extends TSchema> = { Body: Static<B> };

async function sendSettings(request: FastifyRequest, reply: FastifyReply, flash: Flash | null, status = 200) {
  const db = request.server.db.kysely;
  const [genres, kinds, values, retentionDays] = await Promise.all([listGenres(db), listKinds(db), listUnitValues(db), viewsRetentionDays(db)]);
  return sendAdminPage(
    reply,
    <RoyaltySettingsPage ctx={adminContext(request, reply)} genres={genres} kinds={kinds} values={values} retentionDays={retentionDays} flash={flash} />,
    status,
  );
}

async function sendContributors(request: FastifyRequest, reply: FastifyReply, flash: Flash | null, status = 200) {
  const contributors = await listContributors(request.server.db.kysely);
  return sendAdminPage(reply, <ContributorsPage ctx={adminContext(request, reply)} contributors={contributors} flash={flash} />, status);
}

/** An optional `id` field: null for a new row, 'bad' for garbage. */
function optionalId(id: string | string[] | undefined): number | null | 'bad' {
  const raw = textOf(id);
  return raw ? (positiveId(raw) ?? 'bad') : null;
}

export async function royaltySettingsRoutes(app: FastifyInstance) {
  const db = app.db.kysely;
  const admin: { permission: RoutePermission } = { permission: 'royalty.settings' };
  const keepers: { permission: RoutePermission } = { permission: 'royalty.propose' };
  const page = (config: { permission: RoutePermission }) => ({ config, schema: { querystring: PAGE_QUERY } });
  const post = (config: { permission: RoutePermission }, body: TSchema) => ({ config, schema: { body } });

  async function apply(request: FastifyRequest, reply: FastifyReply, back: string, send: typeof sendSettings, change: () => Promise<unknown>) {
    try {
      await change();
    } catch (error) {
      if (!(error instanceof RoyaltyInputError)) throw error;
      return send(request, reply, { kind: 'error', text: `Chưa lưu: ${error.message}` }, 400);
    }
    return reply.redirect(`${back}?xong=1`, 303);
  }
  const saved = (query: Static<typeof PAGE_QUERY>): Flash | null => (textOf(query.xong) === '1' ? { kind: 'ok', text: 'Đã lưu.' } : null);
  const badId = (request: FastifyRequest, reply: FastifyReply, send: typeof sendSettings) =>
    send(request, reply, { kind: 'error', text: 'Yêu cầu không hợp lệ.' }, 400);

  app.get<{ Querystring: Static<typeof PAGE_QUERY> }>(routeOf(SETTINGS), page(admin), (request, reply) => sendSettings(request, reply, saved(request.query)));
  app.post<Form<typeof GENRE_BODY>>(routeOf(`${SETTINGS}/the-loai`), post(admin, GENRE_BODY), (request, reply) => {
    const form = request.body ?? {};
    const id = optionalId(form.id);
    if (id === 'bad') return badId(request, reply, sendSettings);
    const input = {
      name: textOf(form.name),
      min: textOf(form.min),
      max: textOf(form.max),
      active: textOf(form.active) === '1',
    };
    return apply(request, reply, SETTINGS, sendSettings, () => saveGenre(db, currentUser(request), id, input));
  });
  app.post<Form<typeof KIND_BODY>>(routeOf(`${SETTINGS}/loai-dong-gop`), post(admin, KIND_BODY), (request, reply) => {
    const form = request.body ?? {};
    const id = optionalId(form.id);
    if (id === 'bad') return badId(request, reply, sendSettings);
    return apply(request, reply, SETTINGS, sendSettings, () =>
      saveKind(db, currentUser(request), id, { name: textOf(form.name), active: textOf(form.active) === '1' }),
    );
  });
  app.post<Form<typeof UNIT_VALUE_BODY>>(routeOf(`${SETTINGS}/don-vi`), post(admin, UNIT_VALUE_BODY), (request, reply) =>
    apply(request, reply, SETTINGS, sendSettings, () =>
      setUnitValue(db, currentUser(request), {
        effectiveFrom: dayFromInput(textOf(request.body?.effective_from)),
        value: textOf(request.body?.value),
        note: textOf(request.body?.note),
      }),
    ),
  );
  app.post<Form<typeof CHANGE_BODY> & { Params: IdParams }>(
    routeOf(`${SETTINGS}/don-vi/:id/xoa`),
    { config: admin, schema: { params: ID_PARAMS, body: CHANGE_BODY } },
    (request, reply) => {
      const id = positiveId(request.params.id);
      if (id === null) return badId(request, reply, sendSettings);
      return apply(request, reply, SETTINGS, sendSettings, () => deleteUnitValue(db, currentUser(request), id));
    },
  );
  app.post<Form<typeof RETENTION_BODY>>(routeOf(`${SETTINGS}/luot-xem`), post(admin, RETENTION_BODY), (request, reply) =>
    apply(request, reply, SETTINGS, sendSettings, () => setViewsRetentionDays(db, currentUser(request), textOf(request.body?.days))),
  );

  app.get<{ Querystring: Static<typeof PAGE_QUERY> }>(routeOf(CONTRIBUTORS), page(keepers), (request, reply) =>
    sendContributors(request, reply, saved(request.query)),
  );
  app.post<Form<typeof CONTRIBUTOR_BODY>>(routeOf(CONTRIBUTORS), post(keepers, CONTRIBUTOR_BODY), (request, reply) => {
    const form = request.body ?? {};
    const id = optionalId(form.id);
    if (id === 'bad') return badId(request, reply, sendContributors);
    const input = {
      name: textOf(form.name),
      penName: textOf(form.pen_name),
      paymentDetails: textOf(form.payment_details),
      active: textOf(form.active) === '1',
    };
    return apply(request, reply, CONTRIBUTORS, sendContributors, () => saveContributor(db, currentUser(request), id, input));
  });
}
