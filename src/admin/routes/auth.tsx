import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { currentUser, endSession, LOGIN_PATH, safeNextPath, startSession } from '../../newsroom/auth.js';
import { forgetInitialPassword } from '../../newsroom/initial-password.js';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from '../../newsroom/passwords.js';
import { setPassword } from '../../newsroom/users.js';
import { adminContext, sendAdminPage } from '../context.js';
import { formField, queryField } from '../form-fields.js';
import { LOGIN_FAILED, LoginPage } from '../pages/login.js';
import { NoticePage } from '../pages/notice.js';
import { PasswordPage, type PasswordErrors } from '../pages/password.js';
import { formBody, ID_PARAMS, queryFields } from '../schemas.js';

/** Login, logout, changing one's own password, and an administrator's reset of another's. */

const PASSWORD_PATH = '/admin/mat-khau';

async function postLogin(app: FastifyInstance, dummyHash: string, request: FastifyRequest, reply: FastifyReply) {
  const username = formField(request, 'username').trim().toLowerCase();
  const password = formField(request, 'password');
  const next = safeNextPath(formField(request, 'tiep'));
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

async function postPassword(app: FastifyInstance, dummyHash: string, request: FastifyRequest, reply: FastifyReply) {
  const user = currentUser(request);
  const current = formField(request, 'current');
  const next = formField(request, 'next');
  const confirm = formField(request, 'confirm');
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

async function postReset(app: FastifyInstance, request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
  const admin = currentUser(request);
  const id = /^\d{1,12}$/.test(request.params.id) ? Number(request.params.id) : 0;
  const target = id > 0 ? await app.db.kysely.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst() : undefined;
  const ctx = () => adminContext(request, reply);
  const back = [{ href: '/admin/nguoi-dung', label: 'Về danh sách người dùng' }];
  if (!target) {
    return sendAdminPage(reply, <NoticePage ctx={ctx()} title="Không tìm thấy" message="Không có người dùng này." links={back} />, 404);
  }
  const password = formField(request, 'password');
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

  app.get('/dang-nhap', { config: { permission: 'public' }, schema: { querystring: queryFields('tiep') } }, async (request, reply) => {
    const next = safeNextPath(queryField(request, 'tiep'));
    if (request.user) return reply.redirect(next, 303);
    return sendAdminPage(reply, <LoginPage ctx={adminContext(request, reply)} next={next} />);
  });
  app.post('/dang-nhap', { config: { permission: 'public' }, schema: { body: formBody('username', 'password', 'tiep') } }, (request, reply) =>
    postLogin(app, dummyHash, request, reply),
  );

  app.post('/dang-xuat', { config: { permission: 'public' }, schema: { body: formBody() } }, async (request, reply) => {
    await endSession(request, reply);
    return reply.redirect(LOGIN_PATH, 303);
  });

  app.get('/mat-khau', { config: { permission: 'signed-in' }, schema: { querystring: queryFields('da-doi') } }, async (request, reply) =>
    sendAdminPage(reply, <PasswordPage ctx={adminContext(request, reply)} changed={queryField(request, 'da-doi') === '1'} />),
  );
  app.post('/mat-khau', { config: { permission: 'signed-in' }, schema: { body: formBody('current', 'next', 'confirm') } }, (request, reply) =>
    postPassword(app, dummyHash, request, reply),
  );

  app.post<{ Params: { id: string } }>(
    '/nguoi-dung/:id/mat-khau',
    {
      config: { permission: 'users.manage' },
      schema: { params: ID_PARAMS, body: formBody('password') },
    },
    (request, reply) => postReset(app, request, reply),
  );
}
