import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { HttpError } from '../http-error.js';
import { CSRF_COOKIE, loadUser, loginUrl } from '../newsroom/auth.js';
import { isRoutePermission, rolesFor, type RoutePermission } from '../newsroom/permissions.js';
import { ROLE_NAMES } from '../newsroom/users.js';
import { refuse } from './refuse.js';
import { articleRoutes } from './routes/articles.js';
import { notificationCountPlugin, notificationRoutes } from './routes/notifications.js';
import { articleRoyaltyRoutes } from './routes/article-royalty.js';
import { royaltySettingsRoutes } from './routes/royalty-settings.js';
import { royaltyStatementRoutes } from './routes/royalty-statements.js';
import { statsRoutes } from './routes/stats.js';
import { authRoutes } from './routes/auth.js';
import { commentModerationRoutes } from './routes/comments.js';
import { curationRoutes } from './routes/curation.js';
import { dashboardRoutes } from './routes/dashboard.js';
import { mediaRoutes } from './routes/media.js';
import { searchDictionaryRoutes } from './routes/search-dictionary.js';
import { sectionRoutes } from './routes/sections.js';
import { settingsRoutes } from './routes/settings.js';
import { userRoutes } from './routes/users.js';
import { wordImportRoutes } from './routes/word-import.js';
import { tagSuggestionRoutes } from './routes/tag-suggestions.js';
import { articlePreviewRoutes } from './routes/article-preview.js';
import { unavailableMessage } from '../server/unavailable.js';
import { webhookRoutes } from './routes/webhooks.js';

/**
 * The newsroom: one encapsulated Fastify plugin, registered under /admin. Its hooks and its error
 * handler cover exactly its own routes (and its 404s):
 * - onRequest: the session's user is loaded; anonymous GETs go to the login page, other anonymous
 *   requests get 401, except on routes declared `permission: 'public'`; the person's role must
 *   hold the route's declared permission, or gets 403 before the body is read;
 * - preHandler (once the form body is parsed): every state-changing request carries the CSRF token;
 * - errors become newsroom pages (JSON for the editor's scripts), never the reading site's page.
 * Every route declares `config: { permission }` (src/newsroom/permissions.ts) and its input schema;
 * a route without a permission stops the app from starting.
 */

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What a newsroom route needs: an action of src/newsroom/permissions.ts, 'signed-in' or 'public'. */
    permission?: RoutePermission;
  }
}

/** Every group of newsroom routes; a new screen adds its route function here. */
const NEWSROOM_ROUTES = [
  // First: its hook loads the menu's notification count for every newsroom page.
  notificationCountPlugin,
  authRoutes,
  dashboardRoutes,
  articleRoutes,
  notificationRoutes,
  sectionRoutes,
  userRoutes,
  curationRoutes,
  settingsRoutes,
  searchDictionaryRoutes,
  mediaRoutes,
  wordImportRoutes,
  tagSuggestionRoutes,
  articlePreviewRoutes,
  commentModerationRoutes,
  webhookRoutes,
  articleRoyaltyRoutes,
  royaltyStatementRoutes,
  royaltySettingsRoutes,
  statsRoutes,
];

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const CSRF_MESSAGE = 'Biểu mẫu đã hết hạn hoặc không hợp lệ nên yêu cầu chưa được thực hiện. Vui lòng tải lại trang rồi thử lại.';

/** Every status code gets a title; these four are the fallbacks and are always there. */
const TITLES: Record<number, string> & Record<400 | 404 | 409 | 500, string> = {
  400: 'Yêu cầu không hợp lệ',
  401: 'Cần đăng nhập',
  403: 'Không có quyền',
  404: 'Không tìm thấy',
  409: 'Không thực hiện được',
  413: 'Nội dung gửi lên quá lớn',
  415: 'Yêu cầu không hợp lệ',
  500: 'Đã có lỗi xảy ra',
};

/** Messages for errors that are not our own HttpError (schema validation, body limits, failures). */
const MESSAGES: Record<number, string> & Record<400 | 404 | 500, string> = {
  400: 'Dữ liệu gửi lên không hợp lệ nên chưa có gì thay đổi.',
  404: 'Không có trang này trong tòa soạn.',
  413: 'Dữ liệu gửi lên vượt quá giới hạn cho phép nên chưa được nhận. Phần bạn đã viết vẫn còn trong trình duyệt: bấm “Quay lại” để lấy lại, rút ngắn rồi gửi lại.',
  415: 'Kiểu dữ liệu gửi lên không được hỗ trợ nên chưa có gì thay đổi.',
  500: 'Đã có lỗi trong tòa soạn và yêu cầu chưa được thực hiện. Vui lòng thử lại sau ít phút.',
};

