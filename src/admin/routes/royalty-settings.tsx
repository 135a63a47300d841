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
import { formField, idParam, queryField } from '../form-fields.js';
import { positiveId } from '../../request-fields.js';
import { dayFromInput } from '../zoned-time.js';
import type { Flash } from '../pages/admin-notice.js';
import { ContributorsPage, RoyaltySettingsPage } from '../pages/royalty-settings.js';
import { routeOf } from '../paths.js';
import { formBody, ID_PARAMS, queryFields } from '../schemas.js';

/** The administrator's royalty settings, and the outside contributors kept by the managing editor and the editor-in-chief. */

const SETTINGS = '/admin/nhuan-but/cai-dat';
const CONTRIBUTORS = '/admin/nhuan-but/cong-tac-vien';

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
function optionalId(request: FastifyRequest): number | null | 'bad' {
  const raw = formField(request, 'id');
  return raw ? (positiveId(raw) ?? 'bad') : null;
}

export async function royaltySettingsRoutes(app: FastifyInstance) {
  const db = app.db.kysely;
  const admin: { permission: RoutePermission } = { permission: 'royalty.settings' };
  const keepers: { permission: RoutePermission } = { permission: 'royalty.propose' };
  const page = (config: { permission: RoutePermission }) => ({ config, schema: { querystring: queryFields('xong') } });
  const post = (config: { permission: RoutePermission }, ...fields: string[]) => ({ config, schema: { body: formBody(...fields) } });

  async function apply(request: FastifyRequest, reply: FastifyReply, back: string, send: typeof sendSettings, change: () => Promise<unknown>) {
    try {
      await change();
    } catch (error) {
      if (!(error instanceof RoyaltyInputError)) throw error;
      return send(request, reply, { kind: 'error', text: `Chưa lưu: ${error.message}` }, 400);
    }
    return reply.redirect(`${back}?xong=1`, 303);
  }
  const saved = (request: FastifyRequest): Flash | null => (queryField(request, 'xong') === '1' ? { kind: 'ok', text: 'Đã lưu.' } : null);
  const badId = (request: FastifyRequest, reply: FastifyReply, send: typeof sendSettings) =>
    send(request, reply, { kind: 'error', text: 'Yêu cầu không hợp lệ.' }, 400);

  app.get(routeOf(SETTINGS), page(admin), (request, reply) => sendSettings(request, reply, saved(request)));
  app.post(routeOf(`${SETTINGS}/the-loai`), post(admin, 'id', 'name', 'min', 'max', 'active'), (request, reply) => {
    const id = optionalId(request);
    if (id === 'bad') return badId(request, reply, sendSettings);
    const input = {
      name: formField(request, 'name'),
      min: formField(request, 'min'),
      max: formField(request, 'max'),
      active: formField(request, 'active') === '1',
    };
    return apply(request, reply, SETTINGS, sendSettings, () => saveGenre(db, currentUser(request), id, input));
  });
  app.post(routeOf(`${SETTINGS}/loai-dong-gop`), post(admin, 'id', 'name', 'active'), (request, reply) => {
    const id = optionalId(request);
    if (id === 'bad') return badId(request, reply, sendSettings);
    return apply(request, reply, SETTINGS, sendSettings, () =>
      saveKind(db, currentUser(request), id, { name: formField(request, 'name'), active: formField(request, 'active') === '1' }),
    );
  });
  app.post(routeOf(`${SETTINGS}/don-vi`), post(admin, 'effective_from', 'value', 'note'), (request, reply) =>
    apply(request, reply, SETTINGS, sendSettings, () =>
      setUnitValue(db, currentUser(request), {
        effectiveFrom: dayFromInput(formField(request, 'effective_from')),
        value: formField(request, 'value'),
        note: formField(request, 'note'),
      }),
    ),
  );
  app.post(routeOf(`${SETTINGS}/don-vi/:id/xoa`), { config: admin, schema: { params: ID_PARAMS, body: formBody() } }, (request, reply) => {
    const id = idParam(request);
    if (id === null) return badId(request, reply, sendSettings);
    return apply(request, reply, SETTINGS, sendSettings, () => deleteUnitValue(db, currentUser(request), id));
  });
  app.post(routeOf(`${SETTINGS}/luot-xem`), post(admin, 'days'), (request, reply) =>
    apply(request, reply, SETTINGS, sendSettings, () => setViewsRetentionDays(db, currentUser(request), formField(request, 'days'))),
  );

  app.get(routeOf(CONTRIBUTORS), page(keepers), (request, reply) => sendContributors(request, reply, saved(request)));
  app.post(routeOf(CONTRIBUTORS), post(keepers, 'id', 'name', 'pen_name', 'payment_details', 'active'), (request, reply) => {
    const id = optionalId(request);
    if (id === 'bad') return badId(request, reply, sendContributors);
    const input = {
      name: formField(request, 'name'),
      penName: formField(request, 'pen_name'),
      paymentDetails: formField(request, 'payment_details'),
      active: formField(request, 'active') === '1',
    };
    return apply(request, reply, CONTRIBUTORS, sendContributors, () => saveContributor(db, currentUser(request), id, input));
  });
}
