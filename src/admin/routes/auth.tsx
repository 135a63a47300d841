import type { Static } from '@sinclair/typebox';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { currentUser, endSession, LOGIN_PATH, safeNextPath, startSession } from '../../newsroom/auth.js';
import { forgetInitialPassword } from '../../newsroom/initial-password.js';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from '../../newsroom/passwords.js';
import { setPassword } from '../../newsroom/users.js';
import { adminContext, sendAdminPage } from '../context.js';
import { LOGIN_FAILED, LoginPage } from '../pages/login.js';
import { NoticePage } from '../pages/notice.js';
import { PasswordPage, type PasswordErrors } from '../pages/password.js';
import { formBody, ID_PARAMS, queryFields, type IdParams } from '../schemas.js';
import { textOf } from '../../request-fields.js';

/** Login, logout, changing one's own password, and an administrator's reset of another's. */

const PASSWORD_PATH = '/admin/mat-khau';
const LOGIN_QUERY = queryFields('tiep');
const LOGIN_BODY = formBody('username', 'password', 'tiep');
const PASSWORD_QUERY = queryFields('da-doi');
const PASSWORD_BODY = formBody('current', 'next', 'confirm');
const RESET_BODY = formBody('password');

async function postLogin(app: FastifyInstance, dummyHash: string, request: FastifyRequest<{ Body: Static<typeof LOGIN_BODY> }>, reply: FastifyReply) {
  const form = request.body ?? {};
  const username = textOf(form.username).trim().toLowerCase();
  const password = textOf(form.password);
  const next = safeNextPath(textOf(form.tiep));
  const keys = app.loginThrottle.keys(username, request.ip);
  // Reserved before the password is checked: parallel guesses cannot outrun the count.
  const allowed = await app.loginThrottle.reserve(keys);
  const user = username ? await app.db.kysely.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst() : undefined;
  // The password is checked against a dummy hash when there is no user, so the time taken does
  // not tell whether the username exists. A refused attempt checks nothing.
  const passwordOk = allowed && (await verifyPassword(password, user?.password_hash ?? dummyHash));
  if (!allowed || !user || user.active !== 1 || !passwordOk) {
    if (allowed) await app.loginThrottle.recordFailure(keys);
    app.metrics.login('refused');
    return sendAdminPage(reply, <LoginPage ctx={adminContext(request, reply)} next={next} username={username} error={LOGIN_FAILED} />, 401);
  }
  await app.loginThrottle.recordSuccess(keys);
  await startSession(request, reply, user.id);
  app.metrics.login('accepted');
  return reply.redirect(next, 303);
}

async function postPassword(app: FastifyInstance, dummyHash: string, request: FastifyRequest<{ Body: Static<typeof PASSWORD_BODY> }>, reply: FastifyReply) {
  const user = currentUser(request);
  const form = request.body ?? {};
  const current = textOf(form.current);
  const next = textOf(form.next);
  const confirm = textOf(form.confirm);
  const errors: PasswordErrors = {};
  if (next.length < MIN_PASSWORD_LENGTH) errors.next = `Mật khẩu mới cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`;
  else if (next === current) errors.next = 'Mật khẩu mới cần khác mật khẩu hiện tại.';
  if (next !== confirm) errors.confirm = 'Hai lần nhập mật khẩu mới không khớp nhau.';

  // Guessing the current password from a borrowed session counts like guessing at the login form.
  const keys = app.loginThrottle.keys(user.username, request.ip);
  const allowed = await app.loginThrottle.reserve(keys);
  const currentOk = allowed && (await verifyPassword(current, user.password_hash ?? dummyHash));
  if (!currentOk) {
    if (allowed) await app.loginThrottle.recordFailure(keys);
    errors.current = 'Mật khẩu hiện tại không đúng, hoặc tài khoản đang tạm khóa.';
  } else {
    await app.loginThrottle.recordSuccess(keys);
  }
  if (Object.keys(errors).length > 0) {
    return sendAdminPage(reply, <PasswordPage ctx={adminContext(request, reply)} errors={errors} />, 400);
  }
  await setPassword(app.db.kysely, app.sessions, user.username, next);
  forgetInitialPassword(app.config.dataDir, user.username);
  // setPassword ended every session of this user; the person at this browser stays logged in.
  await startSession(request, reply, user.id);
  return reply.redirect(`${PASSWORD_PATH}?da-doi=1`, 303);
}

