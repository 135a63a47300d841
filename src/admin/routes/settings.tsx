import type { Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { saveSiteSettings, validateSettings, type SettingsErrors } from '../../content/site-settings.js';
import { adminContext, sendAdminPage } from '../context.js';
import { textOf } from '../../request-fields.js';
import { SettingsPage, type SettingsFormValues } from '../pages/settings.js';
import { routeOf } from '../paths.js';
import { formBody, queryFields } from '../schemas.js';

/**
 * /admin/cai-dat, the administrator's site settings. Saved settings apply on the next request: this node reloads its settings cache
 * at once, other nodes within a few seconds.
 */

const PAGE = '/admin/cai-dat';
const FIELDS = ['name', 'description', 'logo', 'time_zone', 'managing_editor_may_publish', 'comments_enabled'] as const;
const PAGE_QUERY = queryFields('xong');
const SETTINGS_BODY = formBody(...FIELDS);

/** Suggestions for the time zone field; Vietnam's usual name is added since ICU lists it as Asia/Saigon. */
const ZONES = [...new Set(['Asia/Ho_Chi_Minh', ...Intl.supportedValuesOf('timeZone'), 'UTC'])].sort();

function currentValues(app: FastifyInstance): SettingsFormValues {
  const s = app.siteSettings.current;
  return {
    name: s.name,
    description: s.description,
    logo: s.logo ? String(s.logo.id) : '',
    timeZone: s.timeZone,
    managingEditorMayPublish: s.managingEditorMayPublish,
    commentsEnabled: s.commentsEnabled,
  };
}

function sendPage(
  request: FastifyRequest,
  reply: FastifyReply,
  form: SettingsFormValues,
  options: { errors?: SettingsErrors; saved?: boolean; status?: number } = {},
) {
  const app = request.server;
  const page = (
    <SettingsPage
      ctx={adminContext(request, reply)}
      form={form}
      logo={app.siteSettings.current.logo}
      defaultTimeZone={app.siteSettings.defaults.timeZone}
      zones={ZONES}
      errors={options.errors}
      flash={options.saved ? { kind: 'ok', text: 'Đã lưu cài đặt; trang báo áp dụng ngay.' } : null}
    />
  );
  return sendAdminPage(reply, page, options.status ?? 200);
}

export async function settingsRoutes(app: FastifyInstance) {
  const db = app.db.kysely;
  const config = { permission: 'settings.manage' } as const;

  app.get<{ Querystring: Static<typeof PAGE_QUERY> }>(routeOf(PAGE), { config, schema: { querystring: PAGE_QUERY } }, async (request, reply) => {
    // Fresh from the database: another node may have saved a moment ago.
    await app.siteSettings.refresh();
    return sendPage(request, reply, currentValues(app), { saved: textOf(request.query.xong) === '1' });
  });

  app.post<{ Body: Static<typeof SETTINGS_BODY> }>(routeOf(PAGE), { config, schema: { body: SETTINGS_BODY } }, async (request, reply) => {
    const body = request.body ?? {};
    const form = Object.fromEntries(FIELDS.map((name) => [name, textOf(body[name])])) as Record<(typeof FIELDS)[number], string>;
    const { input, errors } = await validateSettings(db, form);
    if (Object.keys(errors).length > 0) {
      const values: SettingsFormValues = {
        name: form.name,
        description: form.description,
        logo: form.logo,
        timeZone: form.time_zone,
        managingEditorMayPublish: input.managingEditorMayPublish,
        commentsEnabled: input.commentsEnabled,
      };
      return sendPage(request, reply, values, { errors, status: 400 });
    }
    const { recomputing } = await saveSiteSettings(db, input, app.siteSettings.defaults);
    recomputing?.then(
      (rows) => request.log.info({ rows }, 'stored dates recomputed for the new time zone'),
      (error: unknown) => request.log.error({ err: error }, 'stored dates not recomputed for the new time zone; pages compute them meanwhile'),
    );
    await app.siteSettings.refresh();
    return reply.redirect(`${PAGE}?xong=1`, 303);
  });
}
