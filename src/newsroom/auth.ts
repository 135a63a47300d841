import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sharedSecret } from '../content/settings.js';
import type { User } from '../db/schema.js';
import { HttpError } from '../http-error.js';
import { LoginThrottle } from './login-throttle.js';
import { openSessionStore, SESSION_COOKIE, type Session, type SessionStore } from './sessions.js';

/**
 * Newsroom sessions on the web: who is logged in on this browser, starting and ending a session.
 * The hooks that apply them to every newsroom route are the newsroom plugin's (src/admin/plugin.ts).
 */

declare module 'fastify' {
  interface FastifyInstance {
    sessions: SessionStore;
    loginThrottle: LoginThrottle;
  }
  interface FastifyRequest {
    /** The logged-in, active user on newsroom requests; null when anonymous (and outside /admin). */
    user: User | null;
    authSession: Session | null;
  }
}

export const LOGIN_PATH = '/admin/dang-nhap';
export const CSRF_COOKIE = 'toasoan_csrf';

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

/** Loads the session's active user into `request.user`; a dead or deactivated session's cookie is cleared. */
export async function loadUser(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const app = request.server;
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return;
  const session = await app.sessions.resume(token);
  const user = session ? await app.db.kysely.selectFrom('users').selectAll().where('id', '=', session.userId).executeTakeFirst() : undefined;
  if (session && user && user.active === 1) {
    request.user = user;
    request.authSession = session;
    return;
  }
  // Deactivated users are logged out for good, not just refused this once.
  if (session) await app.sessions.end(token);
  reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(app));
}

/** The session store and the login throttle, shared by every part of the app (and the tests). */
export async function decorateNewsroomServices(app: FastifyInstance): Promise<void> {
  const sessions = openSessionStore(app.config, app.db.kysely, (error) => app.log.error({ err: error }, 'Redis (sessions) unavailable'));
  app.decorate('sessions', sessions);
  app.decorate('loginThrottle', new LoginThrottle(app.db.kysely, await sharedSecret(app.db.kysely, 'login_throttle_secret')));
  app.addHook('onClose', () => sessions.close());
}
