import cookie, { type CookieSerializeOptions } from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { sendNotice } from '../admin/pages/notice.js';
import { sharedSecret } from '../content/settings.js';
import type { User, UserRole } from '../db/schema.js';
import { HttpError } from '../http-error.js';
import { LoginThrottle } from './login-throttle.js';
import { openSessionStore, SESSION_COOKIE, type Session, type SessionStore } from './sessions.js';
import { ROLE_NAMES } from './users.js';

/**
 * Authentication for the newsroom. For every /admin route: the session's user is loaded into
 * `request.user`; anonymous GETs are sent to the login page, other anonymous requests get 401; every
 * state-changing request must carry a valid CSRF token (the login form too). Routes add role checks
 * with `requireRole(...)`.
 */

declare module 'fastify' {
  interface FastifyInstance {
    sessions: SessionStore;
    loginThrottle: LoginThrottle;
  }
  interface FastifyRequest {
    /** The logged-in, active user on /admin requests; null when anonymous (and outside /admin). */
    user: User | null;
    authSession: Session | null;
  }
}

export const LOGIN_PATH = '/admin/dang-nhap';
export const LOGOUT_PATH = '/admin/dang-xuat';
export const CSRF_COOKIE = 'toasoan_csrf';

/** Routes an anonymous visitor may reach (still CSRF-checked when they change state). */
const OPEN_ROUTES = new Set([LOGIN_PATH, LOGOUT_PATH]);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const CSRF_MESSAGE =
  'Biểu mẫu đã hết hạn hoặc không hợp lệ nên yêu cầu chưa được thực hiện. Vui lòng tải lại trang rồi thử lại.';

function isAdminPath(path: string): boolean {
  return path === '/admin' || path.startsWith('/admin/');
}

/**
 * Decided on the matched route pattern as well as the raw path: the router decodes percent-escapes
 * (`/%61dmin/...` reaches `/admin/...` routes), so the raw path alone could be talked around.
 */
export function isAdminRequest(request: FastifyRequest): boolean {
  const pattern = request.routeOptions.url;
  return (pattern !== undefined && isAdminPath(pattern)) || isAdminPath(request.url.split('?')[0]);
}

/** Any origin works as the base: only the path, query and fragment of the result are kept. */
const NEXT_BASE = 'http://toasoan.invalid';

/**
 * A return path after login: only a newsroom path of our own, never another site. The value is
 * resolved as a browser would (dot segments, backslashes, encoded dots), so `/admin/..//evil.com/`
 * is judged by where it really leads, and the result is re-serialised (percent-encoded) so it is
 * always a valid Location header.
 */
export function safeNextPath(value: string | undefined): string {
  if (!value || value.length > 2000) return '/admin';
  // Backslashes and control characters are read by some browsers as a way to another host.
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\p{Cc}]/u.test(value)) return '/admin';
  let url: URL;
  try {
    url = new URL(value, NEXT_BASE);
  } catch {
    return '/admin';
  }
  if (url.origin !== NEXT_BASE) return '/admin';
  if (!/^\/admin(?:\/|$)/.test(url.pathname) || url.pathname.includes('//')) return '/admin';
  return `${url.pathname}${url.search}${url.hash}`;
}

export function loginUrl(next: string): string {
  return `${LOGIN_PATH}?tiep=${encodeURIComponent(next)}`;
}

export function sessionCookieOptions(app: FastifyInstance): CookieSerializeOptions {
  return { path: '/', httpOnly: true, sameSite: 'lax', secure: app.config.siteUrl.startsWith('https:') };
}

/** Starts a session for `userId` on this browser, replacing (and ending) any it had. */
export async function startSession(request: FastifyRequest, reply: FastifyReply, userId: number): Promise<void> {
  const app = request.server;
  const previous = request.cookies[SESSION_COOKIE];
  if (previous) await app.sessions.end(previous);
  const token = await app.sessions.create(userId);
  reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(app));
  renewCsrfSecret(app, reply);
}

/**
 * At login and logout the CSRF secret goes with the old session: a token read before (say, from a
 * login page someone else prepared for this browser) is worth nothing after. The next page makes a new one.
 */
function renewCsrfSecret(app: FastifyInstance, reply: FastifyReply): void {
  reply.clearCookie(CSRF_COOKIE, { path: '/', sameSite: 'lax', httpOnly: true, secure: app.config.siteUrl.startsWith('https:') });
}

export async function endSession(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const app = request.server;
  const token = request.cookies[SESSION_COOKIE];
  if (token) await app.sessions.end(token);
  reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(app));
  renewCsrfSecret(app, reply);
  request.user = null;
  request.authSession = null;
}

/** The logged-in user, for handlers behind the auth hooks (where it is always set). */
export function currentUser(request: FastifyRequest): User {
  if (!request.user) throw new HttpError(401, 'Bạn cần đăng nhập.');
  return request.user;
}

function wantsJson(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}

