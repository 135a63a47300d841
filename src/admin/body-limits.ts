import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { isAdminRequest, refuse } from '../newsroom/auth.js';

/**
 * Request size limits of the newsroom. Forms are limited to 64 KB elsewhere, but an article may
 * hold 500,000 characters: form-encoded, a Vietnamese letter with its marks takes up to 9 bytes
 * (`%E1%BB%B1`), so the article routes (form saves and the editor's JSON autosave alike) accept
 * what the longest allowed article needs, and no more. The content's own limits are checked
 * before any costly work (see BODY_BOUNDS in src/content/sanitize.ts).
 */
export const ARTICLE_BODY_LIMIT = 5 * 1024 * 1024;

const ARTICLE_ROUTE = /^\/admin\/bai-viet(?:\/|$)/;

function isArticleWrite(route: RouteOptions): boolean {
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  return methods.includes('POST') && ARTICLE_ROUTE.test(route.url);
}

async function registerBodyLimits(app: FastifyInstance): Promise<void> {
  app.addHook('onRoute', (route) => {
    if (route.bodyLimit === undefined && isArticleWrite(route)) route.bodyLimit = ARTICLE_BODY_LIMIT;
  });
}

/** Registered before the routes, at the root, so its onRoute hook sees every newsroom route. */
export const adminBodyLimits = Object.assign(registerBodyLimits, {
  [Symbol.for('skip-override')]: true,
  [Symbol.for('fastify.display-name')]: 'toasoan-admin-body-limits',
});

/**
 * A newsroom request too large to read: a newsroom page that says so, never the reading site's.
 * Nothing was saved; the browser still holds the text (its Back button returns to the filled form).
 */
export async function refuseTooLarge(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
  if (!isAdminRequest(request)) return false;
  const limit = request.routeOptions.bodyLimit ?? 0;
  const size = limit >= 1024 * 1024 ? `${Math.round(limit / (1024 * 1024))} MB` : `${Math.round(limit / 1024)} KB`;
  await refuse(
    request,
    reply,
    413,
    'Nội dung quá lớn',
    `Nội dung gửi lên lớn hơn mức cho phép (${size}) nên chưa được lưu. Hãy bấm “Quay lại” trên trình duyệt để lấy lại phần đã viết, rút ngắn rồi gửi lại.`,
  );
  return true;
}