async function postReset(app: FastifyInstance, request: FastifyRequest<{ Params: IdParams; Body: Static<typeof RESET_BODY> }>, reply: FastifyReply) {
  const admin = currentUser(request);
  const id = /^\d{1,12}$/.test(request.params.id) ? Number(request.params.id) : 0;
  const target = id > 0 ? await app.db.kysely.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst() : undefined;
  const ctx = () => adminContext(request, reply);
  const back = [{ href: '/admin/nguoi-dung', label: 'Về danh sách người dùng' }];
  if (!target) {
    return sendAdminPage(reply, <NoticePage ctx={ctx()} title="Không tìm thấy" message="Không có người dùng này." links={back} />, 404);
  }
  const password = textOf(request.body?.password);
  if (password.length < MIN_PASSWORD_LENGTH) {
    const message = `Mật khẩu mới cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự. Mật khẩu chưa được thay đổi.`;
    return sendAdminPage(reply, <NoticePage ctx={ctx()} title="Chưa đặt lại mật khẩu" message={message} links={back} />, 400);
  }
  await setPassword(app.db.kysely, app.sessions, target.username, password);
  forgetInitialPassword(app.config.dataDir, target.username);
  if (target.id === admin.id) await startSession(request, reply, admin.id);
  const message = `Đã đặt lại mật khẩu cho ${target.display_name} (${target.username}). Mọi phiên đăng nhập của người này đã kết thúc.`;
  return sendAdminPage(reply, <NoticePage ctx={ctx()} title="Đã đặt lại mật khẩu" message={message} links={back} />);
}

export async function authRoutes(app: FastifyInstance) {
  // Made once at start, so the first failed login is no slower than the others.
  const dummyHash = await hashPassword(randomBytes(16).toString('hex'));

  app.get<{ Querystring: Static<typeof LOGIN_QUERY> }>(
    '/dang-nhap',
    { config: { permission: 'public' }, schema: { querystring: LOGIN_QUERY } },
    async (request, reply) => {
      const next = safeNextPath(textOf(request.query.tiep));
      if (request.user) return reply.redirect(next, 303);
      return sendAdminPage(reply, <LoginPage ctx={adminContext(request, reply)} next={next} />);
    },
  );
  app.post<{ Body: Static<typeof LOGIN_BODY> }>('/dang-nhap', { config: { permission: 'public' }, schema: { body: LOGIN_BODY } }, (request, reply) =>
    postLogin(app, dummyHash, request, reply),
  );

  app.post('/dang-xuat', { config: { permission: 'public' }, schema: { body: formBody() } }, async (request, reply) => {
    await endSession(request, reply);
    return reply.redirect(LOGIN_PATH, 303);
  });

  app.get<{ Querystring: Static<typeof PASSWORD_QUERY> }>(
    '/mat-khau',
    { config: { permission: 'signed-in' }, schema: { querystring: PASSWORD_QUERY } },
    async (request, reply) => sendAdminPage(reply, <PasswordPage ctx={adminContext(request, reply)} changed={textOf(request.query['da-doi']) === '1'} />),
  );
  app.post<{ Body: Static<typeof PASSWORD_BODY> }>('/mat-khau', { config: { permission: 'signed-in' }, schema: { body: PASSWORD_BODY } }, (request, reply) =>
    postPassword(app, dummyHash, request, reply),
  );

  app.post<{ Params: IdParams; Body: Static<typeof RESET_BODY> }>(
    '/nguoi-dung/:id/mat-khau',
    {
      config: { permission: 'users.manage' },
      schema: { params: ID_PARAMS, body: RESET_BODY },
    },
    (request, reply) => postReset(app, request, reply),
  );
}