/** A refusal as a newsroom page, or as JSON for the editor's background requests. */
export async function refuse(request: FastifyRequest, reply: FastifyReply, status: number, title: string, message: string) {
  if (wantsJson(request)) {
    return reply.status(status).header('Cache-Control', 'no-store').send({ error: message });
  }
  const links = request.user ? [{ href: '/admin', label: 'Về bảng điều khiển' }] : [{ href: LOGIN_PATH, label: 'Đăng nhập' }];
  return sendNotice(request, reply, status, title, message, links);
}

/**
 * preHandler for routes limited to some roles: `{ preHandler: requireRole('admin') }`.
 * Others get a 403 page and the handler never runs.
 */
export function requireRole(...roles: UserRole[]): preHandlerAsyncHookHandler {
  return async function roleCheck(request, reply) {
    if (!request.user) {
      await refuse(request, reply, 401, 'Cần đăng nhập', 'Bạn cần đăng nhập để thực hiện việc này.');
      return reply;
    }
    if (!roles.includes(request.user.role)) {
      const allowed = roles.map((role) => ROLE_NAMES[role]).join(', ');
      await refuse(request, reply, 403, 'Không có quyền', `Việc này chỉ dành cho: ${allowed}. Vai trò của bạn là ${ROLE_NAMES[request.user.role]}.`);
      return reply;
    }
  };
}

/** Forms send the token as the `_csrf` field; scripts send it as the x-csrf-token header. */
function csrfToken(request: FastifyRequest): string | undefined {
  const body: unknown = request.body;
  if (typeof body === 'object' && body !== null && '_csrf' in body && typeof body._csrf === 'string') return body._csrf;
  const header = request.headers['x-csrf-token'];
  return typeof header === 'string' ? header : undefined;
}

/**
 * @fastify/csrf-protection reports a bad token with reply.send(error), which would reach the reading
 * site's generic error page. The check runs against a stand-in reply whose send() only records the
 * refusal, so the newsroom answers with its own Vietnamese page.
 */
function csrfRefused(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
  return new Promise((resolve) => {
    const probe: FastifyReply = Object.create(reply, {
      send: {
        value: () => {
          resolve(true);
          return probe;
        },
      },
    });
    app.csrfProtection(request, probe, () => resolve(false));
  });
}

async function loadUser(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return;
  const session = await app.sessions.resume(token);
  const user = session
    ? await app.db.kysely.selectFrom('users').selectAll().where('id', '=', session.userId).executeTakeFirst()
    : undefined;
  if (session && user && user.active === 1) {
    request.user = user;
    request.authSession = session;
    return;
  }
  // Deactivated users are logged out for good, not just refused this once.
  if (session) await app.sessions.end(token);
  reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(app));
}

async function registerAuth(app: FastifyInstance): Promise<void> {
  const https = app.config.siteUrl.startsWith('https:');
  if (!app.hasPlugin('@fastify/cookie')) await app.register(cookie);
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: CSRF_COOKIE,
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, secure: https },
    getToken: csrfToken,
    logLevel: 'info',
  });

  const sessions = openSessionStore(app.config, app.db.kysely, (error) => app.log.error({ err: error }, 'Redis (sessions) unavailable'));
  app.decorate('sessions', sessions);
  app.decorate('loginThrottle', new LoginThrottle(app.db.kysely, await sharedSecret(app.db.kysely, 'login_throttle_secret')));
  app.decorateRequest('user', null);
  app.decorateRequest('authSession', null);
  app.addHook('onClose', () => sessions.close());

  app.addHook('onRequest', async (request, reply) => {
    if (!isAdminRequest(request)) return;
    await loadUser(app, request, reply);
    if (request.user || OPEN_ROUTES.has(request.routeOptions.url ?? '')) return;
    if (request.method === 'GET' || request.method === 'HEAD') {
      return reply.header('Cache-Control', 'no-store').redirect(loginUrl(request.url), 302);
    }
    await refuse(request, reply, 401, 'Cần đăng nhập', 'Phiên đăng nhập đã hết hạn hoặc bạn chưa đăng nhập. Vui lòng đăng nhập lại.');
    return reply;
  });

  // preHandler, not onRequest: the token may be in the form body, which is parsed by then.
  app.addHook('preHandler', async (request, reply) => {
    if (!isAdminRequest(request) || SAFE_METHODS.has(request.method)) return;
    if (await csrfRefused(app, request, reply)) {
      await refuse(request, reply, 403, 'Biểu mẫu không hợp lệ', CSRF_MESSAGE);
      return reply;
    }
  });
}

/**
 * skip-override (what fastify-plugin sets) keeps the hooks and decorations at the level the plugin is
 * registered on, so they cover /admin routes that other plugins register.
 */
export const authPlugin = Object.assign(registerAuth, {
  [Symbol.for('skip-override')]: true,
  [Symbol.for('fastify.display-name')]: 'toasoan-auth',
});
