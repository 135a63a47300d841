import type { Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { listSections } from '../../content/sections.js';
import type { User } from '../../db/schema.js';
import { currentUser } from '../../newsroom/auth.js';
import {
  AccountInputError,
  createAccount,
  deactivateAccount,
  reactivateAccount,
  updateAccount,
  type AccountErrors,
  type AccountInput,
} from '../../newsroom/user-admin.js';
import { adminContext, sendAdminPage } from '../context.js';
import { positiveId, textOf, textsOf } from '../../request-fields.js';
import type { Flash } from '../pages/admin-notice.js';
import { sendNotice } from '../pages/notice.js';
import { EMPTY_ACCOUNT_FORM, UserEditPage, UsersPage, type AccountFormValues } from '../pages/users.js';
import { routeOf } from '../paths.js';
import { formBody, ID_PARAMS, queryFields, type IdParams } from '../schemas.js';

/** /admin/nguoi-dung: accounts, for the administrator. Password resets are in routes/auth.tsx. */

const LIST = '/admin/nguoi-dung';
const config = { permission: 'users.manage' } as const;
const ACCOUNT_FIELDS = ['display_name', 'email', 'role', 'sections'] as const;
const RESULT_QUERY = queryFields('xong');
const CREATE_BODY = formBody('username', 'password', ...ACCOUNT_FIELDS);
const UPDATE_BODY = formBody(...ACCOUNT_FIELDS);
const CHANGE_BODY = formBody();
type TargetRequest = FastifyRequest<{ Params: IdParams }>;

const DONE: Record<string, string> = {
  'da-luu': 'Đã lưu thông tin tài khoản.',
  'da-khoa': 'Đã khóa tài khoản; mọi phiên đăng nhập của người này đã kết thúc.',
  'da-mo-khoa': 'Đã mở khóa tài khoản; người này đăng nhập lại được bằng mật khẩu cũ.',
};

function flashFrom(query: Static<typeof RESULT_QUERY>): Flash | null {
  const text = DONE[textOf(query.xong)];
  return text ? { kind: 'ok', text } : null;
}

/** The account form; the username is typed only when the account is made, then it stays. */
function formValues(body: Static<typeof UPDATE_BODY>, username: string): AccountFormValues {
  const form = body ?? {};
  return {
    username,
    displayName: textOf(form.display_name),
    email: textOf(form.email),
    role: textOf(form.role),
    sectionIds: textsOf(form.sections),
  };
}

function accountInput(values: AccountFormValues): AccountInput {
  return { displayName: values.displayName, email: values.email, role: values.role, sectionIds: values.sectionIds };
}

async function assignmentsOf(app: FastifyInstance): Promise<Map<number, number[]>> {
  const rows = await app.db.kysely.selectFrom('user_sections').select(['user_id', 'section_id']).execute();
  const map = new Map<number, number[]>();
  for (const row of rows) map.set(row.user_id, [...(map.get(row.user_id) ?? []), row.section_id]);
  return map;
}

interface ListOptions {
  form?: AccountFormValues;
  errors?: AccountErrors;
  status?: number;
  created?: { user: User; password: string | null };
  /** The result of the change that redirected here (GET pages only). */
  flash?: Flash | null;
}

async function sendList(request: FastifyRequest, reply: FastifyReply, options: ListOptions = {}) {
  const app = request.server;
  const users = await app.db.kysely.selectFrom('users').selectAll().orderBy('active', 'desc').orderBy('username').execute();
  const page = (
    <UsersPage
      ctx={adminContext(request, reply)}
      users={users}
      sections={await listSections(app.db.kysely)}
      assignments={await assignmentsOf(app)}
      form={options.form ?? EMPTY_ACCOUNT_FORM}
      errors={options.errors}
      flash={options.flash ?? null}
      created={options.created}
    />
  );
  return sendAdminPage(reply, page, options.status ?? 200);
}

async function loadTarget(request: TargetRequest, reply: FastifyReply): Promise<User | null> {
  const id = positiveId(request.params.id);
  const user = id === null ? undefined : await request.server.db.kysely.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (user) return user;
  await sendNotice(request, reply, 404, 'Không tìm thấy', 'Không có người dùng này.', [{ href: LIST, label: 'Về danh sách người dùng' }]);
  return null;
}

async function valuesOf(app: FastifyInstance, user: User): Promise<AccountFormValues> {
  const rows = await app.db.kysely.selectFrom('user_sections').select('section_id').where('user_id', '=', user.id).execute();
  return {
    username: user.username,
    displayName: user.display_name,
    email: user.email ?? '',
    role: user.role,
    sectionIds: rows.map((r) => String(r.section_id)),
  };
}

async function sendEdit(request: FastifyRequest, reply: FastifyReply, user: User, options: Omit<ListOptions, 'created'> = {}) {
  const app = request.server;
  const page = (
    <UserEditPage
      ctx={adminContext(request, reply)}
      user={user}
      sections={await listSections(app.db.kysely)}
      form={options.form ?? (await valuesOf(app, user))}
      errors={options.errors}
      flash={options.flash ?? null}
    />
  );
  return sendAdminPage(reply, page, options.status ?? 200);
}

export async function userRoutes(app: FastifyInstance) {
  const db = app.db.kysely;

  app.get<{ Querystring: Static<typeof RESULT_QUERY> }>(routeOf(LIST), { config, schema: { querystring: RESULT_QUERY } }, (request, reply) =>
    sendList(request, reply, { flash: flashFrom(request.query) }),
  );

  // Answered with the page itself, not a redirect: a generated password must not travel in a URL.
  app.post<{ Body: Static<typeof CREATE_BODY> }>(routeOf(LIST), { config, schema: { body: CREATE_BODY } }, async (request, reply) => {
    const body = request.body ?? {};
    const values = formValues(body, textOf(body.username));
    try {
      const { user, generatedPassword } = await createAccount(db, {
        ...accountInput(values),
        username: values.username,
        password: textOf(body.password),
      });
      return sendList(request, reply, { created: { user, password: generatedPassword } });
    } catch (error) {
      if (!(error instanceof AccountInputError)) throw error;
      return sendList(request, reply, { form: values, errors: error.errors, status: 400 });
    }
  });

  app.get<{ Params: IdParams; Querystring: Static<typeof RESULT_QUERY> }>(
    routeOf(`${LIST}/:id`),
    { config, schema: { params: ID_PARAMS, querystring: RESULT_QUERY } },
    async (request, reply) => {
      const user = await loadTarget(request, reply);
      return user ? sendEdit(request, reply, user, { flash: flashFrom(request.query) }) : reply;
    },
  );

  app.post<{ Params: IdParams; Body: Static<typeof UPDATE_BODY> }>(
    routeOf(`${LIST}/:id`),
    { config, schema: { params: ID_PARAMS, body: UPDATE_BODY } },
    async (request, reply) => {
      const target = await loadTarget(request, reply);
      if (!target) return reply;
      const values = formValues(request.body, target.username);
      try {
        const updated = await updateAccount(db, target, accountInput(values));
        // An administrator who just gave up the role may no longer see this page.
        if (updated.id === currentUser(request).id && updated.role !== 'admin') return reply.redirect('/admin', 303);
      } catch (error) {
        if (!(error instanceof AccountInputError)) throw error;
        return sendEdit(request, reply, target, { form: values, errors: error.errors, status: 400 });
      }
      return reply.redirect(`${LIST}/${target.id}?xong=da-luu`, 303);
    },
  );

  app.post<{ Params: IdParams; Body: Static<typeof CHANGE_BODY> }>(
    routeOf(`${LIST}/:id/khoa`),
    { config, schema: { params: ID_PARAMS, body: CHANGE_BODY } },
    async (request, reply) => {
      const target = await loadTarget(request, reply);
      if (!target) return reply;
      try {
        await deactivateAccount(db, app.sessions, currentUser(request).id, target);
      } catch (error) {
        if (!(error instanceof AccountInputError)) throw error;
        return sendEdit(request, reply, target, { errors: error.errors, status: 409 });
      }
      return reply.redirect(`${LIST}/${target.id}?xong=da-khoa`, 303);
    },
  );

  app.post<{ Params: IdParams; Body: Static<typeof CHANGE_BODY> }>(
    routeOf(`${LIST}/:id/mo-khoa`),
    { config, schema: { params: ID_PARAMS, body: CHANGE_BODY } },
    async (request, reply) => {
      const target = await loadTarget(request, reply);
      if (!target) return reply;
      await reactivateAccount(db, target);
      return reply.redirect(`${LIST}/${target.id}?xong=da-mo-khoa`, 303);
    },
  );
}
