import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { saveSiteSettings, validateSettings, type SettingsErrors } from '../../content/site-settings.js';
import { actorFor } from '../../newsroom/actors.js';
import { currentUser } from '../../newsroom/auth.js';
import { switchComments } from '../../newsroom/comment-switch.js';
import { adminContext, sendAdminPage } from '../context.js';
import { formField, idParam, queryField } from '../form-fields.js';
import { sendNotice } from '../pages/notice.js';
import { SettingsPage, type SettingsFormValues } from '../pages/settings.js';
import { routeOf } from '../paths.js';
import { formBody, ID_PARAMS, queryFields } from '../schemas.js';

/**
 * /admin/cai-dat (administrator) and the per-article comment switch (managing editor and
 * editor-in-chief). Saved settings apply on the next request: this node reloads its settings cache
 * at once, other nodes within a few seconds.
 */

const PAGE = '/admin/cai-dat';
const FIELDS = ['name', 'description', 'logo', 'time_zone', 'managing_editor_may_publish', 'comments_enabled'] as const;

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

function sendPage(request: FastifyRequest, reply: FastifyReply, form: SettingsFormValues, options: { errors?: SettingsErrors; saved?: boolean; status?: number } = {}) {
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

  app.get(routeOf(PAGE), { config, schema: { querystring: queryFields('xong') } }, async (request, reply) => {
    // Fresh from the database: another node may have saved a moment ago.
    await app.siteSettings.refresh();
    return sendPage(request, reply, currentValues(app), { saved: queryField(request, 'xong') === '1' });
  });

  app.post(routeOf(PAGE), { config, schema: { body: formBody(...FIELDS) } }, async (request, reply) => {
    const form = Object.fromEntries(FIELDS.map((name) => [name, formField(request, name)]));
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
    await saveSiteSettings(db, input, app.siteSettings.defaults);
    await app.siteSettings.refresh();
    return reply.redirect(`${PAGE}?xong=1`, 303);
  });

  // The article screen shows this switch to those who may use it (see the report to the lead).
  app.post('/bai-viet/:id/binh-luan', { config: { permission: 'article.comments' }, schema: { params: ID_PARAMS, body: formBody('bat') } }, async (request, reply) => {
    const id = idParam(request);
    const back = [{ href: '/admin/bai-viet', label: 'Về danh sách bài viết' }];
    const on = formField(request, 'bat');
    if (on !== '0' && on !== '1') return sendNotice(request, reply, 400, 'Yêu cầu không hợp lệ', 'Hãy chọn bật hoặc tắt bình luận.', back);
    // A missing article and one this person may not see get the same answer: ids are not probed here.
    const article = id === null ? null : await switchComments(db, await actorFor(db, currentUser(request)), id, on === '1');
    if (!article) return sendNotice(request, reply, 404, 'Không tìm thấy', 'Không tìm thấy bài viết.', back);
    return reply.redirect(`/admin/bai-viet/${article.id}?binh-luan=${on === '1' ? 'bat' : 'tat'}`, 303);
  });
}