/** Forms send the token as the `_csrf` field; scripts send it as the x-csrf-token header. */
function csrfToken(request: FastifyRequest): string | undefined {
  const body: unknown = request.body;
  if (typeof body === 'object' && body !== null && '_csrf' in body && typeof body._csrf === 'string') return body._csrf;
  const header = request.headers['x-csrf-token'];
  return typeof header === 'string' ? header : undefined;
}

/**
 * @fastify/csrf-protection reports a bad token with reply.send(error). The check runs against a
 * stand-in reply whose send() only records the refusal, so the newsroom answers with its own page.
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

function requirePermission(route: RouteOptions): void {
  if (!isRoutePermission(route.config?.permission)) {
    throw new Error(`${String(route.method)} ${route.url}: every newsroom route declares config.permission (src/newsroom/permissions.ts)`);
  }
}

/** The person's role must hold the route's permission; the 404 routes only need the login. */
async function authorize(request: FastifyRequest, reply: FastifyReply) {
  const permission = request.routeOptions.config.permission;
  if (!permission || !request.user) return;
  const roles = rolesFor(permission);
  if (!roles.includes(request.user.role)) {
    const allowed = roles.map((role) => ROLE_NAMES[role]).join(', ');
    await refuse(request, reply, 403, 'Không có quyền', `Việc này chỉ dành cho: ${allowed}. Vai trò của bạn là ${ROLE_NAMES[request.user.role]}.`);
    return reply;
  }
}

/** Who is asking, and may they: before the body is even read (a refused upload is not received). */
async function authenticate(request: FastifyRequest, reply: FastifyReply) {
  await loadUser(request, reply);
  if (request.user) return authorize(request, reply);
  if (request.routeOptions.config.permission === 'public') return;
  if (request.method === 'GET' || request.method === 'HEAD') {
    return reply.header('Cache-Control', 'no-store').redirect(loginUrl(request.url), 302);
  }
  await refuse(request, reply, 401, 'Cần đăng nhập', 'Phiên đăng nhập đã hết hạn hoặc bạn chưa đăng nhập. Vui lòng đăng nhập lại.');
  return reply;
}

/** preHandler, not onRequest: the token may be in the form body, which is parsed by then. */
async function checkCsrf(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
  if (SAFE_METHODS.has(request.method) || !(await csrfRefused(app, request, reply))) return;
  await refuse(request, reply, 403, 'Biểu mẫu không hợp lệ', CSRF_MESSAGE);
  return reply;
}

function statusOf(error: FastifyError): number {
  return typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
}

async function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  // Redis or the database down: a 503 that says so (src/server/unavailable.ts), not a 500.
  const unavailable = unavailableMessage(error);
  const status = unavailable ? 503 : statusOf(error);
  if (status >= 500) request.log.error({ err: error }, 'newsroom request failed');
  else request.log.info({ err: error }, 'newsroom request refused');
  if (unavailable) reply.header('Retry-After', '30');
  // Only our own errors carry a message for people: others are English at best, a stack trace at worst.
  const fallback = MESSAGES[status] ?? (status >= 500 ? MESSAGES[500] : MESSAGES[400]);
  const message = error instanceof HttpError ? error.message : (unavailable ?? fallback);
  return refuse(request, reply, status, TITLES[status] ?? (status >= 500 ? TITLES[500] : TITLES[409]), message);
}

/** The newsroom's own 404: a newsroom page, behind the login like every other newsroom path. */
function notFound(request: FastifyRequest, reply: FastifyReply) {
  return refuse(request, reply, 404, TITLES[404], MESSAGES[404]);
}

export interface NewsroomOptions {
  /** The route groups to register; every group of the newsroom unless a test gives its own. */
  routes?: readonly ((app: FastifyInstance) => Promise<void>)[];
}

export async function newsroomPlugin(app: FastifyInstance, options: NewsroomOptions = {}): Promise<void> {
  app.addHook('onRoute', requirePermission);
  const https = app.config.siteUrl.startsWith('https:');
  // The reading site's comment form uses cookies too (src/comments/reader-nonce.ts): registered at the root then.
  if (!app.hasPlugin('@fastify/cookie')) await app.register(cookie);
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: CSRF_COOKIE,
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, secure: https },
    getToken: csrfToken,
    logLevel: 'info',
  });
  app.decorateRequest('user', null);
  app.decorateRequest('authSession', null);
  app.addHook('onRequest', authenticate);
  app.addHook('preHandler', (request, reply) => checkCsrf(app, request, reply));
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(notFound);
  // Unknown GET paths would otherwise reach the reading site's catch-all route (its sections).
  app.get('/*', { config: { permission: 'signed-in' } }, notFound);
  for (const routes of options.routes ?? NEWSROOM_ROUTES) await app.register(routes);
}
